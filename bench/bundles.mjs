// Scenario 5: what each entry point costs to download, parse and keep in memory: the size of its
// bundle in dist/chrome, raw and gzip -9 (as a store serves it; the browser reads it raw).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** [{ file, rawBytes, gzipBytes }] for every .js file directly in `dir`, by name. */
export function bundleSizes(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error(`no .js bundle in ${dir}`);
  return files.map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, rawBytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}
