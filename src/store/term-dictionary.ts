/**
 * Interns strings (terms, words, grams) as dense integer ids. Every record that holds a term
 * points to the one copy kept here, so 100k threads do not keep 100k copies of "rechnung", and
 * the indexes key their arrays by id instead of by string.
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>()
  private readonly strings: string[] = []

  get size(): number {
    return this.strings.length
  }

  /** The id of `text`, or -1 if it was never interned. */
  idOf(text: string): number {
    return this.ids.get(text) ?? -1
  }

  /** The id of `text`, interning it on first sight. */
  intern(text: string): number {
    let id = this.ids.get(text)
    if (id === undefined) {
      id = this.strings.length
      this.ids.set(text, id)
      this.strings.push(text)
    }
    return id
  }

  /** The shared copy of `text` (interned on first sight). */
  canonical(text: string): string {
    return this.strings[this.intern(text)]!
  }

  text(id: number): string {
    return this.strings[id]!
  }
}
