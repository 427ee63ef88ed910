import { describe, expect, it } from 'vitest';
import type { ListTemplatesParameters, ListTemplatesResponse, NotionGateway } from './gateway.ts';
import { chooseTemplate, listTemplates, type DataSourceTemplate } from './templates.ts';

const review: DataSourceTemplate = { id: 't-review', name: 'Review page', isDefault: true };
const short: DataSourceTemplate = { id: 't-short', name: 'Short  review', isDefault: false };

describe('chooseTemplate', () => {
  it.each<[string, string, DataSourceTemplate[], unknown]>([
    ['the default', 'default', [short, review], { type: 'default' }],
    [
      'a name, ignoring case and spacing',
      'short review',
      [review, short],
      { type: 'template_id', template_id: 't-short' },
    ],
    [
      'a name that is also the default',
      'Review page',
      [review],
      { type: 'template_id', template_id: 't-review' },
    ],
  ])('takes %s', (_label, wanted, templates, parameter) => {
    expect(chooseTemplate(wanted, templates)).toMatchObject({ ok: true, parameter });
  });

  it.each<[string, string, DataSourceTemplate[], string]>([
    [
      '"default" without a default template',
      'default',
      [short],
      'has no default template (its templates: "Short  review")',
    ],
    ['"default" with no templates at all', 'default', [], 'the data source has no templates'],
    ['a name that is not there', 'Annual', [review, short], '"Annual" is not a template'],
    ['a name two templates share', 'review page', [review, { ...review, id: 't-2' }], 'names 2 templates'],
  ])('refuses %s, with a fix', (_label, wanted, templates, problem) => {
    const choice = chooseTemplate(wanted, templates);
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.problem).toContain(problem);
    expect(choice.fix).not.toBe('');
  });
});

describe('listTemplates', () => {
  it('follows next_cursor until the list ends, asking for 100 at a time', async () => {
    const sent: ListTemplatesParameters[] = [];
    const pages: ListTemplatesResponse[] = [
      {
        templates: [{ id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'One', is_default: false }],
        has_more: true,
        next_cursor: 'aaaaaaaa-0000-4000-8000-000000000002',
      },
      {
        templates: [{ id: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Two', is_default: true }],
        has_more: false,
        next_cursor: null,
      },
    ];
    const gw = {
      dataSources: {
        listTemplates: (args: ListTemplatesParameters) => {
          sent.push(args);
          return Promise.resolve(pages[sent.length - 1]!);
        },
      },
    } as unknown as NotionGateway;
    expect(await listTemplates(gw, 'ds-1')).toEqual([
      { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'One', isDefault: false },
      { id: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Two', isDefault: true },
    ]);
    expect(sent).toEqual([
      { data_source_id: 'ds-1', page_size: 100 },
      { data_source_id: 'ds-1', page_size: 100, start_cursor: 'aaaaaaaa-0000-4000-8000-000000000002' },
    ]);
  });
});
