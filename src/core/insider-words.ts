// The words guessInsider (insider.ts) looks for, in English, French, German and Spanish: the
// languages whose connector words we know. Each entry is a regular-expression fragment written in
// *folded* form: lower case, accents removed ("Geschäftsführerin" → "geschaftsfuhrerin"), because
// headlines are folded before matching. Entries match whole words only, unless said otherwise.
// Keep every fragment free of nested quantifiers: the headline comes from a web page.

/**
 * Strong connectors, "<role> at <company>": the word (and optional article) right before the
 * company says it is the employer, whatever comes before. Matched on the *unfolded* text, so these
 * keep their accents ("à" is told apart from the English article "a").
 */
export const CONNECTORS = [
  'at', // en
  'chez',
  'à',
  'au',
  'aux',
  'au sein de',
  'au sein du',
  'au sein des',
  'auprès de',
  'auprès du',
  'auprès des', // fr
  'bei',
  'beim', // de
  'en', // es
].join('|');
/** Articles that may stand between a connector and the company: "bei der …", "en la …", "of the …". */
export const ARTICLES = 'the|der|dem|den|die|das|la|le|les|el|los|las';

/**
 * Weak (genitive) connectors, "<role> of <company>", "Geschäftsführer der …", "Directora de RRHH
 * de …": they also join a role to its field ("Head of Sales", "Ingeniero de datos"), so they only
 * count when a role word stands right before them (insider.ts). French "d'" and "de l'" are written
 * in insider.ts, since they are glued to the next word. Matched on the unfolded text, like CONNECTORS.
 */
export const WEAK_CONNECTORS = [
  'of', // en
  'de',
  'du',
  'des', // fr (and "de" es)
  'der',
  'des',
  'von',
  'vom', // de
  'del', // es
].join('|');

/**
 * Legal forms that may follow the company ("Northwind Analytics GmbH", "…, Inc.", "… S.A."). Longer
 * forms come before their prefixes only for readability: the regex backtracks through the list.
 */
export const LEGAL_FORMS = [
  // de
  'gmbh (?:&|und) co\\.? kgaa',
  'gmbh (?:&|und) co\\.? kg',
  'ag (?:&|und) co\\.? kgaa',
  'ag (?:&|und) co\\.? kg',
  'se (?:&|und) co\\.? kgaa',
  'se (?:&|und) co\\.? kg',
  'ggmbh',
  'gmbh',
  'kgaa',
  'ag',
  'se',
  'kg',
  'ohg',
  'gbr',
  'ug \\(haftungsbeschrankt\\)',
  'ug',
  'e\\.v\\.',
  'e\\. v\\.',
  // en
  'inc\\.?',
  'incorporated',
  'ltd\\.?',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'corp\\.?',
  'corporation',
  'co\\.?',
  'pty\\.? ltd\\.?',
  'pty\\.?',
  // fr
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sca',
  's\\.a\\.s\\.?',
  's\\.a\\.r\\.l\\.?',
  // es
  's\\.a\\. de c\\.v\\.?',
  'sa de cv',
  's\\.a\\.u\\.?',
  's\\.a\\.?',
  'sl',
  'slu',
  's\\.l\\.u\\.?',
  's\\.l\\.?',
  'sau',
  'ltda\\.?',
  // elsewhere in Europe, common on international teams. Not the Nordic "AB", "AS", "Oy": "as" and
  // "ab" are also English and German words ("… at Northwind as of May", "ab Mai").
  'bv',
  'b\\.v\\.?',
  'nv',
  'n\\.v\\.?',
  's\\.p\\.a\\.?',
  'spa',
  'srl',
  's\\.r\\.l\\.?',
  'a/s',
].join('|');

/** Marks of a past job: a former HR manager does not work at the company any more. */
export const FORMER = [
  'former',
  'formerly',
  'previously',
  'ex',
  'past',
  'retired',
  'alumni',
  'alumnus',
  'alumna',
  'alumnae', // en
  'ancien',
  'ancienne',
  'anciennement',
  'retraite',
  'retraitee', // fr ("ex-" as in English)
  'ehemalig(?:e|er|es|en)?',
  'ehem\\.',
  'ehemals',
  'vormals',
  'fruher',
  'im ruhestand',
  'a\\. ?d\\.', // de
  'antiguo',
  'antigua',
  'anteriormente',
  'jubilado',
  'jubilada', // es
  // Spanish writes "ex" glued to the title ("exdirectora"): only the titles, since "ex…" starts
  // many other words ("experto", "executive").
  'ex(?:directora?|gerente|presidenta?|fundadora?|consejer[oa]|jef[ea]|soci[oa]|emplead[oa]|responsable|ceo|cto|cfo)',
];

/**
 * Students and graduates are not employees: "Student at …", "Étudiant à …", "Absolvent der …".
 * Working students ("Werkstudent", "working student"), interns, trainees and apprentices are: they
 * have a contract with the company, so they stay colleagues ("Werkstudent" never matches
 * "student" here, whole words only).
 */
export const STUDENT_WORDS = [
  '(?<!working )student(?:s|in|innen|en)?',
  'undergrad(?:uate)?s?',
  'graduated? (?:of|from)',
  'phd (?:student|candidate)', // en (+ de "Studentin")
  'etudiante?s?',
  'eleve',
  'diplomee?s?', // fr
  'studierender?',
  'absolvent(?:in|innen|en)?',
  'schuler(?:in)?', // de
  'estudiantes?',
  'alumn[oa]s?',
  'egresad[oa]s?',
  'graduad[oa]s? (?:de|en|por)', // es
];

/** HR, people and talent roles (docs/design.md: "HR or people team"). */
export const HR_WORDS = [
  // en
  'hr',
  'h\\.r\\.',
  'hrbp',
  'chro',
  'human resources?',
  'people (?:&|and) culture',
  'people (?:operations|ops|partner|business partner|team|lead|director)',
  'head of people',
  'vp,? (?:of )?people',
  'director of people',
  'chief people officer',
  'talent',
  'talents',
  'recruit(?:er|ers|ing|ment)',
  'personnel',
  // fr
  'rh',
  'drh',
  'rrh',
  'ressources humaines',
  'recrutement',
  'recruteu(?:r|se)',
  // de: "Personal" only in the compounds and phrases that mean HR, not the English "Personal Assistant"
  'personal(?:leiter|leiterin|leitung|referent|referentin|abteilung|wesen|entwicklung|entwickler|entwicklerin|chef|chefin|manager|managerin|management|sachbearbeiter|sachbearbeiterin|berater|beraterin|verantwortliche|verantwortlicher|er|erin)',
  '(?:leiter|leiterin|leitung|head of) personal',
  'personal (?:&|und) organisation',
  'recruiterin',
  // es
  'recursos humanos',
  'rr\\.? ?hh\\.?',
  'reclutador(?:a|es)?',
  'reclutamiento',
  'seleccion de personal',
  'talento',
  'capital humano',
  '(?:responsable|director|directora) de personas',
  'personas y cultura',
];

/** Executives, founders, owners, directors (docs/design.md: "your manager, an executive, the owner"). */
export const LEADERSHIP_WORDS = [
  // en. "Account Executive" is a sales title, so "executive" only in its leadership phrases; a
  // "Product Owner" is a Scrum role, not an owner of the company.
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cmo',
  'cio',
  'cpo',
  'cro',
  'ciso',
  'chief executive',
  'chief (?:[\\p{L}&-]+ ){1,3}officer',
  'co-?founder',
  'founder',
  'founding partner',
  'co-?owner',
  '(?<!product )owner',
  'proprietor',
  'managing (?:director|partner)',
  'general manager',
  'executive (?:director|officer|vice president|chairman|chair)',
  'evp',
  'svp',
  'vp',
  'vice[- ]president',
  'president',
  'head of',
  'director',
  'board member',
  'member of the board',
  'chair(?:man|woman|person)',
  'chair of the board',
  // fr
  'pdg',
  'p-dg',
  'dg',
  'directeur',
  'directrice',
  'co-?fondat(?:eur|rice)',
  'fondat(?:eur|rice)',
  'gerant(?:e)?',
  'presidente?',
  'vice-presidente?',
  'dirigeant(?:e)?',
  'proprietaire',
  // de
  'geschaftsfuhrer(?:in)?',
  'geschaftsfuhrung',
  'geschaftsleitung',
  'mitgrunder(?:in)?',
  'grunder(?:in)?',
  'mitinhaber(?:in)?',
  'inhaber(?:in)?',
  'vorstand',
  'vorstandsvorsitzender?',
  'vorstandsmitglied',
  'aufsichtsrat',
  'direktor(?:in)?',
  'prasident(?:in)?',
  'leiter(?:in)?',
  'bereichsleiter(?:in)?',
  'abteilungsleiter(?:in)?',
  'gesellschafter(?:in)?',
  // es
  'directora?',
  'director general',
  'fundador(?:a)?',
  'co-?fundador(?:a)?',
  'dueno',
  'duena',
  'propietari[oa]',
  'presidenta',
  'consejer[oa] delegad[oa]',
  'gerente general',
  'socio director',
];

/**
 * Job titles that are neither HR nor leadership. They say nothing about the answer (that is
 * 'colleague'); they only show that the words before a weak connector are a role ("Data Engineer
 * of …") and not a phrase ("Helping customers of …").
 */
export const JOB_WORDS = [
  // en
  'engineers?',
  'developers?',
  'programmers?',
  'managers?',
  'analysts?',
  'consultants?',
  'designers?',
  'scientists?',
  'researchers?',
  'architects?',
  'specialists?',
  'lead',
  'associates?',
  'interns?',
  'assistants?',
  'accountants?',
  'employees?',
  'member of staff',
  'staff(?: member)?',
  'team member',
  'sales',
  'officer',
  'coordinator',
  'administrator',
  'advis[eo]r',
  'technician',
  'representative',
  'account executive',
  'product owner',
  'editor',
  'writer',
  'strategist',
  'marketer',
  'trainee',
  'apprentice',
  'operator',
  'auditor',
  'controller',
  'counsel',
  'lawyer',
  'attorney',
  'paralegal',
  'buyer',
  'tester',
  'swe',
  'sde',
  'devops',
  'support',
  'nurse',
  'physician',
  'teacher',
  'professor',
  'lecturer',
  'translator',
  // fr
  'ingenieure?s?',
  'developpeu(?:r|se)s?',
  'chef(?:fe)? de projets?',
  'chargee?s?',
  'analystes?',
  'consultante?s?',
  'responsables?',
  'assistante?s?',
  'commerciale?s?',
  'stagiaires?',
  'alternante?s?',
  'apprentie?s?',
  'technicien(?:ne)?s?',
  'comptables?',
  'juristes?',
  'avocate?s?',
  'chercheu(?:r|se)s?',
  'conseill(?:er|ere)s?',
  'collaborat(?:eur|rice)s?',
  'salariee?s?',
  'employee?s?',
  'gestionnaires?',
  'coordinat(?:eur|rice)s?',
  'architectes?',
  'redact(?:eur|rice)s?',
  'acheteu(?:r|se)s?',
  'controleu(?:r|se)s?',
  'administrat(?:eur|rice)s?',
  'cadres?',
  'chef(?:fe)?',
  'enseignante?s?',
  'vendeu(?:r|se)s?',
  'infirmi(?:er|ere)s?',
  // de: job titles are compounds ("Softwareentwicklerin", "Vertriebsmitarbeiter"), so these may
  // carry any prefix. One `\p{L}*` before fixed words: linear, as it cannot leave its word.
  '\\p{L}*(?:ingenieur|entwickler|berater|mitarbeiter|referent|assistent|sachbearbeiter|techniker|informatiker|spezialist|architekt|designer|analyst|manager|leiter|koordinator|verkaufer|buchhalter|controller|jurist|wissenschaftler|forscher|praktikant|redakteur|einkaufer|werkstudent|fachkraft)(?:in|innen|en)?',
  '\\p{L}*(?:kaufmann|kauffrau)',
  'auszubildender?',
  'azubi',
  'angestellter?',
  'beschaftigter?',
  'vertrieb',
  // es
  'ingenier[oa]s?',
  'desarrollador(?:a|es|as)?',
  'programador(?:a|es|as)?',
  'analistas?',
  'consultor(?:a|es|as)?',
  'jef[ea]s?',
  'gerentes?',
  'tecnic[oa]s?',
  'asistentes?',
  'becari[oa]s?',
  'practicantes?',
  'emplead[oa]s?',
  'colaborador(?:a|es|as)?',
  'coordinador(?:a|es|as)?',
  'especialistas?',
  'disenador(?:a|es|as)?',
  'arquitect[oa]s?',
  'contador(?:a|es|as)?',
  'abogad[oa]s?',
  'investigador(?:a|es|as)?',
  'cientific[oa]s?',
  'ejecutiv[oa]s?',
  'vendedor(?:a|es|as)?',
  'asesor(?:a|es|as)?',
  'administrativ[oa]s?',
  'auxiliar',
  'miembro del equipo',
  'profesor(?:a)?',
  'trabajador(?:a)?',
];

/**
 * Institutions whose name is often "<word> of <place>": "University of Northwind", "Bank of …",
 * "Universidad de …". Before a weak connector they make the company part of another name, so no
 * guess. Prefixes of words (a word boundary before, none after: "universit" is "university",
 * "université", "universitat"…).
 */
export const INSTITUTION_WORDS = [
  'universit',
  'universidad',
  'college',
  'colegio',
  'school',
  'ecole',
  'escuela',
  'institut',
  'academ',
  'akademie',
  'faculty',
  'facult',
  'fakultat',
  'lycee',
  'gymnasium',
  'hospital',
  'hopital',
  'clinic',
  'museum',
  'musee',
  'museo',
  'ministry',
  'ministere',
  'ministerio',
  'bank',
  'banque',
  'banco',
  'city',
  'ville',
  'stadt',
  'ciudad',
  'ayuntamiento',
  'gemeinde',
  'government',
  'gouvernement',
  'gobierno',
].join('|');
/** The same in German compounds, found anywhere in a word: "Fachhochschule", "Volksbank". */
export const INSTITUTION_COMPOUNDS = 'hochschule|schule|universitat|akademie|klinik|sparkasse|ministerium|bank';

/**
 * Side roles people add after their job, "… at Northwind and speaker": after a conjunction they show
 * another role starts (not a longer company name, "… & Partners"). Not enough to make "<role> of
 * <company>" a job: a mentor of a company does not work there.
 */
export const SIDE_ROLES = [
  'speakers?',
  'mentors?',
  'coach',
  'trainer',
  'authors?',
  'investors?',
  'blogger',
  'podcaster',
  'volunteer', // en
  'format(?:eur|rice)',
  'conferenci(?:er|ere)',
  'auteure?',
  'benevole', // fr
  'dozent(?:in)?',
  'sprecher(?:in)?',
  'autor(?:in)?',
  'ehrenamtlich(?:e|er)?', // de
  'ponente',
  'mentora',
  'autora',
  'formador(?:a)?',
  'voluntari[oa]', // es
];

/** Words that join another role after the company: "CEO of Northwind and Board member at Contoso". */
export const CONJUNCTIONS = 'and|und|et|y|&|\\+';
