import { describe, expect, it } from 'vitest';
import { maintainerDeprecated } from './maintainer-deprecated';
import { analyze } from '@/lib/engine/analyze';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'MaintainerDeprecated';
const MESSAGE = 'Maintainer instruction is deprecated in favor of using label';

describe('MaintainerDeprecated', () => {
  it('warns for MAINTAINER (BuildKit testMaintainerDeprecated)', () => {
    const found = runCheck(maintainerDeprecated, '\nFROM scratch\nMAINTAINER me@example.org\n');
    expectWarnings(found, RULE, [[3, MESSAGE]]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 26 });
  });

  it('is silent for the authors label', () => {
    expect(runCheck(maintainerDeprecated, '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n')).toEqual([]);
  });

  it('warns before a later parse error, as BuildKit does (testWarningsBeforeError)', () => {
    const src = '\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\nMAINTAINER later@example.org\n';
    expectWarnings(runCheck(maintainerDeprecated, src), RULE, [[3, MESSAGE]]);
  });

  it('offers an equivalent LABEL, quoting and escaping the literal value', () => {
    const src = 'FROM alpine\nMAINTAINER Jane "JD" Doe <jane@example.com> $5\n';
    const [d] = runCheck(maintainerDeprecated, src);
    const fixed = applyFix(src, d);
    expect(fixed).toBe('FROM alpine\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe <jane@example.com> \\$5"\n');
    // The label value Docker would store is the maintainer text, unchanged.
    const label = analyze(fixed).stages[0].steps.at(-1)?.config.labels['org.opencontainers.image.authors'];
    expect(label).toBe('Jane "JD" Doe <jane@example.com> $5');
  });
  it('warns for a MAINTAINER before the first FROM, which BuildKit lints before rejecting it', () => {
    expectWarnings(runCheck(maintainerDeprecated, 'MAINTAINER me@example.org\nFROM alpine\n'), RULE, [[1, MESSAGE]]);
  });
});
