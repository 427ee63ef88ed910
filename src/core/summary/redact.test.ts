import { describe, expect, it } from 'vitest';
import { redactText, respondentIdentities, reviewIdentities } from './redact.ts';
import { JANE_PEER, makeValidResponse } from '../../../test/support/response-builders.ts';

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

describe('respondent names (regressions from issue 9)', () => {
  const identities = reviewIdentities(
    [
      makeValidResponse({
        ...JANE_PEER,
        respondentEmail: 'zoe.park@example.com',
        respondentKey: 'email:zoe.park@example.com',
      }),
      makeValidResponse({
        ...JANE_PEER,
        respondentEmail: 'omar.farouk@example.com',
        respondentKey: 'email:omar.farouk@example.com',
      }),
      makeValidResponse({
        ...JANE_PEER,
        respondentEmail: 'sam.lee@example.com',
        respondentKey: 'email:sam.lee@example.com',
      }),
      makeValidResponse({
        ...JANE_PEER,
        respondentEmail: 'slee2@example.com',
        respondentKey: 'email:slee2@example.com',
      }),
      makeValidResponse({
        ...JANE_PEER,
        role: 'manager',
        respondentEmail: 'max.boss@example.com',
        respondentKey: 'email:max',
      }),
    ],
    {
      reviewee: { email: 'jane.doe@example.com', name: 'Jane Doe' },
      manager: { email: 'max.boss@example.com', name: 'Max Boss' },
    },
    new Map([['slee2@example.com', 'Séverine Lee-Back']]),
  );

  it.each<[string, string]>([
    ['Zoe Park and Omar Farouk both said so', '[redacted] and [redacted] both said so'],
    [
      'Pairing with Sam Lee was great; code came back quickly',
      'Pairing with [redacted] was great; code came back quickly',
    ],
    ['as sam.lee said', 'as [redacted] said'],
    ['SAM_LEE agreed', '[redacted] agreed'],
    ['ZOË PARK, zoe park and Zoé  Park', '[redacted], [redacted] and [redacted]'],
    ['Severine Lee-Back and séverine lee back', '[redacted] and [redacted]'],
    ['ask slee2 or Slee2', 'ask [redacted] or [redacted]'],
    // A lone given name is a name only when written as one.
    ['Zoe helped; will park the idea', '[redacted] helped; will park the idea'],
    // Ordinary words that equal a surname stay.
    ['We went back to the park', 'We went back to the park'],
    ['Samuel Leeds is someone else', 'Samuel Leeds is someone else'],
    ['Parkzoe and zoepark are not names', 'Parkzoe and zoepark are not names'],
    // The reviewee and the manager are named on the page; their full names still go from free text.
    ['Jane Doe thanked Max Boss', '[redacted] thanked [redacted]'],
    ['Jane and Max agreed', 'Jane and Max agreed'],
    // Plain ASCII, accented text and loose whitespace take different paths to the same result.
    ['Zoe\tPark  and\nsam lee', '[redacted] and [redacted]'],
    ['Café with Zoe Park, déjà vu', 'Café with [redacted], déjà vu'],
    ['Zoe Park2 and Zoe Park', '[redacted] Park2 and [redacted]'],
  ])('%j → %j', (input, expected) => {
    expect(redactText(input, identities)).toEqual(expected);
  });

  it('matches whole words only, never inside another word', () => {
    const only = respondentIdentities([{ email: 'al.bo@example.com', name: 'Al Bo', known: false }]);
    expect(redactText('also Al Bo, albo, al.bo and Al  Bo-ish', only)).toEqual(
      'also [redacted], albo, [redacted] and [redacted]-ish',
    );
  });
});
