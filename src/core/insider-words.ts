// The words guessInsider (insider.ts) looks for, in English, French, German and Spanish: the
// languages whose connector words we know. Each entry is a regular-expression fragment written in
// *folded* form: lower case, accents removed ("Geschäftsführerin" → "geschaftsfuhrerin"), because
// headlines are folded before matching. Entries match whole words only.

/** "<role> at <company>": the word (and optional article) right before the company. */
export const CONNECTORS = [
  'at', // en
  'chez', 'à', 'au sein de', 'auprès de', // fr ("à" is told apart from "a" before folding)
  'bei', // de
  'en', // es
].join('|');
/** Articles that may stand between a connector and the company: "bei der …", "en la …". */
export const ARTICLES = 'the|der|dem|den|die|la|le|les|el|los|las';

/** Legal forms that may follow the company when it stands as its own segment: "| Northwind Analytics GmbH". */
export const LEGAL_FORMS = 'gmbh|ag|se|kg|inc\\.?|ltd\\.?|llc|plc|corp\\.?|co\\.?|sa|sas|sarl|s\\.a\\.|sl|s\\.l\\.|bv|nv';

/** Marks of a past job: a former HR manager does not work at the company any more. */
export const FORMER = [
  'former', 'formerly', 'previously', 'ex', 'retired', 'alumni', 'alumnus', 'alumna', // en
  'ancien', 'ancienne', 'anciennement', 'retraite', 'retraitee', // fr
  'ehemalig(?:e|er|es|en)?', 'ehem\\.', 'fruher', 'im ruhestand', // de
  'antiguo', 'antigua', 'anteriormente', 'jubilado', 'jubilada', // es
];

/** HR, people and talent roles (design.md: "HR or people team"). */
export const HR_WORDS = [
  // en
  'hr', 'h\\.r\\.', 'hrbp', 'chro', 'human resources?', 'people (?:&|and) culture',
  'people (?:operations|ops|partner|business partner|team|lead|director)', 'head of people',
  'vp,? (?:of )?people', 'director of people', 'chief people officer', 'talent', 'talents',
  'recruit(?:er|ers|ing|ment)', 'personnel',
  // fr
  'rh', 'drh', 'rrh', 'ressources humaines', 'recrutement', 'recruteu(?:r|se)',
  // de: "Personal" only in the compounds and phrases that mean HR, not the English "Personal Assistant"
  'personal(?:leiter|leiterin|leitung|referent|referentin|abteilung|wesen|entwicklung|entwickler|entwicklerin|chef|chefin|manager|managerin|management|sachbearbeiter|sachbearbeiterin|berater|beraterin|verantwortliche|verantwortlicher|er|erin)',
  '(?:leiter|leiterin|leitung|head of) personal', 'personal (?:&|und) organisation', 'recruiterin',
  // es
  'recursos humanos', 'rr\\.? ?hh\\.?', 'reclutador(?:a|es)?', 'reclutamiento', 'seleccion de personal',
  'talento', 'capital humano', '(?:responsable|director|directora) de personas', 'personas y cultura',
];

/** Executives, founders, owners, directors (design.md: "your manager, an executive, the owner"). */
export const LEADERSHIP_WORDS = [
  // en. "Account Executive" is a sales title, so "executive" only in its leadership phrases.
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cpo', 'cro', 'ciso', 'chief executive',
  'chief (?:[\\p{L}&-]+ ){1,3}officer', 'co-?founder', 'founder', 'founding partner', 'co-?owner', 'owner',
  'proprietor', 'managing (?:director|partner)', 'general manager',
  'executive (?:director|officer|vice president|chairman|chair)', 'evp', 'svp', 'vp', 'vice[- ]president',
  'president', 'head of', 'director', 'board member', 'member of the board', 'chair(?:man|woman|person)',
  'chair of the board',
  // fr
  'pdg', 'p-dg', 'dg', 'directeur', 'directrice', 'co-?fondat(?:eur|rice)', 'fondat(?:eur|rice)',
  'gerant(?:e)?', 'presidente?', 'vice-presidente?', 'dirigeant(?:e)?', 'proprietaire',
  // de
  'geschaftsfuhrer(?:in)?', 'geschaftsfuhrung', 'geschaftsleitung', 'mitgrunder(?:in)?', 'grunder(?:in)?',
  'mitinhaber(?:in)?', 'inhaber(?:in)?', 'vorstand', 'vorstandsvorsitzender?', 'vorstandsmitglied',
  'aufsichtsrat', 'direktor(?:in)?', 'prasident(?:in)?', 'leiter(?:in)?', 'bereichsleiter(?:in)?',
  'abteilungsleiter(?:in)?', 'gesellschafter(?:in)?',
  // es
  'directora?', 'director general', 'fundador(?:a)?', 'co-?fundador(?:a)?', 'dueno', 'duena',
  'propietari[oa]', 'presidenta', 'consejer[oa] delegad[oa]', 'gerente general', 'socio director',
];
