import type { UiLanguage } from './language';

// German. The visible verbs "Annehmen" / "Ignorieren" are confirmed (the German fixture carries
// them); the Accept/Ignore sentences of the invitation list are not known, so German people are
// found by the structural fallback: one accept-like and one ignore-like control naming the person.
export const de: UiLanguage = {
  lang: 'de',
  accept: [],
  ignore: [],
  acceptVerbs: ['Annehmen'],
  ignoreVerbs: ['Ignorieren'],
  otherActionVerbs: ['Nachricht', 'Verwerfen', 'Zurückziehen', 'Einladen', 'Vernetzen', 'Folgen', 'Entfernen', 'Antworten', 'Melden'],
  // "… und 13 weitere gemeinsame Kontakte", "… ist ein gemeinsamer Kontakt".
  mutual: [/(?<!\p{L})gemeinsame[nr]? Kontakt(?:e|en)?(?!\p{L})/iu],
  // "Vor 2 Tagen", "Gestern", "Heute".
  age: [
    /^(?:heute|gestern|gerade eben|vor (?:\d+|einer?m?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?))$/iu,
  ],
  inviting: [],
  nonPerson: [/\bhat Sie (?:zu [^,]+ )?eingeladen\b/iu],
  trailingMore: ['mehr'],
};
