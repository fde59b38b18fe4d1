import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PiiMessage } from '../fixtures/pii/build-messages.mjs'

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pii/', import.meta.url))

/** The labelled messages of test/fixtures/pii/messages.jsonl. */
export function loadPiiMessages(): PiiMessage[] {
  return readFileSync(`${FIXTURE_DIR}messages.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PiiMessage)
}

export interface KindScore {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

/** Exact-span scoring: a redaction counts only with the same kind, start and end as a labelled span. */
export function scoreByKind(
  messages: readonly PiiMessage[],
  predict: (text: string) => readonly { kind: string; start: number; end: number }[],
): Map<string, KindScore> {
  const scores = new Map<string, KindScore>()
  const score = (kind: string) => {
    let entry = scores.get(kind)
    if (entry === undefined) scores.set(kind, (entry = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }))
    return entry
  }
  const key = (span: { kind: string; start: number; end: number }) => `${span.kind}:${span.start}:${span.end}`
  for (const message of messages) {
    const predicted = predict(message.text)
    const gold = new Set(message.spans.map(key))
    const got = new Set(predicted.map(key))
    for (const span of predicted) {
      if (gold.has(key(span))) score(span.kind).truePositives++
      else score(span.kind).falsePositives++
    }
    for (const span of message.spans) if (!got.has(key(span))) score(span.kind).falseNegatives++
  }
  return scores
}
