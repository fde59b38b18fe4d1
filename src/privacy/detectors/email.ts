import type { Detection, Detector } from './detection.js'
import { matchAround } from './match-around.js'

/**
 * Local part (≤ 64 chars), `@`, 1–8 domain labels and a letter TLD. The lookbehind lets a match
 * start only where the local part starts, so "a@a@a@…" and long words stay linear.
 */
/** Longest local part (RFC 5321); also how far before an `@` a match may start. */
const MAX_LOCAL_CHARS = 64

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/gu

/**
 * E-mail addresses (`max.mustermann@web.de`, `anna+shop@gmx.at`), also with umlauts.
 * Limits: obfuscated forms ("max [at] web [dot] de") are not found.
 * @example
 * emailDetector.detect('Schreiben Sie an max.mustermann@web.de.') //=> [{ kind: 'email', start: 19, end: 39 }]
 */
export const emailDetector: Detector = {
  kind: 'email',
  mayOccurIn: (text) => text.includes('@'),
  detect(text: string): Detection[] {
    const found: Detection[] = []
    // Only around an "@": trying every word start of a long text costs more than all other detectors.
    const anchors: number[] = []
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) anchors.push(at)
    for (const match of matchAround(text, anchors, EMAIL, MAX_LOCAL_CHARS)) {
      const value = match[0]
      // "max.@x.de" is not worth special-casing, but a local part of dots only is no address.
      if (/^[._%+-]+@/.test(value)) continue
      found.push({ kind: 'email', start: match.index, end: match.index + value.length })
    }
    return found
  },
}
