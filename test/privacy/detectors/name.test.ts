import { describe, expect, it } from 'vitest'
import { nameDetector } from '../../../src/privacy/detectors/name.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('nameDetector', () => {
  it.each([
    // sign-offs
    ['Mit freundlichen Grüßen, Max Mustermann', ['Max Mustermann']],
    ['Mit freundlichen Grüßen\n\nJana Wolff', ['Jana Wolff']],
    ['Viele Grüße\nAnna', ['Anna']],
    ['Danke! LG\nKevin', ['Kevin']],
    ['Danke, Stefanie', ['Stefanie']],
    ['Mit freundlichem Gruß\nDr. Markus Engel', ['Markus Engel']],
    ['Best regards, John Smith', ['John Smith']],
    ['Kind regards, Sarah O’Connor', ['Sarah O’Connor']],
    // greetings: the title stays
    ['Hallo Herr Müller, wie besprochen …', ['Müller']],
    ['Sehr geehrte Frau Dr. Schmidt,', ['Schmidt']],
    ['Hallo Jonas,\ndanke!', ['Jonas']],
    ['Dear Mr Patel,', ['Patel']],
    ['Hallo, mein Name ist Lea Fischer und ich …', ['Lea Fischer']],
    // no names: brands, teams, pronouns, lower case, mid-sentence, name not ending the phrase
    ['Hallo Telekom, mein DSL ist tot', []],
    ['Hallo Telekom-Team,', []],
    ['Hallo zusammen', []],
    ['Danke Ihnen für die Hilfe', []],
    ['Viele Grüße aus Hamburg', []],
    ['ich liebe Anna', []],
    ['Ich habe einen LG Fernseher.', []],
    ['Hallo Anna ich habe eine Frage', []],
  ])('%j → %j', (text, expected) => {
    expect(found(nameDetector, text)).toEqual(expected)
  })
})
