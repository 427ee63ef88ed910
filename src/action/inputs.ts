// The action's inputs, as the runner passes them (INPUT_<NAME> variables, names upper-cased with dashes
// kept), turned into the `review-sync sync` arguments a person would type.

export type Inputs = Record<string, string | undefined>;

/** What `core.getInput` reads: INPUT_ + the name upper-cased, spaces as underscores, trimmed. */
export function inputOf(env: Inputs, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE', ''];

function booleanInput(env: Inputs, name: string): boolean {
  const value = inputOf(env, name);
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new TypeError(`input ${name}: expected true or false, got "${value}"`);
}

/** The sync arguments; `reportFile` is where the report goes when the input leaves it empty. */
export function syncArguments(env: Inputs, reportFile: string): string[] {
  const args = ['sync', '--config', inputOf(env, 'config') || 'review-sync.yaml'];
  args.push('--report-file', inputOf(env, 'report-file') || reportFile);
  if (booleanInput(env, 'dry-run')) args.push('--dry-run');
  for (const name of ['review', 'shard', 'log-detail']) {
    const value = inputOf(env, name);
    if (value !== '') args.push(`--${name}`, value);
  }
  return args;
}
