import type { TopicSpike, TopicWindowStats } from './trend-types.js'

/**
 * Weights of the priority components (each 0..1), summing to 1. A spike dominates because it is
 * the one signal that something changed now; volume and reach say how many people see it;
 * negativity and public share say how much it hurts. Tuned on the synthetic incident stream of
 * test/trends: a steady busy topic must stay below a fresh negative spike half its size.
 */
export const PRIORITY_WEIGHTS = { spike: 0.4, volume: 0.2, negative: 0.15, public: 0.1, reach: 0.15 } as const
/**
 * Factor for known topics: an answer exists and can be reused right away, so the same signal
 * needs less attention than an unanswered one. 0.6 keeps a spiking known topic above a calm
 * emerging one.
 */
export const ANSWERED_TOPIC_FACTOR = 0.6
/** −log10 p at which the spike component is full (p = 1e-12); weaker spikes count from half. */
const SPIKE_FULL_LOG10 = 12
const PERCENT = 100

/** What the score is computed from: the topic's latest window, relative to all topics'. */
export interface PriorityInput {
  readonly latest: TopicWindowStats | undefined
  readonly spike: TopicSpike | null
  readonly known: boolean
  readonly threadId?: string
  /** Largest latest-window volume and reach over all topics, for scaling. */
  readonly maxVolume: number
  readonly maxReach: number
}

/**
 * priority = Σ weight × component, × ANSWERED_TOPIC_FACTOR for known topics, where (latest window):
 * spike = 0 without a spike, else 0.5 + 0.5 × min(1, −log10 p / 12);
 * volume = ln(1 + volume) / ln(1 + max volume); negative = share negative; public = share on
 * public channels; reach = ln(1 + reach) / ln(1 + max reach).
 */
export function priorityScore(input: PriorityInput): { priority: number; reasons: string[] } {
  const { latest, spike } = input
  const reasons: string[] = []
  if (!latest) return { priority: 0, reasons: ['no messages in the latest window'] }
  const spikeLog = spike ? Math.min(SPIKE_FULL_LOG10, -Math.log10(Math.max(spike.pValue, Number.MIN_VALUE))) : 0
  const components = {
    spike: spike ? 0.5 + (0.5 * spikeLog) / SPIKE_FULL_LOG10 : 0,
    volume: input.maxVolume > 0 ? Math.log1p(latest.volume) / Math.log1p(input.maxVolume) : 0,
    negative: latest.negativeShare,
    public: latest.volume > 0 ? latest.publicMessages / latest.volume : 0,
    reach: input.maxReach > 0 ? Math.log1p(latest.publicReach) / Math.log1p(input.maxReach) : 0,
  }
  if (spike) reasons.push(`spike since ${spike.startedAt}: ${spike.count} messages vs ${round(spike.baseline)} expected (p = ${spike.pValue.toExponential(1)})`)
  reasons.push(`${latest.volume} messages in the latest window (${Math.round(latest.share * PERCENT)}% of all)`)
  if (latest.negativeShare > 0) reasons.push(`${Math.round(latest.negativeShare * PERCENT)}% negative`)
  if (latest.publicMessages > 0) reasons.push(`${Math.round(components.public * PERCENT)}% on public channels, reach ${latest.publicReach}`)
  if (latest.unanswered > 0) reasons.push(`${latest.unanswered} unanswered`)
  let priority = (Object.keys(PRIORITY_WEIGHTS) as Array<keyof typeof PRIORITY_WEIGHTS>).reduce((sum, key) => sum + PRIORITY_WEIGHTS[key] * components[key], 0)
  if (input.known) {
    priority *= ANSWERED_TOPIC_FACTOR
    reasons.push(`answer exists (thread ${input.threadId}): reuse it, priority × ${ANSWERED_TOPIC_FACTOR}`)
  } else reasons.push('no answered thread matches: new answer needed')
  return { priority, reasons }
}

const round = (value: number) => Math.round(value * 10) / 10
