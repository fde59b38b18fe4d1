import { detectAfterCue } from './detect-after-cue.js'
import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'

const SPACE = '[ \\t\\u00A0]'

const BIRTH_CUE = new RegExp(
  '(?<![\\p{L}])(?:geboren(?:' + SPACE + '(?:am|den))?|geb\\.(?:' + SPACE + '?am)?|geburtsdatum|geburtstag|date of birth|d\\.o\\.b\\.|dob|born(?: on)?|birth' + SPACE + '?date|birthday)' +
    `(?![\\p{L}])[: \\t\\u00A0]{0,3}(?:(?:ist|is|der|den|am|on|was)${SPACE}{1,3}){0,2}`,
  'giu',
)

const BIRTH_CUE_STEM = /geb|birth|born|dob|d\.o\.b/i

const MONTHS =
  'Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|' +
  'January|February|March|May|June|July|October|December|' +
  '(?:Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec)\\.?'

/**
 * Dates as customers write them: 03.07.1985, 3.7.85, 03/07/1985, 1985-07-03, 3. Juli 1985,
 * 3 July 1985, July 3rd, 1985. Named groups carry day and month for the range check.
 */
const DATE = new RegExp(
  [
    '(?<d>\\d{1,2})\\.' + SPACE + '?(?<m>\\d{1,2})\\.' + SPACE + '?(?:\\d{4}|\\d{2})(?!\\d)',
    '(?<d2>\\d{1,2})/(?<m2>\\d{1,2})/(?:\\d{4}|\\d{2})(?!\\d)',
    '\\d{4}-(?<m3>\\d{2})-(?<d3>\\d{2})(?!\\d)',
    '(?<d4>\\d{1,2})(?:\\.|st|nd|rd|th)?' + SPACE + '(?:' + MONTHS + ')' + SPACE + '\\d{4}(?!\\d)',
    '(?:' + MONTHS + ')' + SPACE + '(?<d5>\\d{1,2})(?:st|nd|rd|th)?,?' + SPACE + '\\d{4}(?!\\d)',
  ].join('|'),
  'iuy',
)

const inRange = (value: string | undefined, max: number): boolean => value === undefined || (Number(value) >= 1 && Number(value) <= max)

/**
 * Dates of birth after their label: "geboren am 03.07.1985", "Geburtsdatum: 3. Juli 1985",
 * "geb. 3.7.85", "date of birth: 07/03/1985", "DOB 1985-07-03". Only the date is redacted.
 * Limits: a bare date without its label is not a birth date and stays (it is usually an order date).
 * @example
 * birthdateDetector.detect('Ich bin geboren am 03.07.1985.') //=> [{ kind: 'birthdate', start: 19, end: 29 }]
 */
export const birthdateDetector: Detector = {
  kind: 'birthdate',
  // Every cue holds one of these stems (geboren, geb., Geburtsdatum, birth date, born, DOB, d.o.b.).
  mayOccurIn: (text) => hasAsciiDigit(text) && BIRTH_CUE_STEM.test(text),
  detect(text: string): Detection[] {
    return detectAfterCue(text, 'birthdate', BIRTH_CUE, DATE, (match) => {
      const groups = match.groups ?? {}
      const day = groups.d ?? groups.d2 ?? groups.d3 ?? groups.d4 ?? groups.d5
      const month = groups.m ?? groups.m2 ?? groups.m3
      // 03/07/1985 may be day/month or month/day: either reading must be a date.
      const valid = groups.d2 !== undefined ? inRange(groups.d2, 31) && inRange(groups.m2, 31) && (Number(groups.d2) <= 12 || Number(groups.m2) <= 12) : inRange(day, 31) && inRange(month, 12)
      return valid ? match[0].length : 0
    })
  },
}
