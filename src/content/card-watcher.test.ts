import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPECTED as answerKey, FIXTURE_NAMES, type FixtureName } from '../../tests/helpers/fixture-files.mjs';
import { HOSTILE_NAME, giveSamHostileName, showFixture, unlabelInvitationControls } from '../../tests/helpers/watched-page';
import type { CardReading, CardsAdvice, Verdict } from '../core/types';
import { readCardMarkup } from '../linkedin/card-markup';
import type { CardChunk } from './card-watcher';

// The page half of the hand-over against a background that reads the markup with the real readers
// (linkedin/card-markup.ts, as background/card-reader.ts does) and merges like store.ts: the page
// reads no word, yet every fixture ends with the answer key's badges and the background holding
// the answer key's people.

(globalThis as { browser?: unknown }).browser = {
  runtime: { id: 'know-trust-test' },
  i18n: { getMessage: (key: string, subs?: string | string[]) => `${key}:${[subs].flat().join('|')}` },
};

const { CardWatcher } = await import('./card-watcher');
const { PROFILE_ATTR, badgeState } = await import('./badge');

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const settled = async () => {
  for (let i = 0; i < 4; i++) await nextFrame();
};
const badges = () => [...document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)];
const profiles = () => badges().map((b) => b.getAttribute(PROFILE_ATTR));
const expectedOn = (name: FixtureName) => answerKey.fixtures[name].people.map((p: { profile: string }) => p.profile);

/** A background: reads each chunk's cards, merges them into the tab's list, answers with verdicts. */
function fakeBackground() {
  const chunks: CardChunk[] = [];
  let shown = new Map<string, string>();
  const verdicts: Record<string, Verdict> = {};
  /** Hands back the answer at once, or holds it until `release` (a slow background). */
  let hold: Promise<void> | null = null;
  let release: () => void = () => undefined;
  let answer: (reply: CardsAdvice) => CardsAdvice | null = (reply) => reply;
  return {
    chunks,
    verdicts,
    list: () => [...shown.keys()],
    names: () => [...shown.values()],
    holdAnswers() {
      hold = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    answerWith(change: (reply: CardsAdvice) => CardsAdvice | null) {
      answer = change;
    },
    async handOver(chunk: CardChunk): Promise<CardsAdvice | null> {
      chunks.push(chunk);
      if (hold) await hold;
      const readings = readCardMarkup(chunk.cards, chunk.lang, new DOMParser());
      if (chunk.reset) shown = new Map();
      for (const profile of chunk.removed) shown.delete(profile);
      const cards = readings.map((reading): CardReading | null => {
        if (!reading) return null;
        shown.delete(reading.invitation.profile);
        shown.set(reading.invitation.profile, reading.invitation.name);
        return { profile: reading.invitation.profile, name: reading.invitation.name, controls: reading.controls };
      });
      const some: Record<string, Verdict> = {};
      for (const card of cards) if (card) some[card.profile] = verdicts[card.profile] ?? 'undecided';
      return answer({ verdicts: some, next: {}, cards });
    },
  };
}

describe('CardWatcher', () => {
  let background: ReturnType<typeof fakeBackground>;
  let watcher: InstanceType<typeof CardWatcher>;

  beforeEach(() => {
    background = fakeBackground();
    watcher = new CardWatcher({ handOver: (chunk) => background.handOver(chunk), badgeClicked: () => undefined });
  });
  afterEach(() => watcher.stop());

  it.each(FIXTURE_NAMES)('ends with one badge per expected person on %s, and the background holds them', async (name) => {
    showFixture(name);
    watcher.start();
    await settled();
    expect(profiles()).toEqual(expectedOn(name));
    expect(background.list()).toEqual(expectedOn(name));
    expect(background.chunks[0]!.reset).toBe(true);
    // Named by the reading: the badge's accessible name carries the inviter's name.
    const people = answerKey.fixtures[name].people as { profile: string; name: string }[];
    for (const badge of badges()) {
      const person = people.find((p) => p.profile === badge.getAttribute(PROFILE_ATTR))!;
      expect(badgeState(badge)!.label).toBe(`badgeLabel:${person.name}|verdictUndecided:`);
    }
  });

  it.each(FIXTURE_NAMES)(
    'on %s, badges all but at most one of the answer key in the first frame, before any answer, and the answer settles the rest',
    async (name) => {
      background.holdAnswers();
      showFixture(name);
      watcher.start();
      const guessed = profiles();
      // Every guess is a card handed over, and most of the answer key is guessed at once.
      const expected = expectedOn(name);
      expect(guessed.filter((p) => p !== null && expected.includes(p)).length).toBeGreaterThanOrEqual(expected.length - 1);
      background.release();
      await settled();
      expect(profiles()).toEqual(expected);
    },
  );

  it('hands a re-rendered card over again: one badge, and the background still holds the inviter once', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await settled();
    const card = document.querySelector(`[${PROFILE_ATTR}="priya-raman-4b2a1c"]`)!.closest('[role="listitem"]')!;
    const fresh = card.cloneNode(true) as Element;
    fresh.querySelector(`[${PROFILE_ATTR}]`)?.remove();
    card.replaceWith(fresh);
    await settled();
    expect(profiles().filter((p) => p === 'priya-raman-4b2a1c')).toHaveLength(1);
    expect(fresh.querySelector(`[${PROFILE_ATTR}]`)).not.toBeNull();
    // Handed over again, the card's inviter is taken away and added back: held once, wherever in the list.
    expect(background.list().sort()).toEqual(expectedOn('fixture-sdui-2026.html').sort());
    // Accepted elsewhere: the card goes; so do its badge and the background's record of it.
    fresh.remove();
    await settled();
    expect(profiles()).not.toContain('priya-raman-4b2a1c');
    expect(background.chunks.at(-1)!.removed).toEqual(['priya-raman-4b2a1c']);
    expect(background.list()).not.toContain('priya-raman-4b2a1c');
  });

  it('puts a badge back when the page removes just the badge, and only once', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await settled();
    document.querySelector(`[${PROFILE_ATTR}="marcus-feld-hr"]`)!.remove();
    await settled();
    expect(profiles().filter((p) => p === 'marcus-feld-hr')).toHaveLength(1);
    expect(profiles()).toEqual(expectedOn('fixture-sdui-2026.html'));
  });

  it('applies the verdicts of the answer and of later pushes', async () => {
    showFixture('fixture-sdui-2026.html');
    background.verdicts['marcus-feld-hr'] = 'leave-pending';
    watcher.start();
    await settled();
    const marcus = () => document.querySelector(`[${PROFILE_ATTR}="marcus-feld-hr"]`)!;
    expect(badgeState(marcus())!.verdict).toBe('leave-pending');
    watcher.applyVerdicts({ verdicts: { 'marcus-feld-hr': 'accept' } });
    expect(badgeState(marcus())!.verdict).toBe('accept');
  });

  it('takes away a guessed badge the reading does not confirm', async () => {
    showFixture('fixture-sdui-2026.html');
    background.answerWith((reply) => ({ ...reply, cards: reply.cards.map((c) => (c?.profile === 'marcus-feld-hr' ? null : c)) }));
    watcher.start();
    expect(profiles()).toContain('marcus-feld-hr');
    await settled();
    expect(profiles()).not.toContain('marcus-feld-hr');
    expect(profiles()).toHaveLength(expectedOn('fixture-sdui-2026.html').length - 1);
  });

  it('moves a badge to where the reading says', async () => {
    showFixture('fixture-sdui-2026.html');
    // The reading puts every badge before the card's first child instead.
    background.answerWith((reply) => ({ ...reply, cards: reply.cards.map((c) => c && { ...c, controls: [0] }) }));
    watcher.start();
    await settled();
    for (const badge of badges()) expect(badge.parentElement!.closest('[role="listitem"]')!.firstElementChild).toBe(badge);
  });

  it('after an unanswered hand-over, asks nothing by itself, and with the page’s next change hands every card over afresh', async () => {
    showFixture('fixture-sdui-2026.html');
    let first = true;
    background.answerWith((reply) => (first ? ((first = false), null) : reply));
    watcher.start();
    await settled();
    // A background that cannot answer is not asked again in a loop.
    expect(background.chunks).toHaveLength(1);
    document.querySelector(`[${PROFILE_ATTR}="marcus-feld-hr"]`)!.remove();
    await settled();
    const again = background.chunks[1]!;
    expect(again.reset).toBe(true);
    expect(again.cards.length).toBe(background.chunks[0]!.cards.length);
    expect(background.list()).toEqual(expectedOn('fixture-sdui-2026.html'));
    expect(profiles()).toEqual(expectedOn('fixture-sdui-2026.html'));
  });

  it('tells the background "unrecognised" once the readings find none of the cards it guessed, and not otherwise', async () => {
    showFixture('fixture-sdui-2026.html');
    unlabelInvitationControls();
    watcher.start();
    // By shape, the cards look like invitations: guessed at first.
    expect(badges().length).toBeGreaterThan(0);
    await settled();
    expect(badges()).toHaveLength(0);
    expect(background.chunks.at(-1)!.unrecognised).toBe(true);
    watcher.stop();
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await settled();
    expect(background.chunks.at(-1)!.unrecognised).toBe(false);
  });

  it('in popup-only mode draws nothing but still hands over', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.showBadges(false);
    watcher.start();
    await settled();
    expect(badges()).toHaveLength(0);
    expect(background.list()).toEqual(expectedOn('fixture-sdui-2026.html'));
    watcher.showBadges(true);
    expect(profiles()).toEqual(expectedOn('fixture-sdui-2026.html'));
  });

  it('hands over a card too big with its texts cut, and reads it as the page reader would have', async () => {
    showFixture('fixture-sdui-2026.html');
    const name = giveSamHostileName();
    watcher.start();
    await settled();
    expect(profiles()).toEqual(expectedOn('fixture-sdui-2026.html'));
    const samsName = background.names()[background.list().indexOf('sam-okafor-0b9d3e2')]!;
    // Read from the cut copy: the name's start as the page shows it (the background then caps it to 200).
    expect(samsName.startsWith('Sam')).toBe(true);
    expect(samsName).toContain('<img src=x onerror=alert(1)> xxxx');
    // The page itself is left as it was.
    expect(name.textContent).toBe(HOSTILE_NAME);
  });

  it('hands a card over as no card where even its cut markup is over the cap', async () => {
    showFixture('fixture-sdui-2026.html');
    const card = document.querySelector('a[href*="/in/marcus-feld-hr"]')!.closest('[role="listitem"]')!;
    for (let n = 0; n < 40; n++) card.setAttribute(`data-filler-${n}`, 'x'.repeat(3_000));
    watcher.start();
    await settled();
    expect(background.chunks[0]!.cards).toContain('');
    expect(profiles()).not.toContain('marcus-feld-hr');
  });

  it('loads lazily: ten cards added at the end are handed over alone', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await settled();
    const list = document.querySelector('a[href*="/in/marcus-feld-hr"]')!.closest('[role="listitem"]')!.parentElement!;
    const before = background.chunks.length;
    const model = list.querySelector('[role="listitem"]')!;
    for (let n = 0; n < 10; n++) {
      const copy = model.cloneNode(true) as Element;
      copy.querySelector(`[${PROFILE_ATTR}]`)?.remove();
      for (const link of copy.querySelectorAll('a[href*="/in/"]')) link.setAttribute('href', `/in/person-${n}/`);
      list.append(copy);
    }
    await settled();
    const added = background.chunks.slice(before);
    expect(added.flatMap((c) => c.cards)).toHaveLength(10);
    expect(added.every((c) => !c.reset)).toBe(true);
    for (let n = 0; n < 10; n++) expect(profiles()).toContain(`person-${n}`);
  });
});
