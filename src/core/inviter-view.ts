import { adviseFor } from './advice';
import { guessInsider } from './insider';
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
  updatedAt: number;
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
  if (answers.insider !== undefined || suggestedInsider === null) return answers;
  return { ...answers, insider: suggestedInsider };
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
  return {
    profile: source.profile,
    name: invitation?.name || record?.name || source.profile,
    headline,
    mutual: invitation?.mutual ?? '',
    age: invitation?.age ?? '',
    message: invitation?.message ?? '',
    onTab: invitation !== null,
    answers,
    suggestedInsider,
    companiesListed: companies.length > 0,
    note: record?.note ?? '',
    advice: adviseFor(effectiveAnswers(answers, suggestedInsider)),
    updatedAt: record?.updatedAt ?? 0,
  };
}
