import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../test/support/config-builders.ts';
import { REQUEST_PROPERTIES, reviewProperties as liveReviews } from '../../../test/support/notion-sandbox.ts';
import { dataSourcePropertiesSchema } from './checks.ts';
import { feedbackRequestProperties, reviewProperties } from './creation.ts';
import { feedbackRequestExpectations, reviewExpectations } from './expectations.ts';
import { planSectionMigration, updateProperties } from './migration.ts';

const config = makeConfig({ notion: { reviews: { database: 'x' } } });

function plan(
  change: (p: Record<string, unknown>) => void,
  stageType: 'status' | 'select' = 'select',
  using = config,
) {
  const properties: Record<string, unknown> = liveReviews(stageType);
  change(properties);
  return planSectionMigration({
    section: 'reviews',
    live: dataSourcePropertiesSchema.parse(properties),
    creatable: reviewProperties(using),
    expectations: reviewExpectations(using),
    config: using,
  });
}

const nominating = makeConfig({ notion: { reviews: { database: 'x' } }, raters: { nominations: 'track' } });
const withoutNominations = (p: Record<string, unknown>) => {
  delete p.Peers;
  delete p['Peers approved'];
};

describe('planSectionMigration with nominations', () => {
  it('adds the empty Peers and Peers approved inputs when nominations are on', () => {
    const migration = plan(withoutNominations, 'select', nominating);
    expect(migration.add).toEqual([
      expect.objectContaining({ name: 'Peers', config: { people: {} } }),
      expect.objectContaining({ name: 'Peers approved', config: { checkbox: {} } }),
    ]);
    expect(migration.manual).toEqual([]);
  });

  it('adds neither with nominations off', () => {
    const migration = plan(withoutNominations);
    expect(migration.add).toEqual([]);
    expect(migration.manual).toEqual([]);
  });

  it('never changes an existing Peers property, even of the wrong type', () => {
    const migration = plan((p) => (p.Peers = { type: 'rich_text', rich_text: {} }), 'select', nominating);
    expect(updateProperties(migration).Peers).toBeUndefined();
    expect(migration.manual.map((f) => f.message)).toEqual([
      "property 'Peers' is rich_text, expected people",
    ]);
  });
});

describe('planSectionMigration', () => {
  it.each([
    ['Summary block', { rich_text: {} }],
    ['Summary hash', { rich_text: {} }],
    ['Code scores', { rich_text: {} }],
    ['Overall score', { number: { format: 'number' } }],
  ])('adds the missing tool-owned property %s', (name, expected) => {
    const migration = plan((p) => delete p[name]);
    expect(migration.add).toEqual([expect.objectContaining({ name, config: expected })]);
    expect(migration.manual).toEqual([]);
  });

  it.each([['Reviewee'], ['Cycle'], ['Name']])('never adds the person-owned %s: a manual step', (name) => {
    const migration = plan((p) => delete p[name]);
    expect(migration.add).toEqual([]);
    expect(migration.manual).toEqual([
      expect.objectContaining({ message: `property '${name}' is missing and belongs to people` }),
    ]);
  });

  it('never retypes: a wrong type is a manual step', () => {
    const migration = plan((p) => (p['Summary hash'] = { type: 'number', number: {} }));
    expect(updateProperties(migration)['Summary hash']).toBeUndefined();
    expect(migration.manual.map((f) => f.message)).toEqual([
      "property 'Summary hash' is number, expected rich_text",
    ]);
  });

  it('adds missing options to a select the tool writes, keeping the existing ones by id', () => {
    const migration = plan((p) => {
      p['Computed band'] = {
        type: 'select',
        select: { options: [{ id: 'keep', name: 'Meets expectations' }] },
      };
    });
    const band = migration.options.find((o) => o.name === 'Computed band');
    expect(band?.missing).not.toContain('Meets expectations');
    expect(band?.config).toEqual({
      select: {
        options: [
          { id: 'keep', name: 'Meets expectations' },
          ...(band?.missing ?? []).map((name) => ({ name })),
        ],
      },
    });
  });

  it('leaves the options of a select a person owns alone (Final band)', () => {
    expect(plan(() => undefined).options.map((o) => o.name)).not.toContain('Final band');
  });

  it('reports a missing stage option on a status property as a manual step', () => {
    const migration = plan((p) => {
      p.Stage = { type: 'status', status: { options: [{ name: 'Not started' }] } };
    }, 'status');
    expect(migration.options.map((o) => o.name)).not.toContain('Stage');
    expect(migration.manual.map((f) => f.message)).toEqual([
      "status 'Stage' has no option 'Self-assessment', '360 feedback', 'Manager evaluation', 'Calibration', 'Feedback delivery', 'Completed'",
    ]);
  });

  it('matches stage options ignoring case, as the reader does', () => {
    const migration = plan((p) => {
      const stages = (p.Stage as { select: { options: { name: string }[] } }).select.options;
      p.Stage = { type: 'select', select: { options: stages.map((o) => ({ name: o.name.toUpperCase() })) } };
    });
    expect(migration.options.map((o) => o.name)).not.toContain('Stage');
  });

  it('adds nothing on a workspace with every tool-owned property', () => {
    const migration = plan(() => undefined);
    expect(migration.add).toEqual([]);
    expect(migration.manual).toEqual([]);
  });
});

describe('a Feedback requests data source missing properties', () => {
  it('gets each missing one added as init creates it, the Status with its four options', () => {
    const withRequests = makeConfig({
      notion: { reviews: { database: 'x' }, feedbackRequests: { dataSource: 'ds-requests' } },
    });
    const live: Record<string, unknown> = { ...REQUEST_PROPERTIES };
    delete live.Reminders;
    delete live.Status;
    const migration = planSectionMigration({
      section: 'feedbackRequests',
      live: dataSourcePropertiesSchema.parse(live),
      creatable: feedbackRequestProperties(withRequests, 'ds-reviews'),
      expectations: feedbackRequestExpectations(withRequests.notion.feedbackRequests!),
      config: withRequests,
    });
    expect(updateProperties(migration)).toEqual({
      Status: {
        select: {
          options: [{ name: 'Requested' }, { name: 'Answered' }, { name: 'Withdrawn' }, { name: 'Closed' }],
        },
      },
      Reminders: { rich_text: {} },
    });
    expect(migration.manual).toEqual([]);
  });
});
