import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The project's own lint rules (eslint.config.js) really catch what the project forbids: each
// snippet is linted as if it were the named file, and must (or must not) be reported.

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint rules for what the project forbids', () => {
  it.each([
    ['src/content/badge-x.ts', 'export function f(el: HTMLElement, name: string) { el.innerHTML = name; }'],
    ['src/popup/x.ts', 'export function f(el: HTMLElement, name: string) { el.outerHTML = name; }'],
    ['src/options/x.ts', "export function f(el: HTMLElement, name: string) { el.insertAdjacentHTML('beforeend', name); }"],
    ['src/linkedin/x.ts', 'export function f(name: string) { document.write(name); }'],
    ['src/ui/x.ts', "export const f = new Function('return 1');"],
  ])('reports a markup sink in %s', async (file, code) => {
    expect((await problems(file, code)).join('\n')).toMatch(/no-restricted-syntax: Build DOM|no-restricted-syntax: No/);
  });

  it('reports sender.url outside the sender module, and allows sender.id there', async () => {
    const code = 'export function f(sender: { url?: string; id?: string }) { return [sender.url, sender.id]; }';
    expect((await problems('src/background/handlers-x.ts', code)).join('\n')).toMatch(/Only src\/background\/sender\.ts/);
    expect((await problems('src/background/sender.ts', code)).join('\n')).not.toMatch(/Only src\/background\/sender\.ts/);
  });

  it.each([
    ['src/core/x.ts', "import { pageKindOf } from '../linkedin/pages';\nexport const k = pageKindOf;"],
    ['src/core/x.ts', "import { api } from '../ui/api';\nexport const a = api;"],
    ['src/linkedin/x.ts', "import { api } from '../ui/api';\nexport const a = api;"],
    ['src/content/x.ts', "import { handlePageMessage } from '../background/handlers';\nexport const h = handlePageMessage;"],
    ['src/popup/x.ts', "import { createBadge } from '../content/badge';\nexport const b = createBadge;"],
    ['src/background/x.ts', "import { renderQuestionnaire } from '../popup/questionnaire';\nexport const r = renderQuestionnaire;"],
  ])('reports an import against the layer order in %s', async (file, code) => {
    expect((await problems(file, code)).join('\n')).toMatch(/no-restricted-imports/);
  });

  it('allows the imports the layer order permits', async () => {
    expect(await problems('src/linkedin/x.ts', "import { LIMITS } from '../core/text';\nexport const l = LIMITS;")).toEqual([]);
    expect(await problems('src/popup/x.ts', "import { api } from '../ui/api';\nexport const a = api;")).toEqual([]);
    expect(await problems('src/content/x.ts', "import { pageKindOf } from '../linkedin/pages';\nexport const k = pageKindOf;")).toEqual([]);
  });

  it('keeps extension APIs out of the pure layers', async () => {
    expect((await problems('src/core/x.ts', 'export const id = chrome.runtime.id;')).join('\n')).toMatch(/no-restricted-globals/);
  });
});
