import { z } from 'zod'

/**
 * Options of `createAnalyzer`. Every key is optional; defaults are the chain STYLE.md describes.
 * @example
 * createAnalyzer({ language: 'de', synonyms: [['Handy', 'Smartphone', 'Mobiltelefon']] })
 */
export const AnalyzerOptionsSchema = z.strictObject({
  /** Language of the chain. @default 'de' */
  language: z.enum(['de', 'en']).default('de'),
  /** Remove stop words (negations always stay). @default true */
  stopwords: z.boolean().default(true),
  /** Split German compounds into lexicon words, keeping the compound. German only. @default true */
  decompound: z.boolean().default(true),
  /** English roots and contractions with compromise. English only. @default true */
  lemmatize: z.boolean().default(true),
  /** Stem with natural's stemmers. @default true */
  stem: z.boolean().default(true),
  /** Words protected from decompounding and stemming, in any spelling. @default [] */
  keywords: z.array(z.string().min(1).max(100)).max(10_000).default([]),
  /** Groups of words that mean the same (`[['Handy', 'Smartphone']]`); the first is the canonical one. @default [] */
  synonyms: z.array(z.array(z.string().min(1).max(100)).min(2).max(100)).max(10_000).default([]),
  /** Extra words the German decompounder may split into (domain vocabulary). @default [] */
  compoundWords: z.array(z.string().min(1).max(100)).max(100_000).default([]),
  /** Extra lowercase words that take a model number ("galaxy" in "Galaxy S23"). @default [] */
  productWords: z.array(z.string().min(1).max(50)).max(10_000).default([]),
})

export type AnalyzerOptions = z.input<typeof AnalyzerOptionsSchema>
export type ResolvedAnalyzerOptions = z.output<typeof AnalyzerOptionsSchema>
