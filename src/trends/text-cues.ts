import { EMOJI_POLARITY, EMOTICON_POLARITY } from './emoji-cues.js'

/** What the raw text says beyond its words: emoji, emoticons and exclamation marks. */
export interface TextCues {
  /** Sum of the polarities of its emoji and emoticons. */
  readonly polarity: number
  /** Whether any emoji or emoticon was found: a person wrote this, not a news desk. */
  readonly personal: boolean
  readonly exclamations: number
}

// Pictographs as the tokenizer skips them; a variation selector (❤️) or skin tone may follow.
const EMOJI = /\p{Extended_Pictographic}/gu
const EMOTICON_CHARS = /[:;=<>^'_.\-()/@D3]/
const EXCLAMATION = /!/g

/**
 * Reads the emoji, emoticons and exclamation marks of a text (the tokenizer drops them).
 * Emoticons count only as whole space-separated pieces, so "1:0", "(siehe oben)" and URLs never do.
 * @example
 * textCues('Zug fällt aus 😡 :(')   //=> { polarity: -1.2, personal: true, exclamations: 0 }
 */
export function textCues(text: string): TextCues {
  let polarity = 0
  let personal = false
  for (const [emoji] of text.matchAll(EMOJI)) {
    const value = EMOJI_POLARITY[emoji]
    personal = true
    if (value !== undefined) polarity += value
  }
  if (EMOTICON_CHARS.test(text)) {
    for (const piece of text.split(/\s+/)) {
      const value = EMOTICON_POLARITY[piece] ?? EMOTICON_POLARITY[piece.replace(/[.,!?]+$/, '')]
      if (value === undefined) continue
      polarity += value
      personal = true
    }
  }
  return { polarity, personal, exclamations: text.match(EXCLAMATION)?.length ?? 0 }
}
