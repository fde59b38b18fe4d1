import type { ThreadInput } from '../../src/schemas/thread.js'

/** A small German service corpus for index tests: each thread one clear topic. */
export const THREADS: ThreadInput[] = [
  { id: 'rechnungsadresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Melde dich im Kundencenter an und öffne „Meine Daten“. Dort kannst du die Rechnungsadresse bearbeiten.', tags: ['rechnung'], channel: 'community' },
  { id: 'passwort', question: 'Ich habe mein Passwort vergessen, was nun?', answer: 'Klicke auf der Anmeldeseite auf „Passwort vergessen“ und folge dem Link in der E-Mail.', tags: ['login'], channel: 'community' },
  { id: 'kuendigen', question: 'Wie kann ich meinen Vertrag kündigen?', answer: 'Du kannst online im Kundencenter unter „Vertrag“ kündigen. Die Kündigungsfrist beträgt einen Monat.', tags: ['vertrag'], channel: 'email' },
  { id: 'tarifwechsel', question: 'Ich will nicht kündigen, nur in einen günstigeren Tarif wechseln', answer: 'Ein Tarifwechsel ist jederzeit im Kundencenter unter „Tarif ändern“ möglich, ohne Kündigung.', tags: ['vertrag'], channel: 'community' },
  { id: 'iphone6-akku', question: 'Akku vom iPhone 6 hält nicht mehr lange', answer: 'Für das iPhone 6 bieten wir einen Akkutausch im Shop an.', tags: ['mobil'], channel: 'twitter' },
  { id: 'iphone7-akku', question: 'Akku vom iPhone 7 hält nicht mehr lange', answer: 'Für das iPhone 7 bieten wir einen Akkutausch im Shop an, Termin online buchen.', tags: ['mobil'], channel: 'twitter' },
  { id: 'router-wlan', question: 'WLAN am Router ist sehr langsam', answer: 'Starte den Router neu und wähle in den WLAN-Einstellungen einen freien Funkkanal.', tags: ['router'], channel: 'community' },
  { id: 'paket', question: 'Mein Paket ist nicht angekommen', answer: 'Prüfe die Sendungsverfolgung. Ist das Paket nach fünf Werktagen nicht da, melde dich bei uns.', tags: ['lieferung'], channel: 'facebook' },
]
