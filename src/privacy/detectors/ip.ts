import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
/** Four octets, not part of a longer dotted number ("1.2.3.4.5" is a version). */
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.])${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\p{N}|\\.\\p{L})`, 'gu')
/** Hex digits and colons; the validator decides. Bounded by the longest IPv6 text (39). */
const IPV6_CANDIDATE = /(?<![\p{L}\p{N}:.])[0-9A-Fa-f:]{2,39}(?![\p{L}\p{N}:])/gu

/**
 * Addresses that many customers share and that so identify no one: private ranges (the router's
 * 192.168.178.1), loopback, link-local, "this network" and broadcast/subnet masks (0.x, 255.x).
 * Redacting them would hide the most useful words of a router question
 * ("192.168.178.1 lässt sich nicht öffnen"). Every other address is redacted.
 */
export function isSharedIpv4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number)
  if (a === 10 || a === 127 || a === 0 || a === 255) return true
  if (a === 192 && b === 168) return true
  if (a === 172 && b >= 16 && b <= 31) return true
  if (a === 169 && b === 254) return true
  return false
}

/** True for a syntactically valid IPv6 address (full or `::`-compressed, no embedded IPv4). */
export function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')))
  if (!groups.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8
}

/**
 * Public IP addresses: IPv4 and IPv6 (full or compressed). Private, loopback and link-local IPv4
 * ranges are kept (see `isSharedIpv4`), as are `::1` and `::`; times ("10:30:45") and
 * MAC addresses are no IPv6.
 * @example
 * ipDetector.detect('Meine IP ist 84.132.17.201, Router 192.168.178.1') //=> [{ kind: 'ip', start: 13, end: 27 }]
 */
export const ipDetector: Detector = {
  kind: 'ip',
  // IPv4 needs digits, IPv6 a colon.
  mayOccurIn: (text) => text.includes(':') || hasAsciiDigit(text),
  detect(text: string): Detection[] {
    const found: Detection[] = []
    for (const match of hasAsciiDigit(text) ? text.matchAll(IPV4) : []) {
      if (/[vV]$/.test(text.slice(Math.max(0, match.index - 1), match.index))) continue
      if (isSharedIpv4(match[0])) continue
      found.push({ kind: 'ip', start: match.index, end: match.index + match[0].length })
    }
    for (const match of text.includes(':') ? text.matchAll(IPV6_CANDIDATE) : []) {
      const value = match[0]
      if (!value.includes(':') || value === '::' || value === '::1' || !isIpv6(value)) continue
      found.push({ kind: 'ip', start: match.index, end: match.index + value.length })
    }
    return found
  },
}
