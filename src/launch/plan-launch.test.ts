import { describe, expect, it } from 'vitest';
import type { WorkspaceUser } from '../notion/workspace-users.ts';
import { planLaunch, type ExistingReview } from './plan-launch.ts';
import type { RosterEntry } from './roster.ts';

const ada: WorkspaceUser = { id: 'u-ada', name: 'Ada', email: 'ada@example.com' };
const bo: WorkspaceUser = { id: 'u-bo', name: 'Bo', email: 'bo@example.com' };
const mia: WorkspaceUser = { id: 'u-mia', name: 'Mia', email: 'mia@example.com' };
const users = [ada, bo, mia];
const directory = {
  byEmail: new Map(users.map((u) => [u.email, u])),
  byId: new Map(users.map((u) => [u.id, u])),
};
const entry = (name: string, email: string, manager: string | null = 'mia@example.com'): RosterEntry => ({
  name,
  reviewee: { email },
  manager: manager === null ? null : { email: manager },
  due: {},
});

describe('planLaunch', () => {
  it.each<[string, RosterEntry[], ExistingReview[], string[]]>([
    ['a new person gets a page', [entry('Ada', 'ada@example.com')], [], ['create']],
    ['a page already there, by user', [entry('Ada', 'ada@example.com')], [{ userId: 'u-ada' }], ['exists']],
    [
      'a page already there, by email',
      [entry('Ada', 'ADA@example.com')],
      [{ email: 'ada@example.com' }],
      ['exists'],
    ],
    [
      'a late joiner next to an existing page',
      [entry('Ada', 'ada@example.com'), entry('Bo', 'bo@example.com')],
      [{ userId: 'u-ada' }],
      ['exists', 'create'],
    ],
    ['a reviewee not in the workspace', [entry('Zed', 'zed@example.com')], [], ['not-found']],
    [
      'a manager not in the workspace',
      [entry('Ada', 'ada@example.com', 'boss@example.com')],
      [],
      ['not-found'],
    ],
    ['no manager at all', [entry('Ada', 'ada@example.com', null)], [], ['create']],
    [
      'the same person listed twice',
      [entry('Ada', 'ada@example.com'), entry('Ada L.', 'ada@example.com')],
      [],
      ['create', 'duplicate'],
    ],
  ])('%s', (_label, entries, existing, kinds) => {
    expect(planLaunch(entries, directory, existing).map((d) => d.kind)).toEqual(kinds);
  });

  it('trusts a people property for a user whose email the integration cannot see', () => {
    const [decision] = planLaunch(
      [{ name: 'Kim', reviewee: { userId: 'u-kim' }, manager: { userId: 'u-mia' }, due: {} }],
      directory,
      [],
    );
    expect(decision).toMatchObject({ kind: 'create', reviewee: { id: 'u-kim' }, manager: { id: 'u-mia' } });
  });
});
