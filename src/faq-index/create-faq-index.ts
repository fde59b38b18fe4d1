import { FaqIndexOptionsSchema, type FaqIndexOptions } from '../schemas/index-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { FaqIndexImpl, type FaqIndex } from './faq-index.js'

/**
 * Creates an empty index of answered threads. German by default; personal data is redacted
 * before anything is stored.
 * @example
 * const index = createFaqIndex({ language: 'de' })
 * index.addAll([{ id: 'adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter „Meine Daten“.' }])
 * index.match('Adresse der Rechnung aendern').matches[0].threadId //=> 'adresse'
 */
export function createFaqIndex(options: FaqIndexOptions = {}): FaqIndex {
  return new FaqIndexImpl(parseInput(FaqIndexOptionsSchema, options, 'options', 'invalid index options'))
}
