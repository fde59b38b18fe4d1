import type { Language } from '../types.js'
import { createFaqIndex } from '../faq-index/create-faq-index.js'
import { MAX_MESSAGE_CHARS } from '../schemas/message.js'

/**
 * Weighted cosine (idf-weighted term vectors) from which a message joins its best cluster without
 * asking the index: retweets, copies and rewordings with the same key words ("Störung Internet
 * Berlin" / "Internet Störung in Berlin"). Needed because the index's calibrated confidence is
 * fitted for answer indexes of hundreds of threads: in a young cluster index with one thread even
 * an exact copy gets ~0.2 (reported to matching/). Below ~0.3 unrelated complaints that share two
 * common words merge; above ~0.6 rewordings split into separate topics.
 */
export const SAME_TOPIC_MIN_COSINE = 0.4
/**
 * Weighted cosine below which the index is not asked and the message starts a new cluster: with
 * less in common than one mid-frequency word the index's confidence stays under the join
 * threshold, and asking it costs ~3 ms per message, which 100k messages cannot afford.
 */
export const CANDIDATE_MIN_COSINE = 0.15
/**
 * Terms held by more cluster representatives than this are skipped when looking for candidates
 * ("bahn" in a Deutsche Bahn stream): their lists hold nearly every cluster and decide nothing.
 * They still count in the cosine of the candidates found through other terms.
 */
export const CANDIDATE_MAX_POSTINGS = 100

/** One message as the clusterer sees it: redacted text and its distinct topic terms. */
export interface ClusterInput {
  readonly text: string
  readonly lang: Language
  readonly terms: readonly string[]
}

/** Clusters in order of creation; `clusterOf[i]` is message i's cluster. */
export interface Clustering {
  readonly clusterOf: readonly number[]
  readonly representatives: readonly number[]
  /** How many messages went to the index (the rest were decided by the cosine pre-check). */
  readonly indexQueries: number
}

/**
 * Greedy online clustering in the given (time) order. Each cluster is represented by its first
 * message, added as a thread to a FaqIndex of our own; each next message is matched against it
 * and joins the best cluster when the match confidence reaches `joinMinConfidence`, else it
 * starts a cluster. A weighted-cosine pre-check over an inverted index of the representatives'
 * terms decides the clear cases (same key words join, nothing in common starts a cluster)
 * without the index.
 * @param idf inverse document frequency of each term over all messages
 */
export function clusterMessages(
  messages: readonly ClusterInput[],
  idf: ReadonlyMap<string, number>,
  options: { language: Language; joinMinConfidence: number; onMessage?: (done: number) => void },
): Clustering {
  const index = createFaqIndex({ language: options.language, redact: false, maxQueryChars: MAX_MESSAGE_CHARS })
  const postings = new Map<string, number[]>()
  const repNorms: number[] = []
  const repWeights: Array<ReadonlyMap<string, number>> = []
  const representatives: number[] = []
  const clusterOf: number[] = []
  let indexQueries = 0
  // Dot products per cluster for the message at hand; reset after each lookup.
  let dots = new Float64Array(64)

  const weightsOf = (terms: readonly string[]) => new Map(terms.map((t) => [t, idf.get(t) ?? 0]))
  const normOf = (weights: ReadonlyMap<string, number>) => Math.sqrt([...weights.values()].reduce((a, w) => a + w * w, 0))

  const startCluster = (i: number, message: ClusterInput, weights: ReadonlyMap<string, number>, norm: number) => {
    const cluster = representatives.length
    representatives.push(i)
    repWeights.push(weights)
    repNorms.push(norm)
    clusterOf.push(cluster)
    if (message.terms.length === 0) return
    index.add({ id: String(cluster), question: message.text, lang: message.lang })
    for (const term of message.terms) {
      let list = postings.get(term)
      if (!list) postings.set(term, (list = []))
      list.push(cluster)
    }
  }

  // A copy of an earlier text (retweet, copy-paste) goes where that text went.
  const clusterOfText = new Map<string, number>()
  messages.forEach((message, i) => {
    const copyOf = clusterOfText.get(message.text)
    if (copyOf !== undefined) {
      clusterOf.push(copyOf)
      options.onMessage?.(i + 1)
      return
    }
    const weights = weightsOf(message.terms)
    const norm = normOf(weights)
    const best = bestCandidate(weights, norm)
    if (best && best.cosine >= SAME_TOPIC_MIN_COSINE) clusterOf.push(best.cluster)
    else if (!best || best.cosine < CANDIDATE_MIN_COSINE) startCluster(i, message, weights, norm)
    else {
      indexQueries++
      const top = index.match(message.text, { limit: 1, lang: message.lang }).matches[0]
      if (top && top.confidence >= options.joinMinConfidence) clusterOf.push(Number(top.threadId))
      else startCluster(i, message, weights, norm)
    }
    clusterOfText.set(message.text, clusterOf[i]!)
    options.onMessage?.(i + 1)
  })
  return { clusterOf, representatives, indexQueries }

  function bestCandidate(weights: ReadonlyMap<string, number>, norm: number): { cluster: number; cosine: number } | undefined {
    if (norm === 0) return undefined
    if (dots.length < representatives.length) dots = grow(dots, representatives.length)
    const touched: number[] = []
    const common: Array<[string, number]> = []
    for (const [term, weight] of weights) {
      const list = postings.get(term)
      if (!list) continue
      if (list.length > CANDIDATE_MAX_POSTINGS) {
        common.push([term, weight])
        continue
      }
      for (const cluster of list) {
        if (dots[cluster] === 0) touched.push(cluster)
        dots[cluster]! += weight * repWeights[cluster]!.get(term)!
      }
    }
    let best: { cluster: number; cosine: number } | undefined
    for (const cluster of touched) {
      // Shared common terms add to the dot product too, so copies reach the join threshold.
      let dot = dots[cluster]!
      dots[cluster] = 0
      for (const [term, weight] of common) dot += weight * (repWeights[cluster]!.get(term) ?? 0)
      const cosine = dot / (norm * repNorms[cluster]!)
      if (!best || cosine > best.cosine) best = { cluster, cosine }
    }
    return best
  }
}

/** A zeroed copy with room for at least `size` entries (doubling, so growth is amortized). */
function grow(array: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(Math.max(size, array.length * 2, 64))
  grown.set(array)
  return grown
}
