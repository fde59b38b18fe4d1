import type { Language } from '../types.js'

// Frequent function words that are (nearly) unambiguous between German and English. Written for
// faqmatch; a sentence or a tweet almost always contains a few of them.
const GERMAN_MARKERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'ist', 'nicht', 'ich', 'mich',
  'mir', 'mein', 'meine', 'meinen', 'meiner', 'sie', 'wir', 'ihr', 'ihre', 'auf', 'mit', 'von', 'zu', 'zum', 'zur', 'für',
  'fuer', 'wie', 'was', 'warum', 'wann', 'wo', 'wer', 'kann', 'können', 'koennen', 'habe', 'hat', 'haben', 'bin', 'sind',
  'wird', 'werden', 'auch', 'noch', 'schon', 'bitte', 'danke', 'kein', 'keine', 'nach', 'bei', 'über', 'ueber', 'oder',
  'aber', 'wenn', 'dass', 'weil', 'sich', 'es', 'im', 'am', 'vom', 'beim', 'gibt', 'geht', 'muss', 'soll', 'möchte',
  'moechte', 'welche', 'welcher', 'gegen', 'ohne', 'durch', 'sein', 'seine', 'jetzt', 'heute', 'morgen', 'nur', 'mal',
  'hallo', 'ja', 'nein', 'seit', 'bis', 'diese', 'dieser', 'dieses', 'alle', 'viel', 'sehr', 'gut', 'wieder', 'immer',
  'ab', 'uns', 'euch', 'du', 'dich', 'dir', 'dein', 'deine', 'war', 'wurde', 'wurden', 'worden', 'einen', 'gerade',
])
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'is', 'are', 'was', 'were', 'not', 'my', 'me', 'you', 'your', 'it', 'its', 'of', 'to', 'for', 'with',
  'on', 'at', 'by', 'from', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'can', 'could', 'would', 'should',
  'do', 'does', 'did', 'have', 'has', 'had', 'will', 'be', 'been', 'this', 'that', 'these', 'there', 'they', 'them',
  'their', 'we', 'our', 'us', 'if', 'or', 'but', 'no', 'yes', 'please', 'thanks', 'thank', 'a', 'an', 'i', 'am',
  'get', 'got', 'need', 'want', 'there', 'here', 'about', 'into', 'than', 'then', 'just', 'only', 'any', 'some', 'much',
  'many', 'all', 'more', 'still', 'yet', 'should', 'must', "don't", "can't", "i'm", "it's", "doesn't", 'dont', 'cant',
  'im', 'whats', "what's", 'help', 'many', 'tell', 'know', 'long', 'after', 'before', 'out', 'up', 'new', 'way', 'like',
])
// Letter patterns typical of one language; weaker evidence than a function word.
const GERMAN_PATTERNS = /[äöüß]|sch|ung\b|keit\b|heit\b|lich\b|chen\b|\bge\p{L}{3,}t\b|tz|cht|ei(?!ght)/u
const ENGLISH_PATTERNS = /\bth|\bwh|ing\b|tion\b|ould\b|ness\b|[^e]ly\b|ck\b|ee|oo|w[aeiou]/u
const WORD = /[\p{L}']+/gu

/** Weight of a function word against a letter pattern: function words decide, patterns break ties. */
const MARKER_WEIGHT = 3

/**
 * Detects German or English for a sentence or a tweet by counting unambiguous function words,
 * then typical letter patterns. Returns `fallback` when there is no evidence either way
 * (an empty string, a lone product name).
 * Measured on the evaluation datasets' texts of 4+ words (see benchmarks/language-detection.mjs).
 * @example
 * detectLanguage('Wie ändere ich meine Rechnungsadresse?') //=> 'de'
 * detectLanguage('How do I change my billing address?') //=> 'en'
 */
export function detectLanguage(text: string, fallback: Language = 'de'): Language {
  let german = 0
  let english = 0
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0]
    if (GERMAN_MARKERS.has(word)) german += MARKER_WEIGHT
    if (ENGLISH_MARKERS.has(word)) english += MARKER_WEIGHT
    if (GERMAN_PATTERNS.test(word)) german++
    if (ENGLISH_PATTERNS.test(word)) english++
  }
  if (german === english) return fallback
  return german > english ? 'de' : 'en'
}
