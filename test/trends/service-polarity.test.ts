import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { GERMAN_STOPWORDS } from '../../src/analysis/german/stopwords.js'
import { EVENT_POLARITY, OPINION_POLARITY } from '../../src/trends/service-polarity.js'
import { EMOJI_POLARITY, EMOTICON_POLARITY } from '../../src/trends/emoji-cues.js'

const german = createAnalyzer({ language: 'de' })
const entries = [...Object.entries(OPINION_POLARITY.de), ...Object.entries(EVENT_POLARITY.de)]

describe('service polarity data', () => {
  it('every polarity is within −1..1', () => {
    for (const [, value] of [...entries, ...Object.entries(EMOJI_POLARITY), ...Object.entries(EMOTICON_POLARITY)]) {
      expect(Math.abs(value)).toBeLessThanOrEqual(1)
    }
  })

  it('no word is listed twice after folding (opinion and event lists included)', () => {
    const folded = entries.map(([word]) => german.normalizeWord(word))
    expect(folded.filter((word, i) => folded.indexOf(word) !== i)).toEqual([])
  })

  it('no word folds onto another word that is a stop word (schön → schon would praise "schon wieder")', () => {
    const stop = new Set(GERMAN_STOPWORDS.map(german.normalizeWord))
    const clashes = entries.map(([word]) => word).filter((word) => stop.has(german.normalizeWord(word)) && !GERMAN_STOPWORDS.includes(word))
    expect(clashes).toEqual([])
  })
})
