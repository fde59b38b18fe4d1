import { GERMAN_BASE_LEXICON } from './lexicon.js'
import { foldGerman } from '../filters/fold-german.js'

const LOWERCASE_LETTERS = /^\p{Ll}+$/u

/** Corpus words shorter than this are never compound parts: "ende" yes, "aus"/"ein" no. */
export const MIN_CORPUS_PART_CHARS = 4
/** Curated words (base list, user list) may be shorter: "tag", "box", "app", "pin". */
export const MIN_TRUSTED_PART_CHARS = 3

/**
 * The words the decompounder may split into: the base list, the user's words, and the words of
 * the indexed corpus. Stored folded and lowercase. Growing it changes how later text splits, so it
 * is part of a snapshot.
 */
export class CompoundLexicon {
  private readonly trusted = new Set<string>()
  private readonly corpus = new Set<string>()
  /** Bumped on every change so caches of splits know to start over. */
  private revision = 0

  constructor(options: { readonly base?: boolean; readonly words?: readonly string[] } = {}) {
    if (options.base ?? true) for (const word of GERMAN_BASE_LEXICON) this.addTrusted(word)
    for (const word of options.words ?? []) this.addTrusted(word)
  }

  get version(): number {
    return this.revision
  }

  get size(): number {
    return this.trusted.size + this.corpus.size
  }

  /** Adds a curated word (any spelling); short ones down to MIN_TRUSTED_PART_CHARS count. */
  addTrusted(word: string): void {
    const folded = normalizeEntry(word)
    if (folded.length >= MIN_TRUSTED_PART_CHARS && !this.trusted.has(folded)) {
      this.trusted.add(folded)
      this.revision++
    }
  }

  /** Adds a word seen in the corpus (already lowercase and folded). Returns true if it was new. */
  addCorpusWord(folded: string): boolean {
    // Known words first: a corpus repeats its words, and the set lookups are cheaper than the pattern.
    if (folded.length < MIN_CORPUS_PART_CHARS || this.corpus.has(folded) || this.trusted.has(folded)) return false
    if (!LOWERCASE_LETTERS.test(folded)) return false
    this.corpus.add(folded)
    this.revision++
    return true
  }

  /** May `word` (folded) stand as a compound part? */
  isPart(word: string): boolean {
    return this.trusted.has(word) || this.corpus.has(word)
  }

  /** The corpus words, for snapshots (base and user words come from the options). */
  corpusWords(): string[] {
    return [...this.corpus]
  }
}

function normalizeEntry(word: string): string {
  return foldGerman(word.toLocaleLowerCase('de').trim())
}
