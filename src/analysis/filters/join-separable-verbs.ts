import { withText, type Token } from '../token.js'
import type { TokenFilter } from '../stage.js'
import type { CompoundLexicon } from '../german/compound-lexicon.js'

/**
 * Particles of German separable verbs, folded. In a main clause the particle moves to the end
 * ("schalte das Licht aus", "ruf die Nachrichten auf") while questions elsewhere use the joined
 * infinitive ("Licht ausschalten"); most particles are also stop words and would simply vanish.
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'her', 'hin', 'hoch', 'los', 'mit', 'nach',
  'raus', 'rein', 'runter', 'um', 'vor', 'weg', 'zu', 'zuruck', 'zusammen',
])
/** How far back (in words) the verb may stand from its particle. */
const MAX_VERB_DISTANCE = 8

/**
 * Filter: for a clause-final particle, adds the joined verb next to the finite verb before it
 * ("schalte … aus" → "ausschalten"), when the joined form is a word the lexicon knows (the corpus
 * or the base list): the corpus decides, so no verb list is needed and unknown pairs add nothing.
 * A particle counts as clause-final when it is the last word or punctuation follows it.
 * Runs after folding, before stop words. Expects lowercase, folded text.
 * @example
 * // with "ausschalten" in the lexicon:
 * // "schalte das licht aus" → … schalte, ausschalten (derived), das, licht, aus
 */
export function createSeparableVerbJoiner(lexicon: CompoundLexicon): TokenFilter {
  return {
    name: 'separable-verbs-de',
    options: { particles: PARTICLES.size, distance: MAX_VERB_DISTANCE },
    apply(tokens) {
      let joined: Map<number, Token[]> | undefined
      for (let i = 0; i < tokens.length; i++) {
        const particle = tokens[i]!
        if (particle.kind !== 'word' || particle.derived || !PARTICLES.has(particle.text) || !endsClause(tokens, i)) continue
        for (let j = i - 1; j >= 0 && j >= i - MAX_VERB_DISTANCE; j--) {
          const verb = tokens[j]!
          if (startsClause(tokens, j + 1)) break
          if (verb.kind !== 'word' || verb.derived || verb.keyword) continue
          const infinitive = joinedInfinitive(particle.text, verb.text, lexicon)
          if (!infinitive) continue
          joined ??= new Map()
          const extra = joined.get(j) ?? []
          extra.push(withText(verb, infinitive, true))
          joined.set(j, extra)
          break
        }
      }
      if (!joined) return tokens as Token[]
      const out: Token[] = []
      tokens.forEach((token, i) => {
        out.push(token)
        const extra = joined!.get(i)
        if (extra) out.push(...extra)
      })
      return out
    },
  }
}

/** The lexicon word formed by particle + verb form, trying the usual finite endings. */
function joinedInfinitive(particle: string, verb: string, lexicon: CompoundLexicon): string | undefined {
  if (verb.length < 2 || PARTICLES.has(verb)) return undefined
  const bases = new Set([verb, verb.replace(/(?:e|t|et|st|est)$/, '')])
  for (const base of bases) {
    for (const ending of ['', 'n', 'en']) {
      const word = particle + base + ending
      if (word.length > particle.length + 2 && lexicon.isPart(word)) return word
    }
  }
  return undefined
}

/** The particle is the last word, or something other than one space follows it (", ", ". "). */
function endsClause(tokens: readonly Token[], i: number): boolean {
  // A loop, not slice().find(): particles are frequent ("mit", "zu"), and a copy of the rest per particle adds up.
  let j = i + 1
  while (j < tokens.length && tokens[j]!.derived) j++
  return j === tokens.length || tokens[j]!.start > tokens[i]!.end + 1
}

/** Token i starts a clause: more than one space separates it from the word before. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]
  const current = tokens[i]
  return !!previous && !!current && current.start > previous.end + 1
}
