import type { CreatePageParameters } from '@notionhq/client';
import type { Config } from '../core/config-schema.ts';
import { stageName } from '../core/workflow/stages.ts';
import type { DueStage } from '../core/domain.ts';
import { ConfigError } from '../errors.ts';
import type { TemplateParameter } from '../notion/templates.ts';
import type { WorkspaceUser } from '../notion/workspace-users.ts';
import type { FeedbackLinks } from './feedback-links.ts';
import type { RosterEntry } from './roster.ts';

// The `pages.create` body of one review page: title, reviewee, manager, cycle and the first stage;
// due-date properties only where the roster overrides them for this person; and, when a form is
// configured, a short block with the two pre-filled form links. With a data source template the body is
// the template's, so the create names the template and carries no children: Notion refuses both at once.

export interface ReviewsSchema {
  dataSourceId: string;
  revieweeType: 'people' | 'email';
  stageType: 'status' | 'select';
}

export interface NewReview {
  entry: RosterEntry;
  reviewee: WorkspaceUser;
  manager: WorkspaceUser | null;
  links: FeedbackLinks | null;
  /** The template the page is made from; its links are appended once the template is applied. */
  template?: TemplateParameter | null;
}

export const pageTitle = (name: string, cycle: string) => `${name} — ${cycle}`;

const text = (content: string, url?: string) => ({
  type: 'text' as const,
  text: { content, ...(url ? { link: { url } } : {}) },
});

export function linkBlocks(
  name: string,
  links: FeedbackLinks,
): NonNullable<CreatePageParameters['children']> {
  const paragraph = (label: string, url: string) => ({
    object: 'block' as const,
    type: 'paragraph' as const,
    paragraph: { rich_text: [text(label, url)] },
  });
  return [
    paragraph(`Give feedback on ${name}`, links.feedback),
    ...(links.self ? [paragraph(`${name}'s self-assessment`, links.self)] : []),
  ];
}

function dueProperties(config: Config, due: Partial<Record<DueStage, string>>) {
  const out: Record<string, { date: { start: string } }> = {};
  for (const [stage, day] of Object.entries(due) as [DueStage, string | undefined][]) {
    if (!day) continue;
    const property = config.notion.reviews.properties.dueDates[stage];
    if (!property) {
      throw new ConfigError(`team: a due date for ${stage} is given, but no property holds it`, {
        details: [`Name the page's date property under notion.reviews.properties.dueDates.${stage}.`],
      });
    }
    out[property] = { date: { start: day } };
  }
  return out;
}

export function reviewPageRequest(
  config: Config,
  schema: ReviewsSchema,
  cycle: string,
  review: NewReview,
): CreatePageParameters {
  const p = config.notion.reviews.properties;
  const first = stageName(config, 'notStarted');
  const properties: Record<string, unknown> = {
    [p.name]: { title: [text(pageTitle(review.entry.name, cycle))] },
    [p.reviewee]:
      schema.revieweeType === 'people'
        ? { people: [{ id: review.reviewee.id }] }
        : { email: review.reviewee.email },
    [p.cycle]: { select: { name: cycle } },
    [p.stage]: schema.stageType === 'status' ? { status: { name: first } } : { select: { name: first } },
    ...dueProperties(config, review.entry.due),
  };
  if (review.manager) properties[p.manager] = { people: [{ id: review.manager.id }] };
  if (p.team && review.entry.team) properties[p.team] = { select: { name: review.entry.team } };
  return {
    parent: { type: 'data_source_id', data_source_id: schema.dataSourceId },
    properties: properties as CreatePageParameters['properties'],
    ...(review.template
      ? { template: review.template }
      : review.links
        ? { children: linkBlocks(review.entry.name, review.links) }
        : {}),
  };
}
