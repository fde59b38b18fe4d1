import type { PiiKind } from '../../schemas/redact-options.js'

/** One finding of a detector: the kind and the span `[start, end)` in the scanned text. */
export interface Detection {
  readonly kind: string
  readonly start: number
  readonly end: number
}

/**
 * A built-in detector. Preconditions every detector keeps, so that 1 MB redacts in linear time:
 * matches start only at a word boundary (lookbehind), every quantifier is bounded,
 * and a validator, not the regex, decides the hard cases.
 */
export interface Detector {
  readonly kind: PiiKind
  /**
   * A cheap test, false only when `detect` would find nothing (e.g. no digit for a number):
   * `redact` skips the detector then, so the costly patterns run on few texts.
   */
  mayOccurIn(text: string): boolean
  detect(text: string): Detection[]
}
