import { describe, expect, it } from 'vitest'
import { ipDetector, isIpv6, isSharedIpv4 } from '../../../src/privacy/detectors/ip.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('ipDetector', () => {
  it.each([
    ['Meine IP ist 84.132.17.201.', ['84.132.17.201']],
    ['IPv6 2a02:810d:4b3f:e200:1c5d:82ff:fe44:19b6', ['2a02:810d:4b3f:e200:1c5d:82ff:fe44:19b6']],
    ['Server 2001:db8:4006:812::200e blockiert', ['2001:db8:4006:812::200e']],
    // shared addresses, versions, times, MACs
    ['Router 192.168.178.1', []],
    ['Drucker 10.0.0.25', []],
    ['Version 1.2.3.4.5', []],
    ['v1.2.3.4', []],
    ['Firmware 7.57', []],
    ['um 10:30:45 Uhr', []],
    ['MAC 00:1A:2B:3C:4D:5E', []],
    ['localhost ::1', []],
  ])('%j → %j', (text, expected) => {
    expect(found(ipDetector, text)).toEqual(expected)
  })

  it.each([
    ['192.168.178.1', true],
    ['172.20.1.1', true],
    ['172.32.1.1', false],
    ['84.132.17.201', false],
  ])('isSharedIpv4(%j) → %s', (ip, expected) => {
    expect(isSharedIpv4(ip)).toBe(expected)
  })

  it.each([
    ['2001:db8::1', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7', false],
    ['1::2::3', false],
    ['10:30', false],
  ])('isIpv6(%j) → %s', (ip, expected) => {
    expect(isIpv6(ip)).toBe(expected)
  })
})
