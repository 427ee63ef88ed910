import { describe, expect, it } from 'vitest';
import { mermaidLabel, overallTrendMermaid } from './mermaid.ts';
import { unicodeBar } from './bars.ts';
import { overallTrendText } from './text.ts';

describe('chart text', () => {
  it.each<[string, string]>([
    ['CQ self', '"CQ self"'],
    ['Say "hi"', '"Say hi"'],
    ['Line\nbreak', '"Line break"'],
    ['Équipe Zürich', '"Équipe Zürich"'],
    ['x-axis [1, 2] %% comment', '"x-axis 1, 2 comment"'],
    ['', '"?"'],
  ])('labels %j as %s', (text, label) => {
    expect(mermaidLabel(text)).toBe(label);
  });

  it.each<[number, number, string]>([
    [0, 5, ''],
    [5, 5, '██████████'],
    [2.5, 5, '█████'],
    [3.55, 5, '███████▏'],
    [9, 5, '██████████'],
    [-1, 5, ''],
  ])('draws %d of %d as %j', (value, max, bar) => {
    expect(unicodeBar(value, max)).toBe(bar);
  });

  it('draws the overall across cycles as a line, or as bars in text', () => {
    const points = [
      { cycle: '2026-H1', score: 3.4 },
      { cycle: '2026-H2', score: 3.8 },
    ];
    expect(overallTrendMermaid(points, { min: 1, max: 5 })).toBe(
      [
        'xychart-beta',
        '    title "Overall score by cycle"',
        '    x-axis ["2026-H1", "2026-H2"]',
        '    y-axis "Overall" 0 --> 5',
        '    line [3.4, 3.8]',
      ].join('\n'),
    );
    expect(overallTrendText(points, { min: 1, max: 5 }).rows).toEqual([
      ['2026-H1', '██████▊ 3.40'],
      ['2026-H2', '███████▋ 3.80'],
    ]);
  });

  it('rounds a value half away from zero like every other number the core shows', () => {
    // 1.005 is 1.00499999999999989... as a double: a bare Math.round(n * 100) / 100 gives 1.
    const line = overallTrendMermaid([{ cycle: '2026-H1', score: 1.005 }], { min: 1, max: 5 }).split('\n');
    expect(line.at(-1)).toBe('    line [1.01]');
  });
});
