// Builds the extension twice from one manifest.json and one set of sources:
//   dist/chrome   MV3 with background.service_worker
//   dist/firefox  MV3 with background.scripts and browser_specific_settings.gecko
// Output is bundled but not minified, so a store reviewer can read it and rebuild it byte for byte.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
// `node build.mjs --out <dir>` builds elsewhere (the build's own tests use a temporary folder).
const outFlag = process.argv.indexOf('--out');
const outArg = outFlag > 0 ? process.argv[outFlag + 1] : undefined;
const dist = outArg ? resolve(outArg) : join(root, 'dist');

// The scripts on LinkedIn's pages are three: content.js, the manifest's content script on every
// linkedin.com page, only a loader; invitations.js, added by the background to a tab that reaches
// an invitations page; page-report.js, added only when the popup asks for a page report.
const entryPoints = {
  background: 'src/background/index.ts',
  content: 'src/content/loader.ts',
  invitations: 'src/content/invitations.ts',
  'page-report': 'src/content/page-report.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
  onboarding: 'src/onboarding/index.ts',
  // Chrome only: the document the worker reads handed-over cards in (background/card-reader.ts);
  // Firefox's background is a page and reads them itself.
  offscreen: 'src/offscreen/index.ts',
};
/** What Firefox's build leaves out of the sources, files and permissions above. */
const chromeOnly = { entryPoints: ['offscreen'], files: ['offscreen.html'], permissions: ['offscreen'] };

/**
 * Firefox's build takes `<name>.firefox.ts` where a module has one: the background's offscreen
 * reader (Firefox has no offscreen API and needs none), so that its build carries no call to it.
 */
const firefoxModules = {
  name: 'firefox-modules',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/offscreen-reader$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/offscreen-reader$/, 'offscreen-reader.firefox.ts')),
    }));
  },
};

// Static files copied as they are: [from, to] relative to the root and to each target folder.
/** @type {[from: string, to: string][]} */
const staticFiles = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['src/onboarding/onboarding.html', 'onboarding.html'],
  ['src/onboarding/onboarding.css', 'onboarding.css'],
  ['src/offscreen/offscreen.html', 'offscreen.html'],
  ['_locales', '_locales'],
  ['icons/icon-16.png', 'icons/icon-16.png'],
  ['icons/icon-32.png', 'icons/icon-32.png'],
  ['icons/icon-48.png', 'icons/icon-48.png'],
  ['icons/icon-128.png', 'icons/icon-128.png'],
];

const GECKO_ID = 'know-and-trust@knowtrust';

function manifestFor(target, base) {
  const manifest = structuredClone(base);
  if (target === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker] };
    delete manifest.minimum_chrome_version;
    manifest.permissions = base.permissions.filter((permission) => !chromeOnly.permissions.includes(permission));
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Firefox's built-in consent: this extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from version 142 only (desktop: 140),
      // so without this `web-ext lint` warns KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

async function buildTarget(target, base) {
  const out = join(dist, target);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const firefox = target === 'firefox';
  await build({
    entryPoints: Object.fromEntries(Object.entries(entryPoints).filter(([name]) => !(firefox && chromeOnly.entryPoints.includes(name)))),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox140',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: firefox ? [firefoxModules] : [],
  });
  for (const [from, to] of staticFiles) {
    if (firefox && chromeOnly.files.includes(to)) continue;
    await mkdir(dirname(join(out, to)), { recursive: true });
    await cp(join(root, from), join(out, to), { recursive: true });
  }
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(target, base), null, 2) + '\n');
}

async function buildAll() {
  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  for (const target of ['chrome', 'firefox']) await buildTarget(target, base);
  console.log(`Built ${join(dist, 'chrome')} and ${join(dist, 'firefox')}`);
}

await buildAll();

// `npm run dev` (`node build.mjs --watch`): rebuild both targets whenever a source, a locale, an
// icon or the manifest changes; then reload the extension in the browser (chrome://extensions).
// A failed build says why and waits for the next change instead of stopping.
if (process.argv.includes('--watch')) {
  const { watch } = await import('node:fs');
  let timer;
  let running = Promise.resolve();
  const rebuild = (file) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        console.log(`Changed: ${file}`);
        try {
          await buildAll();
        } catch (error) {
          console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }, 100);
  };
  for (const path of ['src', '_locales', 'icons']) {
    watch(join(root, path), { recursive: true }, (_event, file) => rebuild(join(path, String(file ?? ''))));
  }
  watch(join(root, 'manifest.json'), () => rebuild('manifest.json'));
  console.log('Watching src/, _locales/, icons/ and manifest.json; Ctrl+C stops.');
}
