import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviseFor } from '../../src/core/advice';

// Every user-visible string comes from _locales: every key the code or the pages name must exist,
// and every placeholder a message declares must be used by it.

const root = join(__dirname, '..', '..');
const messages = JSON.parse(readFileSync(join(root, '_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ext);
    return ext.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locales', () => {
  it('has every key the source names with t(...), getMessage(...) or data-i18n', () => {
    const used = new Set<string>();
    for (const file of filesUnder(join(root, 'src'), /\.(ts|html)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/getMessage\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\['[a-z]+', '(a[A-Z][A-Za-z]+)'\]/g)) used.add(m[1]!);
      for (const m of text.matchAll(/label: '(q[A-Z][A-Za-z]+)'/g)) used.add(m[1]!);
    }
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in messages))).toEqual([]);
  });

  it('has every reason and tip the advice can give', () => {
    const keys = new Set<string>();
    for (const knows of ['yes', 'no'] as const)
      for (const trusts of ['yes', 'no', 'unsure'] as const)
        for (const insider of ['no', 'hr'] as const)
          for (const worry of ['yes', 'no'] as const)
            for (const hesitates of ['yes', 'no'] as const) {
              const advice = adviseFor({ knows, trusts, insider, visibilityWorry: worry, hesitates });
              [...advice.reasons, ...advice.tips].forEach((k) => keys.add(k));
            }
    adviseFor({}).reasons.forEach((k) => keys.add(k));
    expect(keys.size).toBeGreaterThanOrEqual(12);
    expect([...keys].filter((key) => !(key in messages))).toEqual([]);
  });

  it('uses every declared placeholder and declares every one used', () => {
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      const declared = Object.keys(placeholders ?? {}).map((p) => p.toUpperCase()).sort();
      const used = [...new Set([...message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!))].sort();
      expect(used, key).toEqual(declared);
    }
  });

  it('never suggests declining', () => {
    for (const [key, { message }] of Object.entries(messages)) {
      if (key.startsWith('verdict')) expect(message.toLowerCase()).not.toMatch(/declin/);
    }
  });
});
