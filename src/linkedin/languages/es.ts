import type { UiLanguage } from './language';

// Spanish. Nothing here was seen on a live page: the verbs and lines are the usual translations
// of LinkedIn's interface. The Accept/Ignore sentences are not known, so Spanish people are found
// by the structural fallback; a wrong guess below finds nothing rather than something wrong.
export const es: UiLanguage = {
  lang: 'es',
  accept: [],
  ignore: [],
  acceptVerbs: ['Aceptar'],
  ignoreVerbs: ['Ignorar'],
  otherActionVerbs: ['Mensaje', 'Descartar', 'Retirar', 'Invitar', 'Conectar', 'Seguir', 'Eliminar', 'Responder'],
  // "… contactos en común".
  mutual: [/(?<!\p{L})contactos?(?: \p{L}+)? en común(?!\p{L})/iu],
  // "hace 2 días", "Ayer".
  age: [/^(?:hoy|ayer|ahora|hace (?:\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?))$/iu],
  inviting: [],
  nonPerson: [/\bte (?:ha )?invitado a (?:seguir|suscribirte|asistir|participar|unirte)\b/iu],
  trailingMore: ['más', 'ver más'],
};
