import { createRequire } from 'node:module'

type Stemmer = { stem(word: string): string }
let stemmer: Stemmer | undefined

/**
 * natural's English Porter stemmer, loaded on first use by its own module path.
 * Expects a lowercase word.
 * @example
 * stemEnglish('cancelled') //=> 'cancel'
 */
export function stemEnglish(word: string): string {
  stemmer ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer
  return stemmer.stem(word)
}
