// Test helper (imported by *.test.ts and other helpers only): reading the English fixtures' Accept
// and Ignore controls with the English module's own wordings (src/linkedin/languages/en.ts), for
// the tests that turn those fixtures into other languages. Taking the wordings from there, not from
// a copy, means a wording added to en.ts is translated too, and a fixture carrying it cannot let a
// "found without English" test pass on English words alone.
import { en } from '../../src/linkedin/languages/en';

/** The inviter's name as written in `label` when it is one of English's Accept (or Ignore) sentences. */
export function nameInEnglishLabel(label: string, kind: 'accept' | 'ignore'): string | undefined {
  return en[kind].map((w) => w.pattern.exec(label)?.groups?.['name']).find((name) => name !== undefined);
}

/** True when `text` is, whole, one of English's bare Accept (or Ignore) verbs: "Accept". */
export function isEnglishVerb(text: string, kind: 'accept' | 'ignore'): boolean {
  return (kind === 'accept' ? en.acceptVerbs : en.ignoreVerbs).includes(text);
}
