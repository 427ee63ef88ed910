import { describe, expect, it } from 'vitest';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { formItems, formRequests, naOption, rubricDescription } from './form-requests.ts';

const config = makeConfig();
const titles = (c = config) => formItems(c).map((item) => item.title);
const choices = (title: string, c = config) =>
  formItems(c)
    .find((item) => item.title === title)
    ?.questionItem?.question?.choiceQuestion?.options?.map((o) => o.value);

describe('formItems', () => {
  it('asks who, the relationship, then one rating per code, titled exactly as config', () => {
    expect(titles()).toEqual([
      'Who are you reviewing?',
      'Your relationship to them',
      'Code quality [CQ]',
      'System design [SD]',
      'Collaboration [COL]',
    ]);
  });

  it.each([
    [
      'Your relationship to them',
      [
        'Self',
        'Manager',
        'Backend peer',
        'Frontend developer',
        'QA engineer',
        'Product manager',
        'Project lead',
      ],
    ],
    ['Code quality [CQ]', ['1', '2', '3', '4', '5', 'N/A']],
  ])('%s offers %j', (title, expected) => {
    expect(choices(title)).toEqual(expected);
  });

  it('follows the scale bounds', () => {
    const wide = makeConfig({ scale: { min: 0, max: 3 } });
    expect(choices('System design [SD]', wide)).toEqual(['0', '1', '2', '3', 'N/A']);
  });

  it.each([
    [['N/A', 'NA'], 'N/A'],
    [['n.a.'], 'n.a.'],
    [[], undefined],
  ])('with naValues %j the N/A choice is %s', (naValues, expected) => {
    expect(naOption(makeConfig({ scale: { naValues } }))).toBe(expected);
  });

  it('makes ratings optional when there is no N/A choice to decline with', () => {
    const item = formItems(makeConfig({ scale: { naValues: [] } }))[2];
    expect(item?.questionItem?.question?.required).toBe(false);
    expect(item?.questionItem?.question?.choiceQuestion?.options).toHaveLength(5);
  });

  it('puts the rubric, numbered from the scale minimum, in the description', () => {
    const competency = config.framework.competencies[0];
    if (!competency) throw new Error('fixture has a competency');
    expect(rubricDescription(competency, config)).toBe('1: r1\n2: r2\n3: r3\n4: r4\n5: r5');
    expect(formItems(config)[2]?.description).toBe('1: r1\n2: r2\n3: r3\n4: r4\n5: r5');
  });

  it('adds comment, per-code comment and cycle questions when config names them', () => {
    const withComments = makeConfig({
      sources: [
        {
          type: 'form',
          form: 'f',
          fields: { comment: 'Anything else?', cycle: 'Which cycle?' },
        },
      ],
      framework: {
        competencies: (baseConfigInput.framework.competencies ?? []).map((c, i) =>
          i === 0 ? { ...c, commentQuestion: 'Why this CQ rating?' } : c,
        ),
      },
    });
    expect(titles(withComments)).toEqual([
      'Who are you reviewing?',
      'Your relationship to them',
      'Which cycle?',
      'Code quality [CQ]',
      'Why this CQ rating?',
      'System design [SD]',
      'Collaboration [COL]',
      'Anything else?',
    ]);
    expect(choices('Which cycle?', withComments)).toEqual(['2026-H2']);
    const comment = formItems(withComments).at(-1)?.questionItem?.question;
    expect(comment).toEqual({ required: false, textQuestion: { paragraph: true } });
  });
});

describe('formRequests', () => {
  const plan = formRequests(config);

  it('collects verified emails first, then creates every item at its index', () => {
    expect(plan.requests[0]).toEqual({
      updateSettings: { settings: { emailCollectionType: 'VERIFIED' }, updateMask: 'emailCollectionType' },
    });
    const created = plan.requests.slice(1).map((r) => r.createItem?.location?.index);
    expect(created).toEqual([0, 1, 2, 3, 4]);
  });

  it('titles the form after the framework', () => {
    expect(plan.title).toBe('Backend engineering: 360° feedback');
  });

  it('returns the field mapping the questions follow', () => {
    expect(plan.fields.reviewee).toBe('Who are you reviewing?');
  });
});
