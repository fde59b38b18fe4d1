/**
 * Capitalised words that follow a greeting or sign-off but are no person's name:
 * pronouns, teams, brands, fillers. Hand-written for this project.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'Ihnen Sie Ihr Ihre Euch Euer Eure Dir Dich Du Wir Ich Mein Meine Mit Und Aus Von Vom Der Die Das Im Am An ' +
    'Team Teams Kundenservice Kundendienst Kundenbetreuung Support Service Hotline Community Forum Zusammen Leute Alle Allerseits ' +
    'Admin Admins Moderator Moderatoren Herr Frau Kunde Kundin Danke Vielen Viele Liebe Lieber Grüße Gruß Hallo Gruss Grüsse ' +
    'Telekom Vodafone Congstar Otelo Unitymedia Sky Amazon Zalando Otto Hermes Post Netflix Apple Samsung Google ' +
    'Everyone All There Sir Madam Folks Guys Team The And Thanks Thank My Best Regards Please From Customer Support ' +
    'Bitte Heute Morgen Gestern Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Voraus Vorab ' +
    'Kundennummer Vertragsnummer Tel Telefon Mobil Handy Email Adresse Anschrift Rechnung Vertrag Router'
  ).split(' '),
)
