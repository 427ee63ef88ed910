import type { Config } from '../core/config-schema.ts';
import { formatFinding } from '../core/findings.ts';
import { isEmptyMigration, updateProperties } from '../core/notion-schema/migration.ts';
import { EXIT_OK, EXIT_SETUP, type ExitCode } from '../exit-codes.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import { planMigration, type DataSourceMigration } from './plan-migration.ts';

// `review-sync migrate [--apply]`: prints what each configured data source lacks for this config and,
// with --apply, adds it with one `dataSources.update` per data source, then reads the schemas back to
// verify. What only a person can do is printed as manual steps, and makes the exit code 2, because a
// sync would stop on it too.

export interface MigrateResult {
  lines: string[];
  exitCode: ExitCode;
  /** Data sources changed by this run. */
  updated: number;
}

const LABEL: Record<DataSourceMigration['section'], string> = {
  reviews: 'Reviews',
  goals: 'Goals',
  actionItems: 'Action items',
  feedbackRequests: 'Feedback requests',
};

const typeOf = (config: object) => Object.keys(config)[0] ?? '?';

export function describeMigration(migrations: readonly DataSourceMigration[]): string[] {
  const lines: string[] = [];
  for (const m of migrations) {
    const head = `${LABEL[m.section]} (data source ${m.dataSourceId})`;
    if (isEmptyMigration(m) && m.manual.length === 0) {
      lines.push(`${head}: nothing to change`);
      continue;
    }
    lines.push(`${head}:`);
    for (const a of m.add) lines.push(`  add ${typeOf(a.config)} property '${a.name}' (${a.configPath})`);
    for (const o of m.options) {
      lines.push(`  add to select '${o.name}' the option(s) ${o.missing.map((n) => `'${n}'`).join(', ')}`);
    }
    for (const f of m.manual) lines.push(`  manual: ${formatFinding(f).replace(/^problem\s+/, '')}`);
  }
  return lines;
}

export async function runMigrate(gw: NotionGateway, config: Config, apply: boolean): Promise<MigrateResult> {
  const planned = await planMigration(gw, config);
  const lines = describeMigration(planned);
  const pending = planned.filter((m) => !isEmptyMigration(m));
  const manual = planned.some((m) => m.manual.length > 0);
  if (!apply) {
    lines.push(
      pending.length === 0
        ? 'migrate: the workspace has everything the tool adds for this config'
        : `migrate: ${pending.length} data source(s) to change; nothing was written. Run \`review-sync migrate --apply\` to make these changes.`,
    );
    return { lines, exitCode: manual ? EXIT_SETUP : EXIT_OK, updated: 0 };
  }
  for (const m of pending) {
    await gw.dataSources.update({ data_source_id: m.dataSourceId, properties: updateProperties(m) });
  }
  // Read back: a change Notion accepted but did not make shows up here, not on the next sync.
  const after = pending.length === 0 ? planned : await planMigration(gw, config);
  const left = after.filter((m) => !isEmptyMigration(m));
  if (left.length > 0) {
    lines.push('migrate: after the update, still missing:', ...describeMigration(left));
    return { lines, exitCode: EXIT_SETUP, updated: pending.length };
  }
  lines.push(
    pending.length === 0
      ? 'migrate: nothing to change'
      : `migrate: updated ${pending.length} data source(s) and read them back: every change is in place`,
  );
  if (manual)
    lines.push(
      'migrate: the manual steps above are left for a person; `review-sync doctor` checks them again',
    );
  return { lines, exitCode: manual ? EXIT_SETUP : EXIT_OK, updated: pending.length };
}
