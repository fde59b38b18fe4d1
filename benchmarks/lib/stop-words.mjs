// Stop word lists for peers whose own lists live in packages not installed here (Orama's come from
// @orama/stopwords). English: natural's list (util/stopwords.js, 170 words). German: the Snowball
// German list that lunr-languages ships inside lunr.de.js, read from that file at run time
// because lunr only exposes it as a closure.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

const require = createRequire(import.meta.url)

/** @param {'de' | 'en'} lang @returns {string[]} */
export function stopWords(lang) {
  if (lang === 'en') return [...require('natural/lib/natural/util/stopwords.js').words]
  const source = readFileSync(require.resolve('lunr-languages/lunr.de.js'), 'utf8')
  const list = /lunr\.de\.stopWordFilter\s*=\s*lunr\.generateStopWordFilter\('([^']+)'/.exec(source)
  if (!list) throw new Error('stop-words: German list not found in lunr-languages/lunr.de.js (format changed?)')
  return list[1].split(/\s+/).filter(Boolean)
}
