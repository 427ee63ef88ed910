import type { ValidResponse } from '../../src/core/types.ts';
import { makeValid } from './response-builders.ts';

// Test builders for one response per rater role, shared by the scoring tests.

type Ratings = ValidResponse['ratings'];

export const self = (ratings: Ratings) =>
  makeValid({
    ref: 'self',
    respondentKey: 'email:ada@example.com',
    role: 'self',
    relationship: 'Self',
    ratings,
  });

export const manager = (ratings: Ratings) =>
  makeValid({
    ref: 'mgr',
    respondentKey: 'email:grace@example.com',
    role: 'manager',
    relationship: 'Manager',
    ratings,
  });

export const peer = (n: number, ratings: Ratings, relationship = 'Backend peer', comments = {}) =>
  makeValid({
    ref: `peer ${n}`,
    respondentKey: `email:peer${n}@example.com`,
    relationship,
    ratings,
    comments,
  });
