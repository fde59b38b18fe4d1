import { describe, expect, it } from 'vitest'
import { readCsv } from '../../src/corpus/read-csv.js'

/** Start lines of the parsed rows and of the rows that could not be read, in file order. */
function lines(text: string): { rows: number[]; problems: number[] } {
  const parsed = readCsv(text)
  if ('error' in parsed) throw new Error(parsed.error)
  return { rows: parsed.rows.map((r) => r.line), problems: parsed.problems.map((p) => p.line) }
}

describe('readCsv', () => {
  it.each([
    ['one row per line', 'id,question\nt1,a\nt2,b\n', [2, 3]],
    ['blank lines between rows count', 'id,question\n\nt1,a\n\n\nt2,b\n', [3, 6]],
    ['a quoted cell with a line break', 'id,question\nt1,"Zeile eins\nZeile zwei"\nt2,b\n', [2, 4]],
    ['CRLF line ends, also inside quotes', 'id,question\r\nt1,"a\r\nb"\r\n\r\nt2,c\r\n', [2, 5]],
    ['a BOM and ";" as separator', '\uFEFFid;question\nt1;"Frage; mit Semikolon"\nt2;b', [2, 3]],
    ['umlauts before a row do not shift it', 'id,question\nt1,"Kündigung\nübermäßig"\nt2,ß\n', [2, 4]],
  ])('%s: rows start on lines %j', (_what, text, expected) => {
    expect(lines(text).rows).toEqual(expected)
  })

  it.each([
    ['";" when the header has more semicolons', 'id;question;answer\nt1;"Ja, klar";Antwort\n', { id: 't1', question: 'Ja, klar', answer: 'Antwort' }],
    ['"," when the header has more commas', 'id,question,answer\nt1,"Ja; klar",Antwort\n', { id: 't1', question: 'Ja; klar', answer: 'Antwort' }],
    ['lists as a|b', 'id,question,tags\nt1,Frage,"vertrag | kuendigung"\n', { id: 't1', question: 'Frage', tags: ['vertrag', 'kuendigung'] }],
    ['lists as JSON text', 'id;question;variants\nt1;Frage;"[""Eins"",""Zwei""]"\n', { id: 't1', question: 'Frage', variants: ['Eins', 'Zwei'] }],
    ['empty cells are missing fields', 'id,question,answer,tags\nt1,Frage,,\n', { id: 't1', question: 'Frage' }],
    ['trailing empty cells past the header are ignored', 'id;question\nt1;Frage;;\n', { id: 't1', question: 'Frage' }],
  ])('separator and cells: %s', (_what, text, expected) => {
    const parsed = readCsv(text)
    expect('rows' in parsed && parsed.rows.map((r) => r.value)).toEqual([expected])
  })

  it('reports a row with the wrong number of cells on its own line and keeps the others', () => {
    const parsed = readCsv('id,question,answer\nt1,a,b\nt2,unquoted, comma,c\nt3,x\nt4,y,z\n')
    expect(parsed).toEqual({
      rows: [
        { line: 2, value: { id: 't1', question: 'a', answer: 'b' } },
        { line: 5, value: { id: 't4', question: 'y', answer: 'z' } },
      ],
      problems: [
        { line: 3, message: 'has 4 cells, the header has 3 (a line break or "," outside quotes?)' },
        { line: 4, message: 'has 2 cells, the header has 3 (a line break or "," outside quotes?)' },
      ],
    })
  })

  it.each([
    ['an unclosed quote', 'id,question\nt1,"offen\nt2,b\n'],
  ])('%s makes the file unreadable', (_what, text) => {
    expect(readCsv(text)).toEqual({ error: expect.stringMatching(/^not valid CSV \(Quote Not Closed/) })
  })

  it.each([
    ['empty file', ''],
    ['header only', 'id,question\n'],
  ])('%s gives no rows', (_what, text) => {
    expect(readCsv(text)).toEqual({ rows: [], problems: [] })
  })
})
