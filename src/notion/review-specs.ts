import type { Config } from '../core/config-schema.ts';
import {
  DUE_DATE_PROPERTY,
  MANAGER_RATING_PROPERTY,
  REVIEW_PROPERTIES,
} from '../core/notion-contract/contract.ts';
import { contractSpec, contractSpecs, keysOf } from './contract-specs.ts';

// The review page's specs, built from the schema contract and the property names in config. Only the
// declared properties are read; everything else on the page is ignored, so people may add their own
// columns freely. Due-date overrides and manager ratings are keyed `due:<stage>` and `rating:<code>`,
// since how many there are depends on config.

export function reviewSpecs(config: Config) {
  const p = config.notion.reviews.properties;
  const dueSpecs = Object.fromEntries(
    Object.entries(p.dueDates).flatMap(([stage, name]) =>
      name ? [[`due:${stage}`, contractSpec(DUE_DATE_PROPERTY, name)]] : [],
    ),
  );
  const ratingSpecs = Object.fromEntries(
    config.framework.competencies.flatMap((c) =>
      c.managerProperty
        ? [[`rating:${c.code}`, contractSpec(MANAGER_RATING_PROPERTY, c.managerProperty)]]
        : [],
    ),
  );
  const fixed = contractSpecs(REVIEW_PROPERTIES, p, keysOf(REVIEW_PROPERTIES));
  return { fixed, dueSpecs, ratingSpecs };
}
