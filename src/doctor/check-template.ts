import type { NotionGateway } from '../notion/gateway.ts';
import { chooseTemplate, listTemplates } from '../notion/templates.ts';
import { ok, problem, problemFromError, type Finding } from './findings.ts';

// `launch.template` against the live reviews data source: one paged read of its templates. A template
// that is not there is a config problem, reported with its fix; `launch` stops on it too (exit 2).

const CHECK = 'launch template';

export async function checkLaunchTemplate(
  gw: NotionGateway,
  wanted: string,
  dataSourceId: string,
): Promise<Finding> {
  try {
    const choice = chooseTemplate(wanted, await listTemplates(gw, dataSourceId));
    if (!choice.ok) return problem(CHECK, choice.problem, choice.fix);
    const which = wanted === 'default' ? 'the default template' : 'the template';
    return ok(CHECK, `new review pages are made from ${which} "${choice.template.name}"`);
  } catch (error) {
    return problemFromError(
      CHECK,
      error,
      'share the Reviews database with the integration, so that its templates can be listed',
    );
  }
}
