import { describe, expect, it } from 'vitest';
import { makeResponse } from '../../../test/support/review-builders.ts';
import { peerIdentities, redactText } from './redact.ts';

describe('redactText', () => {
  it.each<[string, string]>([
    ['Ask jane.doe@example.com about it', 'Ask [redacted] about it'],
    ['(mail: sam+review@corp.example.org)', '(mail: [redacted])'],
    ["<o'brien@x.io>", '<[redacted]>'],
    ['thanks @sam and @alex!', 'thanks [redacted] and [redacted]'],
    ['full-width ａ＠example.com', 'full-width [redacted]'],
    ['=SUM(A1:A3) stays literal', '=SUM(A1:A3) stays literal'],
    ['**bold** and # heading | pipe', '**bold** and # heading | pipe'],
    ['  many\n\nlines\tand   spaces  ', 'many lines and spaces'],
    ['no contact details here', 'no contact details here'],
  ])('%j → %j', (input, expected) => {
    expect(redactText(input)).toEqual(expected);
  });
});

describe('peerIdentities', () => {
  const identities = peerIdentities([
    makeResponse({ respondentEmail: 'sam.lee@example.com', respondentKey: 'sam.lee@example.com' }),
    makeResponse({ respondentEmail: 'al@example.com', respondentKey: 'al' }),
    makeResponse({ role: 'self', respondentEmail: 'jane.doe@example.com', respondentKey: 'jane' }),
    makeResponse({ role: 'manager', respondentEmail: 'max.boss@example.com', respondentKey: 'max' }),
  ]);

  it.each<[string, string]>([
    ['Sam Lee helped a lot', '[redacted] helped a lot'],
    ['as sam.lee said', 'as [redacted] said'],
    ['SAM_LEE agreed', '[redacted] agreed'],
    ['Samuel Leeds is someone else', 'Samuel Leeds is someone else'],
    // Too short to redact safely: "al" would eat ordinary words.
    ['al is also a prefix in also', 'al is also a prefix in also'],
    // The reviewee and the manager are known to every reader.
    ['Jane Doe and Max Boss', 'Jane Doe and Max Boss'],
  ])('%j → %j', (input, expected) => {
    expect(redactText(input, identities)).toEqual(expected);
  });
});
