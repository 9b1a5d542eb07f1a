import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPECTED as answerKey, FIXTURE_NAMES } from '../../tests/helpers/fixture-files.mjs';
import { giveSamHostileName, showFixture, unlabelInvitationControls } from '../../tests/helpers/watched-page';
import type { Invitation, TabAdvice } from '../core/types';
import type { ReportChunk } from './invitation-watcher';

// The content scripts' own API (platform.ts): Firefox's `browser`, here a stand-in for the words.
(globalThis as { browser?: unknown }).browser = {
  runtime: { id: 'know-trust-test' },
  i18n: { getMessage: (key: string, subs?: string | string[]) => `${key}:${[subs].flat().join('|')}` },
};

const { InvitationWatcher } = await import('./invitation-watcher');

/** What the background makes of the chunks (background/store.ts, mergeTabReport): the tab's list. */
function merged(chunks: readonly ReportChunk[]): Invitation[] {
  let shown = new Map<string, Invitation>();
  for (const chunk of chunks) {
    if (chunk.reset) shown = new Map();
    for (const profile of chunk.removed) shown.delete(profile);
    for (const invitation of chunk.invitations) shown.set(invitation.profile, invitation);
  }
  return [...shown.values()];
}
const { PROFILE_ATTR, badgeState } = await import('./badge');
const shown = (host: Element) => badgeState(host) ?? { verdict: 'no badge of ours', label: '', text: '' };

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const badges = () => [...document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)];
const profiles = () => badges().map((b) => b.getAttribute(PROFILE_ATTR));

/** A watcher that records only the "unrecognised" flag of each report. */
function watcherRecordingUnrecognised() {
  const flags: boolean[] = [];
  const w = new InvitationWatcher({
    report: async ({ unrecognised }) => {
      flags.push(unrecognised);
      return { verdicts: {} };
    },
    badgeClicked: () => undefined,
  });
  return { w, flags };
}

describe('InvitationWatcher', () => {
  let reports: ReportChunk[];
  let verdictsToReturn: TabAdvice;
  let watcher: InstanceType<typeof InvitationWatcher>;
  let clicked: string[];

  beforeEach(() => {
    reports = [];
    clicked = [];
    verdictsToReturn = { verdicts: {} };
    watcher = new InvitationWatcher({
      report: async (chunk) => {
        reports.push(chunk);
        return verdictsToReturn;
      },
      badgeClicked: (profile) => clicked.push(profile),
    });
  });
  afterEach(() => watcher.stop());

  it.each(FIXTURE_NAMES)('puts exactly one badge per expected person on %s and reports them', async (name) => {
    showFixture(name);
    watcher.start();
    await nextFrame();
    const expected = answerKey.fixtures[name].people.map((p: { profile: string }) => p.profile);
    expect(profiles()).toEqual(expected);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.reset).toBe(true);
    expect(reports[0]!.invitations.map((i) => i.profile)).toEqual(expected);
    for (const badge of badges()) expect(shown(badge).verdict).toBe('undecided');
  });

  it('applies the verdicts of the reply and of later pushes', async () => {
    showFixture('fixture-sdui-2026.html');
    verdictsToReturn = { verdicts: { 'marcus-feld-hr': 'leave-pending' } };
    watcher.start();
    await nextFrame();
    await nextFrame();
    const marcus = () => document.querySelector(`[${PROFILE_ATTR}="marcus-feld-hr"]`)!;
    expect(shown(marcus()).verdict).toBe('leave-pending');
    expect(shown(marcus()).label).toBe('badgeLabel:Marcus Feld|verdictLeavePending:');
    watcher.applyVerdicts({ verdicts: { 'marcus-feld-hr': 'accept' } });
    expect(shown(marcus()).verdict).toBe('accept');
  });

  it('names the next question on a badge with no suggestion yet, and follows it as answers change', async () => {
    showFixture('fixture-sdui-2026.html');
    verdictsToReturn = { verdicts: { 'marcus-feld-hr': 'undecided' }, next: { 'marcus-feld-hr': 'insider' } };
    watcher.start();
    await nextFrame();
    await nextFrame();
    const marcus = () => document.querySelector(`[${PROFILE_ATTR}="marcus-feld-hr"]`)!;
    expect(shown(marcus()).verdict).toBe('undecided');
    expect(shown(marcus()).label).toBe('badgeLabelNext:Marcus Feld|reasonNextInsider:');
    watcher.applyVerdicts({ verdicts: { 'marcus-feld-hr': 'undecided' }, next: { 'marcus-feld-hr': 'hesitates' } });
    expect(shown(marcus()).label).toBe('badgeLabelNext:Marcus Feld|reasonNextHesitates:');
    watcher.applyVerdicts({ verdicts: { 'marcus-feld-hr': 'leave-pending' } });
    expect(shown(marcus()).label).toBe('badgeLabel:Marcus Feld|verdictLeavePending:');
  });

  it('re-attaches a badge when LinkedIn re-renders a card, and drops it when the card goes', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await nextFrame();
    const card = document.querySelector(`[${PROFILE_ATTR}="priya-raman-4b2a1c"]`)!.closest('[role="listitem"]')!;
    // A fresh render: LinkedIn replaces the card with a copy that lacks our badge.
    const fresh = card.cloneNode(true) as Element;
    fresh.querySelector(`[${PROFILE_ATTR}]`)?.remove();
    card.replaceWith(fresh);
    await nextFrame();
    await nextFrame();
    expect(profiles().filter((p) => p === 'priya-raman-4b2a1c')).toHaveLength(1);
    expect(fresh.querySelector(`[${PROFILE_ATTR}]`)).not.toBeNull();
    // Accepted elsewhere: the card disappears; its badge goes with it and the background hears of it.
    fresh.remove();
    await nextFrame();
    await nextFrame();
    expect(profiles()).not.toContain('priya-raman-4b2a1c');
    expect(reports.at(-1)!.removed).toEqual(['priya-raman-4b2a1c']);
    expect(merged(reports).map((i) => i.profile)).not.toContain('priya-raman-4b2a1c');
  });

  it('puts a badge back when the page removes just the badge, and only once', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await nextFrame();
    document.querySelector(`[${PROFILE_ATTR}="marcus-feld-hr"]`)!.remove();
    await nextFrame();
    await nextFrame();
    expect(profiles().filter((p) => p === 'marcus-feld-hr')).toHaveLength(1);
    expect(profiles()).toHaveLength(answerKey.fixtures['fixture-sdui-2026.html'].people.length);
  });

  it("ignores a page script's click on a badge (only the user's own click counts: tests/e2e/badge-click) and keeps it from the card", async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await nextFrame();
    const cardClicks = vi.fn();
    const badge = document.querySelector<HTMLElement>(`[${PROFILE_ATTR}="elenavasquez"]`)!;
    badge.closest('[role="listitem"]')!.addEventListener('click', cardClicks);
    badge.click();
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clicked).toEqual([]);
    expect(cardClicks).not.toHaveBeenCalled();
  });

  it('reports "unrecognised" when the page shows invitations it cannot read, and not otherwise', async () => {
    const { w, flags } = watcherRecordingUnrecognised();
    showFixture('fixture-sdui-2026.html');
    unlabelInvitationControls();
    w.start();
    await nextFrame();
    expect(badges()).toHaveLength(0);
    expect(flags).toEqual([true]);
    w.stop();
    showFixture('fixture-sdui-2026.html');
    w.start();
    await nextFrame();
    expect(flags).toEqual([true, false]);
    w.stop();
  });

  it('gives badges and reports capped plain text, whatever the page holds', async () => {
    showFixture('fixture-sdui-2026.html');
    giveSamHostileName();
    watcher.start();
    await nextFrame();
    const reported = reports[0]!.invitations.find((i) => i.profile === 'sam-okafor-0b9d3e2')!;
    expect(reported.name).toHaveLength(200);
    expect(reported.name).toMatch(/^Sam <img src=x onerror=alert\(1\)> x+$/);
    const label = shown(document.querySelector('[data-know-trust-profile="sam-okafor-0b9d3e2"]')!).label;
    expect(label).toBe(`badgeLabel:${reported.name}|verdictUndecided:`);
  });

  it('takes a slug whole or not at all: one cleaning would merge with another person is left unbadged', async () => {
    showFixture('fixture-sdui-2026.html');
    // Tom's links say "tom-becker-recruiting-77c1" with a bell character in it (stripped, it would be
    // Tom's real slug); Sam's are one character over the cap (cut, they would be someone else's).
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="/in/tom-becker-recruiting-77c1"]'))
      link.setAttribute('href', '/in/tom-becker%07-recruiting-77c1/');
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="/in/sam-okafor-0b9d3e2"]'))
      link.setAttribute('href', `/in/${'s'.repeat(201)}/`);
    watcher.start();
    await nextFrame();
    const reported = reports.flatMap((r) => r.invitations.map((i) => i.profile));
    expect(reported).toContain('priya-raman-4b2a1c');
    expect(reported.filter((p) => p.startsWith('tom-becker') || p.startsWith('sss'))).toEqual([]);
    expect(document.querySelectorAll('[data-know-trust-profile^="tom-becker"], [data-know-trust-profile^="sss"]')).toHaveLength(0);
  });

  it('notices unreadable invitations that arrive after the first pass (in-app navigation)', async () => {
    const { w, flags } = watcherRecordingUnrecognised();
    document.body.replaceChildren();
    w.start();
    await nextFrame();
    showFixture('fixture-sdui-2026.html');
    unlabelInvitationControls();
    await nextFrame();
    await nextFrame();
    expect(flags).toEqual([false, true]);
    w.stop();
  });

  it('reads only what changed: a change beside the list reads no card', async () => {
    showFixture('fixture-sdui-2026.html');
    const aside = document.createElement('aside');
    document.body.append(aside);
    watcher.start();
    await nextFrame();
    const reads = vi.spyOn(await import('../linkedin/invitations'), 'findInvitations');
    for (let i = 0; i < 200; i++) aside.append(Object.assign(document.createElement('span'), { textContent: `update ${i}` }));
    await nextFrame();
    await nextFrame();
    expect(reads).not.toHaveBeenCalled();
    // A new card in the list is read on its own, not with the whole page.
    const list = document.querySelector('[data-testid="lazy-column"]')!;
    const copy = list.firstElementChild!.cloneNode(true) as Element;
    copy.querySelectorAll('[data-know-trust-profile]').forEach((b) => b.remove());
    list.append(copy);
    await nextFrame();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.calls[0]![0]).toBe(copy);
    reads.mockRestore();
  });

  /** `count` copies of the 2026 list's first card, one person each (Person 0…), as the benchmark makes them. */
  let template = '';
  function personCards(from: number, count: number): Element[] {
    template ||= document.querySelector('[data-testid="lazy-column"] [role="listitem"]')!.parentElement!.outerHTML;
    const html = Array.from({ length: count }, (_, i) =>
      template.replaceAll('priya-raman-4b2a1c', `person-${from + i}`).replaceAll('Priya Raman', `Person ${from + i}`),
    ).join('');
    const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    return [...parsed.body.firstElementChild!.children].map((el) => document.importNode(el, true));
  }
  /** The 2026 page with its list holding only `count` generated cards. */
  function bigList(count: number): Element {
    showFixture('fixture-sdui-2026.html');
    template = '';
    const list = document.querySelector('[data-testid="lazy-column"]')!;
    const cards = personCards(0, count);
    list.replaceChildren(...cards);
    return list;
  }
  const idle = () => new Promise((resolve) => setTimeout(resolve, 0));
  async function untilBadged(count: number): Promise<void> {
    for (let i = 0; i < 500 && badges().length < count; i++) await idle();
  }

  it('badges the first cards of a long list in its first frame and the rest in idle time, reporting in chunks', async () => {
    bigList(120);
    watcher.start();
    // The cards in view (the first 20 subtrees) at once; nothing of the rest yet.
    expect(profiles()).toEqual(Array.from({ length: 20 }, (_, i) => `person-${i}`));
    await untilBadged(120);
    expect(reports[0]).toMatchObject({ reset: true });
    expect(reports[0]!.invitations).toHaveLength(20);
    expect(profiles()).toEqual(Array.from({ length: 120 }, (_, i) => `person-${i}`));
    // Every chunk fits a message; together they list everyone once, in page order.
    for (const chunk of reports) expect(chunk.invitations.length).toBeLessThanOrEqual(500);
    expect(reports.slice(1).every((chunk) => !chunk.reset)).toBe(true);
    expect(merged(reports).map((i) => i.profile)).toEqual(Array.from({ length: 120 }, (_, i) => `person-${i}`));
  });

  it('reports only what a lazily loaded batch adds, however long the list already is', async () => {
    const list = bigList(60);
    watcher.start();
    await untilBadged(60);
    const before = reports.length;
    list.append(...personCards(60, 10));
    await nextFrame();
    await idle();
    expect(reports.length).toBe(before + 1);
    expect(reports.at(-1)).toMatchObject({ reset: false, removed: [] });
    expect(reports.at(-1)!.invitations.map((i) => i.profile)).toEqual(Array.from({ length: 10 }, (_, i) => `person-${60 + i}`));
    expect(badges()).toHaveLength(70);
  });

  it('finds the list again when the page replaces it, and watches the new one', async () => {
    showFixture('fixture-sdui-2026.html');
    watcher.start();
    await nextFrame();
    const list = document.querySelector('[data-testid="lazy-column"]')!;
    const fresh = list.cloneNode(true) as Element;
    fresh.querySelectorAll(`[${PROFILE_ATTR}]`).forEach((b) => b.remove());
    list.replaceWith(fresh);
    await nextFrame();
    const expected = answerKey.fixtures['fixture-sdui-2026.html'].people.map((p: { profile: string }) => p.profile);
    expect(profiles()).toEqual(expected);
    expect(reports.at(-1)!.reset).toBe(true);
    // The new list is the one observed now.
    fresh.append(...personCards(0, 1));
    await nextFrame();
    expect(profiles()).toContain('person-0');
  });

  it('tells the whole list again after a report that went unanswered', async () => {
    let answer: TabAdvice | null = { verdicts: {} };
    const chunks: ReportChunk[] = [];
    const w = new InvitationWatcher({
      report: async (chunk) => {
        chunks.push(chunk);
        return answer;
      },
      badgeClicked: () => undefined,
    });
    showFixture('fixture-sdui-2026.html');
    answer = null;
    w.start();
    await idle();
    answer = { verdicts: {} };
    const list = document.querySelector('[data-testid="lazy-column"]')!;
    list.append(...personCards(0, 1));
    await nextFrame();
    await idle();
    expect(chunks.at(-1)!.reset).toBe(true);
    expect(merged(chunks.slice(-1)).map((i) => i.profile)).toEqual([
      ...answerKey.fixtures['fixture-sdui-2026.html'].people.map((p: { profile: string }) => p.profile),
      'person-0',
    ]);
    w.stop();
  });

  it('removes every badge when stopped', async () => {
    showFixture('fixture-ember-2022.html');
    watcher.start();
    await nextFrame();
    expect(badges().length).toBeGreaterThan(0);
    watcher.stop();
    expect(badges()).toHaveLength(0);
  });
});
