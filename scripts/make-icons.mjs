#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest uses (icons/icon-<size>.png), with a
// transparent background, in the system Chromium. Run after changing icon.svg and commit the PNGs:
// the build copies them and does not need a browser.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS, REPO_ROOT, findChromium } from './chromium.mjs';

const SIZES = [16, 32, 48, 128];
const iconsDir = path.join(REPO_ROOT, 'icons');
const svg = fs.readFileSync(path.join(iconsDir, 'icon.svg'), 'utf8');

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: `sudo apt-get install chromium`, or set KNOW_TRUST_CHROMIUM=/path/to/chromium');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: [...QUIET_CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const file = path.join(iconsDir, `icon-${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
  }
} finally {
  await browser.close();
}
