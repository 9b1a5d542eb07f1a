// ESLint: the usual JavaScript and TypeScript rules, plus what this project forbids (docs/design.md,
// "Shape of the code"; README, "Standards"):
//   - markup sinks (innerHTML and friends, document.write, eval, new Function) anywhere in src/:
//     LinkedIn's page is hostile input, so the DOM is built with createElement and textContent;
//   - `sender.url` outside src/background/sender.ts: one module decides who sent a message, from
//     sender.id and sender.tab, never from a URL the sender controls;
//   - imports against the layer order core ← linkedin ← content / background / popup / options /
//     onboarding (ui is shared by the extension pages), so pure code stays pure and testable in Node.
// Formatting is prettier's job (`npm run lint` runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const MARKUP_SINKS = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build DOM with createElement and textContent: page text is hostile input.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Build DOM with createElement and textContent: page text is hostile input.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No document.write: build DOM with createElement.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'No markup parsing: build DOM with createElement.',
  },
];
const SENDER_URL = {
  selector: 'MemberExpression[object.name=/^sender$/][property.name=/^(url|origin)$/]',
  message: 'Only src/background/sender.ts may look at a sender, and never at its URL: classify by sender.id and sender.tab.',
};

/**
 * Imports a layer may not make: `from` the folders named, relative to src/<layer>/.
 * @param {string[]} files @param {string[]} forbidden @param {string} why
 * @returns {import('typescript-eslint').ConfigWithExtends}
 */
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((folder) => ({ group: [`../${folder}`, `../${folder}/*`, `../../${folder}/*`], message: why })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'packages/**', 'demo-output/**', 'node_modules/**', 'bench/results.json', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Browser and extension contexts, Node for scripts and tests: the type checker knows which
        // is which (tsconfig.json); here they only keep no-undef out of the way for JavaScript.
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        history: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        requestAnimationFrame: 'readonly',
        cancelAnimationFrame: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
        MutationObserver: 'readonly',
        Node: 'readonly',
        Element: 'readonly',
        HTMLElement: 'readonly',
        CSS: 'readonly',
        DOMParser: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        chrome: 'readonly',
        browser: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        crypto: 'readonly',
        globalThis: 'readonly',
        NodeFilter: 'readonly',
        getComputedStyle: 'readonly',
        scrollX: 'readonly',
        scrollY: 'readonly',
        Event: 'readonly',
        KeyboardEvent: 'readonly',
        Blob: 'readonly',
        FileReader: 'readonly',
        Intl: 'readonly',
        self: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // Finding and stripping control characters in page text is exactly what these files are for.
    files: ['src/core/text.ts', 'src/linkedin/languages.test.ts', 'tests/e2e/hostile-text.e2e.test.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...MARKUP_SINKS, SENDER_URL] },
  },
  {
    files: ['src/background/sender.ts'],
    rules: { 'no-restricted-syntax': ['error', ...MARKUP_SINKS] },
  },
  layer(
    ['src/core/**/*.ts'],
    ['linkedin', 'content', 'background', 'popup', 'options', 'onboarding', 'ui'],
    'src/core is pure: it imports nothing of the other layers.',
  ),
  layer(
    ['src/linkedin/**/*.ts'],
    ['content', 'background', 'popup', 'options', 'onboarding', 'ui'],
    'src/linkedin knows LinkedIn pages only: it may import src/core, nothing above.',
  ),
  layer(
    ['src/content/**/*.ts'],
    ['background', 'popup', 'options', 'onboarding'],
    'The content script talks to the other entry points by message only.',
  ),
  layer(
    ['src/background/**/*.ts'],
    ['content', 'popup', 'options', 'onboarding', 'ui'],
    'The background talks to the other entry points by message only.',
  ),
  layer(
    ['src/popup/**/*.ts', 'src/options/**/*.ts', 'src/onboarding/**/*.ts'],
    ['content', 'background'],
    'Extension pages talk to the background by message only (src/ui/api.ts).',
  ),
  layer(
    ['src/ui/**/*.ts'],
    ['content', 'background', 'popup', 'options', 'onboarding', 'linkedin'],
    'src/ui is what the extension pages share: it may import src/core only.',
  ),
  {
    // Core and LinkedIn knowledge never touch a browser API: they are unit-tested in Node.
    files: ['src/core/**/*.ts', 'src/linkedin/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Pure code: no extension API here.' },
        { name: 'browser', message: 'Pure code: no extension API here.' },
      ],
    },
  },
);
