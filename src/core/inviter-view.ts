import { adviseFor } from './advice';
import { awaitsReask, type HistoryEntry } from './history';
import { guessInsider } from './insider';
import { REASK_INSIDER, nextReasonKey } from './next-reason';
import { isUsersOwn } from './retention';
import type { Advice, Answers, Insider, Invitation, InviterRecord, PageKind } from './types';

/** One inviter as the popup shows it: what the page says, what the user answered, and the advice. */
export interface InviterView extends Invitation {
  /** True when the inviter's card is on the tab the popup describes. */
  onTab: boolean;
  /** Answers the user gave, exactly as stored. */
  answers: Answers;
  /** `insider` guessed from the headline and the user's companies; shown until the user answers it. */
  suggestedInsider: Insider | null;
  /** Whether the user has listed any company of theirs (else nothing can be pre-filled). */
  companiesListed: boolean;
  note: string;
  advice: Advice;
  /** When the user last changed answers or note (0 = never): the record's revision (background/store.ts). */
  updatedAt: number;
  /**
   * The name LinkedIn's card shows now, when it differs from the name of a person the user
   * answered or wrote about (kept as `name`): the popup says "LinkedIn now shows this person as …".
   */
  shownAs: string | null;
  /** When Know & Trust first saw this person's invitation (0: not stored): "pending for 5 weeks". */
  firstSeen: number;
  /** When the user said "I've decided, stop showing" (0: never; core/pending.ts). */
  dismissedAt: number;
  /** When the user answered what, oldest first (core/history.ts): the popup's timeline. */
  history: HistoryEntry[];
  /**
   * Set while Know & Trust asks the insider questions again (core/history.ts, insiderReask): the
   * headline when the user answered "not at my company", and the one shown now. Null otherwise.
   */
  reask: { then: string; now: string } | null;
}

export interface TabView {
  page: PageKind;
  inviters: InviterView[];
  /** Profile of the inviter whose badge the user clicked last on this tab, if any. */
  selected: string | null;
  /** The page shows what look like pending invitations, but none was recognised. */
  unrecognised: boolean;
}

/**
 * The answers the advice is computed from: the stored ones, with `insider` pre-filled from the
 * headline while the user has not answered it. The popup shows the same pre-filled choice, so the
 * badge and the popup never disagree.
 */
export function effectiveAnswers(answers: Answers, suggestedInsider: Insider | null): Answers {
  // (A re-ask is not pre-filled: viewOf and the popup ask the user, see reaskAdvice.)
  if (answers.insider !== undefined || suggestedInsider === null) return answers;
  return { ...answers, insider: suggestedInsider };
}

/**
 * The advice while the insider questions are asked again: no suggestion yet, and why. The guess is
 * not filled in: it was the user's own "not at my company" that a headline now contradicts, so
 * the user answers, the headline does not.
 */
export function reaskAdvice(): Advice {
  return { verdict: 'undecided', reasons: [nextReasonKey(REASK_INSIDER)], tips: [] };
}

/** The inviter as the popup shows them, from their card on a tab, what is stored, or both; null from neither. */
export function viewOf(invitation: Invitation, record: InviterRecord | null, companies: string[]): InviterView;
export function viewOf(invitation: Invitation | null, record: InviterRecord, companies: string[]): InviterView;
export function viewOf(invitation: Invitation | null, record: InviterRecord | null, companies: string[]): InviterView | null;
export function viewOf(invitation: Invitation | null, record: InviterRecord | null, companies: string[]): InviterView | null {
  const source = invitation ?? record;
  if (!source) return null;
  const headline = invitation?.headline || record?.headline || '';
  const answers = record?.answers ?? {};
  const suggestedInsider = guessInsider(headline, companies);
  // A page may not rename someone the user wrote about: the name they knew stays, the new one is said beside it.
  const knownName = record !== null && isUsersOwn(record) ? record.name : '';
  const name = knownName || invitation?.name || record?.name || source.profile;
  const history = record?.history ?? [];
  const reasked = awaitsReask(answers, history) ? history[history.length - 1] : undefined;
  const view: InviterView = {
    profile: source.profile,
    name,
    shownAs: invitation && invitation.name !== name ? invitation.name : null,
    headline,
    mutual: invitation?.mutual ?? '',
    age: invitation?.age ?? '',
    message: invitation?.message ?? '',
    onTab: invitation !== null,
    answers,
    suggestedInsider,
    companiesListed: companies.length > 0,
    note: record?.note ?? '',
    advice: reasked ? reaskAdvice() : adviseFor(effectiveAnswers(answers, suggestedInsider)),
    updatedAt: record?.updatedAt ?? 0,
    firstSeen: record?.firstSeen ?? 0,
    dismissedAt: record?.dismissedAt ?? 0,
    history,
    reask: reasked ? { then: reasked.headlineBefore ?? '', now: headline || reasked.headline } : null,
  };
  // Only the profile page shows these (issue 14): carried when the tab reported them.
  if (invitation?.degree !== undefined) view.degree = invitation.degree;
  if (invitation?.verified !== undefined) view.verified = invitation.verified;
  return view;
}
