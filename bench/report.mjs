// Turning runs into what `npm run bench` shows and keeps: per measure, the median of the runs of
// each extension (medians, because one run disturbed by the rest of the machine must not move the
// figure), printed as a plain-text table and written with every single run to bench/results.json.
import { median } from './scenarios/common.mjs';

/** One scenario's runs ({ ours: [{key: value}], reference: [...] }) → its measures with medians. */
export function summariseScenario(scenario, runs) {
  const side = (list) =>
    list === undefined
      ? null
      : (key) => {
          const values = list.map((run) => run[key]);
          return { median: median(values), runs: values };
        };
  const ours = side(runs.ours);
  const reference = side(runs.reference);
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
      ours: ours ? ours(key) : null,
      reference: reference ? reference(key) : null,
    })),
  };
}

/** Bundle sizes as table rows: raw and gzip per file, the reference's content script beside ours. */
export function bundleScenario(ours, reference) {
  const refContent = reference.find((b) => b.file === 'content.js');
  const kb = (bytes) => ({ median: bytes / 1024, runs: [bytes / 1024] });
  return {
    id: 'bundles',
    title: 'bundle size (dist/chrome)',
    measures: ours.flatMap((b) => {
      const ref = b.file === 'content.js' ? refContent : undefined;
      return [
        { key: `${b.file}:raw`, label: `${b.file}, raw`, unit: 'KB', ours: kb(b.rawBytes), reference: ref ? kb(ref.rawBytes) : null },
        {
          key: `${b.file}:gzip`,
          label: `${b.file}, gzip -9`,
          unit: 'KB',
          ours: kb(b.gzipBytes),
          reference: ref ? kb(ref.gzipBytes) : null,
        },
      ];
    }),
  };
}

function formatValue(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === '%') return value.toFixed(1);
  if (value >= 100) return Math.round(value).toLocaleString('en');
  return value.toFixed(value >= 10 ? 1 : 2);
}

/** The results as a table: scenario | measure | Know & Trust | reference | unit. */
export function formatTable(scenarios) {
  const header = ['scenario', 'measure', 'Know & Trust', 'naive reference', 'unit'];
  /** @type {string[][]} */
  const body = [];
  for (const scenario of scenarios) {
    scenario.measures.forEach((m, i) => {
      body.push([
        i === 0 ? scenario.title : '',
        m.label,
        formatValue(m.ours?.median, m.unit),
        formatValue(m.reference?.median, m.unit),
        m.unit,
      ]);
    });
  }
  const rows = [header, ...body];
  const widths = header.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0)));
  /** @param {string[]} row */
  const line = (row) =>
    row
      .map((cell, col) => (col === 2 || col === 3 ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
