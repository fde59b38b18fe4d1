/**
 * German stop words: articles, pronouns, auxiliaries, prepositions, conjunctions and fillers that
 * carry no topic. Written for faqmatch (MIT) from common German function words.
 * Negations (nicht, kein, nie, ohne, …) are deliberately absent: "kann nicht kündigen" is another
 * question than "kann kündigen". "wie/was/wer/wo" are stopped (they open most questions and say little);
 * warum, wann, wieso and weshalb stay (they change what is asked).
 * Spelled with umlauts here; the stop filter folds the list with the same function as the text.
 */
export const GERMAN_STOPWORDS: readonly string[] = [
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'mir', 'dich', 'dir', 'sich', 'uns', 'euch', 'ihnen', 'ihm', 'ihn',
  'mein', 'meine', 'meiner', 'meines', 'meinem', 'meinen', 'dein', 'deine', 'deiner', 'deinem', 'deinen', 'deines',
  'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres',
  'unser', 'unsere', 'unserer', 'unserem', 'unseren', 'euer', 'eure', 'euren', 'eurem',
  'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'jenes', 'derselbe', 'dieselbe', 'dasselbe',
  'bin', 'bist', 'ist', 'sind', 'seid', 'war', 'waren', 'warst', 'wart', 'gewesen', 'wäre', 'wären',
  'habe', 'hast', 'hat', 'haben', 'habt', 'hatte', 'hatten', 'hattest', 'gehabt', 'hätte', 'hätten',
  'werde', 'wirst', 'wird', 'werden', 'werdet', 'wurde', 'wurden', 'worden', 'würde', 'würden',
  'kann', 'kannst', 'können', 'könnt', 'konnte', 'konnten', 'könnte', 'könnten',
  'muss', 'musst', 'müssen', 'musste', 'mussten', 'müsste', 'soll', 'sollst', 'sollen', 'sollte', 'sollten',
  'will', 'willst', 'wollen', 'wollte', 'wollten', 'darf', 'darfst', 'dürfen', 'durfte', 'mag', 'möchte', 'möchten', 'möchtest',
  'und', 'oder', 'aber', 'denn', 'sondern', 'doch', 'dass', 'daß', 'ob', 'weil', 'wenn', 'als', 'wie', 'so', 'sowie',
  'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur',
  'für', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'gegen', 'um', 'bis', 'seit', 'ab',
  'da', 'dann', 'dort', 'hier', 'jetzt', 'schon', 'noch', 'auch', 'nur', 'mal', 'eben', 'halt', 'ja', 'bitte', 'danke',
  'sehr', 'etwas', 'was', 'wer', 'wo', 'man', 'alle', 'alles', 'viel', 'viele', 'einfach', 'gerade', 'eigentlich',
  'hallo', 'hi', 'hey', 'liebe', 'lieber', 'moin', 'servus', 'grüße', 'gruß', 'vg', 'lg', 'mfg', 'team',
  'dies', 'dazu', 'damit', 'davon', 'dafür', 'darauf', 'darüber', 'daran', 'darin', 'denen', 'deren', 'dessen',
  'welche', 'welcher', 'welches', 'welchem', 'welchen', 'solche', 'solcher', 'sowas', 'irgendwie', 'immer', 'wieder',
]

/** Negations never removed, whatever a custom stop list says. */
export const GERMAN_NEGATIONS: readonly string[] = ['nicht', 'kein', 'keine', 'keiner', 'keinen', 'keinem', 'keines', 'nie', 'niemals', 'nichts', 'ohne', 'weder', 'noch nie']
