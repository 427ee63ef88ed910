// @ts-check
// A lint rule that resolves every relative import against the importing file and fails it unless the
// file's layer lists the target. Import text alone cannot say which layer `../types.ts` reaches (it
// depends on how deep the importing file sits), so the rule works on resolved paths, not on patterns.
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} absolute */
const fromRoot = (absolute) => relative(repoRoot, absolute).split(sep).join(posix.sep);

/**
 * The layer a repository path belongs to: `src/<folder>` for a file in a folder under src,
 * `src/*.ts` for a root module, otherwise its top-level folder (`scripts`, `test`).
 * @param {string} path
 */
export function layerOf(path) {
  const parts = path.split('/');
  if (parts[0] !== 'src') return parts[0] ?? '';
  return parts.length === 2 ? 'src/*.ts' : `src/${parts[1]}`;
}

/**
 * @param {string} target
 * @param {string} entry a folder (matches everything under it) or a single file
 */
const reaches = (target, entry) => target === entry || target.startsWith(`${entry}/`);

/**
 * Why a common mistake is wrong, said plainly; the generic message covers the rest.
 * @param {string} target
 * @param {string[]} allowed
 */
function reason(target, allowed) {
  if (reaches(target, 'test')) return 'Only tests import from test/.';
  if (reaches(target, 'src/sandbox') && allowed.includes('src/sandbox/index.ts')) {
    return 'Import the sandbox through sandbox/index.ts only.';
  }
  return '';
}

/**
 * @typedef {object} FenceOptions
 * @property {Record<string, string[]>} table layer -> the folders and files it may import
 * @property {string[]} everywhere files every layer may import
 * @property {string} where the files that hold the table, named in the messages
 */

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its row of the fence table lists.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      unplaced:
        '{{layer}} is not in the fence table: add the folder, and what it may import, to the table in {{where}}.',
      fenced:
        '{{layer}} may not import {{target}}. {{reason}}It may import only: {{allowed}} (see {{where}}).',
    },
  },
  create(context) {
    const options = /** @type {FenceOptions} */ (context.options[0]);
    const file = fromRoot(context.filename);
    const layer = layerOf(file);
    const row = options.table[layer];
    // Tests may reach test/support and sandbox internals, so they are held only to being placed.
    const isTest = /\.test\.[cm]?[jt]s$/.test(file);
    if (row === undefined) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unplaced', data: { layer, where: options.where } });
        },
      };
    }
    if (isTest) return {};
    const own = layer === 'src/*.ts' ? [] : [layer];
    const allowed = [...own, ...row, ...options.everywhere];

    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('./') && !spec.startsWith('../')) return;
      const target = fromRoot(resolve(dirname(context.filename), spec));
      if (allowed.some((entry) => reaches(target, entry))) return;
      context.report({
        node: source,
        messageId: 'fenced',
        data: {
          layer,
          target,
          reason: reason(target, allowed) ? `${reason(target, allowed)} ` : '',
          allowed: allowed.join(', '),
          where: options.where,
        },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `typeof import('../x.ts')` in a type position; older parsers nest the string under `argument`.
      /** @param {any} node */
      TSImportType: (node) => check(node.source ?? node.argument?.literal),
    };
  },
};
