/**
 * Polarity of customer-service words (−1..1, the Pattern lexicon's scale), German. Written by the
 * faqmatch authors for this project from the vocabulary of service complaints and praise (no
 * external list, no messages of any data set copied); MIT like the code. Words are written as
 * people write them; the scorer folds them with the analyzer (Störung = Stoerung = Storung) and
 * also matches their stems, and event words as compound heads (Verspätungen; Zugausfall → ausfall).
 *
 * Why our own list: Pattern's German lexicon is built from product reviews; it lacks the words of
 * service complaints (Verspätung, Störung, Ausfall, danke) and reads some of them the wrong way
 * round for a train or a hotline ("warm" +0.38, "schön" +0.01, "pünktlich" +0.09). Entries here win
 * over Pattern's.
 */

/**
 * Words that state an opinion or a feeling: they count wherever they stand.
 * Scale: ±0.8 an outburst (Frechheit, Zumutung), ±0.5 a clear judgement (unfreundlich, super),
 * ±0.3 a mild one (schade, nett).
 */
export const OPINION_POLARITY: Readonly<Record<'de' | 'en', Readonly<Record<string, number>>>> = {
  de: {
    // Outrage and contempt.
    frechheit: -0.8, unverschämt: -0.8, unverschämtheit: -0.8, sauerei: -0.8, zumutung: -0.8, unzumutbar: -0.8,
    scheiße: -0.8, scheiß: -0.8, kacke: -0.7, mist: -0.6, abzocke: -0.8, abzocker: -0.8, betrug: -0.6,
    katastrophe: -0.7, katastrophal: -0.7, desaster: -0.7, debakel: -0.7, chaos: -0.6, chaotisch: -0.6,
    miserabel: -0.8, mies: -0.7, erbärmlich: -0.8, armselig: -0.7, lächerlich: -0.6, peinlich: -0.6,
    unfähig: -0.8, inkompetent: -0.8, inkompetenz: -0.8, versagen: -0.6, versagt: -0.6, fail: -0.6,
    // Feelings of the customer.
    ärgerlich: -0.5, ärger: -0.5, ärgern: -0.5, verärgert: -0.6, wütend: -0.7, wut: -0.6, sauer: -0.5,
    nervt: -0.6, nerven: -0.5, nervig: -0.6, genervt: -0.6, enttäuscht: -0.6, enttäuschend: -0.6, enttäuschung: -0.6,
    hasse: -0.7, hass: -0.6, ätzend: -0.7, kotzen: -0.8, frustrierend: -0.6, frust: -0.6, frustriert: -0.6,
    schade: -0.3, leider: -0.4, traurig: -0.5, verzweifelt: -0.6,
    // Judgements of service, staff and trains.
    schlimm: -0.6, furchtbar: -0.7, schrecklich: -0.7, grauenhaft: -0.7, übel: -0.5, unmöglich: -0.5,
    unfreundlich: -0.6, unhöflich: -0.6, pampig: -0.6, arrogant: -0.6, dreist: -0.6,
    unpünktlich: -0.6, unzuverlässig: -0.6, dreckig: -0.5, schmutzig: -0.5, eklig: -0.6, stinkt: -0.5,
    beschwerde: -0.4, beschweren: -0.4, reklamation: -0.3,
    // Praise and thanks.
    danke: 0.5, dankeschön: 0.6, bedanken: 0.5, dankbar: 0.5,
    super: 0.6, toll: 0.6, prima: 0.5, top: 0.5, perfekt: 0.6, spitze: 0.6, genial: 0.6, geil: 0.5, cool: 0.4,
    großartig: 0.7, hervorragend: 0.7, ausgezeichnet: 0.7, wunderbar: 0.6, wunderschön: 0.6, gut: 0.4,
    pünktlich: 0.4, freundlich: 0.5, hilfsbereit: 0.6, nett: 0.4, kompetent: 0.5, zuvorkommend: 0.6, lieb: 0.4,
    bequem: 0.4, gemütlich: 0.4, entspannt: 0.4, angenehm: 0.5, sauber: 0.3,
    zufrieden: 0.6, begeistert: 0.6, froh: 0.5, freue: 0.5, freuen: 0.5, freut: 0.5, glücklich: 0.6, lob: 0.5, loben: 0.5,
    empfehlen: 0.4, empfehlenswert: 0.5, lecker: 0.4,
    // An incident resolved is good news whoever reports it (Störung behoben, Streik beendet).
    behoben: 0.4, beendet: 0.4, einigung: 0.4, geeinigt: 0.4, repariert: 0.4, entschädigung: 0.2,
    // Not listed: "schön" folds to "schon" (already), "Klasse" is also the travel class, "dank"
    // is mostly the preposition (dank neuer Technik).
    // Pattern reads these as praise; in service messages they are neutral ("sicher" = surely,
    // "groß" = large) or, in a train, a complaint ("viel zu warm").
    sicher: 0, groß: 0, warm: -0.2, heiß: -0.2, neu: 0,
    // Pattern's "Gefahren" (dangers, −1.0) is, on a railway, mostly the participle of fahren.
    gefahren: 0,
  },
  en: {},
}

/**
 * Words that report an event: a delay, a failure, a crowded train. They also count as the head
 * (last part) of a compound the decompounder cannot split: Zugausfall, Signalstörung. In a customer's own message
 * they are a complaint; in a news report ("Sturm sorgt für Verspätungen") they are facts, so the
 * scorer weighs them down when the text shows no sign of a person speaking (see
 * `SUBJECTIVE_WORDS`).
 */
export const EVENT_POLARITY: Readonly<Record<'de' | 'en', Readonly<Record<string, number>>>> = {
  de: {
    verspätung: -0.4, verspätet: -0.4, verspäten: -0.4, verspätete: -0.4, unpünktlichkeit: -0.5,
    störung: -0.4, gestört: -0.3, ausfall: -0.4, ausgefallen: -0.4, ausfallen: -0.4,
    kaputt: -0.5, defekt: -0.5, überfüllt: -0.5, überlastet: -0.4, funkloch: -0.4, warteschleife: -0.4,
    verpasst: -0.4, gestrichen: -0.3, gestrandet: -0.5, festgesessen: -0.5, stillstand: -0.3, streik: -0.2,
    kalt: -0.3, eiskalt: -0.4, laut: -0.2, langsam: -0.3, teuer: -0.4, problem: -0.3, probleme: -0.3,
    entfällt: -0.4, entfallen: -0.4, eingestellt: -0.3, gesperrt: -0.3, sperrung: -0.3, spät: -0.3,
    ersatzverkehr: -0.2, umleitung: -0.2, warten: -0.2, wartet: -0.2, warte: -0.2,
  },
  en: {},
}
