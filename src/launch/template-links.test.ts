import { describe, expect, it } from 'vitest';
import type { ListedBlock } from '../notion/block-children.ts';
import { hasFeedbackLinks } from './template-links.ts';

const FORM = 'https://docs.google.com/forms/d/e/1FAIpQLSf-demo/viewform';
const paragraph = (url: string | null, content = 'text'): ListedBlock =>
  ({
    id: 'b',
    type: 'paragraph',
    paragraph: {
      rich_text: [{ type: 'text', text: { content, link: url ? { url } : null }, href: url }],
    },
  }) as ListedBlock;

describe('hasFeedbackLinks', () => {
  it.each<[string, ListedBlock[], boolean]>([
    ['a blank page', [], false],
    ['template text only', [paragraph(null, 'Self-assessment')], false],
    ['the feedback link', [paragraph(null), paragraph(`${FORM}?usp=pp_url&entry.1=a%40b.c`)], true],
    ['a plain link to the form, not pre-filled', [paragraph(FORM)], false],
    [
      'a link to another form',
      [paragraph('https://docs.google.com/forms/d/e/other/viewform?usp=pp_url')],
      false,
    ],
    ['a heading that names the form', [{ id: 'h', type: 'heading_2' }], false],
  ])('%s: %s', (_label, blocks, expected) => {
    expect(hasFeedbackLinks(blocks, FORM)).toBe(expected);
  });
});
