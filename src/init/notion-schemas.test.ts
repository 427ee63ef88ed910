import { describe, expect, it } from 'vitest';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { ACTION_ITEM_PROGRESS_STATUSES } from '../core/notion-contract/contract.ts';
import {
  actionItemsDatabaseSchema,
  goalsDatabaseSchema,
  reviewDatabaseSchema,
  type PropertyRequest,
} from './notion-schemas.ts';

const DS = 'd9999999-9999-4999-8999-999999999999';
const typeOf = (p: PropertyRequest | undefined) => (p ? Object.keys(p)[0] : undefined);
const optionsOf = (p: PropertyRequest | undefined) =>
  p && 'select' in p ? (p.select.options ?? []).map((o) => o.name) : undefined;

const config = makeConfig({
  notion: {
    reviews: {
      database: 'x',
      properties: { dueDates: { selfAssessment: 'Self due', feedback: 'Feedback due' } },
    },
  },
  framework: {
    competencies: (baseConfigInput.framework.competencies ?? []).map((c, i) =>
      i === 0 ? { ...c, managerProperty: 'Manager CQ' } : c,
    ),
  },
});

describe('reviewDatabaseSchema', () => {
  const schema = reviewDatabaseSchema(config);
  it.each([
    ['Name', 'title'],
    ['Reviewee', 'people'],
    ['Manager', 'people'],
    ['Cycle', 'select'],
    ['Stage', 'select'],
    ['Calibrated', 'checkbox'],
    ['Delivered', 'checkbox'],
    ['Delivered on', 'date'],
    ['Peers', 'people'],
    ['Peers approved', 'checkbox'],
    ['Self due', 'date'],
    ['Feedback due', 'date'],
    ['Manager CQ', 'number'],
    ['Overall score', 'number'],
    ['Computed band', 'select'],
    ['Peer responses', 'number'],
    ['Goals on track', 'rich_text'],
    ['Last synced', 'date'],
    ['Sync notes', 'rich_text'],
    ['Summary hash', 'rich_text'],
    ['Code scores', 'rich_text'],
    ['Final band', 'select'],
    ['Summary block', 'rich_text'],
  ])('%s is a %s property', (name, type) => {
    expect(typeOf(schema[name])).toBe(type);
  });

  it('creates exactly the configured properties, one title', () => {
    expect(Object.keys(schema)).toHaveLength(23);
    expect(Object.values(schema).filter((p) => typeOf(p) === 'title')).toHaveLength(1);
  });

  it.each([
    ['Cycle', ['2026-H2']],
    [
      'Stage',
      [
        'Not started',
        'Self-assessment',
        '360 feedback',
        'Manager evaluation',
        'Calibration',
        'Feedback delivery',
        'Completed',
      ],
    ],
    [
      'Computed band',
      [
        'Exceptional',
        'Exceeds expectations',
        'Meets expectations',
        'Developing',
        'Below expectations',
        'Insufficient data',
      ],
    ],
  ])('%s has the options %j', (name, options) => {
    expect(optionsOf(schema[name])).toEqual(options);
  });

  it('uses renamed stages and leaves Calibration out when calibration is off', () => {
    const renamed = makeConfig({ stages: { completed: 'Done' }, calibration: { enabled: false } });
    expect(optionsOf(reviewDatabaseSchema(renamed).Stage)).toEqual([
      'Not started',
      'Self-assessment',
      '360 feedback',
      'Manager evaluation',
      'Feedback delivery',
      'Done',
    ]);
  });

  it('follows renamed properties', () => {
    const renamed = makeConfig({
      notion: { reviews: { database: 'x', properties: { stage: 'Phase', reviewee: 'Person' } } },
    });
    const names = Object.keys(reviewDatabaseSchema(renamed));
    expect(names).toContain('Phase');
    expect(names).toContain('Person');
    expect(names).not.toContain('Stage');
  });

  it('refuses one name used for two different properties', () => {
    const clash = makeConfig({
      framework: {
        competencies: (baseConfigInput.framework.competencies ?? []).map((c) => ({
          ...c,
          managerProperty: 'Sync notes',
        })),
      },
    });
    expect(() => reviewDatabaseSchema(clash)).toThrow(/"Sync notes" is configured twice/);
  });
});

describe('goalsDatabaseSchema', () => {
  const schema = goalsDatabaseSchema(config, DS);
  it.each([
    ['Goal', 'title'],
    ['Review', 'relation'],
    ['Competency', 'select'],
    ['Metric', 'rich_text'],
    ['Baseline', 'number'],
    ['Target', 'number'],
    ['Current', 'number'],
    ['Start', 'date'],
    ['Due', 'date'],
    ['Progress', 'number'],
    ['Goal status', 'select'],
  ])('%s is a %s property', (name, type) => {
    expect(typeOf(schema[name])).toBe(type);
  });

  it('relates to the reviews data source, one way', () => {
    expect(schema.Review).toEqual({ relation: { data_source_id: DS, single_property: {} } });
  });

  it('offers the codes and the goal statuses the tool writes', () => {
    expect(optionsOf(schema.Competency)).toEqual(['CQ', 'SD', 'COL']);
    expect(optionsOf(schema['Goal status'])).toEqual(['Achieved', 'On track', 'At risk', 'Off track']);
  });
});

describe('actionItemsDatabaseSchema', () => {
  const schema = actionItemsDatabaseSchema(config, DS);
  it.each([
    ['Action', 'title'],
    ['Review', 'relation'],
    ['Key', 'rich_text'],
    ['Kind', 'select'],
    ['Competency', 'select'],
    ['Due', 'date'],
    ['Status', 'select'],
  ])('%s is a %s property', (name, type) => {
    expect(typeOf(schema[name])).toBe(type);
  });

  it.each([
    ['Kind', ['training', 'mentorship', 'project', 'recognition', 'mentor-others']],
    ['Competency', ['CQ', 'SD', 'COL']],
    ['Status', ['Not started', ...ACTION_ITEM_PROGRESS_STATUSES, 'Withdrawn']],
  ])('%s has the options %j', (name, options) => {
    expect(optionsOf(schema[name])).toEqual(options);
  });

  it('uses property names from config when the block is present', () => {
    const renamed = makeConfig({
      notion: {
        reviews: { database: 'x' },
        actionItems: { database: 'y', properties: { key: 'Plan key' } },
      },
    });
    expect(typeOf(actionItemsDatabaseSchema(renamed, DS)['Plan key'])).toBe('rich_text');
  });
});
