/**
 * Fugenelemente: what German puts between compound parts (Rechnung-s-adresse, Kunde-n-service,
 * Tag-es-zeit, Frau-en-arzt, Kind-er-garten, Hund-e-hütte, Name-ns-schild). Longest first, so the
 * decompounder tries "ens" before "en" before "n". Folded spelling (the decompounder runs after
 * folding).
 */
export const LINKING_MORPHEMES: readonly string[] = ['ens', 'ns', 'es', 'en', 'er', 's', 'n', 'e']
