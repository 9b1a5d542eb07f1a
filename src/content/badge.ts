import { BADGE_NEXTS, nextReasonKey, type BadgeNext } from '../core/next-reason';
import type { Verdict } from '../core/types';
import { t } from './platform';

// The badge: one small host element per pending invitation, its look in a *closed* shadow root so
// LinkedIn's CSS cannot restyle it and LinkedIn's scripts cannot read into it. Built with
// createElement/textContent only: the inviter's name is page data, and LinkedIn's Trusted Types
// policy would drop innerHTML anyway. Every badge's shadow root adopts one shared stylesheet:
// a page may hold thousands of badges, and a <style> in each was a tenth of the cost of drawing them.
//
// LinkedIn's page must learn nothing of what the user decided (PRIVACY.md). So the host, which the
// page can see, carries only the profile (the page already knows who invited the user) and never
// changes after it is made: no verdict attribute, no accessible name, no title. Everything that
// depends on the verdict lives inside the closed shadow root, where mutations are invisible to the
// page's observers. Its size does not depend on the verdict either: the label sits in a grid cell
// beside an invisible line holding every label a badge can show, so every badge is as wide as the
// widest of them, whatever it shows. The words are drawn as generated content (`::before`), which
// the page cannot select, copy or find with `window.find`.

export const PROFILE_ATTR = 'data-know-trust-profile';
/** Inside the closed shadow root: the element that carries the verdict, for the user's assistive technology and for tests (CDP pierce). */
export const VERDICT_ATTR = 'data-verdict';

/** What we need to update a badge later; the shadow root is closed, so we keep our own handles. */
interface BadgeParts {
  badge: HTMLElement;
  name: string;
  /** The verdict and next question drawn now, so an unchanged push touches nothing. */
  shown: string;
}
const parts = new WeakMap<Element, BadgeParts>();

// One element inside the shadow root does it all (a page may hold thousands of badges, and each
// element made is part of the cost the benchmark holds us to): the dot is a background gradient,
// the words are `::before`, the invisible line of every label is `::after`, in one grid column. In a
// card narrower than the widest label, the words end in an ellipsis; the whole sentence is the
// tooltip, which is also the accessible name (role=img takes its name from the title).
const STYLE = `
:host { all: initial; display: inline-block; max-width: 100%; margin: 4px 8px 4px 0; cursor: pointer; vertical-align: middle; contain: layout style; }
.badge { display: inline-grid; grid-template-columns: minmax(0, max-content); font: 600 12px/1.4 system-ui, sans-serif; padding: 2px 10px 2px 24px; border-radius: 999px;
  border: 1px solid; user-select: none; white-space: nowrap; box-sizing: border-box; max-width: 100%;
  background-image: radial-gradient(circle at 13px 50%, currentColor 3.5px, transparent 4px); }
.badge::before { content: attr(data-text); min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.badge::after { content: var(--every-label); white-space: pre; visibility: hidden; height: 0; overflow: hidden; }
[data-verdict="accept"] { color: #0b5d1e; background-color: #e3f4e6; border-color: #8fc89b; }
[data-verdict="leave-pending"] { color: #7a4100; background-color: #fff1dc; border-color: #e8b36a; }
[data-verdict="undecided"] { color: #3c4650; background-color: #eef1f4; border-color: #b9c2cb; }
@media (prefers-color-scheme: dark) {
  [data-verdict="accept"] { color: #b6f0c2; background-color: #12361b; border-color: #2f7a41; }
  [data-verdict="leave-pending"] { color: #ffd9a3; background-color: #3d2604; border-color: #9a6420; }
  [data-verdict="undecided"] { color: #dde3e9; background-color: #2a3036; border-color: #5b6670; }
}
`;

/** A CSS string literal of `text` (our own messages, escaped all the same). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r\f]/g, (c) => (c === '\n' ? '\\A ' : `\\${c.charCodeAt(0).toString(16)} `))}"`;
}

/** Every visible label a badge can show, one per line: the invisible line that sets every badge's width. */
function everyLabel(): string {
  const states: [Verdict, BadgeNext | null][] = [
    ['accept', null],
    ['leave-pending', null],
    ['undecided', null],
    ...BADGE_NEXTS.map((id): [Verdict, BadgeNext] => ['undecided', id]),
  ];
  return states.map(([verdict, next]) => wordsFor(verdict, next).visible).join('\n');
}

/** The shared style, with the list of every label filled in (looked up once per page). */
let styleText: string | undefined;
function style(): string {
  styleText ??= `${STYLE}\n.badge { --every-label: ${cssString(everyLabel())}; }\n`;
  return styleText;
}

/** One constructed stylesheet for every badge; null where the browser refuses it (a <style> then). */
let sharedSheet: CSSStyleSheet | null | undefined;
let sheetChecked = false;
function adoptStyle(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(style());
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      shadow.adoptedStyleSheets = [sharedSheet];
      // Checked once: a content-script sandbox (Firefox's Xrays) might refuse the sheet silently.
      if (sheetChecked || shadow.adoptedStyleSheets[0] === sharedSheet) {
        sheetChecked = true;
        return;
      }
      shadow.adoptedStyleSheets = [];
    } catch {
      // A sandbox that cannot hand its sheet to the page's document.
    }
    // Then a <style> in each badge, as before.
    sharedSheet = null;
  }
  const element = document.createElement('style');
  element.textContent = style();
  shadow.append(element);
}

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  accept: 'verdictAccept',
  'leave-pending': 'verdictLeavePending',
  undecided: 'verdictUndecided',
};

export function createBadge(
  profile: string,
  name: string,
  verdict: Verdict,
  next: BadgeNext | null,
  onClick: (profile: string) => void,
): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute(PROFILE_ATTR, profile);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyle(shadow);
  // Never focusable: the popup is the keyboard way to answer; the badge only shows and points there.
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'img');
  shadow.append(badge);
  parts.set(host, { badge, name, shown: '' });
  host.addEventListener('click', (event) => {
    // The badge sits inside LinkedIn's card: keep the click from reaching LinkedIn's handlers.
    event.stopPropagation();
    event.preventDefault();
    // Only the user's own click counts: a page script's click() or dispatchEvent must not choose
    // whom the popup opens on.
    if (!event.isTrusted) return;
    onClick(profile);
  });
  updateBadge(host, verdict, next);
  return host;
}

// The page may hold thousands of badges: their words are looked up once per state, not per badge,
// and so is the sentence of the accessible name, with a slot where each badge puts its inviter's
// name (a private-use character no message holds: the name itself is never parsed).
const NAME_SLOT = '\uE000';
const wordsCache = new Map<string, { visible: string; label: readonly string[] }>();
function wordsFor(verdict: Verdict, next: BadgeNext | null): { visible: string; label: readonly string[] } {
  const key = `${verdict}/${next ?? ''}`;
  let cached = wordsCache.get(key);
  if (cached === undefined) {
    // No suggestion yet: the badge says which question to answer next, not only "not yet".
    const words = next ? t(nextReasonKey(next)) : t(VERDICT_WORDS[verdict]);
    const visible = next ? t('badgeTextNext', words) : t('badgeText', words);
    const label = (next ? t('badgeLabelNext', [NAME_SLOT, words]) : t('badgeLabel', [NAME_SLOT, words])).split(NAME_SLOT);
    wordsCache.set(key, (cached = { visible, label }));
  }
  return cached;
}

export function updateBadge(host: HTMLElement, verdict: Verdict, next: BadgeNext | null = null): void {
  const own = parts.get(host);
  const question = verdict === 'undecided' ? next : null;
  const state = `${verdict}/${question ?? ''}`;
  if (!own || own.shown === state) return;
  own.shown = state;
  const { visible, label: sentence } = wordsFor(verdict, question);
  const label = sentence.join(own.name);
  // All of it inside the closed shadow root: the verdict, the words, and the tooltip (which says
  // where to answer: the toolbar popup) that is also the accessible name.
  own.badge.setAttribute(VERDICT_ATTR, verdict);
  own.badge.title = label;
  own.badge.setAttribute('data-text', visible);
}

/** The inviter's name in a badge's accessible name changed (read later than the badge was drawn). */
export function renameBadge(host: HTMLElement, name: string): void {
  const own = parts.get(host);
  if (!own || own.name === name) return;
  own.name = name;
  const [verdict, question] = own.shown.split('/') as [Verdict, string];
  own.shown = '';
  updateBadge(host, verdict, (question || null) as BadgeNext | null);
}

/** What a badge shows, from our own handles (the page cannot get at them): for unit tests. */
export function badgeState(host: Element): { verdict: string; label: string; text: string } | null {
  const own = parts.get(host);
  if (!own) return null;
  return {
    verdict: own.badge.getAttribute(VERDICT_ATTR) ?? '',
    label: own.badge.title,
    text: own.badge.getAttribute('data-text') ?? '',
  };
}

/** A badge this copy of the content script made (not a copy the page cloned, nor an older script's). */
export function isOurBadge(node: Node): boolean {
  return node instanceof Element && parts.has(node);
}

export function isBadge(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(PROFILE_ATTR);
}
