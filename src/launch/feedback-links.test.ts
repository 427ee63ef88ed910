import { describe, expect, it } from 'vitest';
import { configSchema } from '../core/config-schema.ts';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { entryNumber, feedbackLinks, linkTemplate } from './feedback-links.ts';

const config = configSchema.parse(baseConfigInput);
const source = {
  type: 'form' as const,
  form: 'form-1',
  fields: {
    timestamp: 'Timestamp',
    respondentEmail: 'Email Address',
    reviewee: 'Who are you reviewing?',
    relationship: 'Your relationship to them',
  },
};
const form = (reviewee: Record<string, unknown>) => ({
  responderUri: 'https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform',
  items: [
    { title: 'Who are you reviewing?', questionItem: { question: { questionId: '00a1b2c3', ...reviewee } } },
    {
      title: 'Your relationship to them',
      questionItem: {
        question: {
          questionId: '7f000001',
          choiceQuestion: { type: 'RADIO', options: [{ value: 'Self' }, { value: 'Backend peer' }] },
        },
      },
    },
  ],
});

describe('feedback links', () => {
  it.each([
    ['00a1b2c3', '10597059'],
    ['7f000001', '2130706433'],
    ['ffffffffffff', '281474976710655'],
  ])('writes question id %s as entry.%s', (hex, decimal) => {
    expect(entryNumber(hex)).toBe(decimal);
  });

  it('pre-fills the reviewee, and the relationship too for the self-assessment', () => {
    const template = linkTemplate(form({ textQuestion: {} }), source, config);
    expect(feedbackLinks(template, { email: 'ada@example.com', name: 'Ada Lovelace' })).toEqual({
      feedback:
        'https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform?usp=pp_url&entry.10597059=ada%40example.com',
      self:
        'https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform?usp=pp_url&entry.10597059=ada%40example.com' +
        '&entry.2130706433=Self',
    });
  });

  it('uses the option naming the person when the reviewee question is a drop-down', () => {
    const choice = {
      choiceQuestion: { type: 'DROP_DOWN', options: [{ value: 'Ada Lovelace' }, { value: 'Bo Chen' }] },
    };
    const template = linkTemplate(form(choice), source, config);
    expect(feedbackLinks(template, { email: 'ada@example.com', name: 'Ada Lovelace' })?.feedback).toMatch(
      /entry\.10597059=Ada%20Lovelace$/,
    );
    expect(feedbackLinks(template, { email: 'zed@example.com', name: 'Zed' })).toBeNull();
  });

  it('refuses a form without the reviewee question', () => {
    const broken = { ...form({ textQuestion: {} }), items: [] };
    expect(() => linkTemplate(broken, source, config)).toThrow('has no question "Who are you reviewing?"');
  });
});
