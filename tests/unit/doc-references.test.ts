import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/ is the truth, and code points at it: every document a comment, test or fixture names must
// exist, and every file the documents name must exist. A path is read from the repository root,
// unless it starts with ./ or ../ (then from the file that names it); in a Markdown document, a
// bare file name is read from the document's own folder, as a Markdown link is.

const root = join(__dirname, '..', '..');
const SKIP = new Set(['node_modules', 'dist', 'packages', 'demo-output', '.git', 'screenshots']);

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ext);
    return ext.test(entry.name) ? [path] : [];
  });
}

// What a run writes and git ignores (bench/results.json, dist/…) may be named without existing.
const GENERATED = readFileSync(join(root, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#') && !line.includes('*'));
const isGenerated = (path: string) =>
  GENERATED.some((entry) => path === entry.replace(/\/$/, '') || path.startsWith(entry.endsWith('/') ? entry : `${entry}/`));

function resolves(from: string, target: string, markdown: boolean): boolean {
  const clean = target.replace(/[#?].*$/, '');
  if (isGenerated(clean)) return true;
  if (clean.startsWith('./') || clean.startsWith('../')) return existsSync(join(root, dirname(from), clean));
  if (existsSync(join(root, clean))) return true;
  return markdown && !clean.includes('/') && existsSync(join(root, dirname(from), clean));
}

const CODE = [
  ...['src', 'tests', 'scripts', 'bench', '.ci'].flatMap((dir) => filesUnder(dir, /\.(ts|mjs|js|html|json|css)$|^run$/)),
  'build.mjs',
  'eslint.config.js',
  'manifest.json',
];
const DOCUMENTS = ['README.md', 'PRIVACY.md', ...filesUnder('docs', /\.md$/)];

describe('references to documents and files', () => {
  it('every .md file that code, tests and fixtures name exists', () => {
    const broken: string[] = [];
    let seen = 0;
    for (const file of CODE) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [ref] of text.matchAll(/(?<![\w/.-])[\w./-]+\.md\b/g)) {
        seen++;
        if (!resolves(file, ref, false)) broken.push(`${file}: ${ref}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('every file and folder the documents name exists (links, and `src/…`-style paths in code spans)', () => {
    const broken: string[] = [];
    let seen = 0;
    for (const doc of DOCUMENTS) {
      const text = readFileSync(join(root, doc), 'utf8');
      const links = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((m) => m[1]!);
      const paths = [...text.matchAll(/`((?:src|tests|scripts|bench|docs|_locales|icons)\/[^`\s<>*{}]*)`/g)].map((m) => m[1]!);
      for (const ref of [...links, ...paths]) {
        seen++;
        if (!resolves(doc, ref.replace(/\/$/, ''), true)) broken.push(`${relative(root, join(root, doc))}: ${ref}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });
});
