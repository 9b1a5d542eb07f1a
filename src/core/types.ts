// The domain's plain data shapes, shared by every part of the extension.
// No browser API here: everything in src/core is pure and unit-tested in Node.
// Shapes that are stored or carried by messages are declared once, as their schema (schema.ts,
// questions.ts), and their types are read from it here.
import type { BadgeNext } from './next-reason';
import type { Answers, QuestionId } from './questions';
import type { InviterRecordSchema, SettingsSchema } from './schema';
import type * as v from 'valibot';

/** Which kind of LinkedIn page a tab shows (the names are listed in page-kinds.ts). */
export type { PageKind } from './page-kinds';

/** A pending person invitation as read from a card on LinkedIn's page. Every string is plain text. */
export interface Invitation {
  /** Percent-decoded profile slug from the inviter's `/in/<slug>/` link: the inviter's identity. */
  profile: string;
  name: string;
  /** The inviter's headline ("HR Manager at Northwind Analytics"), or '' when the card shows none. */
  headline: string;
  /** "Jonas Weber and 13 other mutual connections", or ''. */
  mutual: string;
  /** "2 days ago", "Gestern", or ''. */
  age: string;
  /** The custom message sent with the invitation, or ''. */
  message: string;
  /** Only from the inviter's profile page: the degree beside the name ("2nd", "2."). */
  degree?: string;
  /** Only from the inviter's profile page: whether it shows LinkedIn's verified mark. */
  verified?: boolean;
}

/** The user's answers about one inviter, and the questions' ids (questions.ts declares them). */
export type { Answers, QuestionId };

/** Whether an inviter works at one of the user's companies, and in which role: the `insider` answer. */
export type Insider = NonNullable<Answers['insider']>;

/** What Know & Trust suggests. There is deliberately no "decline". */
export type Verdict = 'accept' | 'leave-pending' | 'undecided';

/**
 * What the background tells a tab about the inviters it shows: each one's verdict and, for those
 * with no suggestion yet, the question to answer next (the badge names it).
 */
export interface TabAdvice {
  verdicts: Record<string, Verdict>;
  next?: Record<string, BadgeNext>;
}

/**
 * One card handed over as markup, read by the background (linkedin/card-markup.ts): whose
 * invitation it is, the name its badge's label gives, and where in the card its badge goes, as
 * child-element indexes from the card to the box the badge goes before (our badges not counted).
 */
export interface CardReading {
  profile: string;
  name: string;
  controls: number[];
}

/** The reply to a hand-over: each card's reading in the order handed over (null: no invitation), and the advice. */
export interface CardsAdvice extends TabAdvice {
  next: Record<string, BadgeNext>;
  cards: (CardReading | null)[];
}

/** A suggestion with the why: reason and tip ids are message keys in _locales. */
export interface Advice {
  verdict: Verdict;
  reasons: string[];
  tips: string[];
}

/** Everything stored about one inviter, on the user's device only (schema.ts, InviterRecordSchema). */
export type InviterRecord = v.InferOutput<typeof InviterRecordSchema>;

/** The user's settings (schema.ts, SettingsSchema). */
export type Settings = v.InferOutput<typeof SettingsSchema>;
