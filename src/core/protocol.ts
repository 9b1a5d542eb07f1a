import * as v from 'valibot';
import { IMPORT_MODES, type ExportFile, type ImportOutcome, type StorageUse } from './backup';
import type { InviterView, TabView } from './inviter-view';
import { REASK_INSIDER, type BadgeNext } from './next-reason';
import { AnswersSchema, QUESTIONNAIRE, QuestionIdSchema } from './questions';
import { InvitationSchema, NoteSchema, PageKindSchema, ProfileSchema, SettingsChangeSchema, VerdictSchema, textLine } from './schema';
import { HANDOVER_LIMITS, LIMITS } from './text';
import type { CardsAdvice, Invitation, QuestionId, Settings } from './types';

/** The reply to `change-inviter`: the inviter as now stored, and the fields not saved because they changed elsewhere. */
export interface ChangeReply {
  view: InviterView;
  conflicts: Array<QuestionId | 'note'>;
  /** The popup's copy was older than what is stored: it should show `view` for the fields it did not change. */
  stale: boolean;
}

// Every message the extension's parts send each other, declared once (Bitwarden's way): which
// sender may send it (the table it is in), the schema its request must pass, and its reply's type.
// The senders (ui/api.ts, the content script's `send`, the background's pushes to tabs) and the
// handlers (background/handlers.ts) are typed from these tables: a reply is never re-declared or
// cast on either side.
//
// Where a message arrives, it is parsed with its schema: rebuilt field by field, every string made
// capped plain text, anything that does not fit dropped (background/index.ts for requests from
// tabs and pages). Replies come from our own background and are typed, not parsed, except those
// from a content script, which runs beside LinkedIn's page: the background parses those too.

/** One message: its `type`, the schema its whole request must pass, and its reply's type. */
interface Message<Type extends string, Request extends v.GenericSchema, Reply> {
  readonly type: Type;
  readonly request: Request;
  /** Never set at run time: the reply's type, for the type checker. */
  readonly replyType?: Reply;
}

/** `message('get-inviter', { profile: ProfileSchema }).replies<InviterView | null>()` */
function message<const Type extends string, const Entries extends v.ObjectEntries>(type: Type, entries: Entries) {
  const request = v.object({ type: v.literal(type), ...entries });
  return { replies: <Reply>(): Message<Type, typeof request, Reply> => ({ type, request }) };
}

const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * An object keyed by profile slug, parsed into one without a prototype. valibot's `v.record` drops
 * the keys `__proto__`, `constructor` and `prototype`, and a plain object would take `__proto__` for
 * its prototype: both would lose (or corrupt) a person whose slug is one of those words.
 */
function bySlug<S extends v.GenericSchema<unknown, string>>(value: S) {
  return v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'not an object'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const parsed = Object.create(null) as Record<string, v.InferOutput<S>>;
      for (const key of Object.keys(dataset.value)) {
        const entry = v.safeParse(value, dataset.value[key]);
        if (!v.is(ProfileSchema, key) || !entry.success) {
          addIssue({ message: `not a profile and its value: ${JSON.stringify(key).slice(0, 60)}` });
          return NEVER;
        }
        parsed[key] = entry.output;
      }
      return parsed;
    }),
  );
}

/** Each inviter's verdict, and for those with no suggestion yet, the question to answer next. */
export const TabAdviceSchema = v.object({
  verdicts: bySlug(VerdictSchema),
  // A question, or the insider re-ask (core/next-reason.ts REASK_INSIDER).
  next: v.optional(bySlug(v.union([QuestionIdSchema, v.literal(REASK_INSIDER)])), () => Object.create(null) as Record<string, BadgeNext>),
});

/** The page's `<html lang>`, which picks the wording the card readers try first. */
const LangSchema = textLine(HANDOVER_LIMITS.lang);

/**
 * Cards' markup (outerHTML) handed over to be read away from the page, at most one report's worth.
 * A card over its cap is read as no card, without costing the others their reading.
 */
const CardMarkupSchema = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.transform((markup) => (markup.length > HANDOVER_LIMITS.cardMarkup ? '' : markup)),
    ),
  ),
  v.maxLength(LIMITS.invitationsPerReport),
);

/** A content script's anonymised snapshot of its page, for a bug report; capped. */
export const PageReportSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(LIMITS.pageReport)),
  truncated: v.boolean(),
});
type PageReport = v.InferOutput<typeof PageReportSchema>;

/**
 * From the content script of a LinkedIn tab: only about its own tab, never about answers or notes.
 *
 * A tab's invitations arrive as chunks of changes (a tab may show thousands; one message holds at
 * most `invitationsPerReport`): a chunk with `reset` starts the tab's list afresh (a first pass, a
 * new page, a list replaced, or after a report that got no answer), later chunks add or change
 * invitations (`invitations`, by profile) and take some away (`removed`). The background merges
 * them into what the tab shows (store.ts) and answers with the verdicts of the chunk's invitations.
 */
export const FROM_CONTENT_SCRIPT = [
  message('tab-report', {
    page: PageKindSchema,
    /** Invitations new on the page or changed, in page order. */
    invitations: v.pipe(v.array(InvitationSchema), v.maxLength(LIMITS.invitationsPerReport)),
    /** Profiles no longer on the page. */
    removed: v.optional(v.pipe(v.array(ProfileSchema), v.maxLength(LIMITS.invitationsPerReport)), []),
    /** True: these invitations replace whatever the tab showed. A report without the flag is a whole one. */
    reset: v.optional(v.boolean(), true),
    /** No invitation recognised, yet the page shows what look like pending ones. */
    unrecognised: v.optional(v.boolean(), false),
  }).replies<v.InferOutput<typeof TabAdviceSchema>>(),
  // The same report with the cards handed over as markup instead of read on the page (issue 11:
  // the readers are most of the invitation-page code, and reading is most of its time there). The
  // background reads each card (background/card-reader.ts), merges the invitations found as it
  // merges a tab-report, and answers with each card's reading, in order, and their advice.
  message('tab-cards', {
    page: PageKindSchema,
    lang: LangSchema,
    /** Cards new on the page or changed, in page order. */
    cards: CardMarkupSchema,
    removed: v.optional(v.pipe(v.array(ProfileSchema), v.maxLength(LIMITS.invitationsPerReport)), []),
    reset: v.optional(v.boolean(), true),
    unrecognised: v.optional(v.boolean(), false),
  }).replies<CardsAdvice>(),
  message('badge-click', { profile: ProfileSchema }).replies<{ opened: boolean }>(),
  // The loader (content/loader.ts) reached an invitations page: the background adds the
  // invitation-page code (invitations.js) to the tab's top frame. Never twice: invitations.js
  // marks its world, and both it and the loader look for the mark.
  message('load-invitations', {}).replies<{ loaded: boolean }>(),
] as const;

/** From an extension page: the popup, the options page, the onboarding page. */
export const FROM_EXTENSION_PAGE = [
  message('get-tab-view', { tabId: TabIdSchema }).replies<TabView>(),
  // null: nothing is stored about this inviter.
  message('get-inviter', { profile: ProfileSchema }).replies<InviterView | null>(),
  // What the user changed in the popup, and only that, with what the popup's copy held for those
  // fields and the revision it was read at (background/store.ts, saveChanges): a field changed
  // elsewhere since is not overwritten but reported in `conflicts`. The only way any page of the
  // extension writes a person's record: none can replace a whole record (tests and the demo seed
  // through it too, against the record as they read it).
  message('change-inviter', {
    profile: ProfileSchema,
    answers: AnswersSchema,
    cleared: v.pipe(v.array(QuestionIdSchema), v.maxLength(QUESTIONNAIRE.length)),
    note: v.optional(NoteSchema),
    basis: v.object({ revision: v.pipe(v.number(), v.integer(), v.minValue(0)), answers: AnswersSchema, note: v.optional(NoteSchema) }),
  }).replies<ChangeReply>(),
  message('search-inviters', {
    query: textLine(LIMITS.search),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }).replies<{ total: number; inviters: InviterView[] }>(),
  // The people left pending and not dismissed, oldest invitation first (core/pending.ts).
  message('pending-inviters', {}).replies<InviterView[]>(),
  // "I've decided, stop showing" (dismissed: true) or its undo; null: nothing is stored about them.
  message('dismiss-inviter', { profile: ProfileSchema, dismissed: v.boolean() }).replies<InviterView | null>(),
  message('get-settings', {}).replies<Settings>(),
  message('get-page-report', { tabId: TabIdSchema }).replies<PageReport | { error: 'no-report' }>(),
  message('export-data', {}).replies<ExportFile>(),
  // The file's text is checked whole by core/backup.ts (size first), not here.
  message('import-data', { text: v.string(), mode: v.picklist(IMPORT_MODES) }).replies<ImportOutcome>(),
  message('delete-all', {}).replies<{ ok: true }>(),
  message('storage-use', {}).replies<StorageUse>(),
  message('save-settings', { settings: SettingsChangeSchema }).replies<Settings>(),
] as const;

/**
 * From the background to the content script of a tab: new verdicts, the popup-only mode. (A page
 * report is not a message: the background adds page-report.js to the tab and calls it, and parses
 * what it returns with PageReportSchema, since it runs beside LinkedIn's page.)
 */
export const FROM_BACKGROUND = [
  message('verdicts', TabAdviceSchema.entries).replies<undefined>(),
  message('mode', { popupOnly: v.boolean() }).replies<undefined>(),
] as const;

/**
 * From the background to its offscreen document (Chrome: the worker has no DOM to parse markup
 * in; background/card-reader.ts). runtime.sendMessage reaches every extension page, so the
 * message names its target; only the offscreen document answers it (offscreen/index.ts).
 */
export const TO_OFFSCREEN = [
  message('read-cards', { target: v.literal('offscreen'), lang: LangSchema, cards: CardMarkupSchema }).replies<
    ({ invitation: Invitation; controls: number[] } | null)[]
  >(),
] as const;

/**
 * From the background to every extension page (runtime.sendMessage, which content scripts do not
 * receive), after each write of what the user keeps: an open popup or options page refreshes
 * instead of working on a stale copy. Works whatever the storage area (storage.onChanged does not
 * fire for data kept in IndexedDB). `profiles`: whose records changed; `all` after an import or a
 * delete-all.
 */
export const TO_EXTENSION_PAGES = [
  message('store-changed', {
    profiles: v.union([v.literal('all'), v.pipe(v.array(ProfileSchema), v.maxLength(LIMITS.invitationsPerReport))]),
  }).replies<undefined>(),
] as const;

// What arrives from each sender, as one schema: the message's `type` picks its request schema.
export const ContentScriptMessageSchema = v.variant(
  'type',
  FROM_CONTENT_SCRIPT.map((m) => m.request),
);
export const ExtensionPageMessageSchema = v.variant(
  'type',
  FROM_EXTENSION_PAGE.map((m) => m.request),
);
export const BackgroundMessageSchema = v.variant(
  'type',
  FROM_BACKGROUND.map((m) => m.request),
);
export const OffscreenMessageSchema = v.variant(
  'type',
  TO_OFFSCREEN.map((m) => m.request),
);
export const PageBroadcastSchema = v.variant(
  'type',
  TO_EXTENSION_PAGES.map((m) => m.request),
);

// ---------------------------------------------------------------------------------------------
// Types read from the tables.

type Protocol = readonly Message<string, v.GenericSchema, unknown>[];
export type FromContentScript = typeof FROM_CONTENT_SCRIPT;
export type FromExtensionPage = typeof FROM_EXTENSION_PAGE;
export type FromBackground = typeof FROM_BACKGROUND;
export type ToExtensionPages = typeof TO_EXTENSION_PAGES;
export type ToOffscreen = typeof TO_OFFSCREEN;

/** The `type` strings of a table's messages. */
export type MessageType<P extends Protocol> = P[number]['type'];
type MessageOf<P extends Protocol, T> = Extract<P[number], { type: T }>;
/** A request as its sender writes it (fields with a default may be left out). */
export type Sent<P extends Protocol, T extends MessageType<P>> = v.InferInput<MessageOf<P, T>['request']> & { type: T };
/** A request as its handler receives it: parsed. */
export type Received<P extends Protocol, T extends MessageType<P>> = v.InferOutput<MessageOf<P, T>['request']> & { type: T };
export type ReplyTo<P extends Protocol, T extends MessageType<P>> =
  MessageOf<P, T> extends Message<string, v.GenericSchema, infer R> ? R : never;

/** One handler per message of a table, each answering with that message's reply. */
export type Handlers<P extends Protocol, Context> = {
  [T in MessageType<P>]: (request: Received<P, T>, context: Context) => Promise<ReplyTo<P, T>>;
};

/** Hands a parsed request to its handler; the reply has the type its message declares. */
export function dispatch<P extends Protocol, Context, T extends MessageType<P>>(
  handlers: Handlers<P, Context>,
  request: Received<P, T>,
  context: Context,
): Promise<ReplyTo<P, T>> {
  return handlers[request.type](request, context);
}
