// Driver values to plain JavaScript at the edge: no neo4j-driver type leaves graph/.
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

// Every value of every row passes through here, so the common cases are tested first: text and
// numbers, lists, and the plain objects the driver makes of Cypher maps.
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value.constructor === Object) return toPlainObject(value as Record<string, unknown>);
  if (neo4j.isInt(value)) {
    // Lossless where it can be; an integer past 2^53 stays exact as a string.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (isGraphEntity(value)) return toPlainObject(value.properties);
  // Temporal values print as ISO 8601 text.
  if (isTemporal(value)) return value.toString(); // eslint-disable-line @typescript-eslint/no-base-to-string
  return toPlainObject(value);
}

function toPlainObject(record: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const key in record) if (Object.hasOwn(record, key)) out[key] = toPlain(record[key]);
  return out;
}

function isGraphEntity(value: unknown): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value);
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
