import type { UiLanguage } from './language';

// The UI languages of which only the buttons' visible verbs are known, all in this one file: each
// holds two or three words and nothing else, all of the same standing (the usual translations of
// LinkedIn's buttons; nobody here has seen those pages), and a file each would make the folder
// look as if twenty languages were known as well as English. When someone sees one of these pages,
// that language moves to a module of its own (as de.ts) with its sentences and card lines.
//
// The verbs only feed the structural fallback, which also demands the inviter's name in the label,
// so a wrong guess finds nothing rather than something wrong. Arabic, Hebrew, Japanese, Chinese,
// Korean and Russian are here so that a right-to-left or non-Latin UI is not left to the last,
// verb-less way in (shape-pair.ts) alone.

interface KnownVerbs {
  lang: string;
  accept: readonly string[];
  ignore: readonly string[];
  /** The "… more" of a clamped message, where a guess is worth having. */
  more?: readonly string[];
}

function verbsOnly({ lang, accept, ignore, more = [] }: KnownVerbs): UiLanguage {
  return {
    lang,
    accept: [],
    ignore: [],
    acceptVerbs: accept,
    ignoreVerbs: ignore,
    otherActionVerbs: [],
    mutual: [],
    age: [],
    inviting: [],
    nonPerson: [],
    trailingMore: more,
  };
}

export const VERB_ONLY_LANGUAGES: readonly UiLanguage[] = [
  verbsOnly({ lang: 'pt', accept: ['Aceitar'], ignore: ['Ignorar'], more: ['mais'] }),
  verbsOnly({ lang: 'it', accept: ['Accetta'], ignore: ['Ignora'], more: ['altro'] }),
  verbsOnly({ lang: 'nl', accept: ['Accepteren'], ignore: ['Negeren'] }),
  verbsOnly({ lang: 'sv', accept: ['Acceptera'], ignore: ['Ignorera'] }),
  verbsOnly({ lang: 'pl', accept: ['Akceptuj'], ignore: ['Ignoruj'] }),
  verbsOnly({ lang: 'no', accept: ['Godta'], ignore: ['Ignorer'] }),
  verbsOnly({ lang: 'da', accept: ['Acceptér'], ignore: ['Ignorér'] }),
  verbsOnly({ lang: 'fi', accept: ['Hyväksy'], ignore: ['Ohita'] }),
  verbsOnly({ lang: 'cs', accept: ['Přijmout'], ignore: ['Ignorovat'] }),
  verbsOnly({ lang: 'tr', accept: ['Kabul et'], ignore: ['Yok say'] }),
  verbsOnly({ lang: 'ro', accept: ['Acceptă'], ignore: ['Ignoră'] }),
  verbsOnly({ lang: 'ar', accept: ['قبول'], ignore: ['تجاهل'] }),
  verbsOnly({ lang: 'he', accept: ['אישור', 'קבלה'], ignore: ['התעלמות', 'התעלם'] }),
  verbsOnly({ lang: 'ja', accept: ['承認'], ignore: ['無視'] }),
  verbsOnly({ lang: 'zh', accept: ['接受'], ignore: ['忽略'] }),
  verbsOnly({ lang: 'ko', accept: ['수락'], ignore: ['무시'] }),
  verbsOnly({ lang: 'ru', accept: ['Принять'], ignore: ['Игнорировать'] }),
];
