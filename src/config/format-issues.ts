import type { z } from 'zod';

/** One problem in a config file: where it is and what was expected there. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** Renders a zod path as people write it in YAML docs: `framework.competencies[2].weight`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  // `weight:` with no value parses as null in YAML; users think of it as "left empty".
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}

// zod's type names, as a YAML author would say them.
const TYPE_NAMES: Record<string, string> = { array: 'list', int: 'whole number' };

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function oneOf(values: readonly unknown[]): string {
  return `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

// zod only fills `input` when parsing with `reportInput: true`; a key that is absent has no input at all.
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.input === undefined;
}

function got(issue: z.core.$ZodIssue): string {
  return isMissing(issue) ? '' : `, got ${describeReceived(issue.input)}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  // A message written in the schema already says what was expected; only zod's default is replaced.
  if (!/^Too (small|big)/.test(issue.message)) return issue.message;
  const small = issue.code === 'too_small';
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const strict = small ? 'greater than' : 'less than';
  const bound = inclusive ? (small ? 'at least' : 'at most') : strict;
  switch (issue.origin) {
    case 'number':
    case 'int':
      return `expected a number ${bound} ${String(limit)}${got(issue)}`;
    case 'array':
      return `expected ${bound} ${String(limit)} item${limit === 1 ? '' : 's'}`;
    case 'string':
      return `expected ${bound} ${String(limit)} characters`;
    default:
      return issue.message;
  }
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue)
        ? `missing required key, expected ${typeName(issue.expected)}`
        : `expected ${typeName(issue.expected)}, got ${describeReceived(issue.input)}`;
    case 'unrecognized_keys':
      // Only reached for a single key: issuesFromZod splits them so each path points at the key itself.
      return 'unknown key, check its spelling and indentation';
    case 'invalid_value':
      return `expected ${oneOf(issue.values)}${got(issue)}`;
    case 'invalid_format':
      return `${issue.message}${got(issue)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_union': {
      // A discriminated union names its tag and options; say which values the tag may take.
      const withTag = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] };
      if (withTag.discriminator !== undefined && withTag.options !== undefined) {
        const input: unknown = issue.input;
        const tag =
          input !== null && typeof input === 'object'
            ? (input as Record<string, unknown>)[withTag.discriminator]
            : undefined;
        return tag === undefined
          ? `missing required key, expected ${oneOf(withTag.options)}`
          : `expected ${oneOf(withTag.options)}, got ${describeReceived(tag)}`;
      }
      return issue.message.startsWith('Invalid input') ? 'expected one of the allowed shapes' : issue.message;
    }
    default:
      return issue.message;
  }
}

/** The key a person probably meant instead of an unknown one, or null. */
export type SuggestKey = (path: readonly PropertyKey[], key: string) => string | null;

export function issuesFromZod(error: z.ZodError, suggest?: SuggestKey): ConfigIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => {
          const meant = suggest?.(issue.path, key) ?? null;
          return {
            path: formatPath([...issue.path, key]),
            message: meant === null ? messageFor(issue) : `unknown key, did you mean "${meant}"?`,
          };
        })
      : [{ path: formatPath(issue.path), message: messageFor(issue) }],
  );
}

export function formatIssues(issues: readonly ConfigIssue[]): string[] {
  return issues.map((issue) => `${issue.path}: ${issue.message}`);
}
