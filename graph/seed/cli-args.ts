// The seed CLI's arguments: one command per call, and a usage message for anything else.
import { parseArgs } from 'node:util';
import { DEFAULT_QUOTE_REUSE } from './report.js';

export const USAGE = `Usage:
  npm run seed -- <file.yaml|file.json> [--dry-run] [--batch-size N]  validate and load
  npm run seed -- <file> --report [--json] [--quote-reuse N]          quality report (no database)
  npm run seed -- --list [--json]                                     the graphs loaded
  npm run seed -- --remove <graph>                                    remove one graph`;

export type SeedCommand =
  | { command: 'load'; file: string; dryRun: boolean; batchSize: number | undefined }
  | { command: 'report'; file: string; json: boolean; quoteReuse: number }
  | { command: 'list'; json: boolean }
  | { command: 'remove'; graph: string }
  | { command: 'help' }
  | { command: 'usage'; problem: string };

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  'batch-size': { type: 'string' },
  report: { type: 'boolean' },
  json: { type: 'boolean' },
  'quote-reuse': { type: 'string' },
  list: { type: 'boolean' },
  remove: { type: 'string' },
  help: { type: 'boolean' },
} as const;

const usage = (problem: string): SeedCommand => ({ command: 'usage', problem });

function positiveInteger(text: string | undefined): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function parseSeedArgs(args: readonly string[]): SeedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  const modes = [v.list && '--list', v.remove !== undefined && '--remove', v.report && '--report'];
  const chosen = modes.filter((m): m is string => typeof m === 'string');
  if (chosen.length > 1) return usage(`${chosen.join(' and ')} do not go together`);
  const mode = chosen[0] ?? 'load';
  const allowed: Record<string, readonly string[]> = {
    load: ['dry-run', 'batch-size'],
    '--report': ['report', 'json', 'quote-reuse'],
    '--list': ['list', 'json'],
    '--remove': ['remove'],
  };
  const stray = Object.keys(v).find((key) => !(allowed[mode] ?? []).includes(key));
  if (stray !== undefined)
    return usage(`--${stray} does not go with ${mode === 'load' ? 'a load' : mode}`);

  if (mode === '--list' || mode === '--remove') {
    if (positionals.length > 0) return usage(`${mode} takes no file`);
    if (mode === '--list') return { command: 'list', json: v.json === true };
    if (v.remove === undefined || v.remove === '') return usage('--remove needs a graph id');
    return { command: 'remove', graph: v.remove };
  }
  const [file, ...extra] = positionals;
  if (file === undefined) return usage('no seed file given');
  if (extra.length > 0) return usage(`one seed file at a time (also given: ${extra.join(' ')})`);
  if (mode === '--report') {
    const quoteReuse = positiveInteger(v['quote-reuse'] ?? String(DEFAULT_QUOTE_REUSE));
    if (quoteReuse === undefined) return usage('--quote-reuse must be a whole number above 0');
    return { command: 'report', file, json: v.json === true, quoteReuse };
  }
  const batchSize = positiveInteger(v['batch-size']);
  if (v['batch-size'] !== undefined && batchSize === undefined)
    return usage('--batch-size must be a whole number above 0');
  return { command: 'load', file, dryRun: v['dry-run'] === true, batchSize };
}
