import type { MessageInput } from '../../src/schemas/message.js'

/** A tiny deterministic PRNG (mulberry32) so the stream is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BILLING = [
  'Wann kommt meine Rechnung für diesen Monat?',
  'Meine Rechnung ist noch nicht da, wann kommt sie?',
  'Wo finde ich die aktuelle Rechnung im Kundencenter?',
  'Rechnung für März fehlt noch, wann wird sie verschickt?',
]
const OUTAGE = [
  'Störung Internet Berlin, gar nicht gut',
  'Internet Störung in Berlin?',
  'Störung beim Internet in Berlin, sehr schlecht',
  'Berlin: Internet Störung, nichts geht',
  'Große Störung Internet Berlin',
]
const NOISE = ['Router blinkt rot, was tun?', 'Wie kündige ich meinen Vertrag?', 'Tarifwechsel auf Glasfaser möglich?', 'Umzug melden, wie geht das?']

/** Start of the stream: 2024-03-04 00:00 in Berlin (UTC+1). */
export const STREAM_START_MS = Date.parse('2024-03-03T23:00:00Z')
export const HOUR_MS = 3_600_000
/** The outage starts spiking in this local hour (14:00–15:00). */
export const SPIKE_HOUR = 14

/**
 * 18 hours of traffic: a steady billing topic (12 messages every hour, a high volume that never
 * changes), some noise, and an outage in Berlin that is quiet (one message at 09:00) until 14:00,
 * then 20 messages per hour on Twitter with reach.
 */
export function incidentStream(hours = 18): MessageInput[] {
  const random = seeded(7)
  const messages: MessageInput[] = []
  let n = 0
  const at = (hour: number) => new Date(STREAM_START_MS + hour * HOUR_MS + Math.floor(random() * HOUR_MS)).toISOString()
  for (let hour = 0; hour < hours; hour++) {
    for (let k = 0; k < 12; k++) messages.push({ id: `m${n++}`, text: BILLING[(hour + k) % BILLING.length]!, createdAt: at(hour), channel: 'email', author: `kunde${n}` })
    messages.push({ id: `m${n++}`, text: NOISE[hour % NOISE.length]!, createdAt: at(hour), channel: 'community' })
    if (hour === 9) messages.push({ id: `m${n++}`, text: OUTAGE[0]!, createdAt: at(hour), channel: 'twitter' })
    if (hour >= SPIKE_HOUR) {
      for (let k = 0; k < 20; k++) {
        messages.push({ id: `m${n++}`, text: OUTAGE[k % OUTAGE.length]!, createdAt: at(hour), channel: 'twitter', author: `@nutzer${n}`, reach: { followers: 100 + k * 10, shares: k % 3 } })
      }
    }
  }
  return messages
}
