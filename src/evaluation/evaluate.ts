import { InvalidInputError } from '../errors.js'
import { FaqIndexImpl, type FaqIndex } from '../faq-index/faq-index.js'
import { decide, REUSE_MIN_CONFIDENCE, SUGGEST_MIN_CONFIDENCE } from '../matching/confidence.js'
import { EvaluateOptionsSchema, type EvaluateOptions } from '../schemas/evaluation-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import type { LabelledQuery } from '../schemas/thread.js'
import type { EvaluationReport } from './evaluation-report.js'
import { duplicateGroups } from './duplicate-groups.js'
import { evaluateGroup } from './group-evaluation.js'
import { queryOutcome, type QueryOutcome } from './query-outcome.js'
import { tagEvaluations } from './tag-evaluations.js'
import { thresholdCurve } from './threshold-curve.js'
import { validateQueries } from './validate-queries.js'
import { missesOf, worstMisses } from './worst-misses.js'

/** hit@5 is always reported, so at least five matches are retrieved whatever `k` is. */
const HIT_AT_5 = 5
/** Report progress at most this often (1%), so callbacks never dominate the run. */
const PROGRESS_STEPS = 100

/**
 * Measures an index on labelled queries, the way a content team tests its own corpus before
 * trusting automatic answers: hit@1, hit@5 and MRR@k; how many queries would be auto-answered
 * (`reuse`) and how many of those wrongly; how many out-of-scope queries (`relevant: []`) were
 * correctly treated as `new`; all of it overall and per tag; the most confident wrong top matches;
 * and precision/coverage of auto-answering for thresholds 0..1, to pick `reuseMinConfidence` by.
 * With `duplicates`, also the threads that look like the same question (`findDuplicates`).
 *
 * Each query is matched as in production (the index's language or language detection), and the
 * decision is taken from the top confidence with the thresholds under evaluation. All queries are
 * validated first; a bad row, a repeated id or an unknown relevant thread throws InvalidInputError
 * listing every problem (`queries[3].text: must not be empty`). The result is plain JSON data.
 *
 * @example
 * const index = createFaqIndex({ language: 'de' })
 * index.addAll([{ id: 'passwort', question: 'Passwort vergessen – was tun?', answer: '…' }])
 * const report = evaluate(index, [
 *   { id: 'q1', text: 'Ich habe mein Passwort vergessen', relevant: ['passwort'] },
 *   { id: 'q2', text: 'Wie spät ist es?', relevant: [] },
 * ])
 * report.overall.metrics.hitAt1 //=> 1
 * report.overall.decisions.outOfScopeNew //=> 1
 */
export function evaluate(index: FaqIndex, queries: readonly LabelledQuery[], options: EvaluateOptions = {}): EvaluationReport {
  if (typeof (index as Partial<FaqIndex> | null)?.match !== 'function' || typeof (index as Partial<FaqIndex>).get !== 'function') {
    throw new InvalidInputError([{ path: 'index', message: `must be a FaqIndex from createFaqIndex or loadFaqIndex, got ${index === null ? 'null' : typeof index}` }], 'invalid index')
  }
  const resolved = parseInput(EvaluateOptionsSchema, options, 'options', 'invalid evaluate options')
  const indexOptions = index instanceof FaqIndexImpl ? index.options : undefined
  const labelled = validateQueries(queries, index, indexOptions?.maxQueryChars)
  const reuseMinConfidence = resolved.reuseMinConfidence ?? indexOptions?.reuseMinConfidence ?? REUSE_MIN_CONFIDENCE
  const suggestMinConfidence = resolved.suggestMinConfidence ?? indexOptions?.suggestMinConfidence ?? SUGGEST_MIN_CONFIDENCE
  if (reuseMinConfidence < suggestMinConfidence) {
    throw new InvalidInputError(
      [{ path: 'options.reuseMinConfidence', message: `must be at least suggestMinConfidence (${suggestMinConfidence}), got ${reuseMinConfidence}` }],
      'invalid evaluate options',
    )
  }

  const limit = Math.max(resolved.k, HIT_AT_5)
  const step = Math.max(1, Math.floor(labelled.length / PROGRESS_STEPS))
  const outcomes: QueryOutcome[] = labelled.map((query, i) => {
    const result = index.match(query.text, { limit })
    const decision = decide(result.matches[0]?.confidence, reuseMinConfidence, suggestMinConfidence)
    if (resolved.onProgress && ((i + 1) % step === 0 || i + 1 === labelled.length)) resolved.onProgress(i + 1, labelled.length)
    return queryOutcome(query, result, decision)
  })

  return {
    k: resolved.k,
    thresholds: { reuseMinConfidence, suggestMinConfidence },
    threads: index.size,
    overall: evaluateGroup(outcomes, resolved.k),
    tags: tagEvaluations(outcomes, index, resolved.k),
    curve: thresholdCurve(outcomes, [reuseMinConfidence, suggestMinConfidence]),
    worstMisses: worstMisses(outcomes, index, resolved.worst),
    misses: missesOf(outcomes).length,
    ...(resolved.duplicates === false
      ? {}
      : { duplicates: duplicateGroups(index, resolved.duplicates === true ? undefined : resolved.duplicates.minSimilarity) }),
  }
}
