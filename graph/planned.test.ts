import { describe, expect, it } from 'vitest';
import { PlannedStatements } from './planned.js';

describe('the statements Neo4j has planned', () => {
  it('are those completed since Neo4j was last found away', () => {
    const planned = new PlannedStatements();
    expect(planned.has('RETURN 1')).toBe(false);
    planned.completed('RETURN 1');
    expect(planned.has('RETURN 1')).toBe(true);
    planned.forget();
    expect(planned.has('RETURN 1')).toBe(false);
  });

  it('are forgotten all at once past the size of Neo4j’s plan cache', () => {
    const planned = new PlannedStatements();
    for (let i = 0; i < 1_000; i++) planned.completed(`RETURN ${i}`);
    expect(planned.has('RETURN 0')).toBe(true);
    planned.completed('RETURN 1000');
    expect(planned.has('RETURN 0')).toBe(false);
    expect(planned.has('RETURN 1000')).toBe(true);
  });
});
