import type { Config } from '../core/config-schema.ts';
import type { ConfigRule } from './rules.ts';

// Rules for raters.nominations and the perspectives: checks across fields that the schema alone
// cannot express.

// `required` matches each peer answer to a nominee by the respondent's email; a source configured to
// collect none would have every peer answer refused.
export const requiredNeedsEmails: ConfigRule = (c: Config) =>
  c.raters.nominations !== 'required'
    ? []
    : c.sources.flatMap((source, i) =>
        source.fields.respondentEmail !== null
          ? []
          : [
              {
                path: `sources[${i}].fields.respondentEmail`,
                message:
                  'expected the column or question of the respondent\'s email: raters.nominations "required" matches each peer answer to a nominated peer by it',
              },
            ],
      );

// Self and Manager bring no peer perspective. A label raters.relationships lacks is left alone: the
// defaults name relationships a team may not use.
export const perspectivesOfPeers: ConfigRule = (c: Config) =>
  Object.keys(c.raters.perspectives.relationships).flatMap((label) =>
    (c.raters.relationships[label] ?? 'peer') === 'peer'
      ? []
      : [
          {
            path: `raters.perspectives.relationships.${label}`,
            message: `expected a peer relationship, "${label}" has the role "${c.raters.relationships[label] ?? ''}"`,
          },
        ],
  );

// A wanted perspective no peer relationship of the form stands for names a kind of colleague the form
// cannot tell apart: the team has dropped that relationship and should drop the perspective too.
export const wantedPerspectivesAskable: ConfigRule = (c: Config) => {
  if (c.raters.nominations === 'off') return [];
  const { relationships, wanted } = c.raters.perspectives;
  const askable = new Set(
    Object.entries(relationships)
      .filter(([label]) => c.raters.relationships[label] === 'peer')
      .map(([, perspective]) => perspective),
  );
  return wanted.flatMap((alternatives, i) =>
    alternatives.some((p) => askable.has(p))
      ? []
      : [
          {
            path: `raters.perspectives.wanted[${i}]`,
            message: `expected a perspective that a peer relationship of raters.relationships stands for (raters.perspectives.relationships), got ${alternatives.join(', ')}`,
          },
        ],
  );
};
