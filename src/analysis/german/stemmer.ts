import { createRequire } from 'node:module'

type Stemmer = { stem(word: string): string }
let stemmer: Stemmer | undefined

/**
 * natural's German Snowball/Porter stemmer, loaded on first use by its own module path (natural's
 * top-level import takes ~0.7 s and prints). Expects a lowercase, German-folded word.
 * Known limit: participles keep "ge-" (gekundigt); the stem filter maps them to the infinitive's
 * stem when the lexicon knows it.
 * @example
 * stemGerman('rechnungen') //=> 'rechnung'
 */
export function stemGerman(word: string): string {
  stemmer ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer_de.js') as Stemmer
  return stemmer.stem(word)
}
