import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/corpus/decode-text.js'

describe('decodeText', () => {
  it('UTF-8 stays UTF-8, a BOM included (a redacted CSV keeps it for Excel)', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFPasswörter vergessen'))).toEqual({ text: '\uFEFFPasswörter vergessen', encoding: 'utf-8' })
  })

  it('bytes that are no valid UTF-8 are read as Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0x57, 0xe4, 0x68, 0x6c, 0x65, 0x6e, 0x20, 0x80]))).toEqual({ text: 'Wählen €', encoding: 'windows-1252' })
  })

  it('plain ASCII is UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Router blinkt rot')).encoding).toBe('utf-8')
  })
})
