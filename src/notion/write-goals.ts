import type { Config } from '../core/config-schema.ts';
import type { GoalStatus } from '../core/domain.ts';
import { ConfigError } from '../errors.ts';
import type { NotionGateway } from './gateway.ts';

// Of a goal page the tool writes only Progress and Goal status (their names come from config); the rest is people's.

/** Writes the two tool-owned goal fields in one idempotent `pages.update`. */
export async function updateGoal(
  gw: NotionGateway,
  config: Pick<Config, 'notion'>,
  goalPageId: string,
  progress: number | null,
  status: GoalStatus | null,
): Promise<void> {
  const goals = config.notion.goals;
  if (!goals) throw new ConfigError('notion.goals is not configured');
  await gw.pages.update({
    page_id: goalPageId,
    properties: {
      [goals.properties.progress]: { number: progress },
      [goals.properties.status]: { select: status === null ? null : { name: status } },
    },
  });
}
