// Finding a browser for the tests and the demo: one rule for Chromium and for Firefox.
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
 * The browser to use, or null: the path in `$envVar`, then `usual` (Debian's path), then any of
 * `names` on PATH. An `$envVar` that names nothing runnable is an error, not a silent fallback:
 * whoever set it meant that browser.
 * @param {string} envVar @param {string} usual @param {string[]} names
 */
export function findBrowser(envVar, usual, names) {
  const chosen = process.env[envVar];
  if (chosen) {
    if (!isExecutable(chosen)) throw new Error(`${envVar}=${chosen} is not an executable file`);
    return chosen;
  }
  if (isExecutable(usual)) return usual;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  return null;
}
