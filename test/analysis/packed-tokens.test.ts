import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { packTokens, unpackTokens } from '../../src/analysis/packed-tokens.js'

describe('packTokens / unpackTokens', () => {
  it('give back every field and flag of spelled German tokens (products, hashtags, mentions, joined parts)', () => {
    const analyzer = createAnalyzer({ language: 'de', keywords: ['Kundenkarte'] })
    const spelled = analyzer.spell('@Telekom mein iPhone 6 lädt nicht, E-Mail an ⟨EMAIL⟩ #WLANStörung Kundenkarte https://x.de')
    expect(spelled.some((t) => t.keyword)).toBe(true)
    expect(spelled.some((t) => t.derived)).toBe(true)
    const unpacked = unpackTokens(packTokens(spelled))
    expect(unpacked).toEqual(spelled)
    // The same object shapes (optional flags absent when false), so analysis sees no difference.
    expect(unpacked.map((t) => Object.keys(t).join())).toEqual(spelled.map((t) => Object.keys(t).join()))
    expect(analyzer.analyzeSpelled(unpacked)).toEqual(analyzer.analyzeSpelled(spelled))
  })

  it('packs an empty text', () => {
    expect(unpackTokens(packTokens([]))).toEqual([])
  })
})
