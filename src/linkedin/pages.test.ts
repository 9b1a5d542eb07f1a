import { describe, expect, it } from 'vitest';
import type { PageKind } from '../core/types';
import { pageKindOf } from './pages';

// linkedin-dom.md, "Pages and their scope".
const CASES: readonly [string, PageKind][] = [
  ['/mynetwork/invitation-manager/', 'invitation-manager'],
  ['/mynetwork/invitation-manager', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_SCHOOL', 'invitation-manager'],
  ['/mynetwork/invitation-manager/received/FROM_VERIFIED_MEMBER/', 'invitation-manager'],
  ['/mynetwork/', 'network-strip'],
  ['/mynetwork', 'network-strip'],
  ['/mynetwork/grow/', 'network-strip'],
  ['/mynetwork/grow', 'network-strip'],
  // The Sent tab sits under the manager path and must never be badged.
  ['/mynetwork/invitation-manager/sent/', 'sent'],
  ['/mynetwork/invitation-manager/sent', 'sent'],
  ['/mynetwork/invitation-manager/sent/PEOPLE/', 'sent'],
  // Everything else.
  ['/', 'other'],
  ['/feed/', 'other'],
  ['/in/priya-raman-4b2a1c/', 'other'],
  ['/mynetwork/invite-connect/connections/', 'other'],
  ['/mynetwork/catch-up/all/', 'other'],
  ['/mynetwork/invitation-manager-old/', 'other'],
  ['/mynetwork/invitation-manager/sentx/', 'other'],
  ['/mynetwork/growing/', 'other'],
  ['/feed/mynetwork/invitation-manager/', 'other'],
  ['', 'other'],
];

describe('pageKindOf', () => {
  it.each(CASES)('%s → %s', (path, kind) => {
    expect(pageKindOf(path)).toBe(kind);
  });

  it('ignores a query or hash passed along with the path', () => {
    expect(pageKindOf('/mynetwork/invitation-manager/?filterCriteria=null')).toBe('invitation-manager');
    expect(pageKindOf('/mynetwork/invitation-manager/sent/#top')).toBe('sent');
  });

  it('never throws on what is not a path', () => {
    expect(pageKindOf(undefined as unknown as string)).toBe('other');
    expect(pageKindOf('%%%/\u0000')).toBe('other');
  });
});
