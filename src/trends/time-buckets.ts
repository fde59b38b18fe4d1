/** Length of a trend window. */
export type WindowUnit = 'hour' | 'day' | 'week'

/** One time window: from `start` (inclusive) to the next window's start (exclusive). */
export interface TimeWindow {
  /** Local start with its UTC offset, e.g. '2024-10-27T02:00+01:00'. */
  readonly start: string
  /** Short local name: '2024-10-27 02:00 +01:00' (hour), '2024-10-27' (day), 'week of 2024-10-21' (week). */
  readonly label: string
  readonly startMs: number
  readonly endMs: number
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS
/**
 * Every UTC offset in use is a whole number of quarter hours, and zones change offset only at
 * quarter-hour instants, so one offset lookup per UTC quarter hour is exact and saves the slow
 * `Intl` call for all other messages in it.
 */
const OFFSET_SLOT_MS = 15 * MINUTE_MS
/**
 * Steps from a window's start that surely land in the next window: an hour is an hour; a local
 * day lasts 23–25 h, so 26 h is past its end but before the next day's end (≥ 46 h); a week
 * lasts 7 d ± 1 h.
 */
const NEXT_WINDOW_STEP_MS: Readonly<Record<WindowUnit, number>> = { hour: HOUR_MS, day: 26 * HOUR_MS, week: 7 * DAY_MS + 2 * HOUR_MS }

/** Buckets instants into local hours, days or weeks of one IANA zone, across DST changes. */
export interface Windowing {
  readonly unit: WindowUnit
  readonly timeZone: string
  /** Start (UTC ms) of the window that contains `ms`. */
  windowStartMs(ms: number): number
  /** Every window from the one containing `fromMs` to the one containing `toMs`, empty ones included. */
  windowsBetween(fromMs: number, toMs: number): TimeWindow[]
}

/**
 * Windows in local time, computed from the zone's UTC offset (via `Intl.DateTimeFormat`) rather
 * than by adding 24 h: the day of a DST change has 23 or 25 hours, and the repeated hour of the
 * autumn change is two windows ('02:00+02:00' and '02:00+01:00'), never one of two hours.
 * @example
 * createWindowing('day', 'Europe/Berlin').windowsBetween(Date.parse('2024-03-30T12:00Z'), Date.parse('2024-04-01T12:00Z')).map((w) => [w.label, (w.endMs - w.startMs) / 3_600_000])
 * //=> [['2024-03-30', 24], ['2024-03-31', 23], ['2024-04-01', 24]]
 */
export function createWindowing(unit: WindowUnit, timeZone: string): Windowing {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset', year: 'numeric' })
  const offsets = new Map<number, number>()

  /** UTC offset in minutes at the instant `ms`. */
  const offsetAt = (ms: number): number => {
    const slot = Math.floor(ms / OFFSET_SLOT_MS)
    let offset = offsets.get(slot)
    if (offset === undefined) {
      const name = format.formatToParts(new Date(slot * OFFSET_SLOT_MS)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
      offset = parseOffset(name)
      offsets.set(slot, offset)
    }
    return offset
  }

  /** The instant at which the local wall time `localMs` (as if UTC) occurs; the later one if it occurs twice. */
  const instantOfLocal = (localMs: number): number => {
    let guess = localMs - offsetAt(localMs) * MINUTE_MS
    guess = localMs - offsetAt(guess) * MINUTE_MS
    return guess
  }

  const windowStartMs = (ms: number): number => {
    const offsetMs = offsetAt(ms) * MINUTE_MS
    const local = ms + offsetMs
    if (unit === 'hour') return Math.floor(local / HOUR_MS) * HOUR_MS - offsetMs
    const midnight = Math.floor(local / DAY_MS) * DAY_MS
    if (unit === 'day') return instantOfLocal(midnight)
    const weekday = (new Date(midnight).getUTCDay() + 6) % 7 // Monday = 0
    return instantOfLocal(midnight - weekday * DAY_MS)
  }

  const describe = (startMs: number, endMs: number): TimeWindow => {
    const offset = offsetAt(startMs)
    const local = new Date(startMs + offset * MINUTE_MS).toISOString()
    const date = local.slice(0, 10)
    const offsetText = formatOffset(offset)
    const start = `${local.slice(0, 16)}${offsetText}`
    const label = unit === 'hour' ? `${date} ${local.slice(11, 16)} ${offsetText}` : unit === 'day' ? date : `week of ${date}`
    return { start, label, startMs, endMs }
  }

  return {
    unit,
    timeZone,
    windowStartMs,
    windowsBetween(fromMs, toMs) {
      const out: TimeWindow[] = []
      let start = windowStartMs(fromMs)
      while (start <= toMs) {
        const next = windowStartMs(start + NEXT_WINDOW_STEP_MS[unit])
        out.push(describe(start, next))
        start = next
      }
      return out
    },
  }
}

/** 'GMT+05:30' → 330, 'GMT-03:00' → -180, 'GMT' → 0. */
function parseOffset(name: string): number {
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '-' ? -minutes : minutes
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** ISO 8601 → UTC ms; a time without offset is read as UTC (not the machine's zone, as Date.parse would). */
export function parseInstant(iso: string): number {
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso)
  return Date.parse(hasOffset ? iso : `${iso}Z`)
}
