import type { Config, Perspective } from '../config-schema.ts';
import type { Person } from '../domain.ts';
import { normaliseEmail } from '../emails.ts';

// Which 360 perspectives a review's nominations cover. A nominee's perspective comes from who they are
// (raters.perspectives.people, else their team[] entry), never from their answers: a gap computed from
// answers would point at the one nominee who has not answered.

const LABELS: Readonly<Record<Perspective, string>> = {
  qa: 'QA',
  frontend: 'frontend',
  product: 'product',
  'project-lead': 'project lead',
  'backend-peer': 'backend peer',
};

export const perspectiveLabel = (perspective: Perspective): string => LABELS[perspective];

/** "product or project lead": one wanted entry, met by any of its perspectives. */
export const requirementLabel = (alternatives: readonly Perspective[]): string =>
  alternatives.map(perspectiveLabel).join(' or ');

/** Lower-cased email → perspective, from the people map first and the roster after it. */
export function perspectiveIndex(config: Config): ReadonlyMap<string, Perspective> {
  const index = new Map<string, Perspective>();
  for (const [email, perspective] of Object.entries(config.raters.perspectives.people)) {
    const key = normaliseEmail(email);
    if (key !== null) index.set(key, perspective);
  }
  for (const member of config.team) {
    const key = normaliseEmail(member.email);
    if (key !== null && member.perspective && !index.has(key)) index.set(key, member.perspective);
  }
  return index;
}

/** The perspectives the people bring; a person with no known perspective brings none. */
export function perspectivesOf(
  people: readonly Person[],
  index: ReadonlyMap<string, Perspective>,
): Set<Perspective> {
  const found = new Set<Perspective>();
  for (const person of people) {
    const key = normaliseEmail(person.email);
    const perspective = key === null ? undefined : index.get(key);
    if (perspective) found.add(perspective);
  }
  return found;
}

/** The wanted entries (in config order) that none of the people meets. */
export function missingPerspectives(
  config: Config,
  people: readonly Person[],
  index: ReadonlyMap<string, Perspective> = perspectiveIndex(config),
): Perspective[][] {
  const covered = perspectivesOf(people, index);
  return config.raters.perspectives.wanted.filter(
    (alternatives) => !alternatives.some((p) => covered.has(p)),
  );
}
