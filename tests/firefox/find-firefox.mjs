// Finding the Firefox that runs the Firefox test (tests/firefox/) — shared by that test and by
// scripts/test.mjs, so both agree on whether the suite can run.
import fs from 'node:fs';
import path from 'node:path';

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Firefox to use, or null: $KNOW_TRUST_FIREFOX, then Debian's /usr/bin/firefox-esr, then
 * `firefox-esr` or `firefox` on PATH. A KNOW_TRUST_FIREFOX that names nothing runnable is an error:
 * whoever set it meant that browser.
 */
export function findFirefox() {
  const chosen = process.env.KNOW_TRUST_FIREFOX;
  if (chosen) {
    if (!isExecutable(chosen)) throw new Error(`KNOW_TRUST_FIREFOX=${chosen} is not an executable file`);
    return chosen;
  }
  if (isExecutable('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['firefox-esr', 'firefox']) {
      if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return null;
}

export const FIREFOX_HOW_TO =
  'To run it: `sudo apt-get install firefox-esr` (Debian), or set KNOW_TRUST_FIREFOX=/path/to/firefox.';
