import type { RichTextItemResponse } from '@notionhq/client';
import { bodyValidationError } from './errors.ts';

type Annotations = RichTextItemResponse['annotations'];

const DEFAULT_ANNOTATIONS: Annotations = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};

/** Looks up display names so mentions get the `plain_text` Notion would render. */
export interface MentionResolver {
  userName(id: string): string | null;
  pageTitle(id: string): string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function plainText(items: readonly RichTextItemResponse[]): string {
  return items.map((item) => item.plain_text).join('');
}

export function textItem(content: string): RichTextItemResponse {
  return {
    type: 'text',
    text: { content, link: null },
    annotations: { ...DEFAULT_ANNOTATIONS },
    plain_text: content,
    href: null,
  };
}

/** Converts one request rich-text item to the response shape, refusing anything Notion would refuse. */
export function toRichTextItem(raw: unknown, path: string, resolver: MentionResolver): RichTextItemResponse {
  if (!isRecord(raw))
    throw bodyValidationError(path, 'should be an object, instead was `' + String(raw) + '`');
  const annotations: Annotations = {
    ...DEFAULT_ANNOTATIONS,
    ...(isRecord(raw.annotations) ? (raw.annotations as Partial<Annotations>) : {}),
  };
  const type =
    typeof raw.type === 'string'
      ? raw.type
      : 'text' in raw
        ? 'text'
        : 'mention' in raw
          ? 'mention'
          : 'equation' in raw
            ? 'equation'
            : undefined;
  if (type === 'text' && isRecord(raw.text) && typeof raw.text.content === 'string') {
    const link =
      isRecord(raw.text.link) && typeof raw.text.link.url === 'string' ? { url: raw.text.link.url } : null;
    return {
      type: 'text',
      text: { content: raw.text.content, link },
      annotations,
      plain_text: raw.text.content,
      href: link?.url ?? null,
    };
  }
  if (type === 'equation' && isRecord(raw.equation) && typeof raw.equation.expression === 'string') {
    const expression = raw.equation.expression;
    return { type: 'equation', equation: { expression }, annotations, plain_text: expression, href: null };
  }
  if (type === 'mention' && isRecord(raw.mention)) return toMention(raw.mention, annotations, path, resolver);
  throw bodyValidationError(`${path}.text`, 'should be defined, instead was `undefined`');
}

function toMention(
  mention: Record<string, unknown>,
  annotations: Annotations,
  path: string,
  resolver: MentionResolver,
): RichTextItemResponse {
  if (isRecord(mention.user) && typeof mention.user.id === 'string') {
    const id = mention.user.id;
    const name = resolver.userName(id);
    return {
      type: 'mention',
      mention: { type: 'user', user: { object: 'user', id } },
      annotations,
      plain_text: name ? `@${name}` : '@Anonymous',
      href: null,
    };
  }
  if (isRecord(mention.page) && typeof mention.page.id === 'string') {
    const id = mention.page.id;
    return {
      type: 'mention',
      mention: { type: 'page', page: { id } },
      annotations,
      plain_text: resolver.pageTitle(id) ?? 'Untitled',
      href: `https://www.notion.so/${id.replace(/-/g, '')}`,
    };
  }
  if (isRecord(mention.date) && typeof mention.date.start === 'string') {
    const start = mention.date.start;
    const end = typeof mention.date.end === 'string' ? mention.date.end : null;
    return {
      type: 'mention',
      mention: { type: 'date', date: { start, end, time_zone: null } },
      annotations,
      plain_text: end ? `${start} → ${end}` : start,
      href: null,
    };
  }
  throw bodyValidationError(`${path}.mention`, 'should be a user, page or date mention');
}

export function toRichText(raw: unknown, path: string, resolver: MentionResolver): RichTextItemResponse[] {
  if (!Array.isArray(raw))
    throw bodyValidationError(path, 'should be an array, instead was `' + JSON.stringify(raw) + '`');
  return raw.map((item, index) => toRichTextItem(item, `${path}[${index}]`, resolver));
}

/** Seeds and dumps write rich text back in request form, which is also valid input. */
export function toRequestRichText(items: readonly RichTextItemResponse[]): unknown[] {
  return items.map((item) => {
    const { plain_text: _plain, href: _href, ...rest } = item;
    return rest;
  });
}
