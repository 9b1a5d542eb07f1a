import * as v from 'valibot';
import { PAGE_KINDS } from './page-kinds';
import { AnswersSchema } from './questions';
import { LIMITS, isProfileSlug, plainLine, plainText } from './text';

// One schema per thing that crosses a boundary: what the extension's parts tell each other
// (protocol.ts puts these together into messages), and records read back from storage
// (storage-items.ts says under which key). Parsing rebuilds every object field by field (unknown
// keys are dropped), and every string from a page becomes capped plain text on the way in.

/** One line of plain text, capped at `max`. */
export const textLine = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => plainLine(s, max)),
  );

/** A profile slug: non-empty plain text without slashes (it was one path segment of `/in/<slug>/`). */
// Taken whole or refused, never cleaned: a cleaned slug could be another person's (core/text.ts).
export const ProfileSchema = v.pipe(v.string(), v.check(isProfileSlug, 'not a profile slug'));

export const PageKindSchema = v.picklist(PAGE_KINDS);
export const VerdictSchema = v.picklist(['accept', 'leave-pending', 'undecided']);

export const InvitationSchema = v.object({
  profile: ProfileSchema,
  name: v.pipe(textLine(LIMITS.name), v.minLength(1)),
  headline: textLine(LIMITS.headline),
  mutual: textLine(LIMITS.mutual),
  age: textLine(LIMITS.age),
  message: textLine(LIMITS.message),
  // What only the inviter's profile page shows (issue 14): the degree beside the name ("2nd") and
  // LinkedIn's verified mark. Absent on list cards, which show neither reliably.
  degree: v.optional(textLine(LIMITS.degree)),
  verified: v.optional(v.boolean()),
});

/** The user's note about an inviter: multi-line plain text, capped. */
export const NoteSchema = v.pipe(
  v.string(),
  v.transform((s) => plainText(s, LIMITS.note)),
);
/** Epoch milliseconds. */
const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

// Each person's decision history (issue 14, part 4; what it is for and how it grows: history.ts).
// Declared here, beside the record that holds it, so that history.ts can use the record's schemas
// without the two modules importing each other.

/** How many entries a person keeps: the newest; older ones go (the first one stays, see history.ts withEntry). */
export const HISTORY_CAP = 20;

export const HistoryEntrySchema = v.object({
  /** When it happened (epoch ms). */
  at: Timestamp,
  /** The user changed answers, or Know & Trust asked the insider questions again (history.ts insiderReask). */
  kind: v.picklist(['answered', 'reasked']),
  /** Every answer after the change (not only the one changed: the timeline reads without replaying). */
  answers: AnswersSchema,
  /** What Know & Trust suggested right after the change. */
  verdict: VerdictSchema,
  /** The headline the card or profile showed then ('' when none was known). */
  headline: textLine(LIMITS.headline),
  /** Re-asks only: the headline shown when the user had answered "not at my company". */
  headlineBefore: v.optional(textLine(LIMITS.headline)),
  /** guessInsider(headline, the user's companies then): null when the headline named none of them. */
  guessedInsider: v.nullable(AnswersSchema.entries.insider.wrapped),
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

/** Past HISTORY_CAP the oldest entries go, except the very first ("first answered on …" stays). */
export function cappedHistory(entries: HistoryEntry[]): HistoryEntry[] {
  if (entries.length <= HISTORY_CAP) return entries;
  const [first] = entries;
  return first ? [first, ...entries.slice(entries.length - (HISTORY_CAP - 1))] : entries;
}

/** A stored history: entries oldest first; what does not parse is dropped entry by entry, never the whole. */
export const HistorySchema = v.pipe(
  v.array(v.unknown()),
  v.transform((entries) =>
    cappedHistory(
      entries.flatMap((entry) => {
        const parsed = v.safeParse(HistoryEntrySchema, entry);
        return parsed.success ? [parsed.output] : [];
      }),
    ),
  ),
);

/** Everything stored about one inviter, on the user's device only. */
export const InviterRecordSchema = v.object({
  profile: ProfileSchema,
  name: textLine(LIMITS.name),
  headline: textLine(LIMITS.headline),
  answers: AnswersSchema,
  note: NoteSchema,
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  /** When the user last changed answers or note (0 = never). */
  updatedAt: Timestamp,
  /** When the user answered what, capped (storage version 2; absent in records written before it: none). */
  history: v.optional(HistorySchema),
  /**
   * When the user said "I've decided, stop showing" about a person left pending (0 or absent:
   * never): an answer of theirs, kept with the person, not a deletion (core/pending.ts).
   */
  dismissedAt: v.optional(Timestamp),
});

const CompaniesSchema = v.pipe(
  v.array(textLine(LIMITS.company)),
  v.transform((names) => [...new Set(names.filter((n) => n.length > 0))]),
  v.maxLength(LIMITS.companies),
);

export const SettingsSchema = v.object({
  /** The user's own companies, used to pre-fill the `insider` answer from headlines. */
  companies: CompaniesSchema,
  /** Add nothing at all to LinkedIn's pages: no badges; the popup still lists the tab's inviters. */
  popupOnly: v.optional(v.boolean(), false),
});

/** A change to some settings; what it leaves out stays as it is. */
export const SettingsChangeSchema = v.object({
  companies: v.optional(CompaniesSchema),
  popupOnly: v.optional(v.boolean()),
});

/** Parses or returns null: callers drop what does not fit, they never repair it. */
export function parseOrNull<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}
