import { APOSTROPHE, type UiLanguage } from './language';

// French. The sentences are of medium confidence (docs/linkedin-dom.md: from other tools' code, not
// seen here); the visible verbs "Accepter" / "Ignorer" are confirmed.
export const fr: UiLanguage = {
  lang: 'fr',
  accept: [
    {
      // French elides "de" before a vowel: "l’invitation d’Elena Vasquez".
      pattern: new RegExp(`^Accepter l${APOSTROPHE}invitation (?:de |d${APOSTROPHE})(?<name>.+)$`, 'iu'),
      seen: 'other tools’ code, to 2026 (docs/linkedin-dom.md), medium confidence; current',
      examples: [
        ['Accepter l’invitation de Priya Raman', 'Priya Raman'],
        ['Accepter l’invitation d’Élodie Martin', 'Élodie Martin'],
      ],
    },
  ],
  ignore: [
    {
      pattern: new RegExp(`^Ignorer l${APOSTROPHE}invitation (?:de |d${APOSTROPHE})(?<name>.+?)(?: à rejoindre son réseau)?$`, 'iu'),
      seen: 'other tools’ code, to 2026 (docs/linkedin-dom.md), medium confidence; current',
      examples: [
        ['Ignorer l’invitation de Marc Dupont à rejoindre son réseau', 'Marc Dupont'],
        ['Ignorer l’invitation d’Élodie Martin', 'Élodie Martin'],
      ],
    },
  ],
  acceptVerbs: ['Accepter'],
  ignoreVerbs: ['Ignorer'],
  otherActionVerbs: ['Envoyer', 'Retirer', 'Inviter', 'Suivre', 'Supprimer', 'Répondre', 'Signaler'],
  // "… relations en commun".
  mutual: [/\brelations? en commun\b/iu],
  // "il y a 2 jours", "Hier".
  age: [/^(?:aujourd[’']hui|hier|à l[’']instant|il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?))$/iu],
  inviting: [],
  nonPerson: [/\bvous a invitée? à (?:suivre|vous abonner|s[’']abonner|participer|assister|rejoindre)\b/iu],
  trailingMore: ['plus', 'voir plus'],
};
