import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TabAdvice } from '../core/types';
import type { ProfileReport } from './profile-watcher';

// The content scripts' own API (platform.ts), here a stand-in for the badge's words.
(globalThis as { browser?: unknown }).browser = {
  runtime: { id: 'know-trust-test' },
  i18n: { getMessage: (key: string, subs?: string | string[]) => `${key}:${[subs].flat().join('|')}` },
};
const { ProfileWatcher } = await import('./profile-watcher');
const { PROFILE_ATTR, badgeState } = await import('./badge');

const DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/linkedin/profile');
const KEY = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as {
  owner: { slug: string; name: string };
  fixtures: Record<string, { url: string; invitation: object | null }>;
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const settle = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
};
const badges = () => [...document.querySelectorAll<HTMLElement>(`[${PROFILE_ATTR}]`)];

/** Records every node a MutationObserver is asked to observe, until `restore`. */
function recordObserved(): { observed: Node[]; restore(): void } {
  const observed: Node[] = [];
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    observed.push(target);
    observe.call(this, target, options);
  };
  return { observed, restore: () => void (MutationObserver.prototype.observe = observe) };
}

function load(file: string): void {
  const parsed = new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, file), 'utf8'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  document.documentElement.lang = parsed.documentElement.lang;
  history.replaceState(null, '', KEY.fixtures[file]!.url);
}

describe('ProfileWatcher', () => {
  let reports: ProfileReport[];
  let advice: TabAdvice;
  let watcher: InstanceType<typeof ProfileWatcher>;
  /** The box around the top card's Accept (found by its visible word, not as the watcher finds it). */
  const topCardControls = () =>
    [...document.querySelectorAll('main [componentkey$="Topcard"] button')].find((b) =>
      /^(?:Accept|Annehmen|Accepter|Aceptar)$/.test(b.textContent?.trim() ?? ''),
    )!.parentElement!;

  beforeEach(() => {
    reports = [];
    advice = { verdicts: { [KEY.owner.slug]: 'leave-pending' } };
    watcher = new ProfileWatcher({
      report: async (report) => {
        reports.push(report);
        return advice;
      },
      badgeClicked: () => undefined,
    });
  });
  afterEach(() => {
    watcher.stop();
    history.replaceState(null, '', '/');
  });

  it.each(Object.entries(KEY.fixtures).filter(([, e]) => e.invitation))(
    '%s: one badge, in the top card before Accept, with the verdict',
    async (file) => {
      load(file);
      watcher.start();
      await settle();
      expect(badges()).toHaveLength(1);
      const [badge] = badges();
      expect(badge!.getAttribute(PROFILE_ATTR)).toBe(KEY.owner.slug);
      expect(badge!.nextElementSibling).toBe(topCardControls());
      expect(badgeState(badge!)?.verdict).toBe('leave-pending');
      expect(reports.map((r) => r.invitations.map((i) => i.profile))).toEqual([[KEY.owner.slug]]);
    },
  );

  it.each(Object.entries(KEY.fixtures).filter(([, e]) => !e.invitation))(
    '%s: no badge, and the tab is reported as showing no invitation',
    async (file) => {
      load(file);
      watcher.start();
      await settle();
      expect(badges()).toHaveLength(0);
      expect(reports).toEqual([{ invitations: [] }]);
    },
  );

  it('observes only the top card once it is there: the rails, the activity and the video are not watched', async () => {
    const { observed, restore } = recordObserved();
    try {
      load('profile-invited-en.html');
      watcher.start();
      await settle();
      const card = document.querySelector('[componentkey$="Topcard"]')!;
      // Only the top card and, for a replaced top card, its parent's children: never the body.
      expect(observed).toEqual([card, card.parentNode]);
      // A rail changing a hundred times makes no pass: no new report, the badge untouched.
      const badge = badges()[0];
      const rail = document.querySelector('aside')!;
      for (let i = 0; i < 100; i++) rail.append(document.createElement('div'));
      await settle();
      expect(reports).toHaveLength(1);
      expect(badges()).toEqual([badge]);
    } finally {
      restore();
    }
  });

  it('observes the body only until a top card is there', async () => {
    const { observed, restore } = recordObserved();
    try {
      load('profile-invited-de.html');
      const card = document.querySelector('[componentkey$="Topcard"]')!;
      const parent = card.parentNode!;
      card.remove();
      watcher.start();
      await settle();
      expect(observed).toEqual([document.body]);
      expect(badges()).toHaveLength(0);
      parent.append(card);
      await settle();
      await settle();
      expect(observed.slice(1)).toEqual([card, parent]);
      expect(badges()).toHaveLength(1);
    } finally {
      restore();
    }
  });

  it('puts the badge back once when LinkedIn re-renders the top card, and reports nothing new', async () => {
    load('profile-invited-en.html');
    watcher.start();
    await settle();
    const card = document.querySelector('main [componentkey$="Topcard"]')!;
    const fresh = card.cloneNode(true) as Element;
    fresh.querySelectorAll(`[${PROFILE_ATTR}]`).forEach((b) => b.remove());
    card.replaceWith(fresh);
    await settle();
    expect(badges()).toHaveLength(1);
    expect(fresh.contains(badges()[0]!)).toBe(true);
    expect(reports).toHaveLength(1);
  });

  it('takes the badge away when the invitation is no longer pending (accepted on LinkedIn)', async () => {
    load('profile-invited-de.html');
    watcher.start();
    await settle();
    expect(badges()).toHaveLength(1);
    // LinkedIn swaps Accept/Ignore for Message once the user accepts.
    const controls = topCardControls();
    const message = document.createElement('a');
    message.href = '/messaging/compose/';
    message.textContent = 'Nachricht';
    controls.replaceChildren(message);
    await settle();
    expect(badges()).toHaveLength(0);
    expect(reports.at(-1)).toEqual({ invitations: [] });
  });

  it('updates the badge when the user answers (verdicts from the background)', async () => {
    load('profile-invited-en.html');
    watcher.start();
    await settle();
    watcher.applyVerdicts({ verdicts: { [KEY.owner.slug]: 'accept' } });
    expect(badgeState(badges()[0]!)?.verdict).toBe('accept');
    // Someone else's verdict changes nothing here.
    watcher.applyVerdicts({ verdicts: { 'theo-lindqvist-42': 'leave-pending' } });
    expect(badgeState(badges()[0]!)?.verdict).toBe('accept');
  });

  it('draws nothing in popup-only mode, but still reports the owner', async () => {
    load('profile-invited-en.html');
    watcher.showBadges(false);
    watcher.start();
    await settle();
    expect(badges()).toHaveLength(0);
    expect(reports.map((r) => r.invitations.length)).toEqual([1]);
    watcher.showBadges(true);
    expect(badges()).toHaveLength(1);
  });

  it('leaves nothing behind when stopped', async () => {
    load('profile-invited-en.html');
    watcher.start();
    await settle();
    watcher.stop();
    expect(badges()).toHaveLength(0);
    topCardControls().append(document.createElement('span'));
    await settle();
    expect(badges()).toHaveLength(0);
  });
});
