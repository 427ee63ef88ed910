// The plan digest: one hash over everything plan() and the overview planner decide for three synthetic
// teams at three dates. A refactor must leave it unchanged. The form hashed is normalised so that renaming
// a field or a type does not change it: object keys are dropped and an object's values are hashed as a
// sorted multiset, while array order (which is behaviour) is kept. Values a rename does not touch, such as
// scores, texts, ids, dates and change kinds, are all covered.
//
//   npm run digest             prints the digest and one line per team and date
//   npm run digest -- --check  exits 1 when the digest differs from scripts/digest/expected.txt
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../src/config/load.ts';
import { plan } from '../src/planner/plan.ts';
import { planOverviews } from '../src/sync/overview-step.ts';
import { normalisedDigest } from './digest/normalise.ts';
import { planState, syntheticTeam } from './bench/synthetic-team.ts';

const CONFIG = 'demo/review-sync.yaml';
const EXPECTED = 'scripts/digest/expected.txt';

// Sizes, seeds and answers per review differ, so small-group hiding, full teams and sparse data all show.
const TEAMS = [
  { reviews: 12, seed: 7, responsesPerReview: 3 },
  { reviews: 60, seed: 42, responsesPerReview: 8 },
  { reviews: 240, seed: 1234, responsesPerReview: 11 },
];
// Before the self-assessment deadline, during 360 feedback, and after every due date of the cycle.
const DATES = ['2026-11-10T08:00:00Z', '2026-12-05T23:30:00Z', '2027-02-01T12:00:00Z'];

async function main(): Promise<void> {
  const config = await loadConfig(CONFIG);
  const lines: string[] = [];
  const parts: string[] = [];
  for (const spec of TEAMS) {
    const state = planState(config, syntheticTeam(config, spec.reviews, spec.seed, spec.responsesPerReview));
    for (const iso of DATES) {
      const now = new Date(iso);
      const planned = plan(state, config, now);
      const overviews = planOverviews(planned, config, [...new Set(state.reviews.map((r) => r.cycle))]);
      const part = normalisedDigest({ planned, overviews });
      parts.push(part);
      lines.push(`${String(spec.reviews).padStart(4)} reviews · ${iso} · ${part.slice(0, 16)}`);
    }
  }
  const digest = normalisedDigest(parts);
  console.log(lines.join('\n'));
  console.log(`plan digest ${digest}`);
  if (process.argv.includes('--check')) {
    const expected = (await readFile(EXPECTED, 'utf8')).trim();
    if (expected !== digest) {
      console.error(`the plan digest changed: expected ${expected}`);
      process.exitCode = 1;
    } else console.log('unchanged');
  }
}

await main();
