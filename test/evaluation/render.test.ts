import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/evaluation/evaluate.js'
import { escapeHtml } from '../../src/evaluation/render/escape-html.js'
import { formatCount, formatScore, formatShare, formatThreshold } from '../../src/evaluation/render/format-figures.js'
import { renderHtml } from '../../src/evaluation/render/render-html.js'
import { renderTable } from '../../src/evaluation/render/render-table.js'
import { textTable, truncate } from '../../src/evaluation/render/text-table.js'
import { scriptedIndex } from './scripted-index.js'
import { REUSE_MIN_CONFIDENCE, SUGGEST_MIN_CONFIDENCE } from '../../src/matching/confidence.js'

const HOSTILE = '<script>alert("x")</script> & \'Kündigung\''
const index = scriptedIndex(
  [
    { id: 'kuendigen', question: 'Wie kann ich meinen Vertrag kündigen?', answer: '', tags: ['vertrag'] },
    { id: 'passwort', question: 'Passwort <b>vergessen</b>', answer: '', tags: ['<img src=x onerror=alert(1)>'] },
  ],
  {
    'Vertrag beenden': [['kuendigen', 0.95]],
    [HOSTILE]: [['passwort', 0.97]],
    'Wetter morgen?': [['kuendigen', 0.3]],
    'Vertrag\nbeenden': [['kuendigen', 0.5]],
  },
)
const report = evaluate(index, [
  { id: 'q1', text: 'Vertrag beenden', relevant: ['kuendigen'] },
  { id: 'q<2>', text: HOSTILE, relevant: ['kuendigen'], tags: ['"böse"'] },
  { id: 'q3', text: 'Wetter morgen?', relevant: [] },
])

describe('renderHtml', () => {
  const html = renderHtml(report)

  it('escapes every text from queries, threads, ids and tags', () => {
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Kündigung&#39;')
    expect(html).toContain('Passwort &lt;b&gt;vergessen&lt;/b&gt;')
    expect(html).toContain('q&lt;2&gt;')
    expect(html).toContain('&quot;böse&quot;')
  })

  it('is one self-contained page: an inline SVG chart, no scripts, no external references', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/)
    expect(html.match(/<polyline /g)).toHaveLength(2)
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(|https:/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  it('marks the reuse and suggest thresholds in the chart and highlights them in the curve table', () => {
    expect(html).toContain('reuse ≥ 0.90')
    expect(html).toContain(`suggest ≥ ${SUGGEST_MIN_CONFIDENCE.toFixed(2)}`)
    expect(html.match(/<tr class="current">/g)).toHaveLength(2)
  })

  it('has the per-tag table and the worst misses with what won instead', () => {
    expect(html).toContain('<h2>Per tag</h2>')
    expect(html).toContain('<td>vertrag</td>')
    expect(html).toContain('<h2>Worst misses</h2>')
    expect(html).toContain('passwort: Passwort &lt;b&gt;vergessen&lt;/b&gt;')
  })
})

describe('duplicate groups in both renderers', () => {
  const withDuplicates = {
    ...report,
    duplicates: { minSimilarity: 0.5, groups: [{ id: 'dup-1', canonicalThreadId: 'kuendigen', threadIds: ['kuendigen', 'passwort'], questions: ['Wie kann ich meinen Vertrag kündigen?', 'Passwort <b>vergessen</b>'], maxSimilarity: 0.81 }] },
  }

  it('the page lists them, escaped', () => {
    const html = renderHtml(withDuplicates)
    expect(html).toContain('<h2>Duplicate-looking threads (1 groups)</h2>')
    expect(html).toContain('passwort: Passwort &lt;b&gt;vergessen&lt;/b&gt;')
    expect(renderHtml(report)).not.toContain('Duplicate-looking')
  })

  it('the table lists them, canonical thread first', () => {
    expect(renderTable(withDuplicates)).toMatch(/Duplicate-looking threads \(similarity ≥ 0\.50\): 1 groups, canonical thread first\n.*\n.*\ndup-1 +kuendigen +Wie kann ich meinen Vertrag kündigen\? +0\.810\n +passwort +Passwort <b>vergessen<\/b>/)
  })
})

describe('renderTable', () => {
  const text = renderTable(report)

  it('has every section, in reading order, and ends in a newline', () => {
    const headings = ['faqmatch evaluation: 3 queries (2 answerable, 1 out of scope) on 2 threads', 'Ranking', 'Decisions', 'Per tag', 'Auto-answering at each confidence threshold', 'Worst misses']
    const positions = headings.map((h) => text.indexOf(h))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text.endsWith('\n')).toBe(true)
  })

  it('shows the decision counts and marks the reuse threshold row', () => {
    expect(text).toMatch(/reuse \(auto-answered\) +2 \(66\.7%\) +1 wrong \(0 out of scope\), precision 50\.0%/)
    expect(text).toMatch(/new +1 \(33\.3%\) +1 of 1 out-of-scope correctly, 0 answerable missed/)
    expect(text).toMatch(/^ +0\.90 +66\.7% +50\.0% +2 +1 +← reuse$/m)
  })

  it('has no color codes and puts a query on one line', () => {
    expect(text).not.toMatch(/\u001b\[/)
    expect(renderTable(evaluate(index, [{ id: 'q1', text: 'Vertrag\nbeenden', relevant: ['passwort'] }]))).toContain('q1     Vertrag beenden')
  })
})

describe('text helpers', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"x" 'y'`, '&quot;x&quot; &#39;y&#39;'],
    ['Größe', 'Größe'],
  ])('escapeHtml(%j) → %j', (input, output) => expect(escapeHtml(input)).toBe(output))

  it.each([
    ['kurz', 10, 'kurz'],
    ['Wie ändere ich meine Rechnungsadresse?', 20, 'Wie ändere ich mein…'],
    ['zwei\n  Zeilen', 20, 'zwei Zeilen'],
    ['Ku\u0308ndigung', 9, 'Kündigung'],
  ])('truncate(%j, %i) → %j', (input, max, output) => expect(truncate(input, max)).toBe(output))

  it.each([
    [formatShare(0.6234), '62.3%'],
    [formatShare(null), '–'],
    [formatScore(0.71234), '0.712'],
    [formatThreshold(0.9), '0.90'],
    [formatCount(12, 211), '12 (5.7%)'],
    [formatCount(0, 0), '0'],
  ])('%s is %s', (got, expected) => expect(got).toBe(expected))

  it('textTable pads by characters, umlauts included, numbers right', () => {
    expect(textTable(['Thema', 'n'], [['Kündigung', '3'], ['WLAN', '12']], ['left', 'right'])).toBe(
      ['Thema       n', '---------  --', 'Kündigung   3', 'WLAN       12'].join('\n'),
    )
  })
})
