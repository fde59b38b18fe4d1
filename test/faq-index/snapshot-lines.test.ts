import { mkdtempSync, rmSync, createReadStream, createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { loadFaqIndex } from '../../src/faq-index/load-faq-index.js'
import { snapshotLines, SNAPSHOT_THREADS_PER_LINE } from '../../src/faq-index/snapshot-lines.js'
import { loadFaqIndexLines } from '../../src/faq-index/load-faq-index-lines.js'
import { InvalidInputError, SnapshotError } from '../../src/errors.js'
import { THREADS } from './fixtures.js'

// More threads than fit one line, so the stream has several thread lines (and the fixtures' own
// questions must still win their queries among them).
const TOPICS = ['Rechnung', 'Lieferung', 'Router', 'Tarif', 'Vertrag', 'Zahlung', 'Gutschein', 'Rücksendung']
const FILLER = Array.from({ length: SNAPSHOT_THREADS_PER_LINE + 300 }, (_, i) => ({
  id: `filler-${i}`,
  question: `Frage ${i} zu ${TOPICS[i % TOPICS.length]} und ${TOPICS[(i * 3) % TOPICS.length]} Nummer ${i % 97}`,
  answer: `Antwort ${i}: bitte wende dich an den Kundenservice für ${TOPICS[(i * 5) % TOPICS.length]}.`,
}))
// Confirming re-adds a thread: the removed copy's n-grams keep counting in document frequencies
// until the n-gram index compacts (at 10% removed), so the snapshot must carry that weight too.
const index = createFaqIndex({ language: 'de' })
index.addAll([...THREADS, ...FILLER])
index.confirm('Rechnungsanschrift anpassen', 'rechnungsadresse')
index.reject('Akku iPhone 7 leer', 'iphone6-akku')
const lines = [...snapshotLines(index)]
const QUESTIONS = ['Adresse der Rechnung ändern', 'passwort vergessen', 'Akku iPhone 7 leer', 'Rechnungsanschrift anpassen', 'WLAN lahm', 'Frage zu Gutschein Nummer 12']

async function expectSnapshotError(load: Promise<unknown>, code: string, message: RegExp) {
  const caught = await load.then(() => undefined, (error: unknown) => error)
  expect(caught).toBeInstanceOf(SnapshotError)
  expect((caught as SnapshotError).code).toBe(code)
  expect((caught as Error).message).toMatch(message)
}

describe('snapshotLines / loadFaqIndexLines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faqmatch-lines-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes a header, dictionary lines and thread lines, each ending in a newline', () => {
    expect(lines.length).toBe(1 + 1 + Math.ceil(index.size / SNAPSHOT_THREADS_PER_LINE))
    expect(lines.every((line) => line.endsWith('\n') && line.indexOf('\n') === line.length - 1)).toBe(true)
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'faqmatch-index-lines', version: 4, threadCount: index.size })
  })

  it('holds exactly what toJSON holds', () => {
    const { threadCount: _t, stringCount: _s, format: _f, ...header } = JSON.parse(lines[0]!)
    const chunks = lines.slice(1).map((line) => JSON.parse(line))
    const { format: _format, ...snapshot } = JSON.parse(JSON.stringify(index.toJSON()))
    expect({
      ...header,
      strings: chunks.flatMap((c) => c.strings ?? []),
      threads: chunks.flatMap((c) => c.threads ?? []),
      analyzed: chunks.flatMap((c) => c.analyzed ?? []),
    }).toEqual(snapshot)
  })

  it.each([
    ['the lines as written', () => lines],
    ['bytes cut every 7 bytes (through lines and umlauts)', () => cut(Buffer.from(lines.join('')), 7)],
    ['one string cut every 1000 characters, asynchronously', () => Readable.from(cut(lines.join(''), 1000))],
    ['the lines without their last newline', () => [...lines.slice(0, -1), lines.at(-1)!.trimEnd()]],
  ])('a round trip from %s returns identical matches', async (_how, source) => {
    const again = await loadFaqIndexLines(source())
    expect(again.size).toBe(index.size)
    for (const q of QUESTIONS) expect(again.match(q)).toEqual(index.match(q))
  })

  it('a round trip through a file (pipeline out, read stream in) returns identical matches', async () => {
    const file = join(dir, 'index.jsonl')
    await pipeline(Readable.from(snapshotLines(index)), createWriteStream(file))
    const again = await loadFaqIndexLines(createReadStream(file))
    for (const q of QUESTIONS) expect(again.match(q)).toEqual(index.match(q))
    expect(again.get('rechnungsadresse')!.variants).toEqual(['Rechnungsanschrift anpassen'])
  })

  it('after removals (n-grams not yet compacted), a round trip returns identical matches', async () => {
    const thinned = loadFaqIndex(index.toJSON())
    thinned.remove('passwort')
    thinned.remove('filler-3')
    expect(thinned.toJSON().staleGrams.slots).toBe(3)
    const again = await loadFaqIndexLines(snapshotLines(thinned))
    for (const q of QUESTIONS) expect(again.match(q)).toEqual(thinned.match(q))
    // And it keeps counting: the next removals compact both alike.
    for (let i = 0; i < 140; i++) {
      again.remove(`filler-${100 + i}`)
      thinned.remove(`filler-${100 + i}`)
    }
    for (const q of QUESTIONS) expect(again.match(q)).toEqual(thinned.match(q))
  })

  const text = lines.join('')
  const header = JSON.parse(lines[0]!)
  it.each([
    ['cut at a line end', 'SNAPSHOT_CORRUPT', /lines end early: 1000 of 1308 threads/, () => lines.slice(0, -1)],
    ['cut inside a line', 'SNAPSHOT_CORRUPT', /line 4 is not JSON/, () => [text.slice(0, text.length - 100)]],
    ['only the header', 'SNAPSHOT_CORRUPT', /0 of 1308 threads/, () => lines.slice(0, 1)],
    ['nothing', 'SNAPSHOT_CORRUPT', /no lines/, () => []],
    ['a line twice', 'SNAPSHOT_CORRUPT', /more items than the first line announces/, () => [...lines, lines.at(-1)!]],
    ['a damaged thread line', 'SNAPSHOT_CORRUPT', /line 3 is damaged/, () => [lines[0]!, lines[1]!, '{"threads":[],"analyzed":5}\n']],
    ['threads without their analyzed forms', 'SNAPSHOT_CORRUPT', /line 3: 2 threads but 1 analyzed/, () => [lines[0]!, lines[1]!, JSON.stringify({ threads: [{}, {}], analyzed: ['d'] })]],
    ['an analyzed form damaged', 'SNAPSHOT_CORRUPT', /analyzed\[0\] does not decode/, () => lines.map((l, i) => (i === 2 ? l.replace(/"analyzed":\["./, '"analyzed":["x') : l))],
    ['bytes that are not UTF-8', 'SNAPSHOT_CORRUPT', /not UTF-8/, () => [Buffer.from(lines[0]!), Buffer.from([0xff, 0xfe, 0x0a])]],
    ['a single-JSON snapshot', 'SNAPSHOT_CORRUPT', /load it with loadFaqIndex/, () => [JSON.stringify(index.toJSON())]],
    ['not iterable', 'SNAPSHOT_CORRUPT', /not an iterable/, () => 42 as never],
    ['a chunk that is a number', 'SNAPSHOT_CORRUPT', /neither text nor bytes/, () => [42] as never],
    ['a version 3 header', 'SNAPSHOT_VERSION', /got 3, this faqmatch reads 4/, () => [JSON.stringify({ ...header, version: 3 }) + '\n', ...lines.slice(1)]],
    ['another analyzer', 'SNAPSHOT_ANALYZER_MISMATCH', /analyzed differently/, () => [JSON.stringify({ ...header, analyzerFingerprint: { de: 'v0:de:other' } }) + '\n', ...lines.slice(1)]],
  ])('%s → SnapshotError %s', async (_what, code, message, source) => {
    await expectSnapshotError(loadFaqIndexLines(source()), code, message)
  })

  it('snapshotLines refuses what is not an index', () => {
    expect(() => [...snapshotLines({ size: 0 } as never)]).toThrow(InvalidInputError)
  })
})

function cut<T extends string | Buffer>(whole: T, size: number): T[] {
  const parts: T[] = []
  for (let i = 0; i < whole.length; i += size) parts.push(whole.slice(i, i + size) as T)
  return parts
}
