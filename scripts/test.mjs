#!/usr/bin/env node
// `npm test`: the type check and lint, the unit tests, then (where a Chromium is found) the extension built and the browser
// tests run against it, then (where a Firefox is found) the Firefox build run in Firefox. The last
// line printed is always `N passed, N failed`, counting the tests of all suites; the exit code is
// non-zero if any test failed or a suite could not run.
//
// Environment:
//   KNOW_TRUST_CHROMIUM=/path      the Chromium for the browser tests (default /usr/bin/chromium, then PATH)
//   KNOW_TRUST_FIREFOX=/path       the Firefox for the Firefox test (default /usr/bin/firefox-esr, then PATH)
//   REQUIRE_BROWSER_TESTS=1        no Chromium or no Firefox is a failure, not a skip (CI sets this)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIREFOX_HOW_TO, findFirefox } from '../tests/firefox/find-firefox.mjs';
import { REPO_ROOT, findChromium } from './chromium.mjs';

const requireBrowser = process.env.REQUIRE_BROWSER_TESTS === '1';

/** Runs a command in the repository with inherited output; returns its exit code. */
function run(command, args, env = process.env) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`Could not start ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

if (!fs.existsSync(path.join(REPO_ROOT, 'node_modules'))) {
  if (run('npm', ['ci']) !== 0) {
    console.log('npm ci failed: no test could run.');
    console.log('0 passed, 0 failed');
    process.exit(1);
  }
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'know-trust-test-'));
let passed = 0;
let failed = 0;
/** Problems that are not failed tests: a suite that could not run, or ran but did not pass. */
const problems = [];

/** Runs one vitest suite with a JSON report and adds its counts to the totals. */
function vitestSuite(name, extraArgs, env) {
  const report = path.join(reportDir, `${name}.json`);
  const code = run('npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  let counts;
  try {
    counts = JSON.parse(fs.readFileSync(report, 'utf8'));
  } catch {
    problems.push(`${name} tests: vitest exited with code ${code} and wrote no report`);
    return;
  }
  passed += counts.numPassedTests;
  failed += counts.numFailedTests;
  console.log(`${name} tests: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed`);
  // A file whose import or beforeAll failed has no failed test to count: name it instead.
  const brokenFiles = (counts.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles) {
    const why = (file.message || 'no message').split('\n')[0];
    problems.push(`${name} tests: ${path.relative(REPO_ROOT, file.name)} failed outside its tests: ${why}`);
  }
  if (code !== 0 && counts.numFailedTests === 0 && brokenFiles.length === 0) {
    problems.push(`${name} tests: vitest exited with code ${code}`);
  }
}

try {
  // Type check and lint first: both are quick, and a failure is a problem like a failed suite.
  if (run('npm', ['run', '--silent', 'typecheck']) !== 0) problems.push('typecheck: `npm run typecheck` found errors');
  if (run('npm', ['run', '--silent', 'lint']) !== 0)
    problems.push('lint: `npm run lint` found problems (`npm run format` fixes the formatting ones)');
  vitestSuite('unit', []);

  /** @type {string | null} */
  let chromium = null;
  let lookupFailed = false;
  try {
    chromium = findChromium();
  } catch (error) {
    lookupFailed = true;
    problems.push(`browser tests: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (chromium) {
    if (run(process.execPath, ['build.mjs']) !== 0) {
      problems.push('browser tests: `node build.mjs` failed, so the extension could not be tested');
    } else {
      vitestSuite('browser', ['--config', 'vitest.browser.config.ts'], { ...process.env, KNOW_TRUST_CHROMIUM: chromium });
    }
  } else if (!lookupFailed) {
    const how = 'To run them: `sudo apt-get install chromium` (Debian/Ubuntu), or set KNOW_TRUST_CHROMIUM=/path/to/chromium.';
    if (requireBrowser) {
      problems.push(`browser tests: no Chromium found and REQUIRE_BROWSER_TESTS=1. ${how}`);
    } else {
      console.log(`\nBrowser tests SKIPPED: no Chromium found (looked at $KNOW_TRUST_CHROMIUM, /usr/bin/chromium, PATH).\n${how}`);
    }
  }

  // The Firefox test builds the extension into its own temporary folder and runs it with web-ext.
  /** @type {string | null} */
  let firefox = null;
  let firefoxLookupFailed = false;
  try {
    firefox = findFirefox();
  } catch (error) {
    firefoxLookupFailed = true;
    problems.push(`firefox tests: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (firefox) {
    vitestSuite('firefox', ['--config', 'vitest.firefox.config.ts'], { ...process.env, KNOW_TRUST_FIREFOX: firefox });
  } else if (!firefoxLookupFailed) {
    if (requireBrowser) {
      problems.push(`firefox tests: no Firefox found and REQUIRE_BROWSER_TESTS=1. ${FIREFOX_HOW_TO}`);
    } else {
      console.log(
        `\nFirefox tests SKIPPED: no Firefox found (looked at $KNOW_TRUST_FIREFOX, /usr/bin/firefox-esr, PATH).\n${FIREFOX_HOW_TO}`,
      );
    }
  }
} finally {
  fs.rmSync(reportDir, { recursive: true, force: true });
}

for (const problem of problems) console.log(`FAILED TO RUN: ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
