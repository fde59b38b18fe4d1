import type { TextProfile } from '../matching/text-profile.js'

/**
 * What people told the index: rejected question–thread pairings and confirmation counts.
 * A rejection is keyed by the question's distinct analyzed terms, so the same question in another
 * spelling ("kündigen" / "kuendigen") is recognised as well.
 */
export class FeedbackLog {
  private readonly rejected = new Map<string, Set<string>>()
  private readonly confirmedCounts = new Map<string, number>()

  reject(profile: TextProfile, threadId: string): void {
    const key = questionKey(profile)
    let ids = this.rejected.get(key)
    if (!ids) this.rejected.set(key, (ids = new Set()))
    ids.add(threadId)
  }

  rejectedFor(profile: TextProfile): ReadonlySet<string> | undefined {
    return this.rejected.get(questionKey(profile))
  }

  confirmed(threadId: string): void {
    this.confirmedCounts.set(threadId, (this.confirmedCounts.get(threadId) ?? 0) + 1)
  }

  confirmations(threadId: string): number {
    return this.confirmedCounts.get(threadId) ?? 0
  }

  forgetThread(threadId: string): void {
    this.confirmedCounts.delete(threadId)
    for (const ids of this.rejected.values()) ids.delete(threadId)
  }

  toJSON(): { rejected: Array<[string, string[]]>; confirmed: Array<[string, number]> } {
    return {
      rejected: [...this.rejected].filter(([, ids]) => ids.size).map(([key, ids]) => [key, [...ids]]),
      confirmed: [...this.confirmedCounts],
    }
  }

  load(data: { rejected: ReadonlyArray<readonly [string, readonly string[]]>; confirmed: ReadonlyArray<readonly [string, number]> }): void {
    for (const [key, ids] of data.rejected) this.rejected.set(key, new Set(ids))
    for (const [id, count] of data.confirmed) this.confirmedCounts.set(id, count)
  }
}

function questionKey(profile: TextProfile): string {
  return [...profile.distinctTerms].sort().join(' ')
}
