import { z } from 'zod'
import { DEFAULT_KINDS, PII_KINDS, RedactOptionsSchema, type PiiKind, type RedactOptions } from '../schemas/redact-options.js'
import { InvalidInputError } from '../errors.js'
import { parseInput } from '../schemas/to-input-error.js'
import { BUILTIN_DETECTORS } from './detectors/builtin-detectors.js'
import type { Detection, Detector } from './detectors/detection.js'
import { detectUserPattern } from './detectors/user-pattern.js'
import { PLACEHOLDER_PATTERN, placeholderFor } from './placeholder.js'
import type { Redaction, RedactResult } from './redaction.js'
import { resolveOverlaps } from './resolve-overlaps.js'

const TextSchema = z.string({ error: (issue) => `must be a string (got ${issue.input === null ? 'null' : typeof issue.input})` })

let parsedDefaults: ReturnType<typeof parseDefaults> | undefined
/** The defaults, parsed once: indexing redacts every text of every thread with them. */
function defaultOptions(): ReturnType<typeof parseDefaults> {
  return (parsedDefaults ??= parseDefaults())
}
function parseDefaults() {
  return parseInput(RedactOptionsSchema, {}, 'options', 'invalid redact() options')
}

const PLACEHOLDERS = new RegExp(PLACEHOLDER_PATTERN, 'gu')

let parsedDefaultDetectors: readonly Detector[] | undefined
/** The detectors of the default options, chosen once. */
function defaultDetectors(): readonly Detector[] {
  return (parsedDefaultDetectors ??= selectDetectors(defaultOptions()))
}

/** The built-in detectors the options ask for, in `PII_KINDS` order. */
function selectDetectors(parsed: ReturnType<typeof parseDefaults>): Detector[] {
  const kinds = new Set<PiiKind>(parsed.kinds ?? DEFAULT_KINDS)
  if (parsed.names) kinds.add('name')
  return PII_KINDS.filter((kind) => kinds.has(kind)).map((kind) => BUILTIN_DETECTORS[kind])
}

/** User patterns win ties with built-in detections of the same span: the caller knows the data. */
const USER_PATTERN_RANK = -1

/**
 * Replaces personal data in a customer message with typed placeholders, so that no fragment of it
 * becomes an index term or reusable answer text. Run it on every text before it is stored.
 * Detects e-mails, IBANs (mod-97), card numbers (Luhn), phone numbers, postal addresses, labelled
 * customer/contract/order numbers, public IPs, birth dates after their label, and, opt-in, names
 * after greetings. Overlaps keep the longest detection. Idempotent with the default placeholders:
 * placeholders are never redacted again. Linear in the text length (1 MB in well under a second).
 * @param text any string; `''` gives `{ text: '', redactions: [] }`
 * @param options see `RedactOptionsSchema`: `kinds`, `placeholder`, `patterns`, `names`, `includeValues`
 * @throws InvalidInputError when `text` is no string or an option is invalid (paths like `options.kinds[0]`)
 * @example
 * redact('Hallo, meine Kundennummer ist 123456789, Rückruf bitte unter 0171 1234567.').text
 * //=> 'Hallo, meine Kundennummer ist ⟨CUSTOMER_ID⟩, Rückruf bitte unter ⟨PHONE⟩.'
 * redact('Viele Grüße\nAnna Schmidt', { names: true }).text
 * //=> 'Viele Grüße\n⟨NAME⟩'
 * redact('Mail: max@web.de', { includeValues: true }).redactions
 * //=> [{ kind: 'email', start: 6, end: 16, value: 'max@web.de' }]
 */
export function redact(text: string, options?: RedactOptions): RedactResult {
  // Indexing redacts every text: a plain string skips zod (the schema only checks the type).
  const input = typeof text === 'string' ? text : parseInput(TextSchema, text, 'text', 'redact() needs a string')
  const parsed = options === undefined ? defaultOptions() : parseInput(RedactOptionsSchema, options, 'options', 'invalid redact() options')

  const candidates: Detection[] = []
  for (const detector of options === undefined ? defaultDetectors() : selectDetectors(parsed)) if (detector.mayOccurIn(input)) candidates.push(...detector.detect(input))
  const userSpans = new Set<Detection>()
  for (const { kind, pattern } of parsed.patterns) {
    for (const detection of detectUserPattern(input, kind, pattern)) {
      userSpans.add(detection)
      candidates.push(detection)
    }
  }

  // Nothing found: the text stays as it is (placeholders only matter against detections).
  if (candidates.length === 0) return { text: input, redactions: [] }
  const placeholders = [...input.matchAll(PLACEHOLDERS)].map((match) => ({ kind: 'placeholder', start: match.index, end: match.index + match[0].length }))
  const rank = (detection: Detection) => (userSpans.has(detection) ? USER_PATTERN_RANK : PII_KINDS.indexOf(detection.kind as PiiKind))
  const kept = resolveOverlaps(candidates, input.length, rank, placeholders)

  const toPlaceholder = parsed.placeholder ?? placeholderFor
  const parts: string[] = []
  const redactions: Redaction[] = []
  let at = 0
  for (const detection of kept) {
    const replacement = toPlaceholder(detection.kind)
    if (typeof replacement !== 'string') {
      throw new InvalidInputError([{ path: 'options.placeholder', message: `must return a string (got ${typeof replacement} for kind ${JSON.stringify(detection.kind)})` }], 'invalid redact() options')
    }
    parts.push(input.slice(at, detection.start), replacement)
    at = detection.end
    const { kind, start, end } = detection
    redactions.push(parsed.includeValues ? { kind, start, end, value: input.slice(start, end) } : { kind, start, end })
  }
  parts.push(input.slice(at))
  return { text: parts.join(''), redactions }
}
