import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { thresholdCurve } from '../../src/evaluation/threshold-curve.js'
import { outcome } from './scripted-index.js'

describe('thresholdCurve', () => {
  const outcomes = [
    outcome(['a'], [['a', 0.97]]),
    outcome(['a'], [['b', 0.91]]),
    outcome(['a'], [['a', 0.9]]),
    outcome([], [['a', 0.62]]),
    outcome(['a'], [['a', 0.3]]),
    outcome(['a'], []),
  ]
  const curve = thresholdCurve(outcomes)

  it('has the 21 thresholds 0, 0.05, …, 1, exactly as written (0.9 is 0.9)', () => {
    expect(curve.map((p) => p.threshold)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1])
  })

  it.each([
    // threshold, auto-answered, wrong, coverage (of 6 queries), precision
    [0, 5, 2, 5 / 6, 3 / 5],
    [0.3, 5, 2, 5 / 6, 3 / 5],
    [0.35, 4, 2, 4 / 6, 2 / 4],
    [0.65, 3, 1, 3 / 6, 2 / 3],
    [0.9, 3, 1, 3 / 6, 2 / 3], // ≥: the query at exactly 0.9 is auto-answered
    [0.95, 1, 0, 1 / 6, 1],
    [1, 0, 0, 0, null],
  ])('at %d: %i auto-answered, %i wrong', (threshold, autoAnswered, wrong, coverage, precision) => {
    const point = curve.find((p) => p.threshold === threshold)!
    expect(point).toMatchObject({ autoAnswered, wrong })
    expect(point.coverage).toBeCloseTo(coverage, 12)
    if (precision === null) expect(point.precision).toBeNull()
    else expect(point.precision).toBeCloseTo(precision, 12)
  })

  it('coverage never rises with the threshold (seeded random outcomes)', () => {
    const ranked = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 })
    const labelled = fc.array(fc.tuple(fc.subarray(['a', 'b', 'c']), ranked), { maxLength: 40 })
    fc.assert(
      fc.property(labelled, (rows) => {
        const points = thresholdCurve(rows.map(([relevant, r]) => outcome(relevant, [...r].sort((x, y) => y[1] - x[1]))))
        for (let i = 1; i < points.length; i++) {
          expect(points[i]!.coverage).toBeLessThanOrEqual(points[i - 1]!.coverage)
          expect(points[i]!.wrong).toBeLessThanOrEqual(points[i - 1]!.wrong)
        }
      }),
      { seed: 20_240_501, numRuns: 200 },
    )
  })

  it('adds the thresholds in use that fall between the steps, in order, once', () => {
    const points = thresholdCurve(outcomes, [0.54, 0.9, 0.54])
    expect(points.map((p) => p.threshold).slice(10, 13)).toEqual([0.5, 0.54, 0.55])
    expect(points).toHaveLength(22)
    expect(points.find((p) => p.threshold === 0.54)).toMatchObject({ autoAnswered: 4, wrong: 2 })
  })

  it('no queries: coverage 0 and precision null everywhere', () => {
    expect(thresholdCurve([]).every((p) => p.coverage === 0 && p.precision === null && p.autoAnswered === 0)).toBe(true)
  })
})
