// What a client sees of a failure: expected errors pass, the rest is masked.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/errors.js';
import { badInput, maskError } from './errors.js';

describe('error masking', () => {
  const located = (originalError: Error) =>
    createGraphQLError(originalError.message, { path: ['concepts'], originalError });

  it('turns a database outage into SERVICE_UNAVAILABLE with HTTP 503, without its details', () => {
    const masked = maskError(
      located(
        new DatabaseUnavailableError('Neo4j is unavailable: connect ECONNREFUSED 10.0.0.5:7687'),
      ),
      'x',
    );
    expect(masked.message).toMatch(/not reachable right now/);
    expect(masked.message).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
    expect((masked as GraphQLError).extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
    expect((masked as GraphQLError).path).toEqual(['concepts']);
  });

  it('turns a transaction timeout into TIMEOUT with HTTP 504', () => {
    const masked = maskError(located(new DatabaseTimeoutError('slow')), 'x') as GraphQLError;
    expect(masked.extensions).toMatchObject({ code: 'TIMEOUT', http: { status: 504 } });
  });

  it('lets expected errors through and masks the rest', () => {
    const expected = maskError(
      located(badInput('`first` is too big')),
      'Unexpected error.',
    ) as GraphQLError;
    expect(expected.message).toBe('`first` is too big');
    expect(expected.extensions.code).toBe('BAD_USER_INPUT');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const masked = maskError(
      located(new Error('password=hunter2 at bolt://db')),
      'Unexpected error.',
    ) as GraphQLError;
    quiet.mockRestore();
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
