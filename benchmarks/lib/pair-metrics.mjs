// Quality of scored pairs ({ score, label }) for duplicate detection. Ties are grouped, so the order
// of the file (some sets list duplicates first) never helps a score.

/** Average precision: precision summed at each recall step, one step per distinct score. */
export function averagePrecision(scored) {
  const s = [...scored].sort((a, b) => b.score - a.score)
  const positives = s.filter((x) => x.label).length
  let tp = 0, fp = 0, recall = 0, sum = 0
  for (let i = 0; i < s.length; i++) {
    if (s[i].label) tp++
    else fp++
    if (i + 1 < s.length && s[i + 1].score === s[i].score) continue
    sum += (tp / positives - recall) * (tp / (tp + fp))
    recall = tp / positives
  }
  return positives ? sum : 0
}

/** ROC AUC as Mann-Whitney U with average ranks for ties. */
export function rocAuc(scored) {
  const s = [...scored].sort((a, b) => a.score - b.score)
  let rankSum = 0, positives = 0
  for (let i = 0; i < s.length; ) {
    let j = i
    while (j < s.length && s[j].score === s[i].score) j++
    const averageRank = (i + 1 + j) / 2
    for (let k = i; k < j; k++) if (s[k].label) { rankSum += averageRank; positives++ }
    i = j
  }
  const negatives = s.length - positives
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0
}

/** True positives, false positives and false negatives when `score >= threshold` says duplicate. */
export function countsAt(scored, threshold) {
  let tp = 0, fp = 0, fn = 0
  for (const x of scored) {
    const yes = x.score >= threshold
    if (yes && x.label) tp++
    else if (yes) fp++
    else if (x.label) fn++
  }
  return { tp, fp, fn }
}

/** F-beta at a threshold: beta < 1 weights precision higher (0.5: precision counts twice). */
export function fBetaAt(scored, threshold, beta = 1) {
  const { tp, fp, fn } = countsAt(scored, threshold)
  const b2 = beta * beta
  return tp ? ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp) : 0
}

export const f1At = (scored, threshold) => fBetaAt(scored, threshold, 1)
