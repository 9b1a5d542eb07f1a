// Test helper (imported by *.test.ts only): the English fixtures in a language nobody knows, to
// show that detection does not need English (or any known) words; see languages.test.ts.
import { isEnglishVerb, nameInEnglishLabel } from './english-labels';
import { loadFixture } from './fixture-documents';

/** Every text node under `root` (the fixture's comments are not text). */
export function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

// "Never let English words be the only way to find anything" (docs/linkedin-dom.md). LinkedIn has some
// thirty UI languages and languages/ knows the verbs of a few: here every English word on the
// English fixtures' controls and in their interface sentences becomes a word of no language
// ("Zork <Name>" for Accept, "Blip … <Name>" for Ignore), the structure staying as it was. No verb
// is known, so the people can only be found by the shape of the pair (shape-pair.ts): two controls
// side by side in a box of their own, each naming the card's inviter and saying something
// different. The Page/newsletter/event cards must still be left alone: their bare "Zork"/"Blip"
// name nobody, and they link a Page. "People you may know" and "is now a connection" stay out too.
//
// The Accept/Ignore sentences and verbs come from the English module itself (english-labels.ts).

// English interface words that are no Accept or Ignore wording, on controls and in sentences.
const INVENTED_LABELS: [RegExp, string][] = [
  [/^Invite (.+) to connect$/, 'Quux $1 snar'],
  [/^Dismiss$/, 'Wub'],
  [/^Show more actions$/, 'Vex plonk'],
  [/^Report message from (.+)$/, 'Grel $1'],
];
const INVENTED_TEXTS: [RegExp, string][] = [
  [/^Connect$/, 'Quux'],
  [/^Message$/, 'Glorp'],
  [/^Reply to (\S+)$/, 'Plim $1'],
  [/^… more$/, '… vex'],
  [/^See more$/, 'Vex'],
  [/ follows you and is inviting you to connect/, ' snerg florb wib'],
  [/ is inviting you to connect/, ' florb wib'],
  [/ is now a connection/, ' glorp wib'],
  [/invited you to subscribe to/, 'grint snorf'],
  [/invited you to follow/, 'grint blab'],
  [/invited you to attend/, 'grint vop'],
];

/** A bare English verb (a label or a button's text) in the invented language, or undefined. */
function inventedVerb(text: string): string | undefined {
  if (isEnglishVerb(text, 'accept')) return 'Zork';
  if (isEnglishVerb(text, 'ignore')) return 'Blip';
  return undefined;
}

function inventedLabel(label: string): string | undefined {
  const accepted = nameInEnglishLabel(label, 'accept');
  if (accepted !== undefined) return `Zork ${accepted} vlem`;
  const ignored = nameInEnglishLabel(label, 'ignore');
  if (ignored !== undefined) return `Blip fneb ${ignored}`;
  const rule = INVENTED_LABELS.find(([re]) => re.test(label));
  return inventedVerb(label) ?? (rule ? label.replace(rule[0], rule[1]) : undefined);
}

export function invented(fixture: string): Document {
  const doc = loadFixture(fixture);
  doc.documentElement.lang = 'xx';
  for (const el of doc.querySelectorAll('[aria-label]')) {
    const label = inventedLabel(el.getAttribute('aria-label') ?? '');
    if (label !== undefined) el.setAttribute('aria-label', label);
  }
  for (const t of textNodes(doc)) {
    const trimmed = t.data.trim();
    const rule = INVENTED_TEXTS.find(([re]) => re.test(trimmed));
    const text = inventedVerb(trimmed) ?? (rule ? trimmed.replace(rule[0], rule[1]) : undefined);
    if (text !== undefined) t.data = t.data.replace(trimmed, text);
  }
  return doc;
}
