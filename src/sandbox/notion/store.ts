import type { DatabaseObjectResponse, RichTextItemResponse, UserObjectResponse } from '@notionhq/client';
import { notFound } from './errors.ts';
import { minuteTimestamp, normalizeId } from './ids.ts';
import { plainText, type MentionResolver } from './rich-text.ts';

/** A data source property as the API describes it; `config` is the value under the type key. */
export interface PropertySchema {
  id: string;
  name: string;
  type: string;
  description: string | null;
  config: Record<string, unknown>;
}

/** A property value in response form, without its id; people and relations keep their full lists. */
export interface StoredValue {
  type: string;
  value: unknown;
}

export interface DatabaseRecord {
  id: string;
  title: RichTextItemResponse[];
  description: RichTextItemResponse[];
  parent: DatabaseObjectResponse['parent'];
  isInline: boolean;
  inTrash: boolean;
  createdTime: string;
  lastEditedTime: string;
  dataSourceIds: string[];
}

export interface DataSourceRecord {
  id: string;
  databaseId: string;
  title: RichTextItemResponse[];
  description: RichTextItemResponse[];
  properties: PropertySchema[];
  inTrash: boolean;
  createdTime: string;
  lastEditedTime: string;
}

/** A database view; filter, sorts and configuration are kept as sent, after validation. */
export interface ViewRecord {
  id: string;
  databaseId: string;
  dataSourceId: string;
  name: string;
  type:
    'table' | 'board' | 'list' | 'calendar' | 'timeline' | 'gallery' | 'form' | 'chart' | 'map' | 'dashboard';
  createdTime: string;
  filter: unknown;
  sorts: unknown;
  configuration: unknown;
}

export type ContainerParent = { type: 'page_id'; page_id: string } | { type: 'block_id'; block_id: string };

export type PageParent =
  | { type: 'data_source_id'; data_source_id: string; database_id: string }
  | { type: 'page_id'; page_id: string }
  | { type: 'workspace'; workspace: true };

export interface PageRecord {
  id: string;
  parent: PageParent;
  properties: Record<string, StoredValue>;
  inTrash: boolean;
  createdTime: string;
  lastEditedTime: string;
  createdBy: string;
  lastEditedBy: string;
  childIds: string[];
}

export interface BlockRecord {
  id: string;
  parent: ContainerParent;
  type: string;
  content: Record<string, unknown>;
  childIds: string[];
  inTrash: boolean;
  createdTime: string;
  lastEditedTime: string;
  createdBy: string;
  lastEditedBy: string;
}

/** A data source template: a name, whether it is the default, and the blocks a page made from it gets. */
export interface TemplateRecord {
  id: string;
  dataSourceId: string;
  name: string;
  isDefault: boolean;
  /** Block requests, as a seed or `children` would give them; created anew for each page. */
  children: unknown[];
}

/** A template not yet applied to the page made from it: reads of the page's children still find it blank. */
export interface PendingTemplate {
  children: unknown[];
  /** Children reads of the page that still see it blank; the next one applies the template. */
  blankReadsLeft: number;
}

export interface CommentRecord {
  id: string;
  parent: ContainerParent;
  discussionId: string;
  richText: RichTextItemResponse[];
  createdTime: string;
  lastEditedTime: string;
  createdBy: string;
}

/** All Notion state; Maps keep insertion order, which is the default order of lists and queries. */
export class NotionStore implements MentionResolver {
  readonly users = new Map<string, UserObjectResponse>();
  readonly databases = new Map<string, DatabaseRecord>();
  readonly dataSources = new Map<string, DataSourceRecord>();
  readonly pages = new Map<string, PageRecord>();
  readonly blocks = new Map<string, BlockRecord>();
  readonly comments = new Map<string, CommentRecord>();
  readonly views = new Map<string, ViewRecord>();
  readonly templates = new Map<string, TemplateRecord>();
  /** Pages created from a template, by page id, until their template is applied. */
  readonly pendingTemplates = new Map<string, PendingTemplate>();
  botId = '';
  /** How many children reads of a page made from a template see it blank (see docs/sandbox.md). */
  templateBlankReads = 1;

  constructor(private readonly clock: () => Date) {}

  timestamp(): string {
    return minuteTimestamp(this.clock());
  }

  now(): Date {
    return this.clock();
  }

  user(id: string): UserObjectResponse {
    const user = this.users.get(normalizeId(id));
    if (!user) throw notFound('user', id);
    return user;
  }

  database(id: string): DatabaseRecord {
    const record = this.databases.get(normalizeId(id));
    if (!record) throw notFound('database', id);
    return record;
  }

  dataSource(id: string): DataSourceRecord {
    const record = this.dataSources.get(normalizeId(id));
    if (!record) throw notFound('data_source', id);
    return record;
  }

  page(id: string): PageRecord {
    const record = this.pages.get(normalizeId(id));
    if (!record) throw notFound('page', id);
    return record;
  }

  block(id: string): BlockRecord {
    const record = this.blocks.get(normalizeId(id));
    if (!record) throw notFound('block', id);
    return record;
  }

  /** Pages are blocks too: anything that can hold children. */
  container(id: string): PageRecord | BlockRecord {
    const key = normalizeId(id);
    const record = this.pages.get(key) ?? this.blocks.get(key);
    if (!record) throw notFound('block', id);
    return record;
  }

  userName(id: string): string | null {
    return this.users.get(normalizeId(id))?.name ?? null;
  }

  pageTitle(id: string): string | null {
    const page = this.pages.get(normalizeId(id));
    if (!page) return null;
    const title = Object.values(page.properties).find((value) => value.type === 'title');
    return title ? plainText(title.value as RichTextItemResponse[]) : null;
  }

  /** Blocks and pages inherit trash from any ancestor, as in the Notion UI. */
  isTrashed(record: PageRecord | BlockRecord): boolean {
    if (record.inTrash) return true;
    const parent = record.parent;
    if (parent.type === 'page_id') {
      const page = this.pages.get(parent.page_id);
      return page ? this.isTrashed(page) : false;
    }
    if (parent.type === 'block_id') {
      const block = this.blocks.get(parent.block_id);
      return block ? this.isTrashed(block) : false;
    }
    return false;
  }
}
