import { describe, expect, it } from 'vitest';
import { baseConfigInput } from '../../test/fixtures/config.ts';
import { makeConfig } from '../../test/support/config-builders.ts';
import { checkRules } from './rules.ts';

// Unit checks of how rules interact; src/config/load.test.ts covers each rule's message end to end.
describe('checkRules', () => {
  it('finds nothing wrong with the fixture', () => {
    expect(checkRules(makeConfig())).toEqual([]);
  });

  it('reports a broken scale once, without blaming every rubric', () => {
    const issues = checkRules(makeConfig({ scale: { min: 3, max: 3 } }));
    expect(issues.map((i) => i.path)).toEqual(['scale.max']);
  });

  it('does not compare later due dates with an impossible one', () => {
    const [cycle] = baseConfigInput.cycles;
    const config = makeConfig({
      cycles: [{ ...cycle!, due: { ...cycle!.due, feedback: '2026-10-99' } }],
    });
    expect(checkRules(config)).toEqual([
      { path: 'cycles[0].due.feedback', message: 'expected a real date, got "2026-10-99"' },
    ]);
  });

  it('accepts the same threshold for growth and strength', () => {
    const config = makeConfig({ actionPlan: { ...baseConfigInput.actionPlan, growthBelow: 4.2 } });
    expect(checkRules(config)).toEqual([]);
  });

  it('lists every problem in one pass', () => {
    const config = makeConfig({ timeZone: 'Atlantis/Capital', stages: { completed: 'not started' } });
    expect(checkRules(config).map((i) => i.path)).toEqual(['timeZone', 'stages.completed']);
  });
});
