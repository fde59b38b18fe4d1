import { detectAfterCue } from './detect-after-cue.js'
import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'

const SPACE = '[ \\t\\u00A0]'

/** German compounds ("Kundennummer", "Kunden-Nr.", "Kd.-Nr.") and English labels ("order no.", "customer ID"). */
const LABELS = [
  '(?:kunden|vertrags|bestell|rechnungs|auftrags|mitglieds|versicherungs|vorgangs|ticket|referenz|buchungs|kundenkonto|konto|kd\\.?)[ -]?(?:nummer|nr\\.?|no\\.?)',
  'kdnr\\.?',
  '(?:bestellung|rechnung|auftrag|vertrag)' + SPACE + '?(?:nr\\.?|nummer|#)',
  '(?:customer|client|member(?:ship)?|account|contract|order|invoice|reference|booking|ticket|case)' + SPACE + '?(?:number|no\\.?|nr\\.?|id|#)',
].join('|')

/** What may stand between label and value: ":", "ist", "lautet", "is", "die", "#". */
const CONNECTOR = `\\s{0,3}[:#=]?${SPACE}{0,3}(?:(?:ist|lautet|lauten|is|was|war|wäre|:)${SPACE}{1,3}){0,2}(?:(?:die|der|the)${SPACE}{1,3})?(?:#${SPACE}?)?`

const LABEL_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LABELS})${CONNECTOR}`, 'giu')

/** "123 456 789" (grouped digits) or one token like "4711-0815", "KD-2024-00123", "A123456". */
const VALUE = /\d{2,4}(?:[ \u00A0]\d{2,4}){1,5}(?![\p{L}\p{N}])|[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){0,39}(?![\p{L}\p{N}])/uy

/** Fewer digits than this is a word or a count ("Bestellnummer A1"), not an identifier. */
const MIN_ID_DIGITS = 3

/**
 * Customer, contract, order, invoice, ticket and account numbers after their German or English
 * label: "Kundennummer: 123456789", "Kd.-Nr. 4711-0815", "order no. A-77812", "Rechnung #2024-0042".
 * Only the value is redacted; the label stays ("Kundennummer: ⟨CUSTOMER_ID⟩").
 * Limits: a number with no label is left to the other detectors.
 * @example
 * labelledNumberDetector.detect('Meine Kundennummer ist 123456789.') //=> [{ kind: 'customer-id', start: 23, end: 32 }]
 */
export const labelledNumberDetector: Detector = {
  kind: 'customer-id',
  mayOccurIn: hasAsciiDigit,
  detect(text: string): Detection[] {
    return detectAfterCue(text, 'customer-id', LABEL_CUE, VALUE, (match) => {
      const digits = match[0].replace(/\D/g, '').length
      return digits >= MIN_ID_DIGITS ? match[0].length : 0
    })
  },
}
