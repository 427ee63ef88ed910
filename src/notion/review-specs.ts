import type { Config } from '../core/config-schema.ts';
import {
  DUE_DATE_PROPERTY,
  MANAGER_RATING_PROPERTY,
  REVIEW_PROPERTIES,
} from '../core/notion-contract/contract.ts';
import { featureOn } from '../core/notion-schema/features.ts';
import { contractSpec, contractSpecs, keysOf } from './contract-specs.ts';

// The review page's specs, built from the schema contract and the property names in config. Only the
// declared properties are read; everything else on the page is ignored, so people may add their own
// columns freely. Due-date overrides and manager ratings are keyed `due:<stage>` and `rating:<code>`,
// since how many there are depends on config.

type ReviewKey = keyof typeof REVIEW_PROPERTIES;
type NominationKey = 'peers' | 'peersApproved';

const NOMINATION_KEYS: readonly NominationKey[] = ['peers', 'peersApproved'];
const FIXED_KEYS = keysOf(REVIEW_PROPERTIES).filter(
  (key): key is Exclude<ReviewKey, NominationKey> => !(NOMINATION_KEYS as readonly string[]).includes(key),
);

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
  const fixed = contractSpecs(REVIEW_PROPERTIES, p, FIXED_KEYS);
  // Asked for and read only while nominations are on: with them off, the query and every review are
  // exactly what they were before nominations existed.
  const nominationSpecs = contractSpecs(
    REVIEW_PROPERTIES,
    p,
    featureOn(config, 'nominations') ? NOMINATION_KEYS : [],
  );
  return { fixed, nominationSpecs, dueSpecs, ratingSpecs };
}
