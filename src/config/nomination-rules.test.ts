import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import type { NominationMode } from '../core/config-schema.ts';
import { requiredNeedsEmails } from './nomination-rules.ts';

describe('requiredNeedsEmails', () => {
  it.each<[NominationMode, string | null, string[]]>([
    ['required', 'Email Address', []],
    ['required', null, ['sources[0].fields.respondentEmail']],
    ['track', null, []],
    ['off', null, []],
  ])('nominations %s with respondentEmail %j', (nominations, respondentEmail, paths) => {
    const config = makeConfig({
      raters: { nominations },
      sources: [{ type: 'csv', path: 'a.csv', fields: { respondentEmail } }],
    });
    expect(requiredNeedsEmails(config).map((issue) => issue.path)).toEqual(paths);
  });
});
