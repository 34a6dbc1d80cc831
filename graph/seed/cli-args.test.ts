// The seed CLI takes one command per call and says what is wrong with anything else.
import { describe, expect, it } from 'vitest';
import { parseSeedArgs } from './cli-args.js';

const problem = (...args: string[]) => {
  const parsed = parseSeedArgs(args);
  return parsed.command === 'usage' ? parsed.problem : `not refused: ${parsed.command}`;
};

describe('the seed CLI arguments', () => {
  it('reads a load, a dry run and a batch size', () => {
    expect(parseSeedArgs(['a.yaml'])).toEqual({
      command: 'load',
      file: 'a.yaml',
      dryRun: false,
      batchSize: undefined,
    });
    expect(parseSeedArgs(['a.yaml', '--dry-run', '--batch-size', '100'])).toMatchObject({
      dryRun: true,
      batchSize: 100,
    });
  });

  it('reads a report, as text or JSON, with the quote threshold', () => {
    expect(parseSeedArgs(['a.yaml', '--report'])).toEqual({
      command: 'report',
      file: 'a.yaml',
      json: false,
      quoteReuse: 3,
    });
    expect(parseSeedArgs(['--report', '--json', '--quote-reuse', '5', 'a.yaml'])).toMatchObject({
      json: true,
      quoteReuse: 5,
    });
  });

  it('reads --list and --remove, which take no file', () => {
    expect(parseSeedArgs(['--list'])).toEqual({ command: 'list', json: false });
    expect(parseSeedArgs(['--list', '--json'])).toEqual({ command: 'list', json: true });
    expect(parseSeedArgs(['--remove', 'g1'])).toEqual({ command: 'remove', graph: 'g1' });
    expect(problem('--list', 'a.yaml')).toBe('--list takes no file');
    expect(problem('--remove', 'g1', 'a.yaml')).toBe('--remove takes no file');
  });

  it('refuses mixed commands and options of another command', () => {
    expect(problem('--list', '--remove', 'g')).toBe('--list and --remove do not go together');
    expect(problem('a.yaml', '--report', '--dry-run')).toBe('--dry-run does not go with --report');
    expect(problem('a.yaml', '--json')).toBe('--json does not go with a load');
    expect(problem('--remove', 'g', '--json')).toBe('--json does not go with --remove');
  });

  it('refuses missing or extra files and bad numbers', () => {
    expect(problem()).toBe('no seed file given');
    expect(problem('a.yaml', 'b.yaml')).toBe('one seed file at a time (also given: b.yaml)');
    expect(problem('a.yaml', '--batch-size', '0')).toBe(
      '--batch-size must be a whole number above 0',
    );
    expect(problem('a.yaml', '--report', '--quote-reuse', 'many')).toBe(
      '--quote-reuse must be a whole number above 0',
    );
    expect(problem('--remove')).toMatch(/--remove/);
    expect(problem('--nonsense')).toMatch(/Unknown option '--nonsense'/);
  });

  it('answers --help with the usage', () => {
    expect(parseSeedArgs(['--help'])).toEqual({ command: 'help' });
  });
});
