// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Mozilla's own linter (addons-linter, run by `web-ext lint`) on the Firefox build: the checks the
// add-on store applies to every upload. It runs offline: its rules and API schemas ship in the
// package. The CLI is spawned as a developer would run it; NO_UPDATE_NOTIFIER keeps web-ext from
// looking for a newer version of itself, --no-config-discovery from reading a config in $HOME.

const root = join(__dirname, '..', '..');
const webExtBin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

interface LintMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
  metadata: { id?: string; manifestVersion?: number; firefoxMinVersion?: string };
}

let out: string;
let report: LintReport;

const describeMessage = (m: LintMessage) =>
  `${m.code}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}: ${m.message} ${[m.description ?? ''].flat().join(' ')}`;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'know-trust-lint-'));
  execFileSync(process.execPath, ['build.mjs', '--out', out], { cwd: root, stdio: 'pipe' });
  const lint = spawnSync(
    process.execPath,
    [webExtBin, 'lint', '--source-dir', join(out, 'firefox'), '--output', 'json', '--no-config-discovery'],
    { cwd: out, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, timeout: 50_000 },
  );
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  try {
    report = JSON.parse(lint.stdout) as LintReport;
  } catch {
    throw new Error(`web-ext lint gave no JSON report (exit ${lint.status}):\n${lint.stdout}\n${lint.stderr}`);
  }
  for (const m of report.notices) console.log(`web-ext lint notice: ${describeMessage(m)}`);
}, 60_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('web-ext lint on the Firefox build', () => {
  it('reads the manifest we ship: MV3, our gecko id, the minimum Firefox version', () => {
    expect(report.metadata.manifestVersion).toBe(3);
    expect(report.metadata.id).toBe('know-and-trust@knowtrust');
    expect(report.metadata.firefoxMinVersion).toMatch(/^\d+\.\d+$/);
  });

  it('finds 0 errors', () => {
    expect(report.errors.map(describeMessage)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('finds 0 warnings', () => {
    expect(report.warnings.map(describeMessage)).toEqual([]);
    expect(report.summary.warnings).toBe(0);
  });

  it('gives no notice about security, permissions or data collection (other notices are printed)', () => {
    const serious = report.notices.filter((m) =>
      /secur|permission|unsafe|eval|innerhtml|remote|data_collection|privacy|csp/i.test(`${m.code} ${m.message}`),
    );
    expect(serious.map(describeMessage)).toEqual([]);
  });
});
