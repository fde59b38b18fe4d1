/** Terms shown in an emerging topic's label: enough to recognise it, short enough for a status line. */
export const LABEL_TERMS = 3

/** One characteristic term of a topic, as people wrote it. */
export interface LabelTerm {
  /** The analyzed term ("storung"). */
  readonly term: string
  /** Its most frequent surface form in the topic ("Störung"), from the token offsets. */
  readonly surface: string
  /** Messages of the topic that contain it. */
  readonly messages: number
  /** tf-idf weight: messages in the topic × ln(all messages / messages with the term). */
  readonly weight: number
}

/**
 * The most characteristic terms of a topic by tf-idf against all messages, highest first; ties
 * keep the term seen first. Derived terms (compound parts) never appear: their surface is the
 * whole compound.
 * @param members per message of the topic: its distinct terms with their surface forms
 * @example
 * labelTerms([[['storung', 'Störung'], ['berlin', 'Berlin']], [['storung', 'Stoerung']]], idf).map((t) => t.surface)
 * //=> ['Störung', 'Berlin']
 */
export function labelTerms(members: ReadonlyArray<ReadonlyArray<readonly [term: string, surface: string]>>, idf: ReadonlyMap<string, number>, count = LABEL_TERMS): LabelTerm[] {
  const stats = new Map<string, { messages: number; surfaces: Map<string, number> }>()
  for (const terms of members) {
    for (const [term, surface] of terms) {
      let stat = stats.get(term)
      if (!stat) stats.set(term, (stat = { messages: 0, surfaces: new Map() }))
      stat.messages++
      stat.surfaces.set(surface, (stat.surfaces.get(surface) ?? 0) + 1)
    }
  }
  return [...stats]
    .map(([term, stat]) => ({ term, surface: mostFrequent(stat.surfaces), messages: stat.messages, weight: stat.messages * (idf.get(term) ?? 0) }))
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count)
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = ''
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value
      bestCount = count
    }
  }
  return best
}
