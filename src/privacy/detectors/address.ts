import { KNOWN_CITIES_AT_CH, KNOWN_CITIES_DE } from '../data/cities.js'
import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'
import { matchAround } from './match-around.js'

const SPACE = '[ \\u00A0]'
const WORD = '\\p{Lu}[\\p{Ll}ß]{1,30}'
const SUFFIX = '(?:stra(?:ß|ss)e|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|stieg|pfad|promenade)'
const STREET_WORD = '(?:Stra(?:ß|ss)e|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Promenade)'
const HOUSE_NUMBER = `\\d{1,4}(?:${SPACE}?[a-zA-Z](?![\\p{L}]))?(?:${SPACE}?[-–/]${SPACE}?\\d{1,4}[a-zA-Z]?)?`
/** After a house number: not a unit, an amount or further digits ("Speicherplatz 5 GB", "Platz 3,5"). */
const NOT_A_QUANTITY = `(?![\\p{N}]|[.,]\\d|${SPACE}?(?:GB|MB|Mbit|€|EUR|Euro|%|Uhr|Tage|Monate|Jahre|Stück|x${SPACE}))`

/**
 * "Hauptstraße 12", "Karl-Marx-Allee 3a", "Berliner Straße 5", "Hauptstr. 7-9": a street name
 * ending in a street word, then a house number.
 */
const SUFFIX_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?<name>${WORD}${SUFFIX}|(?:${WORD}-){1,3}${STREET_WORD}|${WORD}(?:er|e)${SPACE}${STREET_WORD})${SPACE}${HOUSE_NUMBER}${NOT_A_QUANTITY}`,
  'gu',
)

/** A street word right before a digit: cheap anchor for SUFFIX_STREET, which is costly at every capital. */
const STREET_ANCHOR = new RegExp(`${SUFFIX}${SPACE}\\d`, 'giu')
/** Longest street name before its anchor: three hyphenated words of ≤ 31 characters. */
const MAX_STREET_NAME_CHARS = 100

/** Compounds that end like a street but are none ("Arbeitsplatz 3", "Rückweg 2"). */
const NOT_A_STREET = /^(?:arbeits|speicher|stell|sitz|park|steck|listen|spiel|ranglisten|rück|um|zahlungs|versand|liefer|rechts|post|dienst|schlüssel|stau|ausweg|heim)(?:platz|weg|ring|damm)$/iu

/**
 * "Am Markt 3a", "An der Alster 5", "Unter den Linden 77". Prepositions also start ordinary
 * sentences ("Im Januar 2024", "Am Montag 3 Geräte"), so the number must end the phrase.
 */
const PREPOSITION_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter dem|Hinter der|Vor dem|Beim)${SPACE}${WORD}(?:-${WORD})?${SPACE}\\d{1,3}(?:${SPACE}?[a-zA-Z](?![\\p{L}]))?` +
    `(?=[,;)]|\\.(?!\\d)|[ \\t]{0,3}(?:\\n|$)|${SPACE}{1,3}(?:in|und|bei)${SPACE}|,?${SPACE}{1,3}\\d{5}${SPACE})`,
  'gu',
)

/** Months and weekdays after "Am"/"Im" are dates, not streets. */
const NOT_A_PLACE = /^(?:Am|Im|Zum|Zur|Beim)[ \u00A0](?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Tarif|Paket|Monat|Jahr|Vertrag)[ \u00A0]/u

/** "221 Baker Street", "12 Main St." */
const ENGLISH_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?${SPACE}(?:\\p{Lu}\\p{Ll}+${SPACE}){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Boulevard|Way|Close|Court|Place|Terrace|Square)(?![\\p{L}])`,
  'gu',
)

/** Postal code and city: "10115 Berlin", "D-80331 München", "60311 Frankfurt am Main", "1010 Wien". */
const POSTAL_CITY = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])(?:D-|A-|CH-)?(?<code>\\d{4,5})${SPACE}(?<city>(?:Bad${SPACE}|Sankt${SPACE}|St\\.${SPACE})?${WORD}(?:-${WORD})?)` +
    `(?:${SPACE}(?:am|an der|im|ob der|in)${SPACE}${WORD}|${SPACE}\\(${WORD}\\))?(?![\\p{L}\\p{N}])`,
  'gu',
)

/** Words before a postal code that make the following word a place ("wohne in 12345 Musterdorf"). */
const ADDRESS_CUE = /(?<![\p{L}])(?:PLZ|Postleitzahl|Wohnort|Ort|Anschrift|Adresse|wohne|wohnhaft|umgezogen|ziehe|zip|address|live)(?![\p{L}])[^\n]{0,20}$/iu

/** What may join a street and its postal code into one address: ", " or a line break. */
const JOIN = /^,?[ \t]{0,2}\n?[ \t]{0,2}$/
const MAX_JOIN_CHARS = 6

/**
 * Postal addresses: street and house number ("Hauptstraße 12", "Am Markt 3a", "221 Baker Street")
 * and postal code with city ("10115 Berlin"); a street followed by its postal code and city is one
 * detection. A postal code counts only before a known city, after a street, or after a cue
 * ("PLZ", "wohne in"), so "16000 Kunden" and "DSL 16000" stay.
 * Limits: streets without a street word ("Bahnhof 3") and UK/US postcodes are not found.
 * @example
 * addressDetector.detect('Neue Adresse: Hauptstraße 12, 10115 Berlin') //=> [{ kind: 'address', start: 14, end: 42 }, …]
 */
export const addressDetector: Detector = {
  kind: 'address',
  mayOccurIn: hasAsciiDigit,
  detect(text: string): Detection[] {
    const streets = findStreets(text)
    const found: Detection[] = [...streets]
    let streetIndex = 0
    for (const match of text.matchAll(POSTAL_CITY)) {
      const start = match.index
      const end = start + match[0].length
      while (streetIndex < streets.length && streets[streetIndex]!.end < start - MAX_JOIN_CHARS) streetIndex++
      const street = streets[streetIndex]
      if (street !== undefined && street.end <= start && JOIN.test(text.slice(street.end, start))) {
        found.push({ kind: 'address', start: street.start, end })
      } else if (isPlace(text, start, match.groups?.code ?? '', match.groups?.city ?? '')) {
        found.push({ kind: 'address', start, end })
      }
    }
    return found
  },
}

function findStreets(text: string): Detection[] {
  const streets: Detection[] = []
  const anchors = [...text.matchAll(STREET_ANCHOR)].map((match) => match.index)
  for (const match of matchAround(text, anchors, SUFFIX_STREET, MAX_STREET_NAME_CHARS)) {
    if (NOT_A_STREET.test(match.groups?.name ?? '')) continue
    streets.push({ kind: 'address', start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(PREPOSITION_STREET)) {
    if (NOT_A_PLACE.test(match[0] + ' ')) continue
    streets.push({ kind: 'address', start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(ENGLISH_STREET)) streets.push({ kind: 'address', start: match.index, end: match.index + match[0].length })
  return streets.sort((a, b) => a.start - b.start)
}

function isPlace(text: string, start: number, code: string, city: string): boolean {
  const first = (city.split(/[ \u00A0-]/)[0] ?? '').toLowerCase()
  if (code.length === 4) return KNOWN_CITIES_AT_CH.has(first)
  if (code === '00000') return false
  if (KNOWN_CITIES_DE.has(first) || first === 'bad' || first === 'sankt') return true
  return ADDRESS_CUE.test(text.slice(Math.max(0, start - 40), start))
}
