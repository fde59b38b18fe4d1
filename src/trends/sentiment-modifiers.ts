/**
 * Words that change the polarity of their neighbours, written as people write them; the scorer
 * normalizes them with the analyzer (lowercase, German folding), so "überhaupt" meets "ueberhaupt".
 * Written for this project from German and English grammar (no external list).
 */

/** Words that negate the polar word they govern. "kaum" negates too: "kaum pünktlich" is a complaint. */
export const NEGATORS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'kaum', 'weder', 'nirgends'],
  en: ['not', 'no', 'never', 'nothing', 'hardly', 'neither', 'nor', 'without', 'nobody', 'nowhere'],
}

/**
 * Multipliers for the next polar word or negation. "gar"/"überhaupt" only ever strengthen a
 * negation ("gar nicht"); "so" and "zu" are weak because they are also plain function words.
 */
export const INTENSIFIERS: Readonly<Record<'de' | 'en', Readonly<Record<string, number>>>> = {
  de: {
    sehr: 1.5, total: 1.5, extrem: 1.7, absolut: 1.5, völlig: 1.5, komplett: 1.5, äußerst: 1.7, unglaublich: 1.5, mega: 1.5,
    echt: 1.3, richtig: 1.3, wirklich: 1.3, besonders: 1.3, ziemlich: 1.2, voll: 1.3, so: 1.2, zu: 1.2, gar: 1.5, überhaupt: 1.5,
    etwas: 0.6, bisschen: 0.6, leicht: 0.7, eher: 0.7,
  },
  en: {
    very: 1.5, really: 1.3, extremely: 1.7, totally: 1.5, absolutely: 1.5, completely: 1.5, so: 1.2, too: 1.2, utterly: 1.7, incredibly: 1.5,
    quite: 1.2, pretty: 1.2, slightly: 0.6, somewhat: 0.6, rather: 0.8,
  },
}

/**
 * Words that open a new clause: a negation before them never reaches past them ("nicht schnell,
 * aber freundlich"). Punctuation between words ends a clause too; the scorer reads it from the
 * token offsets.
 */
export const CLAUSE_OPENERS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: ['aber', 'sondern', 'jedoch', 'doch', 'trotzdem', 'obwohl', 'weil', 'denn', 'dass', 'wenn', 'als', 'und', 'oder'],
  en: ['but', 'however', 'although', 'though', 'because', 'since', 'that', 'when', 'and', 'or'],
}

/**
 * Signs of a person speaking (first and second person, "bitte"): a message with none of them and
 * no emoji reads as a report, where "Verspätung" is a fact, not a complaint.
 */
export const SUBJECTIVE_WORDS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'du', 'dich', 'dir', 'dein', 'deine', 'euch', 'euer', 'eure', 'bitte'],
  en: ['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'please'],
}

/** Words of thanks: praise, unless the rest of the text complains ("Danke für 40 Minuten Verspätung"). */
export const THANKS_WORDS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: ['danke', 'dankeschön', 'bedanken', 'dankbar'],
  en: ['thanks', 'thank'],
}

/** A negator followed by one of these negates nothing: "nicht nur … sondern auch", "nicht zuletzt", "nicht umsonst". */
export const NOT_NEGATING_NEXT: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: ['nur', 'zuletzt', 'umsonst'],
  en: ['only'],
}
