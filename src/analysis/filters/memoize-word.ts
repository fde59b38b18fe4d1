/** Words a memo keeps before it starts over: hot words come back at once, memory stays bounded. */
export const MAX_MEMO_WORDS = 200_000

/**
 * Remembers a word rewrite's results. Analysis rewrites the same few thousand words over and over
 * (a 10k-thread German build: 483k tokens, 20k distinct), and a Map hit costs less than the
 * regex tests and string copies of lowercasing, folding or stemming a word again.
 * @param limit words kept; when full, the memo is emptied and fills again
 */
export function memoizeWord(rewrite: (word: string) => string, limit = MAX_MEMO_WORDS): (word: string) => string {
  const memo = new Map<string, string>()
  return (word) => {
    let out = memo.get(word)
    if (out === undefined) {
      out = rewrite(word)
      if (memo.size >= limit) memo.clear()
      memo.set(word, out)
    }
    return out
  }
}
