import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Page text is hostile (names, headlines, messages from LinkedIn), so no code in src/ may turn a
// string into markup or code, and only src/background/sender.ts may look at a message sender's URL,
// there only to recognise the extension's own pages. This scans every non-test file under src/
// (TypeScript and HTML), with comments blanked out so that prose about these APIs is allowed,
// and reports each use as file:line.

const root = join(__dirname, '..', '..');
const SRC = join(root, 'src');
const SENDER_FILE = 'src/background/sender.ts';

// ---------------------------------------------------------------------------------------------
// Blanking comments, keeping everything else (strings, regular expressions) and every line break,
// so that a match's line number is the line in the file.

const REGEX_BEFORE = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);

/** TypeScript/JavaScript source with every comment replaced by spaces (line breaks kept). */
function blankComments(code: string): string {
  const out = [...code];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  // Each entry is an open template literal; the number is the depth of `{` inside its current `${`.
  const templates: number[] = [];
  let inTemplateText = false;
  let lastSignificant = ''; // the last non-space code character (or word) outside comments
  let i = 0;
  const n = code.length;
  const skipString = (quote: string): void => {
    i++;
    while (i < n && code[i] !== quote && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipRegex = (): void => {
    i++;
    let inClass = false;
    while (i < n && code[i] !== '\n') {
      const c = code[i];
      if (c === '\\') i += 2;
      else if (c === '[') {
        inClass = true;
        i++;
      } else if (c === ']') {
        inClass = false;
        i++;
      } else if (c === '/' && !inClass) break;
      else i++;
    }
    i++;
    while (i < n && /[a-z]/i.test(code[i]!)) i++;
  };
  const skipTemplateText = (): void => {
    // Inside `...`: up to the closing backtick, or into a `${` expression.
    while (i < n) {
      const c = code[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        templates.pop();
        inTemplateText = false;
        lastSignificant = '`';
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        i += 2;
        templates[templates.length - 1] = 0;
        inTemplateText = false;
        lastSignificant = '{';
        return;
      } else i++;
    }
  };
  while (i < n) {
    if (inTemplateText) {
      skipTemplateText();
      continue;
    }
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      skipString(c);
      lastSignificant = c;
    } else if (c === '`') {
      i++;
      templates.push(-1);
      inTemplateText = true;
    } else if (c === '/') {
      if (lastSignificant === '' || REGEX_BEFORE.has(lastSignificant) || REGEX_AFTER_WORDS.has(lastSignificant)) {
        skipRegex();
        lastSignificant = '/regex/';
      } else {
        i++;
        lastSignificant = '/';
      }
    } else if (c === '{' && templates.length > 0 && templates[templates.length - 1]! >= 0) {
      templates[templates.length - 1]! += 1;
      i++;
      lastSignificant = '{';
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1]! >= 0) {
      if (templates[templates.length - 1] === 0) {
        templates[templates.length - 1] = -1;
        inTemplateText = true;
      } else templates[templates.length - 1]! -= 1;
      i++;
      lastSignificant = '}';
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[\w$]+/.exec(code.slice(i, i + 40))![0];
      i += word.length;
      lastSignificant = word;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      i++;
      lastSignificant = c;
    }
  }
  return out.join('');
}

/** HTML with `<!-- -->` comments replaced by spaces (line breaks kept). */
function blankHtmlComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
}

// ---------------------------------------------------------------------------------------------
// The rules.

interface Rule {
  name: string;
  pattern: RegExp;
}

const UNSAFE: readonly Rule[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/g },
  { name: 'outerHTML assignment', pattern: /\bouterHTML\b\s*(?:\]\s*)?(?:=(?!=)|\+=)|['"`]outerHTML['"`]\s*\]\s*(?:=(?!=)|\+=)/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'document.write', pattern: /\bdocument\s*(?:\?\.|\.)\s*write(?:ln)?\b|\bdocument\s*\[\s*['"`]write(?:ln)?['"`]\s*\]/g },
  { name: 'eval', pattern: /(?<![\w$])eval\s*\(|\[\s*['"`]eval['"`]\s*\]/g },
  { name: 'new Function', pattern: /(?<![\w$.])(?:new\s+)?Function\s*\(/g },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g },
  { name: 'javascript: URL', pattern: /\bjavascript\s*:/gi },
  { name: 'srcdoc', pattern: /\.\s*srcdoc\b|\bsrcdoc\s*=|['"`]srcdoc['"`]/gi },
];

/** Names under which code holds a message sender: `sender`, and any parameter typed MessageSender. */
function senderNames(code: string): string[] {
  const typed = [...code.matchAll(/([\w$]+)\s*\??\s*:\s*(?:[\w$]+\.)*MessageSender\b/g)].map((m) => m[1]!);
  return [...new Set(['sender', ...typed])];
}

/** Every place `code` reads the URL of a message sender (sender.url, sender?.url, sender['url'], `{ url } = sender`, sender.tab.url). */
function senderUrlUses(code: string): { index: number; text: string }[] {
  const uses: { index: number; text: string }[] = [];
  for (const name of senderNames(code)) {
    const id = name.replace(/\$/g, '\\$');
    const forms = [
      new RegExp(`(?<![\\w$.])${id}\\s*(?:\\?\\.|\\.)\\s*(?:tab\\s*(?:\\?\\.|\\.)\\s*)?url\\b`, 'g'),
      new RegExp(`(?<![\\w$.])${id}\\s*(?:\\?\\.)?\\s*\\[\\s*['"\`]url['"\`]\\s*\\]`, 'g'),
      new RegExp(`\\{[^{}]*\\burl\\b[^{}]*\\}\\s*=\\s*${id}\\b`, 'g'),
    ];
    for (const form of forms) for (const m of code.matchAll(form)) uses.push({ index: m.index, text: m[0] });
  }
  return uses;
}

// The one use sender.ts may make: "does this sender's URL start with the extension's own base URL?"
// (`(sender.url ?? '').startsWith(extensionBase)`, or the same with `?.`/without the fallback).
const OWN_ORIGIN_CHECK =
  /^\(?\s*sender\s*(?:\?\.|\.)\s*url\s*(?:\?\?\s*(['"`])\1\s*)?\)?\s*(?:\?\.|\.)\s*startsWith\s*\(\s*extension[\w$]*\s*\)/;

interface Finding {
  file: string;
  line: number;
  rule: string;
  source: string;
}

/** Every finding in one file's text, `file` being its path relative to the repository root. */
function scan(file: string, text: string): Finding[] {
  const code = file.endsWith('.html') ? blankHtmlComments(text) : blankComments(text);
  const lines = text.split('\n');
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const findings: Finding[] = [];
  const add = (index: number, rule: string) => {
    const line = lineOf(index);
    findings.push({ file, line, rule, source: (lines[line - 1] ?? '').trim().slice(0, 160) });
  };
  for (const rule of UNSAFE) for (const m of code.matchAll(rule.pattern)) add(m.index, rule.name);
  for (const use of senderUrlUses(code)) {
    if (file !== SENDER_FILE) add(use.index, 'sender URL read outside src/background/sender.ts');
    else if (!OWN_ORIGIN_CHECK.test(code.slice(code[use.index - 1] === '(' ? use.index - 1 : use.index)))
      add(use.index, "sender URL used for anything but recognising the extension's own origin");
  }
  return findings.sort((a, b) => a.line - b.line);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isTest = /\.test\.[cm]?[jt]sx?$/.test(entry.name);
    return !isTest && /\.(?:[cm]?[jt]sx?|html?)$/.test(entry.name) ? [path] : [];
  });
}

const format = (f: Finding) => `${f.file}:${f.line}: ${f.rule}: ${f.source}`;

// ---------------------------------------------------------------------------------------------

describe('no unsafe DOM or code APIs in src/', () => {
  const files = sourceFiles(SRC).map((path) => relative(root, path).split(sep).join('/'));

  it('finds the extension’s sources to scan (entry points, pages and the sender classifier)', () => {
    for (const needed of [
      'src/content/loader.ts',
      'src/content/invitations.ts',
      'src/content/page-report.ts',
      'src/background/index.ts',
      'src/popup/index.ts',
      'src/options/index.ts',
      'src/popup/popup.html',
      'src/options/options.html',
      SENDER_FILE,
    ])
      expect(files).toContain(needed);
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
  });

  it('no file turns data into markup or code, and only sender.ts reads a sender’s URL', () => {
    const findings = files.flatMap((file) => scan(file, readFileSync(join(root, file), 'utf8')));
    expect(findings.map(format), findings.map(format).join('\n')).toEqual([]);
  });

  it('sender.ts still classifies senders, reading the URL at most to recognise the extension’s origin', () => {
    const code = blankComments(readFileSync(join(root, SENDER_FILE), 'utf8'));
    expect(code).toMatch(/export function classifySender/);
    for (const use of senderUrlUses(code))
      expect(code.slice(code[use.index - 1] === '(' ? use.index - 1 : use.index)).toMatch(OWN_ORIGIN_CHECK);
  });
});

// The scanner itself: it must catch each rule in code, and must not be fooled by comments.
describe('the scanner', () => {
  const rulesIn = (file: string, text: string) => scan(file, text).map((f) => `${f.line} ${f.rule}`);

  it.each([
    ['el.innerHTML = name;', 'innerHTML'],
    ['const html = el.innerHTML;', 'innerHTML'],
    ['el.outerHTML = `<b>${name}</b>`;', 'outerHTML assignment'],
    ["el['outerHTML'] = name;", 'outerHTML assignment'],
    ["el.insertAdjacentHTML('beforeend', name);", 'insertAdjacentHTML'],
    ['document.write(name);', 'document.write'],
    ['document.writeln(name);', 'document.write'],
    ['eval(code);', 'eval'],
    ['window.eval(code);', 'eval'],
    ["new Function('a', body)(1);", 'new Function'],
    ['Function(body)();', 'new Function'],
    ["setTimeout('alert(1)', 10);", 'setTimeout/setInterval with a string'],
    ['setInterval(`tick()`, 10);', 'setTimeout/setInterval with a string'],
    ["a.href = 'javascript:void(0)';", 'javascript: URL'],
    ['frame.srcdoc = page;', 'srcdoc'],
  ])('flags %s', (line, rule) => {
    expect(rulesIn('src/x/y.ts', `const a = 1;\n${line}\n`)).toEqual([`2 ${rule}`]);
  });

  it('flags a sender URL read outside sender.ts, in every spelling', () => {
    const code = [
      'if (sender.url?.includes("linkedin")) ok();',
      "const u = sender['url'];",
      'const { url } = sender;',
      'const t = sender.tab?.url;',
      'function f(s: Runtime.MessageSender) { return s.url; }',
    ].join('\n');
    expect(rulesIn('src/background/index.ts', code)).toEqual(
      [1, 2, 3, 4, 5].map((l) => `${l} sender URL read outside src/background/sender.ts`),
    );
  });

  it('in sender.ts, allows the own-origin check only', () => {
    expect(rulesIn(SENDER_FILE, "const own = (sender.url ?? '').startsWith(extensionBase);")).toEqual([]);
    expect(rulesIn(SENDER_FILE, "const linkedin = (sender.url ?? '').startsWith('https://www.linkedin.com/');")).toEqual([
      "1 sender URL used for anything but recognising the extension's own origin",
    ]);
  });

  it('ignores comments, including ones next to strings and regular expressions that look like comments', () => {
    const code = [
      '// never el.innerHTML = name, and never eval(x)',
      '/* document.write(x)',
      '   sender.url */',
      "const re = /[’']x\\/\\//g; const s = 'a // b'; const t = `${s} // not a comment ${'/*'}`;",
      'const ok = 1; // el.insertAdjacentHTML here would be wrong',
      'el.innerHTML = t; /* on line 6 */',
    ].join('\n');
    expect(rulesIn('src/a.ts', code)).toEqual(['6 innerHTML']);
    expect(blankComments(code).split('\n')).toHaveLength(6);
  });

  it('scans HTML pages too, outside their comments', () => {
    expect(rulesIn('src/p.html', '<!-- javascript: -->\n<a href="javascript:alert(1)">x</a>\n<iframe srcdoc="<b>x</b>"></iframe>')).toEqual(
      ['2 javascript: URL', '3 srcdoc'],
    );
  });
});
