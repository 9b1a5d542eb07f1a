import { HANDOVER_LIMITS, LIMITS, isProfileSlug } from '../core/text';
import type { CardReading, CardsAdvice } from '../core/types';
import { badgePlace, cardAround, cardsIn, hasPersonInvitationShape, ownControls, slugOf } from '../linkedin/card-finding';
import { elementAt } from '../linkedin/card-markup';
import { invitationCards } from '../linkedin/pages';
import { showsUnrecognisedInvitations } from '../linkedin/pending-signs';
import { ListWatcher, type Shown } from './list-watcher';

// The page half of the card hand-over (issue 11, docs/design.md "What runs on LinkedIn's pages"):
// watches an invitations page like invitation-watcher.ts (list-watcher.ts), but reads no word of
// it. It finds the cards and each one's badge place by structure (linkedin/card-finding.ts), hands
// each new or changed card's markup to the background (protocol.ts, tab-cards), and applies what
// the background's readers make of it: the inviter, their name and the path to the badge's place,
// or no invitation at all.
//
// The first frame: a card with a person's invitation's shape (hasPersonInvitationShape) gets its
// badge at once, by structure, before the answer; the answer confirms it, moves it or takes it
// away. A card without that shape waits for the answer (card-finding.test.ts counts both kinds of
// wrong guess on the fixtures).

/** One hand-over: core/protocol.ts, tab-cards (the page kind is the caller's). */
export interface CardChunk {
  lang: string;
  /** Each card's outerHTML, '' for one over the cap (read as no card). */
  cards: string[];
  removed: string[];
  reset: boolean;
  unrecognised: boolean;
}

export interface CardWatcherHooks {
  /** Hands one chunk over; resolves to each card's reading and the advice, or null when unanswered. */
  handOver(chunk: CardChunk): Promise<CardsAdvice | null>;
  badgeClicked(profile: string): void;
}

/** What the page knows of a card: its badge, by structure until the reading is in. */
interface CardState extends Shown {
  /** The background's reading is in (the badge is no longer a guess). */
  read: boolean;
}

export class CardWatcher extends ListWatcher {
  /** The cards holding a person's invitation, as read, or as guessed until read. */
  private readonly known = new Map<Element, CardState>();
  /** Cards to hand over with the next report: new or changed since their last hand-over. */
  private readonly pending = new Set<Element>();
  /** Whose invitation the background holds for each card (from its readings). */
  private readonly reported = new Map<Element, string>();
  /** Each card's latest hand-over: an earlier answer for a card handed over again is stale. */
  private readonly handOvers = new WeakMap<Element, number>();
  private handOverCount = 0;
  /** Profiles the background holds for cards gone or handed over again, to be told. */
  private readonly gone = new Set<Element>();
  /** What `known` held before a pass from scratch, for that pass only. */
  private before = new Map<Element, CardState>();
  private reportedUnrecognised: boolean | null = null;
  /** The next report starts the tab's list afresh. */
  private resetNext = true;
  private sending: Promise<unknown> = Promise.resolve();

  constructor(private readonly hooks: CardWatcherHooks) {
    super(hooks.badgeClicked);
  }

  override stop(): void {
    super.stop();
    this.known.clear();
    this.pending.clear();
    this.reported.clear();
    this.gone.clear();
    this.reportedUnrecognised = null;
    this.resetNext = true;
  }

  protected hasCards(): boolean {
    return this.known.size > 0 || this.reported.size > 0 || this.pending.size > 0;
  }

  protected badgeIn(card: Element): Shown | null {
    return this.known.get(card) ?? null;
  }

  protected forgetAll(changed: Set<Element>): void {
    // Kept for the pass from scratch: a card read before and unchanged keeps its badge's name.
    this.before = new Map(this.known);
    for (const card of [...this.known.keys()]) {
      changed.add(card);
      this.forget(card);
    }
    this.pending.clear();
    this.reported.clear();
    this.gone.clear();
    this.resetNext = true;
  }

  protected forgetGone(changed: Set<Element>): void {
    for (const card of new Set([...this.known.keys(), ...this.reported.keys(), ...this.pending])) {
      if (card.isConnected) continue;
      changed.add(card);
      this.forget(card);
      this.pending.delete(card);
      if (this.reported.has(card)) this.gone.add(card);
    }
  }

  protected reportIsFull(): boolean {
    return this.pending.size >= LIMITS.invitationsPerReport;
  }

  /**
   * Notes the cards under `root` to hand over, and guesses their badges by structure. A changed
   * subtree (`whole` false) inside a card stands for that card; a subtree of a list read whole
   * never does (a list may stand inside an element that looks like a card, a `<li>` of the page).
   */
  protected read(root: Element, whole: boolean, changed: Set<Element>): void {
    const inList = root.parentElement !== null && this.lists.includes(root.parentElement) && !root.matches(invitationCards.card);
    const around = whole || inList ? null : cardAround(root);
    for (const card of around ? [around] : cardsIn(root)) {
      changed.add(card);
      const before = this.known.get(card) ?? this.before.get(card);
      this.forget(card);
      const slug = slugOf(card);
      // Taken whole or not at all (core/text.ts): a slug no message could carry is no guess.
      const profile = isProfileSlug(slug) ? slug : '';
      const place = slug ? badgePlace(card) : null;
      // No profile link or no control: no reader would find an invitation in it.
      if (!place) {
        if (this.reported.has(card)) this.gone.add(card);
        continue;
      }
      this.pending.add(card);
      // The guess keeps what a reading said of the same inviter (a re-render in place), while the
      // card still has a control of its own (an accepted card's badge goes at once).
      if (before?.read && before.profile === profile && ownControls(card) > 0)
        this.remember(card, { ...before, place: before.place.isConnected ? before.place : place });
      else if (profile && hasPersonInvitationShape(card)) this.remember(card, { profile, name: '', place, read: false });
    }
  }

  private remember(card: Element, state: CardState): void {
    this.known.set(card, state);
    this.indexCard(state.profile, card);
  }

  private forget(card: Element): void {
    const state = this.known.get(card);
    if (!state) return;
    this.known.delete(card);
    this.unindexCard(state.profile, card);
  }

  /**
   * Guessed badges now (`drawNow`: the cards in view), then the hand-over; every card's badge is
   * (re)drawn once its reading is in. Cards read in idle time (out of view) get theirs only then.
   */
  protected finishPass(changed: Set<Element>, mustReport: boolean, lookedAtSomething: boolean, drawNow: boolean): void {
    if (mustReport) this.before = new Map();
    if (drawNow && this.running && this.badgesShown && changed.size > 0) this.placeBadges(changed);
    // While nothing is recognised, new controls may be invitations we cannot read: look again.
    let unrecognised = this.reportedUnrecognised ?? false;
    if (this.known.size > 0) unrecognised = false;
    else if (mustReport || lookedAtSomething) unrecognised = showsUnrecognisedInvitations(document);
    this.report(mustReport, unrecognised, drawNow ? null : changed);
  }

  /** Hands over the pending cards, in chunks the background accepts; `toDraw` once answered. */
  private report(mustReport: boolean, unrecognised: boolean, toDraw: Set<Element> | null): void {
    const reset = this.resetNext;
    if (reset) {
      // The background starts afresh: every card it should hold is handed over again.
      this.reported.clear();
      this.gone.clear();
      for (const card of this.known.keys()) this.pending.add(card);
    }
    const cards = [...this.pending].filter((card) => card.isConnected);
    this.pending.clear();
    const leaving = [...this.gone];
    this.gone.clear();
    if (!mustReport && !reset && cards.length === 0 && leaving.length === 0 && unrecognised === this.reportedUnrecognised) {
      if (toDraw) this.sending = this.sending.then(() => this.draw(toDraw));
      return;
    }
    this.resetNext = false;
    this.reportedUnrecognised = unrecognised;
    this.handOverCount += 1;
    const handOver = this.handOverCount;
    for (const card of cards) this.handOvers.set(card, handOver);
    const lang = langOf(document.documentElement.lang);
    const markup = cards.map(markupOf);
    this.sending = this.sending.then(async () => {
      if (!this.running) return;
      // Computed now, after every earlier answer: what the background holds for a card gone or
      // handed over again is taken away first, unless another card still shows that inviter; the
      // cards' readings then add what they show now.
      const removed = new Set<string>();
      for (const card of [...leaving, ...cards]) {
        const profile = this.reported.get(card);
        this.reported.delete(card);
        if (profile !== undefined) removed.add(profile);
      }
      for (const profile of this.reported.values()) removed.delete(profile);
      const gone = [...removed];
      const size = LIMITS.invitationsPerReport;
      // Every removal before any card: a card of a later chunk may show an inviter removed here.
      const removalChunks = Math.ceil(gone.length / size);
      const chunks = Math.max(1, removalChunks + Math.ceil(cards.length / size));
      for (let i = 0; i < chunks; i++) {
        const from = (i - removalChunks) * size;
        const batch = i < removalChunks ? [] : cards.slice(from, from + size);
        const chunk: CardChunk = {
          lang,
          cards: i < removalChunks ? [] : markup.slice(from, from + size),
          removed: gone.slice(i * size, (i + 1) * size),
          reset: reset && i === 0,
          unrecognised,
        };
        if (!(await this.send(chunk, batch, handOver))) return this.markUnsent();
      }
    });
    // The chain must never stop: a hand-over that threw counts as unanswered.
    this.sending = this.sending.catch(() => this.markUnsent());
    if (toDraw) this.sending = this.sending.then(() => this.draw(toDraw));
  }

  /** One chunk, and its answer applied; false when unanswered or the answer does not fit what was sent. */
  private async send(chunk: CardChunk, cards: Element[], handOver: number): Promise<boolean> {
    const reply = await this.hooks.handOver(chunk);
    if (!this.running) return true;
    if (!reply || reply.cards.length !== cards.length) return false;
    const readings = new Set<Element>();
    cards.forEach((card, i) => {
      const reading = reply.cards[i] ?? null;
      // Handed over again since (or gone): the background holds this reading until then, no more.
      if (this.handOvers.get(card) !== handOver || !card.isConnected) {
        if (reading) this.reported.set(card, reading.profile);
        if (reading && !card.isConnected) this.gone.add(card);
        return;
      }
      this.take(card, reading);
      readings.add(card);
    });
    this.applyVerdicts(reply);
    if (this.badgesShown && readings.size > 0) this.placeBadges(readings);
    // The guesses said "recognised"; the readings may say otherwise (or the reverse): tell the background.
    const unrecognised = this.known.size === 0 && showsUnrecognisedInvitations(document);
    if (unrecognised !== this.reportedUnrecognised) this.report(false, unrecognised, null);
    return true;
  }

  /** A card's reading: its badge where the reading says, or none. */
  private take(card: Element, reading: CardReading | null): void {
    const guess = this.known.get(card);
    this.forget(card);
    if (!reading) return;
    this.reported.set(card, reading.profile);
    const place = elementAt(card, reading.controls) ?? guess?.place ?? badgePlace(card);
    if (place && card.contains(place) && place !== card)
      this.remember(card, { profile: reading.profile, name: reading.name, place, read: true });
  }

  private draw(cards: Set<Element>): void {
    if (this.running && this.badgesShown && cards.size > 0) this.placeBadges(cards);
  }

  /**
   * Unanswered: the background may hold less than the page shows. With the page's next change,
   * every card is handed over again, afresh (as invitation-watcher.ts tells its whole list again).
   */
  private markUnsent(): void {
    this.resetNext = true;
    this.rescanWithNextChange();
  }
}

/**
 * Text beyond this, in one text node or attribute, is cut before a card too big to hand over is
 * handed over again: twice the largest cap any reading applies (core/text.ts LIMITS), so that what
 * the readers keep of it is what they would have kept of the whole.
 */
const TEXT_KEPT = 2 * LIMITS.message;
/**
 * Attributes keep more: a control's label is its own words around the name ("Accept <name>'s
 * invitation"), and must still hold the whole of the name as cut, or the readers find no match.
 */
const ATTRIBUTE_KEPT = TEXT_KEPT + LIMITS.name;

/**
 * A card as handed over: its markup; where that is over the cap (a hostile page's 100 KB name),
 * the markup of a copy whose every text and attribute is cut (TEXT_KEPT, ATTRIBUTE_KEPT); '' where even that is
 * (read as no card). The copy is never put on the page.
 */
function markupOf(card: Element): string {
  const markup = card.outerHTML;
  if (markup.length <= HANDOVER_LIMITS.cardMarkup) return markup;
  const copy = card.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      if ((node.nodeValue ?? '').length > TEXT_KEPT) node.nodeValue = (node.nodeValue ?? '').slice(0, TEXT_KEPT);
      continue;
    }
    for (const attribute of [...(node as Element).attributes]) {
      if (attribute.value.length > ATTRIBUTE_KEPT) attribute.value = attribute.value.slice(0, ATTRIBUTE_KEPT);
    }
  }
  const cut = copy.outerHTML;
  return cut.length > HANDOVER_LIMITS.cardMarkup ? '' : cut;
}

/** The page's language as the hand-over carries it: a tag, or '' where the page's is no tag. */
function langOf(lang: string): string {
  return lang.length <= HANDOVER_LIMITS.lang && /^[A-Za-z0-9-]*$/.test(lang) ? lang : '';
}
