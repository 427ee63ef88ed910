import { bodyValidationError, type NotionApiError } from './errors.ts';

/** Size limits from Notion's "Request limits" reference; over any of them the API answers 400 validation_error. */
export const LIMITS = {
  textContent: 2000,
  linkUrl: 2000,
  equation: 1000,
  arrayItems: 100,
  blocksPerRequest: 1000,
  bodyBytes: 500 * 1024,
  appendNesting: 2,
  pageReferences: 25,
  pageSize: 100,
} as const;

function tooLong(path: string, max: number, actual: number): NotionApiError {
  return bodyValidationError(`${path}.length`, `should be ≤ \`${max}\`, instead was \`${actual}\``);
}

/**
 * Walks a whole request body once and enforces the per-value limits, so each
 * endpoint only needs to know its own shape. Paths match Notion's messages.
 */
export function enforceValueLimits(value: unknown, path = 'body'): void {
  if (Array.isArray(value)) {
    if (value.length > LIMITS.arrayItems) throw tooLong(path, LIMITS.arrayItems, value.length);
    value.forEach((item, index) => enforceValueLimits(item, `${path}[${index}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    const childPath = `${path}.${key}`;
    if (typeof child === 'string') {
      if (key === 'content' && path.endsWith('.text') && child.length > LIMITS.textContent) {
        throw tooLong(childPath, LIMITS.textContent, child.length);
      }
      if (key === 'url' && path.endsWith('.link') && child.length > LIMITS.linkUrl) {
        throw tooLong(childPath, LIMITS.linkUrl, child.length);
      }
      if (key === 'expression' && child.length > LIMITS.equation) {
        throw tooLong(childPath, LIMITS.equation, child.length);
      }
      continue;
    }
    enforceValueLimits(child, childPath);
  }
}

export function enforceBodySize(rawBody: string): void {
  const bytes = Buffer.byteLength(rawBody, 'utf8');
  if (bytes > LIMITS.bodyBytes) {
    throw bodyValidationError('body', `should be ≤ \`${LIMITS.bodyBytes}\` bytes, instead was \`${bytes}\``);
  }
}

/** Children are nested under the block's type key, e.g. `toggle.children`. */
export function nestedChildren(block: unknown): unknown[] | undefined {
  if (typeof block !== 'object' || block === null) return undefined;
  const record = block as Record<string, unknown>;
  const type = blockTypeOf(record);
  const content = type ? record[type] : undefined;
  if (typeof content !== 'object' || content === null) return undefined;
  const children = (content as Record<string, unknown>).children;
  return Array.isArray(children) ? children : undefined;
}

export function blockTypeOf(block: Record<string, unknown>): string | undefined {
  if (typeof block.type === 'string') return block.type;
  return Object.keys(block).find((key) => key !== 'object' && key !== 'type');
}

/** Enforces the per-request block count and the two-level nesting rule for appends. */
export function enforceBlockTree(children: readonly unknown[], path: string): void {
  let count = 0;
  const visit = (blocks: readonly unknown[], blocksPath: string, depth: number): void => {
    blocks.forEach((block, index) => {
      count += 1;
      const nested = nestedChildren(block);
      if (!nested) return;
      const type = blockTypeOf(block as Record<string, unknown>) ?? 'block';
      const nestedPath = `${blocksPath}[${index}].${type}.children`;
      if (depth > LIMITS.appendNesting) {
        throw bodyValidationError(nestedPath, 'should be not present, instead was `[...]`');
      }
      visit(nested, nestedPath, depth + 1);
    });
  };
  visit(children, path, 1);
  if (count > LIMITS.blocksPerRequest) {
    throw bodyValidationError(
      path,
      `should contain at most \`${LIMITS.blocksPerRequest}\` blocks in total, instead had \`${count}\``,
    );
  }
}
