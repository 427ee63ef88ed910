import type { Config } from '../config-schema.ts';
import { problem, type Finding } from '../findings.ts';
import type { DataSourceProperties } from './checks.ts';
import { selectConfig, type CreatableProperty, type PropertyConfig } from './creation.ts';
import type { DataSourceKind, PropertyExpectation } from './expectations.ts';
import { migrateMayAdd } from './features.ts';

// What `migrate` would change on one data source so that this config can sync against it: the
// tool-owned properties it lacks, and the options missing from the selects the tool writes. It never
// renames, retypes or deletes, and never touches a person's property; what only a person can do (a
// wrong type, a status option, a missing property of theirs) comes back as a manual step with the fix.
// The one person's property it adds is a missing input of a feature the config turns on (Peers, Peers
// approved): it is empty until people fill it, so adding it changes nothing anyone wrote.

export interface PropertyAddition {
  name: string;
  configPath: string;
  config: PropertyConfig;
}

export interface OptionAddition {
  name: string;
  configPath: string;
  missing: string[];
  /** The select's whole option list to send: the existing options, by id, then the new ones. */
  config: PropertyConfig;
}

export interface SectionMigration {
  section: DataSourceKind;
  add: PropertyAddition[];
  options: OptionAddition[];
  manual: Finding[];
}

const CHECK: Record<DataSourceKind, string> = {
  reviews: 'reviews schema',
  goals: 'goals schema',
  actionItems: 'action items schema',
  feedbackRequests: 'feedback requests schema',
};

const normalise = (name: string) => name.trim().toLowerCase();

/** The request body's `properties` for one `dataSources.update`; empty when nothing is to change. */
export function updateProperties(migration: SectionMigration): Record<string, PropertyConfig> {
  return Object.fromEntries([
    ...migration.add.map((a) => [a.name, a.config] as const),
    ...migration.options.map((o) => [o.name, o.config] as const),
  ]);
}

export function isEmptyMigration(migration: SectionMigration): boolean {
  return migration.add.length === 0 && migration.options.length === 0;
}

function missingOptions(
  live: DataSourceProperties[string],
  wanted: PropertyConfig,
  ignoreCase: boolean,
): { missing: string[]; existing: { id?: string; name: string; color?: string }[] } {
  const existing = (live.type === 'status' ? live.status : live.select)?.options ?? [];
  const key = (name: string) => (ignoreCase ? normalise(name) : name);
  const present = new Set(existing.map((o) => key(o.name)));
  const names = 'select' in wanted ? wanted.select.options.map((o) => o.name) : [];
  return { missing: names.filter((name) => !present.has(key(name))), existing };
}

export function planSectionMigration(input: {
  section: DataSourceKind;
  live: DataSourceProperties;
  creatable: readonly CreatableProperty[];
  expectations: readonly PropertyExpectation[];
  config: Config;
}): SectionMigration {
  const { section, live, creatable, expectations } = input;
  const check = CHECK[section];
  const result: SectionMigration = { section, add: [], options: [], manual: [] };
  const stageName = input.config.notion.reviews.properties.stage;
  for (const property of creatable) {
    const { name, configPath, decl, config } = property;
    const current = live[name];
    if (current === undefined) {
      if (migrateMayAdd(input.config, decl)) result.add.push({ name, configPath, config });
      continue;
    }
    if (
      decl.owner !== 'tool' ||
      !('select' in config) ||
      !(decl.reads as readonly string[]).includes(current.type)
    )
      continue;
    // Stage names match ignoring case, as the reader matches them; other options match exactly.
    const { missing, existing } = missingOptions(
      current,
      config,
      section === 'reviews' && name === stageName,
    );
    if (missing.length === 0) continue;
    if (current.type === 'status') {
      result.manual.push(
        problem(
          check,
          `status '${name}' has no option ${missing.map((m) => `'${m}'`).join(', ')}`,
          `add ${missing.length === 1 ? 'it' : 'them'} in Notion (the API cannot create status options), or rename the stages in config to match`,
        ),
      );
      continue;
    }
    const options = [...existing, ...missing.map((name) => ({ name }))];
    result.options.push({ name, configPath, missing, config: selectConfig(options) });
  }
  for (const { name, configPath, types, needed, decl } of expectations) {
    const current = live[name];
    const elsewhere = `or point ${configPath} at another property`;
    if (current !== undefined && !types.includes(current.type)) {
      result.manual.push(
        problem(
          check,
          `property '${name}' is ${current.type}, expected ${types.join(' or ')}`,
          `migrate never changes a type: change it in Notion ${elsewhere}`,
        ),
      );
    } else if (current === undefined && needed && !migrateMayAdd(input.config, decl)) {
      result.manual.push(
        problem(
          check,
          `property '${name}' is missing and belongs to people`,
          `add a ${types.join(' or ')} property named '${name}' in Notion ${elsewhere}`,
        ),
      );
    }
  }
  return result;
}
