/**
 * Text of a file as people hand it over: UTF-8 (with or without BOM), or, when the bytes are not
 * valid UTF-8, Windows-1252 — what German Excel writes for "CSV (Trennzeichen-getrennt)", and
 * whose umlauts would otherwise turn into "�" without a word of warning. Invalid UTF-8 that is
 * meant as UTF-8 is rare; Windows-1252 files of German text almost never happen to be valid UTF-8.
 * @example
 * decodeText(Uint8Array.from([0x57, 0xe4, 0x68, 0x6c, 0x65, 0x6e])) //=> { text: 'Wählen', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): { readonly text: string; readonly encoding: 'utf-8' | 'windows-1252' } {
  try {
    // A BOM stays, as readFile(…, 'utf8') keeps it: the readers skip it, and a redacted CSV keeps
    // the mark Excel needs to read it as UTF-8.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' }
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, „, “, –, …); Node's TextDecoder reads
 * those bytes as C1 control characters, so they are mapped here (the five unassigned bytes stay).
 */
const CP1252_80_9F = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!)
}
