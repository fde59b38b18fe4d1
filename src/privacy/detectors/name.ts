import { NOT_NAMES } from '../data/name-stopwords.js'
import { detectAfterCue } from './detect-after-cue.js'
import type { Detection, Detector } from './detection.js'

const GAP = '[,!.:]?(?:[ \\t]{1,3}|[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,5}){1,3})'
/** A cue stands at the start of a line or after a sentence; "ich liebe Anna" is no greeting. */
const LINE_START = '(?<=^[ \\t]{0,5}|\\n[ \\t]{0,5}|[.!?)][ \\t]{1,3})'

const SIGN_OFFS =
  'mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en|mit freundlichem gru(?:ß|ss)|(?:viele|liebe|beste|herzliche|freundliche|schöne|sonnige) gr(?:ü|ue|u)(?:ß|ss)e|' +
  'gr(?:ü|ue|u)(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|(?:best|kind|warm|warmest) regards|regards|best wishes|cheers|(?:yours )?sincerely|yours faithfully'
/** Thanks end sentences too ("Danke Ihnen"), so a name after them needs a comma or line break. */
const THANKS = '(?:vielen |besten |herzlichen )?dank(?:e(?:schön)?)?|(?:many )?thanks|thank you'
const GREETINGS = 'hallo|hi|hey|moin|servus|guten (?:tag|morgen|abend)|liebe|lieber|sehr geehrte|sehr geehrter|dear|hello'
const TITLES = '(?:(?:herr|frau|familie|hr\\.|fr\\.|mr\\.?|mrs\\.?|ms\\.?|miss|dr\\.|prof\\.)[ \\t]{1,2}){1,3}'
const INTRODUCTIONS = 'mein name ist|ich hei(?:ß|ss)e|my name is|name:'

const NAME_CUE = new RegExp(
  `${LINE_START}(?:(?<signoff>${SIGN_OFFS})|(?<thanks>${THANKS})|(?<greeting>${GREETINGS}))(?![\\p{L}])(?<gap>${GAP})(?<title>${TITLES})?` +
    `|(?<![\\p{L}])(?<intro>${INTRODUCTIONS})[ \\t]{1,3}(?<introTitle>${TITLES})?`,
  'giu',
)

/** One to three capitalised words ("Anna", "Max Mustermann", "Anna-Lena M.", "Jan de Vries", "O’Connor"). */
const NAME_WORD = "\\p{Lu}(?:(?:['’]\\p{Lu})?\\p{Ll}{1,30}(?:-\\p{Lu}\\p{Ll}{1,30})?|\\.)"
const NAME = new RegExp(`${NAME_WORD}(?:[ \\u00A0](?:(?:von|van|de|zu|von der|van der|de la)[ \\u00A0])?${NAME_WORD}){0,2}`, 'uy')

/** After a sign-off or a bare greeting the name must end its line or phrase. */
const ENDS_PHRASE = /^(?:[ \t]*(?:\r?\n|$)|[,;.!?)])/u

/**
 * Names after a greeting or sign-off ("Hallo Herr Müller", "Viele Grüße\nAnna",
 * "Mit freundlichen Grüßen, Max Mustermann", "Best regards, John Smith") and after
 * "Mein Name ist". Opt-in (`names: true`): it is a guess from position, not a lexicon.
 * Titles stay ("Hallo Herr ⟨NAME⟩"). Limits: names mid-sentence ("ich habe mit Anna telefoniert")
 * and lower-case names are not found; a brand after "Hallo" may be taken for a name.
 * @example
 * nameDetector.detect('Viele Grüße\nAnna Schmidt') //=> [{ kind: 'name', start: 12, end: 24 }]
 */
export const nameDetector: Detector = {
  kind: 'name',
  // Cues are words of many spellings; no cheaper test rules them out.
  mayOccurIn: () => true,
  detect(text: string): Detection[] {
    return detectAfterCue(text, 'name', NAME_CUE, NAME, (match, cue) => {
      const groups = cue.groups ?? {}
      if (groups.thanks !== undefined && !/[,\n]/.test(groups.gap ?? '')) return 0
      const strong = groups.title !== undefined || groups.intro !== undefined
      const words = match[0].split(/[ \u00A0]/u)
      // Try the longest reading first; drop trailing words until what is left is a name.
      for (let count = words.length; count >= 1; count--) {
        const candidate = words.slice(0, count).join(' ')
        const parts = candidate.split(/[ \u00A0-]/)
        if (parts.some((part) => NOT_NAMES.has(part))) continue
        if (/^\p{Lu}\.$/u.test(candidate)) continue
        const length = candidate.length
        if (strong || ENDS_PHRASE.test(text.slice(match.index + length))) return length
      }
      return 0
    })
  },
}
