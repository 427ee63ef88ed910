import type { ValidResponse } from '../../src/core/validation/types.ts';
import { makeValidResponse } from './response-builders.ts';

// Test builders for one response per rater role, shared by the scoring tests.

type Ratings = ValidResponse['ratings'];

export const self = (ratings: Ratings) =>
  makeValidResponse({
    ref: 'self',
    respondentKey: 'email:ada@example.com',
    role: 'self',
    relationship: 'Self',
    ratings,
  });

export const manager = (ratings: Ratings) =>
  makeValidResponse({
    ref: 'mgr',
    respondentKey: 'email:grace@example.com',
    role: 'manager',
    relationship: 'Manager',
    ratings,
  });

export const peer = (n: number, ratings: Ratings, relationship = 'Backend peer', comments = {}) =>
  makeValidResponse({
    ref: `peer ${n}`,
    respondentKey: `email:peer${n}@example.com`,
    relationship,
    ratings,
    comments,
  });
