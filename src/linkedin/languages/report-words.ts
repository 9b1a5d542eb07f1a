// Interface words a page report may show as they are, per UI language (report-vocabulary.ts states
// the rules), whitespace-separated, lower case; each language's verbs are added to them. Apart
// from the language modules because only the page report reads them: the invitation code, which
// every invitations page loads, carries none of them (issue 11).
export const REPORT_WORDS: Readonly<Record<string, string>> = {
  en: `
    invitation invitations invite invites inviting invited connect connected connection connections
    mutual other others and is are you your to from a an the of for at in on by or with now new no not
    follow follows following follower followers subscribe subscribed attend attending more less see show
    all received sent manage reply message messages dismiss newsletter newsletters page pages event
    events online ago yesterday today minute minutes hour hours day days week weeks month months year
    years verified premium load results suggestions suggestion people profile picture photo logo
    company companies school member members know open work hiring actions action close cancel my
  `,
  // "Accepter l’invitation de …", "Ignorer l’invitation de … à rejoindre son réseau" ("son" left
  // out: see report-vocabulary.ts), "… relations en commun", "il y a 2 jours".
  fr: `
    à de d l l’invitation l'invitation accepter ignorer rejoindre réseau relation relations en commun
    autre autres et vous votre il a hier aujourd’hui aujourd'hui jour jours semaine semaines mois an ans
    heure heures suivre abonner gérer toutes tous voir plus reçues envoyées répondre profil photo logo
  `,
  // The usual UI wording besides the known verbs: "… und 13 weitere gemeinsame Kontakte",
  // "Vor 2 Tagen", "möchte Kontakt mit Ihnen aufnehmen".
  de: `
    annehmen ignorieren einladung einladungen von zum vernetzen gemeinsame gemeinsamer kontakte kontakt
    weitere weiterer und mit ihnen sie möchte aufnehmen vor tag tage tagen woche wochen monat monaten
    jahr jahren stunde stunden gestern heute verwalten alle eingegangen gesendet profilbild folgen
    abonnieren nachricht antworten mehr anzeigen bei ist ein eine einer der die das hat eingeladen zu
  `,
  es: `
    aceptar ignorar invitación invitaciones de para conectar contacto contactos en común otro otros
    otra otras y te hace ayer hoy día días semana semanas mes meses año años hora horas seguir
    suscribirse ver más mostrar todo todos todas gestionar recibidas enviadas mensaje responder perfil
    foto quiere con
  `,
};
