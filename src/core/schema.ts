import * as v from 'valibot';
import { PAGE_KINDS } from './page-kinds';
import { AnswersSchema, QuestionIdSchema } from './questions';
import { LIMITS, plainLine, plainText } from './text';

// One schema per thing that crosses a boundary: messages between the extension's parts, and
// records read back from storage. Parsing rebuilds every object field by field (unknown keys are
// dropped), and every string from a page becomes capped plain text on the way in.

const line = (max: number) => v.pipe(v.string(), v.transform((s) => plainLine(s, max)));

/** A profile slug: non-empty plain text without slashes (it was one path segment of `/in/<slug>/`). */
export const ProfileSchema = v.pipe(
  v.string(),
  v.transform((s) => plainLine(s, LIMITS.profile)),
  v.minLength(1),
  v.check((s) => !s.includes('/'), 'a profile slug has no slash'),
);

export const PageKindSchema = v.picklist(PAGE_KINDS);
export const VerdictSchema = v.picklist(['accept', 'leave-pending', 'undecided']);

export const InvitationSchema = v.object({
  profile: ProfileSchema,
  name: v.pipe(line(LIMITS.name), v.minLength(1)),
  headline: line(LIMITS.headline),
  mutual: line(LIMITS.mutual),
  age: line(LIMITS.age),
  message: line(LIMITS.message),
});

const NoteSchema = v.pipe(v.string(), v.transform((s) => plainText(s, LIMITS.note)));
const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

export const InviterRecordSchema = v.object({
  profile: ProfileSchema,
  name: line(LIMITS.name),
  headline: line(LIMITS.headline),
  answers: AnswersSchema,
  note: NoteSchema,
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  updatedAt: Timestamp,
});

const CompaniesSchema = v.pipe(
  v.array(line(LIMITS.company)),
  v.transform((names) => [...new Set(names.filter((n) => n.length > 0))]),
  v.maxLength(LIMITS.companies),
);

export const SettingsSchema = v.object({
  companies: CompaniesSchema,
  popupOnly: v.optional(v.boolean(), false),
});

/** A change to some settings; what it leaves out stays as it is. */
export const SettingsChangeSchema = v.object({
  companies: v.optional(CompaniesSchema),
  popupOnly: v.optional(v.boolean()),
});

/** What a content script may say: only about its own tab, never about answers or notes. */
export const ContentMessageSchema = v.variant('type', [
  v.object({
    type: v.literal('tab-report'),
    page: PageKindSchema,
    invitations: v.pipe(v.array(InvitationSchema), v.maxLength(LIMITS.invitationsPerReport)),
    /** No invitation recognised, yet the page shows what look like pending ones. */
    unrecognised: v.optional(v.boolean(), false),
  }),
  v.object({ type: v.literal('badge-click'), profile: ProfileSchema }),
]);

/** What the popup and options page may ask of the background. */
export const PageMessageSchema = v.variant('type', [
  v.object({ type: v.literal('get-tab-view'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('get-inviter'), profile: ProfileSchema }),
  v.object({
    type: v.literal('save-inviter'),
    profile: ProfileSchema,
    answers: AnswersSchema,
    note: NoteSchema,
  }),
  v.object({
    type: v.literal('search-inviters'),
    query: line(LIMITS.search),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }),
  v.object({ type: v.literal('get-settings') }),
  v.object({ type: v.literal('get-page-report'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('export-data') }),
  // The file's text is checked whole by core/backup.ts (size first), not here.
  v.object({ type: v.literal('import-data'), text: v.string(), mode: v.picklist(['merge', 'replace']) }),
  v.object({ type: v.literal('delete-all') }),
  v.object({ type: v.literal('storage-use') }),
  v.object({ type: v.literal('save-settings'), settings: SettingsChangeSchema }),
]);

/** What the background pushes to a content script: new verdicts, or the popup-only setting. */
export const VerdictsMessageSchema = v.object({
  type: v.literal('verdicts'),
  verdicts: v.record(ProfileSchema, VerdictSchema),
  /** For the inviters with no suggestion yet: the question to answer next. */
  next: v.optional(v.record(ProfileSchema, QuestionIdSchema), {}),
});
export const ModeMessageSchema = v.object({ type: v.literal('mode'), popupOnly: v.boolean() });
export const PageReportRequestSchema = v.object({ type: v.literal('page-report-request') });
export const BackgroundMessageSchema = v.variant('type', [VerdictsMessageSchema, ModeMessageSchema, PageReportRequestSchema]);

/** A content script's answer to a page-report request: anonymised text, capped. */
export const PageReportReplySchema = v.object({
  text: v.pipe(v.string(), v.maxLength(LIMITS.pageReport)),
  truncated: v.boolean(),
});

export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;
export type PageMessage = v.InferOutput<typeof PageMessageSchema>;
export type VerdictsMessage = v.InferOutput<typeof VerdictsMessageSchema>;

/** Parses or returns null: callers drop what does not fit, they never repair it. */
export function parseOrNull<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}
