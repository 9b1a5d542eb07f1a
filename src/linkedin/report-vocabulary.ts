// The words a page report may show as they are (page-report.ts masks every other word). A report is
// meant to be pasted into a public bug tracker, so this list decides what strangers will read:
// only LinkedIn's own interface words belong here, never anything a member writes.
//
// Rules for adding a word:
// - It must be interface wording ("is inviting you to connect", "2 days ago"), useful to tell
//   which sentence LinkedIn now shows where.
// - It must not be a plausible first name or surname in any language. That is why "may" ("People
//   you may know"), "will", "son", "ha", "tu", "le", "la" and "y" are left out: a word masked as
//   ••• costs the report little, a name shown costs a member their privacy. "page", "more", "an",
//   "de" and "von" are kept although some people carry them in their names: they are in nearly
//   every card ("an invitation", "Show more", "Einladung von"), and without them a report loses the
//   sentences a maintainer needs to recognise. The rest of such a name is still masked.
// Comparison is on the lower-case word, accents kept ("réseau" is not "reseau").
import { ACCEPT_VERBS, IGNORE_VERBS } from './labels';

const ENGLISH = `
  invitation invitations invite invites inviting invited connect connected connection connections
  mutual other others and is are you your to from a an the of for at in on by or with now new no not
  follow follows following follower followers subscribe subscribed attend attending more less see show
  all received sent manage reply message messages dismiss newsletter newsletters page pages event
  events online ago yesterday today minute minutes hour hours day days week weeks month months year
  years verified premium load results suggestions suggestion people profile picture photo logo
  company companies school member members know open work hiring actions action close cancel my
`;

// French UI sentences: "Accepter l’invitation de …", "Ignorer l’invitation de … à rejoindre son
// réseau" ("son" left out, see above), "… relations en commun", "il y a 2 jours".
const FRENCH = `
  à de d l l’invitation l'invitation accepter ignorer rejoindre réseau relation relations en commun
  autre autres et vous votre il a hier aujourd’hui aujourd'hui jour jours semaine semaines mois an ans
  heure heures suivre abonner gérer toutes tous voir plus reçues envoyées répondre profil photo logo
`;

// German: visible texts "Annehmen" / "Ignorieren" are known; the rest is the usual UI wording
// ("… und 13 weitere gemeinsame Kontakte", "Vor 2 Tagen", "möchte Kontakt mit Ihnen aufnehmen").
const GERMAN = `
  annehmen ignorieren einladung einladungen von zum vernetzen gemeinsame gemeinsamer kontakte kontakt
  weitere weiterer und mit ihnen sie möchte aufnehmen vor tag tage tagen woche wochen monat monaten
  jahr jahren stunde stunden gestern heute verwalten alle eingegangen gesendet profilbild folgen
  abonnieren nachricht antworten mehr anzeigen bei ist ein eine einer der die das hat eingeladen zu
`;

const SPANISH = `
  aceptar ignorar invitación invitaciones de para conectar contacto contactos en común otro otros
  otra otras y te hace ayer hoy día días semana semanas mes meses año años hora horas seguir
  suscribirse ver más mostrar todo todos todas gestionar recibidas enviadas mensaje responder perfil
  foto quiere con
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Lower-case interface words, accents kept; multi-word verbs ("Kabul et") split into words. */
export const UI_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, FRENCH, GERMAN, SPANISH, ...ACCEPT_VERBS, ...IGNORE_VERBS]
    .flatMap(words)
    .map((w) => w.normalize('NFC').toLowerCase()),
);

export function isUiWord(word: string): boolean {
  return UI_WORDS.has(word.normalize('NFC').toLowerCase());
}
