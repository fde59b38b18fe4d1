import type { EvaluationReport, ThresholdPoint } from '../evaluation-report.js'
import { escapeHtml } from './escape-html.js'
import { formatShare, formatThreshold } from './format-figures.js'

/** Chart geometry in SVG user units; the page scales it to its width. */
const WIDTH = 720
const HEIGHT = 380
const MARGIN = { top: 24, right: 24, bottom: 48, left: 56 }
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom
/** Axis ticks: every 0.1 on the threshold, every 25% on the share. */
const X_TICKS = Array.from({ length: 11 }, (_, i) => i / 10)
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1]

export const COVERAGE_COLOR = '#1f6feb'
export const PRECISION_COLOR = '#d97706'
const REUSE_COLOR = '#b91c1c'
const SUGGEST_COLOR = '#6b7280'

const x = (threshold: number) => MARGIN.left + threshold * PLOT_WIDTH
const y = (share: number) => MARGIN.top + (1 - share) * PLOT_HEIGHT
const coord = (n: number) => n.toFixed(1)

/** Polylines through the points that have a value; a `null` (nothing answered) breaks the line. */
function lines(points: readonly ThresholdPoint[], valueOf: (p: ThresholdPoint) => number | null, color: string): string {
  const segments: string[][] = [[]]
  for (const p of points) {
    const value = valueOf(p)
    if (value === null) segments.push([])
    else segments.at(-1)!.push(`${coord(x(p.threshold))},${coord(y(value))}`)
  }
  // A lone point draws no line; its dot (below) shows it.
  return segments
    .filter((s) => s.length > 1)
    .map((s) => `<polyline fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round" points="${s.join(' ')}"/>`)
    .join('\n')
}

/** A hoverable dot per point, its tooltip giving the exact figures. */
function dots(points: readonly ThresholdPoint[], valueOf: (p: ThresholdPoint) => number | null, color: string, what: string): string {
  return points
    .filter((p) => valueOf(p) !== null)
    .map((p) => {
      const tip = `${what} at threshold ${formatThreshold(p.threshold)}: ${formatShare(valueOf(p))} (coverage ${formatShare(p.coverage)}, precision ${formatShare(p.precision)}, ${p.autoAnswered} answered, ${p.wrong} wrong)`
      return `<circle cx="${coord(x(p.threshold))}" cy="${coord(y(valueOf(p)!))}" r="3.5" fill="${color}"><title>${escapeHtml(tip)}</title></circle>`
    })
    .join('\n')
}

function marker(threshold: number, label: string, color: string, labelRow: number): string {
  const at = coord(x(threshold))
  const anchor = threshold > 0.85 ? 'end' : 'start'
  const dx = anchor === 'end' ? -4 : 4
  return [
    `<line x1="${at}" y1="${MARGIN.top}" x2="${at}" y2="${MARGIN.top + PLOT_HEIGHT}" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    `<text x="${coord(x(threshold) + dx)}" y="${MARGIN.top + 14 + labelRow * 16}" fill="${color}" font-size="12" text-anchor="${anchor}">${escapeHtml(`${label} ≥ ${formatThreshold(threshold)}`)}</text>`,
  ].join('\n')
}

/**
 * An inline SVG of coverage and precision of auto-answering over the confidence threshold, with
 * the report's reuse and suggest thresholds marked. No scripts, fonts or external references.
 */
export function precisionCoverageChart(report: EvaluationReport): string {
  const { curve, thresholds } = report
  const grid = [
    ...Y_TICKS.map(
      (t) =>
        `<line x1="${MARGIN.left}" y1="${coord(y(t))}" x2="${MARGIN.left + PLOT_WIDTH}" y2="${coord(y(t))}" stroke="#e5e7eb"/>` +
        `<text x="${MARGIN.left - 8}" y="${coord(y(t) + 4)}" font-size="12" text-anchor="end" fill="#374151">${t * 100}%</text>`,
    ),
    ...X_TICKS.map(
      (t) =>
        `<line x1="${coord(x(t))}" y1="${MARGIN.top + PLOT_HEIGHT}" x2="${coord(x(t))}" y2="${MARGIN.top + PLOT_HEIGHT + 5}" stroke="#374151"/>` +
        `<text x="${coord(x(t))}" y="${MARGIN.top + PLOT_HEIGHT + 20}" font-size="12" text-anchor="middle" fill="#374151">${t.toFixed(1)}</text>`,
    ),
  ].join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="curve-title curve-desc" font-family="system-ui, sans-serif">
<title id="curve-title">Precision and coverage of auto-answering over the confidence threshold</title>
<desc id="curve-desc">${escapeHtml(`Coverage (share of queries answered automatically) and precision (share of those answers that are right) for thresholds 0 to 1; dashed lines mark the reuse threshold ${formatThreshold(thresholds.reuseMinConfidence)} and the suggest threshold ${formatThreshold(thresholds.suggestMinConfidence)}.`)}</desc>
<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" fill="#ffffff" stroke="#d1d5db"/>
${grid}
<text x="${MARGIN.left + PLOT_WIDTH / 2}" y="${HEIGHT - 8}" font-size="13" text-anchor="middle" fill="#111827">confidence threshold</text>
${marker(thresholds.suggestMinConfidence, 'suggest', SUGGEST_COLOR, thresholds.suggestMinConfidence === thresholds.reuseMinConfidence ? 1 : 0)}
${marker(thresholds.reuseMinConfidence, 'reuse', REUSE_COLOR, 0)}
${lines(curve, (p) => p.coverage, COVERAGE_COLOR)}
${lines(curve, (p) => p.precision, PRECISION_COLOR)}
${dots(curve, (p) => p.coverage, COVERAGE_COLOR, 'coverage')}
${dots(curve, (p) => p.precision, PRECISION_COLOR, 'precision')}
</svg>`
}
