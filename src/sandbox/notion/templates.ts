import type { Client } from '@notionhq/client';
import { createBlock } from './block-object.ts';
import { param, type NotionContext } from './context.ts';
import { bodyValidationError, validationError } from './errors.ts';
import { normalizeId } from './ids.ts';
import { pageSizeOf, paginate } from './pagination.ts';
import type { DataSourceRecord, NotionStore, PageRecord, TemplateRecord } from './store.ts';

// Data source templates: the list endpoint, the `template` parameter of a page create, and the delay
// before a template is applied. Notion applies a template in the background, so a page made from one is
// blank at first; here it stays blank for a set number of reads of its children (docs/sandbox.md).

/** The SDK types the list's answer without exporting the name, so it is taken from the method. */
type ListDataSourceTemplatesResponse = Awaited<ReturnType<Client['dataSources']['listTemplates']>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `GET /v1/data_sources/{id}/templates`: paged, optionally narrowed by `name` (case-insensitive part). */
export function listTemplates(ctx: NotionContext): ListDataSourceTemplatesResponse {
  const { store } = ctx;
  const source = store.dataSource(param(ctx, 0));
  const query = ctx.url.searchParams;
  const pageSize = pageSizeOf(query.get('page_size') ?? undefined, 'query.page_size');
  const name = query.get('name')?.toLowerCase() ?? '';
  const templates = templatesOf(store, source).filter((t) => t.name.toLowerCase().includes(name));
  const window = paginate(templates, query.get('start_cursor'), pageSize, (t) => t.id);
  return {
    templates: window.results.map((t) => ({ id: t.id, name: t.name, is_default: t.isDefault })),
    has_more: window.has_more,
    next_cursor: window.next_cursor,
  };
}

export function templatesOf(store: NotionStore, source: DataSourceRecord): TemplateRecord[] {
  return [...store.templates.values()].filter((t) => t.dataSourceId === source.id);
}

/**
 * The template a create asks for, or null for none. Refused as Notion refuses them: a template with page
 * content in the same request, a template for a page outside a data source, `default` on a data source
 * without a default template, and an id that is not one of the data source's templates.
 */
export function requestedTemplate(
  store: NotionStore,
  body: Record<string, unknown>,
  source: DataSourceRecord | undefined,
): TemplateRecord | null {
  const raw = body.template;
  if (raw === undefined) return null;
  if (!isRecord(raw)) throw bodyValidationError('body.template', 'should be an object');
  if (raw.type === 'none') return null;
  if (raw.type !== 'default' && raw.type !== 'template_id') {
    throw bodyValidationError(
      'body.template.type',
      'should be one of `none`, `default` or `template_id`, instead was ' + `\`${JSON.stringify(raw.type)}\``,
    );
  }
  for (const content of ['children', 'content', 'markdown']) {
    if (body[content] !== undefined) {
      throw validationError(
        `body failed validation: body.${content} should not be present when body.template.type is \`${raw.type}\`.`,
      );
    }
  }
  if (!source) throw validationError('A template can only be applied to a page in a data source.');
  if (raw.type === 'default') {
    const found = templatesOf(store, source).find((t) => t.isDefault);
    if (!found) throw validationError(`Data source ${source.id} has no default template.`);
    return found;
  }
  if (typeof raw.template_id !== 'string') {
    throw bodyValidationError('body.template.template_id', 'should be defined, instead was `undefined`');
  }
  const found = store.templates.get(normalizeId(raw.template_id));
  if (!found || found.dataSourceId !== source.id) {
    throw validationError(`Template ${raw.template_id} is not a template of data source ${source.id}.`);
  }
  return found;
}

/** Marks a new page as made from `template`; with no delay configured it is applied at once. */
export function startTemplate(store: NotionStore, page: PageRecord, template: TemplateRecord): void {
  const pending = { children: structuredClone(template.children), blankReadsLeft: store.templateBlankReads };
  store.pendingTemplates.set(page.id, pending);
  if (pending.blankReadsLeft <= 0) applyTemplate(store, page);
}

/**
 * Called on each read of a container's children. A page with a pending template stays blank for the
 * configured number of reads, then gets the template's blocks after whatever it holds by then: an append
 * sent before the template landed ends up above the template's content, which is the mistake to catch.
 */
export function onChildrenRead(store: NotionStore, containerId: string): void {
  const pending = store.pendingTemplates.get(containerId);
  if (!pending) return;
  if (pending.blankReadsLeft > 0) {
    pending.blankReadsLeft -= 1;
    return;
  }
  applyTemplate(store, store.page(containerId));
}

function applyTemplate(store: NotionStore, page: PageRecord): void {
  const pending = store.pendingTemplates.get(page.id);
  if (!pending) return;
  store.pendingTemplates.delete(page.id);
  pending.children.forEach((child, index) => {
    const block = createBlock(
      store,
      child,
      { type: 'page_id', page_id: page.id },
      `template.children[${index}]`,
    );
    page.childIds.push(block.id);
  });
  page.lastEditedTime = store.timestamp();
}
