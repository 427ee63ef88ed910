import type { Config } from '../core/config-schema.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from '../notion/gateway.ts';
import { chooseTemplate, listTemplates, type TemplateParameter } from '../notion/templates.ts';

// `launch.template` resolved once per run, before anything is created: one paged list of the reviews
// data source's templates. A template that is not there stops the launch as a config problem (exit 2)
// with the same words `doctor` uses, so no page is made from the wrong body.

export interface ResolvedTemplate {
  /** The template's name in Notion, for the report. */
  name: string;
  parameter: TemplateParameter;
}

export async function resolveLaunchTemplate(
  gw: NotionGateway,
  config: Config,
  dataSourceId: string,
): Promise<ResolvedTemplate | null> {
  const wanted = config.launch.template;
  if (wanted === 'none') return null;
  const choice = chooseTemplate(wanted, await listTemplates(gw, dataSourceId));
  if (!choice.ok) throw new ConfigError(choice.problem, { details: [`To fix: ${choice.fix}.`] });
  return { name: choice.template.name, parameter: choice.parameter };
}
