// Internal entry for the fit script (bundled on the fly by esbuild): builds an index the way
// createFaqIndex does and returns every candidate's feature vector with its label.
import { FaqIndexImpl } from '../../src/faq-index/faq-index.js'
import { FaqIndexOptionsSchema } from '../../src/schemas/index-options.js'
import { retrieve } from '../../src/matching/retrieve.js'
import { computeFeatures, FEATURE_NAMES } from '../../src/matching/features.js'

export { FEATURE_NAMES }

export interface QueryCandidates {
  readonly queryId: string
  readonly relevant: boolean[]
  readonly features: number[][]
  readonly outOfScope: boolean
}

export function collect(
  threads: ReadonlyArray<{ id: string; question: string; answer: string; lang?: 'de' | 'en'; tags?: string[] }>,
  queries: ReadonlyArray<{ id: string; text: string; relevant: string[] }>,
  language: 'de' | 'en',
): QueryCandidates[] {
  const index = new FaqIndexImpl(FaqIndexOptionsSchema.parse({ language, redact: false }))
  index.addAll(threads.map((t) => ({ id: t.id, question: t.question, answer: t.answer ?? '', ...(t.lang ? { lang: t.lang } : {}), ...(t.tags ? { tags: t.tags } : {}) })))
  const out: QueryCandidates[] = []
  for (const q of queries) {
    const { profile } = index.profileQuestion(q.text)
    const candidates = retrieve(index.store, profile)
    const rel = new Set(q.relevant)
    out.push({
      queryId: q.id,
      relevant: candidates.map((c) => rel.has(index.store.at(c.slot)!.thread.id)),
      features: candidates.length ? computeFeatures(index.store, profile, candidates) : [],
      outOfScope: q.relevant.length === 0,
    })
  }
  return out
}
