import type { Config } from '../core/config-schema.ts';
import {
  checkboxValue,
  dateValue,
  numberValue,
  peopleValue,
  revieweeValue,
  richTextValue,
  selectValue,
  spec,
  stageValue,
  titleValue,
} from './property-values.ts';

// The review page schema, built from the property names in config. It lists only the properties the
// tool reads; everything else on the page is ignored, so people may add their own columns freely.
// Due-date overrides and manager ratings are keyed `due:<stage>` and `rating:<code>`, since their
// number depends on config.

export function reviewSpecs(config: Config) {
  const p = config.notion.reviews.properties;
  const dueSpecs = Object.fromEntries(
    Object.entries(p.dueDates).flatMap(([stage, name]) =>
      name ? [[`due:${stage}`, spec(name, dateValue)]] : [],
    ),
  );
  const ratingSpecs = Object.fromEntries(
    config.framework.competencies.flatMap((c) =>
      c.managerProperty ? [[`rating:${c.code}`, spec(c.managerProperty, numberValue)]] : [],
    ),
  );
  const fixed = {
    title: spec(p.name, titleValue, true),
    reviewee: spec(p.reviewee, revieweeValue, true),
    manager: spec(p.manager, peopleValue),
    cycle: spec(p.cycle, selectValue, true),
    stage: spec(p.stage, stageValue, true),
    calibrated: spec(p.calibrated, checkboxValue),
    delivered: spec(p.delivered, checkboxValue),
    deliveredOn: spec(p.deliveredOn, dateValue),
    overallScore: spec(p.overallScore, numberValue),
    band: spec(p.band, selectValue),
    peerResponses: spec(p.peerResponses, numberValue),
    goalsOnTrack: spec(p.goalsOnTrack, richTextValue),
    lastSynced: spec(p.lastSynced, dateValue),
    syncNotes: spec(p.syncNotes, richTextValue),
    summaryHash: spec(p.summaryHash, richTextValue),
    codeScores: spec(p.codeScores, richTextValue),
    finalBand: spec(p.finalBand, selectValue),
    // Only read when config names one; an unnamed team property is not looked for on the page.
    team: spec(p.team ?? '', selectValue),
    summaryBlock: spec(p.summaryBlock, richTextValue),
  };
  return { fixed, dueSpecs, ratingSpecs };
}
