import { checkConfigText, readConfigText } from '../../config/load.ts';
import { formatIssues } from '../../config/format-issues.ts';
import { stageName } from '../../core/workflow/stages.ts';
import { actionItemPages, type Config } from '../../core/config-schema.ts';
import { STAGE_KEYS } from '../../core/domain.ts';
import { EXIT_OK, EXIT_SETUP, type ExitCode } from '../../exit-codes.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { ConfigCheckFlags } from './config.ts';

function describeSource(source: Config['sources'][number]): string {
  switch (source.type) {
    case 'sheet':
      return `sheet ${source.spreadsheet} (tab "${source.sheet}")`;
    case 'form':
      return `form ${source.form}`;
    case 'csv':
      return `csv ${source.path}`;
  }
}

/** What a Notion section names: a data source is used as is, a database costs a lookup. */
function sourceText(section: { database?: string; dataSource?: string }): string {
  return section.dataSource !== undefined
    ? `data source ${section.dataSource}`
    : `database ${section.database ?? ''}`;
}

/** Each Notion section and what it names; action items only as pages (see actionItemsLine). */
function notionSections(config: Config): string[] {
  const { reviews, goals, objectives } = config.notion;
  const named = { reviews, goals, 'action items': actionItemPages(config) ?? undefined, objectives };
  return Object.entries(named).flatMap(([label, section]) =>
    section === undefined ? [] : [`${label} ${sourceText(section)}`],
  );
}

/** Where planned actions end up, so a person can see which mode the file selects. */
export function actionItemsLine(config: Config): string {
  const items = config.notion.actionItems;
  const from = stageName(config, config.actionPlan.createFrom);
  if (items?.mode === 'todos') {
    const named =
      items.dataSource !== undefined ? 'data source' : items.database !== undefined ? 'database' : null;
    const unused = named === null ? '' : ` (the ${named} named is not used in this mode)`;
    return `to-do blocks inside the summary from ${from}; ticks carried over${unused}`;
  }
  const pages = actionItemPages(config);
  if (pages) return `one page each in ${sourceText(pages)} from ${from}`;
  return 'none: the plan is listed in the summary only';
}

/** A one-screen view of what the config will do. */
export function summariseConfig(config: Config, path: string): string[] {
  const stages = STAGE_KEYS.filter((k) => k !== 'calibration' || config.calibration.enabled).map((k) =>
    stageName(config, k),
  );
  const totalWeight = config.framework.competencies.reduce((s, k) => s + k.weight, 0);
  return [
    `${path}: valid`,
    `time zone   ${config.timeZone}`,
    `cycles      ${config.cycles.map((c) => `${c.name} (opens ${c.opens}${c.closes ? `, closes ${c.closes}` : ''})`).join('; ')}`,
    `stages      ${stages.join(' → ')}`,
    `framework   ${config.framework.name}: ${config.framework.competencies.length} codes, scale ${config.scale.min}..${config.scale.max}`,
    ...config.framework.competencies.map(
      (k) =>
        `  ${k.code.padEnd(6)} ${k.name} (${k.category}, weight ${((k.weight / totalWeight) * 100).toFixed(0)}%${k.required ? ', required' : ''})`,
    ),
    `raters      manager ${config.raters.weights.manager}, peers ${config.raters.weights.peer}, self ${config.raters.weights.self}; peers shown from ${config.raters.minPeerResponses} responses`,
    `sources     ${config.sources.length === 0 ? 'none' : config.sources.map(describeSource).join('; ')}`,
    `notion      ${notionSections(config).join(', ')}`,
    `items       ${actionItemsLine(config)}`,
    `action plan ${config.actionPlan.catalog.length} catalog entries, ${config.actionPlan.goalTemplates.length} goal templates; growth below ${config.actionPlan.growthBelow}, strength from ${config.actionPlan.strengthAtLeast}`,
    `enforce     ${config.enforce ? 'on: stages set too far are moved back' : 'off: stages set too far are noted, not moved'}`,
  ];
}

export async function runConfigCheck(flags: ConfigCheckFlags): Promise<ExitCode> {
  const output = consoleOutput({ quiet: flags.quiet ?? false });
  return runCommand(
    async () => {
      const result = checkConfigText(await readConfigText(flags.config));
      if (!result.ok) {
        output.error(`${flags.config}: ${result.issues.length} problem(s)`);
        for (const line of formatIssues(result.issues)) output.error(`  ${line}`);
        return EXIT_SETUP;
      }
      for (const line of summariseConfig(result.config, flags.config)) output.info(line);
      return EXIT_OK;
    },
    { debug: flags.debug ?? false, output },
  );
}
