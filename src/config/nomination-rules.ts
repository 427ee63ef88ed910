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
