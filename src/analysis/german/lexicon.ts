/**
 * Base vocabulary for German decompounding: frequent parts of customer-service compounds
 * (telecom, billing, shipping, accounts). Written for faqmatch (MIT); no third-party dictionary.
 * The index adds the words of its own corpus, and users can add theirs, so this list only has to
 * cover what a small corpus may lack. Folded spelling is applied when the lexicon is built.
 */
export const GERMAN_BASE_LEXICON: readonly string[] = [
  // billing and payment
  'rechnung', 'adresse', 'betrag', 'zahlung', 'konto', 'bank', 'gebühr', 'kosten', 'preis', 'gutschrift', 'lastschrift',
  'mahnung', 'abbuchung', 'überweisung', 'beleg', 'nummer', 'datum', 'steuer', 'summe', 'geld', 'zins', 'frist', 'monat',
  'jahr', 'tag', 'woche', 'stunde', 'minute', 'karte', 'kredit', 'guthaben', 'aufladung', 'bonus', 'rabatt', 'angebot',
  // contracts and customers
  'vertrag', 'kunde', 'kündigung', 'laufzeit', 'tarif', 'option', 'wechsel', 'verlängerung', 'bestätigung', 'widerruf',
  'service', 'hotline', 'center', 'bereich', 'portal', 'konto', 'daten', 'schutz', 'auskunft', 'löschung', 'einwilligung',
  'umzug', 'wohnung', 'anschluss', 'auftrag', 'antrag', 'termin', 'techniker', 'mitarbeiter', 'beratung', 'beschwerde',
  'brief', 'post', 'mail', 'nachricht', 'anruf', 'telefon', 'nummer', 'name', 'person', 'familie', 'partner', 'vertrieb',
  // delivery and shop
  'paket', 'lieferung', 'versand', 'sendung', 'bestellung', 'ware', 'artikel', 'rücksendung', 'umtausch', 'retoure',
  'zustellung', 'adresse', 'status', 'verfolgung', 'packstation', 'filiale', 'laden', 'shop', 'katalog', 'gutschein',
  'schaden', 'garantie', 'gewährleistung', 'reparatur', 'ersatz', 'gerät', 'zubehör', 'akku', 'display', 'kabel', 'netzteil',
  // internet, router, mobile
  'internet', 'router', 'modem', 'netz', 'netzwerk', 'verbindung', 'geschwindigkeit', 'leitung', 'störung', 'ausfall',
  'signal', 'empfang', 'funk', 'mobil', 'festnetz', 'glasfaser', 'kabel', 'dose', 'stecker', 'port', 'freigabe', 'firmware',
  'update', 'passwort', 'kennwort', 'schlüssel', 'zugang', 'zugangsdaten', 'benutzer', 'name', 'login', 'anmeldung',
  'sperre', 'sicherheit', 'code', 'pin', 'puk', 'karte', 'handy', 'smartphone', 'volumen', 'flatrate', 'roaming', 'ausland',
  'sprach', 'box', 'fernseher', 'sender', 'programm', 'app', 'software', 'einstellung', 'einrichtung', 'installation',
  'drucker', 'computer', 'rechner', 'speicher', 'cloud', 'konto', 'profil', 'einstellung', 'nutzung', 'verbrauch',
  // general nouns that often join compounds
  'zeit', 'ende', 'anfang', 'beginn', 'änderung', 'wechsel', 'fehler', 'problem', 'frage', 'antwort', 'hilfe', 'info',
  'information', 'art', 'weg', 'stelle', 'seite', 'liste', 'form', 'formular', 'vorgang', 'fall', 'grund', 'regel',
  'recht', 'pflicht', 'gesetz', 'behörde', 'amt', 'stadt', 'land', 'haus', 'strom', 'gas', 'wasser', 'energie', 'zähler',
  'stand', 'wert', 'zahl', 'menge', 'größe', 'gewicht', 'leistung', 'qualität', 'kontakt', 'verlust', 'diebstahl',
  // verbs (infinitives; participles like gekündigt are mapped to them)
  'kündigen', 'ändern', 'bestellen', 'liefern', 'zahlen', 'bezahlen', 'senden', 'schicken', 'zurücksenden', 'melden',
  'anmelden', 'abmelden', 'einrichten', 'aktivieren', 'deaktivieren', 'sperren', 'entsperren', 'buchen', 'abbuchen',
  'erstatten', 'zurückerstatten', 'verlängern', 'wechseln', 'tauschen', 'umtauschen', 'reparieren', 'installieren',
  'verbinden', 'verbinden', 'löschen', 'speichern', 'prüfen', 'bestätigen', 'erhalten', 'empfangen', 'zustellen',
  'versenden', 'stornieren', 'widerrufen', 'beantragen', 'beschweren', 'erreichen', 'telefonieren', 'surfen', 'laden',
]
