import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The badge sits in a closed shadow root on LinkedIn's page, where axe cannot look: its text
// contrast is checked here, from its own style, against WCAG AA (4.5:1 for its 12 px text).

const style = /const STYLE = `([\s\S]*?)`;/.exec(readFileSync(join(__dirname, '..', '..', 'src', 'content', 'badge.ts'), 'utf8'))![1]!;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const dark = style.slice(style.indexOf('@media (prefers-color-scheme: dark)'));
const light = style.slice(0, style.indexOf('@media (prefers-color-scheme: dark)'));
const rules = (css: string) =>
  [...css.matchAll(/\[data-verdict="(accept|leave-pending|undecided)"\] \{ color: (#[0-9a-f]{6}); background-color: (#[0-9a-f]{6});/g)].map(
    (m) => [m[1]!, m[2]!, m[3]!] as const,
  );

describe('badge text contrast (WCAG AA)', () => {
  it('finds a colour pair for each verdict in light and dark mode', () => {
    expect(rules(light).map((r) => r[0])).toEqual(['accept', 'leave-pending', 'undecided']);
    expect(rules(dark).map((r) => r[0])).toEqual(['accept', 'leave-pending', 'undecided']);
  });
  it.each([...rules(light).map((r) => ['light', ...r]), ...rules(dark).map((r) => ['dark', ...r])])(
    '%s %s: %s on %s is at least 4.5:1',
    (_scheme, _verdict, fg, bg) => {
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    },
  );
  it('the measure itself: black on white is 21:1, grey #777 on white fails', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
