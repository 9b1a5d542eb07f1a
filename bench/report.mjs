// Turning runs into what `npm run bench` shows and keeps: per measure, the median of the runs of
// each extension (medians, because one run disturbed by the rest of the machine must not move the
// figure), printed as a plain-text table with Know & Trust ÷ floor beside, and written with every
// single run to bench/results.json.
import { median } from './scenarios/common.mjs';

/** The columns, in order: the extensions of bench/browser.mjs. */
export const KINDS = /** @type {const} */ (['ours', 'floor', 'reference']);
const HEADERS = { ours: 'Know & Trust', floor: 'floor script', reference: 'naive reference' };
/** Units whose ratio means something (a frame number or a share does not divide). */
const RATIO_UNITS = new Set(['ms', 'µs', 'KB']);

/**
 * One scenario's runs ({ ours: [{key: value}], floor: [...], reference: [...] }, any of them
 * missing) → its measures with medians.
 */
export function summariseScenario(scenario, runs) {
  /** @param {object[] | undefined} list */
  const side = (list) =>
    list === undefined
      ? null
      : (key) => {
          const values = list.map((run) => run[key]);
          return { median: median(values), runs: values };
        };
  const sides = Object.fromEntries(KINDS.map((kind) => [kind, side(runs[kind])]));
  return {
    id: scenario.id,
    title: scenario.title,
    // Every run as the scenario returned it, diagnostics included (e.g. unsampledMs: CPU time the
    // OS gave to other processes during a profile, a sign of a busy machine).
    runs,
    measures: scenario.measures.map(({ key, label, unit }) => ({
      key,
      label,
      unit,
      ...Object.fromEntries(KINDS.map((kind) => [kind, sides[kind] ? sides[kind](key) : null])),
    })),
  };
}

/**
 * Bundle sizes as table rows: every file of Know & Trust's dist/chrome, raw and gzip, with the
 * pages that load it; the floor's and the reference's content script beside Know & Trust's; then
 * what a feed page and an invitations page load in all, per extension (`loaded`: loaded-scripts.mjs).
 * @param {Record<string, { file: string, rawBytes: number, gzipBytes: number }[]>} sizes by kind
 * @param {Record<string, { feed: string[], invitations: string[] } | undefined>} loaded by kind
 */
export function bundleScenario(sizes, loaded) {
  const kb = (bytes) => ({ median: bytes / 1024, runs: [bytes / 1024] });
  const sizeOf = (kind, file) => sizes[kind]?.find((b) => b.file === file);
  const pagesOf = (kind, file) => {
    const on = loaded[kind];
    if (!on) return 'not measured';
    const pages = [on.feed.includes(file) ? 'feed' : '', on.invitations.includes(file) ? 'invitations' : ''].filter(Boolean);
    return pages.length > 0 ? pages.join(' + ') : 'neither';
  };
  const cell = (kind, file, field) => {
    const size = sizeOf(kind, file);
    return size ? kb(size[field]) : null;
  };
  const fileRows = (sizes.ours ?? []).flatMap((b) => {
    const others = b.file === 'content.js';
    const row = (field, label) => ({
      key: `${b.file}:${field}`,
      label: `${b.file} (${pagesOf('ours', b.file)}), ${label}`,
      unit: 'KB',
      ours: cell('ours', b.file, field),
      floor: others ? cell('floor', b.file, field) : null,
      reference: others ? cell('reference', b.file, field) : null,
    });
    return [row('rawBytes', 'raw'), row('gzipBytes', 'gzip -9')];
  });
  const loadRow = (page, label) => ({
    key: `${page}:gzip`,
    label,
    unit: 'KB',
    ...Object.fromEntries(
      KINDS.map((kind) => {
        const files = loaded[kind]?.[page];
        if (!files || !sizes[kind]) return [kind, null];
        const bytes = files.reduce((sum, file) => sum + (sizeOf(kind, file)?.gzipBytes ?? 0), 0);
        return [kind, { ...kb(bytes), files }];
      }),
    ),
  });
  return {
    id: 'bundles',
    title: 'bundles (dist/chrome), loaded on',
    measures: [...fileRows, loadRow('feed', 'a feed page loads, gzip -9'), loadRow('invitations', 'an invitations page loads, gzip -9')],
  };
}

/** @param {number | null | undefined} value @param {string} unit */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === '%') return value.toFixed(1);
  if (unit === 'frame') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (value >= 100) return Math.round(value).toLocaleString('en');
  return value.toFixed(value >= 10 ? 1 : 2);
}

/** Know & Trust ÷ floor, when both were measured and the floor's figure is not zero. */
export function ratioOf(measure) {
  const ours = measure.ours?.median;
  const floor = measure.floor?.median;
  if (!RATIO_UNITS.has(measure.unit) || typeof ours !== 'number' || typeof floor !== 'number' || floor <= 0) return null;
  return ours / floor;
}

/** @param {string[][]} rows @param {Set<number>} rightAligned */
function textTable(rows, rightAligned) {
  const [header = [], ...body] = rows;
  const widths = header.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0)));
  /** @param {string[]} row */
  const line = (row) =>
    row
      .map((cell, col) => (rightAligned.has(col) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

/** The results as a table: scenario | measure | the three extensions | Know & Trust ÷ floor | unit. */
export function formatTable(scenarios) {
  const header = ['scenario', 'measure', ...KINDS.map((kind) => HEADERS[kind]), 'K&T ÷ floor', 'unit'];
  /** @type {string[][]} */
  const body = [];
  for (const scenario of scenarios) {
    scenario.measures.forEach((m, i) => {
      const ratio = ratioOf(m);
      body.push([
        i === 0 ? scenario.title : '',
        m.label,
        ...KINDS.map((kind) => formatValue(m[kind]?.median, m.unit)),
        ratio === null ? '' : `${ratio.toFixed(ratio >= 10 ? 0 : 1)}×`,
        m.unit,
      ]);
    });
  }
  return textTable([header, ...body], new Set([2, 3, 4, 5]));
}

/** The targets (targets.mjs) as a table: target | Know & Trust | floor script | status. */
export function formatTargets(targets) {
  const rows = targets.map((t) => [t.target, t.ours?.shown ?? '—', t.floor?.shown ?? '—', t.status]);
  return textTable([['target', 'Know & Trust', 'floor script', 'Know & Trust meets it'], ...rows], new Set());
}
