import type { CreatePageParameters } from '@notionhq/client';
import type { NotionGateway } from './gateway.ts';
import { canonicalId } from './ids.ts';
import { forEachListPage, PAGE_SIZE } from './paginate.ts';

// Data source templates, for `launch.template`: the list (`GET /v1/data_sources/{id}/templates`, paged
// by `next_cursor` like every Notion list) and the choice in config resolved against it.

export interface DataSourceTemplate {
  id: string;
  name: string;
  isDefault: boolean;
}

/** The `template` parameter of a page create. */
export type TemplateParameter = NonNullable<CreatePageParameters['template']>;

/** Every template of the data source: ⌈templates/100⌉ requests, one in practice. */
export async function listTemplates(gw: NotionGateway, dataSourceId: string): Promise<DataSourceTemplate[]> {
  const found: DataSourceTemplate[] = [];
  await forEachListPage(
    (cursor) =>
      gw.dataSources.listTemplates({
        data_source_id: dataSourceId,
        page_size: PAGE_SIZE,
        ...(cursor ? { start_cursor: cursor } : {}),
      }),
    (page) => {
      for (const t of page.templates)
        found.push({ id: canonicalId(t.id), name: t.name, isDefault: t.is_default });
    },
  );
  return found;
}

export type TemplateChoice =
  | { ok: true; template: DataSourceTemplate; parameter: TemplateParameter }
  | { ok: false; problem: string; fix: string };

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * `default` or a template's name, against the data source's templates. A name matches ignoring case and
 * spacing; two templates with the same name are a problem, since either could be meant.
 */
export function chooseTemplate(wanted: string, templates: readonly DataSourceTemplate[]): TemplateChoice {
  const names = templates.map((t) => `"${t.name}"`).join(', ');
  const available = templates.length === 0 ? 'the data source has no templates' : `its templates: ${names}`;
  if (wanted === 'default') {
    const found = templates.find((t) => t.isDefault);
    if (found) return { ok: true, template: found, parameter: { type: 'default' } };
    return {
      ok: false,
      problem: `launch.template is "default", but the reviews data source has no default template (${available})`,
      fix: 'set a default template on the Reviews database in Notion (New ▾ → ••• next to the template → Set as default), name a template in launch.template, or set it to "none"',
    };
  }
  const matches = templates.filter((t) => normalise(t.name) === normalise(wanted));
  const [only, ...more] = matches;
  if (only && more.length === 0) {
    return { ok: true, template: only, parameter: { type: 'template_id', template_id: only.id } };
  }
  if (only) {
    return {
      ok: false,
      problem: `launch.template "${wanted}" names ${matches.length} templates of the reviews data source`,
      fix: 'rename the templates in Notion so that one has this name',
    };
  }
  return {
    ok: false,
    problem: `launch.template "${wanted}" is not a template of the reviews data source (${available})`,
    fix: 'create the template in the Reviews database (New ▾ → New template) and share the database with the integration, or set launch.template to one of the names listed, "default" or "none"',
  };
}
