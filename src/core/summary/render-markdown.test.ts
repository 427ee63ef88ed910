import { describe, expect, it } from 'vitest';
import { makeResponse } from '../../../test/support/review-builders.ts';
import { buildSummary } from './build-summary.ts';
import { escapeMarkdown, renderSummaryMarkdown } from './render-markdown.ts';
import { makeSummaryInput } from '../../../test/support/summary-builders.ts';

describe('renderSummaryMarkdown', () => {
  it('renders the rendered summary', () => {
    expect(renderSummaryMarkdown(buildSummary(makeSummaryInput()))).toMatchSnapshot();
  });

  it('says so when a section is empty and peers are hidden', () => {
    const input = makeSummaryInput();
    const model = buildSummary({
      ...input,
      score: { ...input.score, peersVisible: false, overall: null, band: 'Insufficient data' },
      responses: [],
      goals: [],
      plan: [],
    });
    expect(renderSummaryMarkdown(model)).toMatchSnapshot();
  });

  it('escapes comment text so it renders literally', () => {
    const input = makeSummaryInput();
    const responses = [makeResponse({ comments: { overall: '# not a heading | *nor* a cell' } })];
    const markdown = renderSummaryMarkdown(buildSummary({ ...input, responses }));
    expect(markdown).toContain('- “\\# not a heading \\| \\*nor\\* a cell”');
  });
});

describe('escapeMarkdown', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['a|b', 'a\\|b'],
    ['_x_ `y` [z](w) <b>', '\\_x\\_ \\`y\\` \\[z\\](w) \\<b\\>'],
    ['=1+1', '=1+1'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toEqual(expected);
  });
});
