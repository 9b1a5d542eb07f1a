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

/**
 * What each part of the code adds to one bundle: its bytes, raw, and what gzip -9 of the whole
 * bundle loses without them (parts compress against each other, so the gzip shares do not add up
 * to the total: each says what leaving that part out would save). Parts are folders of src/
 * (src/linkedin/languages apart from the rest of src/linkedin), read from the `// src/…` line
 * esbuild writes before each module in an unminified bundle. [] when the bundle has no such lines.
 * @param {string} file
 * @returns {{ part: string, modules: number, rawBytes: number, gzipSavedBytes: number }[]}
 */
export function partsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const marker = /^ {2}\/\/ (src\/\S+|node_modules\/\S+)$/gm;
  const starts = [...text.matchAll(marker)].map((m) => ({ at: m.index ?? 0, module: m[1] ?? '' }));
  if (starts.length === 0) return [];
  const gzip = (s) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length;
  const whole = gzip(text);
  /** @type {Map<string, { ranges: [number, number][], modules: number }>} */
  const parts = new Map();
  starts.forEach(({ at, module }, i) => {
    const end = starts[i + 1]?.at ?? text.lastIndexOf('})();');
    const part = module.startsWith('src/linkedin/languages/') ? 'src/linkedin/languages' : module.split('/').slice(0, 2).join('/');
    const entry = parts.get(part) ?? { ranges: [], modules: 0 };
    entry.ranges.push([at, end]);
    entry.modules += 1;
    parts.set(part, entry);
  });
  return [...parts]
    .map(([part, { ranges, modules }]) => {
      let without = '';
      let from = 0;
      for (const [at, end] of ranges) {
        without += text.slice(from, at);
        from = end;
      }
      without += text.slice(from);
      return { part, modules, rawBytes: ranges.reduce((sum, [at, end]) => sum + end - at, 0), gzipSavedBytes: whole - gzip(without) };
    })
    .sort((a, b) => b.rawBytes - a.rawBytes);
}
