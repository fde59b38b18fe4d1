import type MiniSearch from 'minisearch'

/** The part of MiniSearch's radix tree (`SearchableMap`) that adding and removing documents uses. */
interface TermTree {
  fetch(term: string, initial: () => unknown): unknown
  delete(term: string): void
}

/**
 * Makes adding documents to MiniSearch cheaper: for every occurrence of a term in every document,
 * MiniSearch walks its radix tree to the term's postings (`_index.fetch`), comparing characters at
 * each node. This remembers, per term, the postings object the walk ends at (the very object
 * MiniSearch then updates), so a repeated term costs one hash lookup. A term MiniSearch deletes
 * from its tree is forgotten at once, so a later add creates its postings anew, as MiniSearch
 * would. `clear()` drops everything (after a batch: the index need not carry it afterwards).
 * Relies on MiniSearch 7's protected `_index` (`fetch`, `delete`), which `test/store/posting-lookup-cache.test.ts` pins.
 */
export function cachePostingLookups(miniSearch: MiniSearch<never>): { clear(): void } {
  const tree = (miniSearch as unknown as { _index: TermTree })._index
  const fetch = tree.fetch.bind(tree)
  const remove = tree.delete.bind(tree)
  const postings = new Map<string, unknown>()
  tree.fetch = (term, initial) => {
    let found = postings.get(term)
    if (found === undefined) {
      found = fetch(term, initial)
      postings.set(term, found)
    }
    return found
  }
  tree.delete = (term) => {
    postings.delete(term)
    remove(term)
  }
  return { clear: () => postings.clear() }
}
