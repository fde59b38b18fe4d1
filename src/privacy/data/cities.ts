/**
 * German cities that make "10115 Berlin" an address without further context: the larger cities of
 * Germany, Austria and Switzerland (first word, lower case). Hand-compiled from public facts.
 * A postal code before any other capitalised word ("16000 Kunden") needs an address cue.
 */
export const KNOWN_CITIES_DE: ReadonlySet<string> = new Set(
  (
    'berlin hamburg münchen muenchen köln koeln frankfurt stuttgart düsseldorf duesseldorf leipzig dortmund essen bremen dresden ' +
    'hannover nürnberg nuernberg duisburg bochum wuppertal bielefeld bonn münster muenster mannheim karlsruhe augsburg wiesbaden ' +
    'mönchengladbach gelsenkirchen aachen braunschweig kiel chemnitz halle magdeburg freiburg krefeld mainz lübeck luebeck erfurt ' +
    'oberhausen rostock kassel hagen potsdam saarbrücken saarbruecken hamm ludwigshafen oldenburg mülheim osnabrück osnabrueck ' +
    'leverkusen darmstadt heidelberg solingen regensburg herne paderborn neuss ingolstadt offenbach fürth fuerth würzburg wuerzburg ' +
    'ulm heilbronn pforzheim wolfsburg göttingen goettingen bottrop reutlingen koblenz erlangen bremerhaven recklinghausen trier ' +
    'jena remscheid salzgitter moers siegen hildesheim cottbus gütersloh kaiserslautern witten schwerin gera iserlohn zwickau ' +
    'düren ratingen flensburg tübingen tuebingen lünen villingen konstanz marl worms velbert minden dessau neubrandenburg ' +
    'wilhelmshaven bamberg rosenheim passau landshut weimar görlitz stralsund greifswald wismar lüneburg celle bayreuth'
  ).split(' '),
)

/** Austrian and Swiss cities: only these make a four-digit code ("1010 Wien") an address. */
export const KNOWN_CITIES_AT_CH: ReadonlySet<string> = new Set(
  (
    'wien graz linz salzburg innsbruck klagenfurt villach wels dornbirn bregenz ' +
    'zürich zuerich genf bern basel lausanne winterthur luzern lugano biel'
  ).split(' '),
)
