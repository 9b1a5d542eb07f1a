import { describe, expect, it } from 'vitest';
import { parseOrNull } from './schema';
import {
  BackgroundMessageSchema,
  ContentScriptMessageSchema,
  ExtensionPageMessageSchema,
  FROM_BACKGROUND,
  TO_OFFSCREEN,
  FROM_CONTENT_SCRIPT,
  FROM_EXTENSION_PAGE,
  PageReportSchema,
  TabAdviceSchema,
} from './protocol';

const invitation = {
  profile: 'priya-raman-4b2a1c',
  name: 'Priya Raman',
  headline: 'Senior Data Engineer at Northwind Analytics',
  mutual: '',
  age: '2 days ago',
  message: '',
};

describe('content messages', () => {
  it('accepts a tab report and rebuilds it without unknown fields', () => {
    const parsed = parseOrNull(ContentScriptMessageSchema, {
      type: 'tab-report',
      page: 'invitation-manager',
      invitations: [{ ...invitation, extra: 'dropped' }],
      tabId: 99,
    });
    // A report without the chunk fields is a whole one; without the flag, it reads as "recognised".
    expect(parsed).toEqual({
      type: 'tab-report',
      page: 'invitation-manager',
      invitations: [invitation],
      removed: [],
      reset: true,
      unrecognised: false,
    });
  });
  it('caps hostile strings and keeps markup as text', () => {
    const parsed = parseOrNull(ContentScriptMessageSchema, {
      type: 'tab-report',
      page: 'network-strip',
      invitations: [{ ...invitation, name: '<img src=x onerror=alert(1)>\u202E' + 'x'.repeat(100_000) }],
    });
    expect(parsed?.type === 'tab-report' && parsed.invitations[0]?.name.length).toBe(200);
    expect(parsed?.type === 'tab-report' && parsed.invitations[0]?.name.startsWith('<img src=x')).toBe(true);
  });
  it.each([
    ['unknown type', { type: 'no-such-message', profile: 'a' }],
    [
      'an extension page’s message',
      { type: 'change-inviter', profile: 'a', answers: {}, cleared: [], basis: { revision: 0, answers: {} } },
    ],
    ['slash in slug', { type: 'badge-click', profile: '../settings' }],
    ['empty slug', { type: 'badge-click', profile: '  ' }],
    ['wrong page kind', { type: 'tab-report', page: 'feed', invitations: [] }],
    ['not an object', 'tab-report'],
    ['too many invitations in one chunk', { type: 'tab-report', page: 'other', invitations: Array(501).fill(invitation) }],
    ['too many removals in one chunk', { type: 'tab-report', page: 'other', invitations: [], removed: Array(501).fill('p') }],
    ['a removed profile with a slash', { type: 'tab-report', page: 'other', invitations: [], removed: ['../x'] }],
    ['a hand-over without its language', { type: 'tab-cards', page: 'other', cards: [] }],
    ['a hand-over of more cards than one report', { type: 'tab-cards', page: 'other', lang: 'en', cards: Array(501).fill('<li></li>') }],
    ['a handed-over card that is no markup', { type: 'tab-cards', page: 'other', lang: 'en', cards: [{ outerHTML: '<li></li>' }] }],
  ])('drops %s', (_why, message) => {
    expect(parseOrNull(ContentScriptMessageSchema, message)).toBeNull();
  });

  it('takes a hand-over of cards, a card over its cap as no card and the language as capped text', () => {
    const parsed = parseOrNull(ContentScriptMessageSchema, {
      type: 'tab-cards',
      page: 'invitation-manager',
      lang: `en\u202E${'x'.repeat(60)}`,
      cards: ['<li>a</li>', `<li>${'x'.repeat(70_000)}</li>`],
    });
    expect(parsed).toEqual({
      type: 'tab-cards',
      page: 'invitation-manager',
      lang: `en${'x'.repeat(33)}`,
      cards: ['<li>a</li>', ''],
      removed: [],
      reset: true,
      unrecognised: false,
    });
  });
});

describe('page messages', () => {
  const change = { type: 'change-inviter', profile: 'p', answers: {}, cleared: [], basis: { revision: 3, answers: {} } };
  it('accepts answers it knows and rejects values it does not', () => {
    expect(parseOrNull(ExtensionPageMessageSchema, { ...change, answers: { knows: 'yes', trusts: 'unsure' }, note: 'hi' })).toEqual({
      ...change,
      answers: { knows: 'yes', trusts: 'unsure' },
      note: 'hi',
    });
    expect(parseOrNull(ExtensionPageMessageSchema, { ...change, answers: { knows: 'maybe' } })).toBeNull();
    expect(parseOrNull(ExtensionPageMessageSchema, { ...change, cleared: ['maybe'] })).toBeNull();
    expect(parseOrNull(ExtensionPageMessageSchema, { ...change, basis: { revision: -1, answers: {} } })).toBeNull();
    expect(parseOrNull(ExtensionPageMessageSchema, { type: 'get-tab-view', tabId: -1 })).toBeNull();
    expect(parseOrNull(ExtensionPageMessageSchema, { type: 'get-tab-view', tabId: 1.5 })).toBeNull();
  });
  it('caps the note and keeps its line breaks', () => {
    const parsed = parseOrNull(ExtensionPageMessageSchema, { ...change, note: 'a\r\nb' + 'x'.repeat(9000) });
    expect(parsed?.type === 'change-inviter' && parsed.note?.length).toBe(5000);
    expect(parsed?.type === 'change-inviter' && parsed.note?.slice(0, 3)).toBe('a\nb');
  });
});

describe('the protocol', () => {
  // Browser tests, older content scripts still running in open tabs, and the other browser's
  // build all speak these names: they stay as they are. One went on purpose: `save-inviter`, which
  // replaced a whole record, so that no page of the extension can overwrite one (issue 12).
  it('keeps every message type, each in the table of the one sender that may send it', () => {
    expect(FROM_CONTENT_SCRIPT.map((m) => m.type)).toEqual(['tab-report', 'tab-cards', 'badge-click', 'load-invitations']);
    expect(FROM_EXTENSION_PAGE.map((m) => m.type)).toEqual([
      'get-tab-view',
      'get-inviter',
      'change-inviter',
      'search-inviters',
      'pending-inviters',
      'dismiss-inviter',
      'get-settings',
      'get-page-report',
      'export-data',
      'import-data',
      'delete-all',
      'storage-use',
      'save-settings',
    ]);
    expect(FROM_BACKGROUND.map((m) => m.type)).toEqual(['verdicts', 'mode']);
    expect(TO_OFFSCREEN.map((m) => m.type)).toEqual(['read-cards']);
    // The background's request to its offscreen document is no message any sender may send the background.
    const readCards = { type: 'read-cards', target: 'offscreen', lang: 'en', cards: [] };
    expect(parseOrNull(ContentScriptMessageSchema, readCards)).toBeNull();
    expect(parseOrNull(ExtensionPageMessageSchema, readCards)).toBeNull();
    expect(parseOrNull(ExtensionPageMessageSchema, { type: 'save-inviter', profile: 'p', answers: {}, note: '' })).toBeNull();
  });

  it('gives each message a request schema that checks its type', () => {
    for (const table of [FROM_CONTENT_SCRIPT, FROM_EXTENSION_PAGE, FROM_BACKGROUND, TO_OFFSCREEN]) {
      for (const m of table) expect(m.request.entries.type.literal).toBe(m.type);
    }
  });

  it('takes from a content script what a content script may send, and nothing an extension page may', () => {
    expect(parseOrNull(ExtensionPageMessageSchema, { type: 'tab-report', page: 'other', invitations: [] })).toBeNull();
    expect(parseOrNull(ContentScriptMessageSchema, { type: 'get-settings' })).toBeNull();
    expect(parseOrNull(ContentScriptMessageSchema, { type: 'badge-click', profile: 'priya-raman-4b2a1c' })).toEqual({
      type: 'badge-click',
      profile: 'priya-raman-4b2a1c',
    });
  });
});

describe('background messages and replies', () => {
  it('reads verdicts with their next questions, and drops a verdict or question it does not know', () => {
    expect(parseOrNull(BackgroundMessageSchema, { type: 'verdicts', verdicts: { p: 'accept' } })).toEqual({
      type: 'verdicts',
      verdicts: { p: 'accept' },
      next: {},
    });
    expect(parseOrNull(BackgroundMessageSchema, { type: 'verdicts', verdicts: { p: 'decline' } })).toBeNull();
    expect(parseOrNull(TabAdviceSchema, { verdicts: { p: 'undecided' }, next: { p: 'knows' } })).toEqual({
      verdicts: { p: 'undecided' },
      next: { p: 'knows' },
    });
    expect(parseOrNull(TabAdviceSchema, { verdicts: { p: 'undecided' }, next: { p: 'likes' } })).toBeNull();
    expect(parseOrNull(TabAdviceSchema, null)).toBeNull();
  });
  it('caps a page report from a content script', () => {
    expect(parseOrNull(PageReportSchema, { text: 'x'.repeat(250_001), truncated: false })).toBeNull();
    expect(parseOrNull(PageReportSchema, { text: '•••', truncated: true, extra: 1 })).toEqual({ text: '•••', truncated: true });
  });
});

describe('verdicts keyed by slug', () => {
  it('keeps __proto__, constructor and prototype as people, in an object without a prototype', () => {
    const sent = JSON.parse(
      '{"verdicts":{"__proto__":"accept","constructor":"undecided","prototype":"leave-pending"},"next":{"constructor":"knows"}}',
    );
    const parsed = parseOrNull(TabAdviceSchema, sent);
    expect(parsed && Object.getPrototypeOf(parsed.verdicts)).toBeNull();
    expect(parsed && Object.entries(parsed.verdicts)).toEqual([
      ['__proto__', 'accept'],
      ['constructor', 'undecided'],
      ['prototype', 'leave-pending'],
    ]);
    expect(parsed && Object.entries(parsed.next)).toEqual([['constructor', 'knows']]);
    expect(parseOrNull(TabAdviceSchema, { verdicts: { 'a/b': 'accept' } })).toBeNull();
  });
});
