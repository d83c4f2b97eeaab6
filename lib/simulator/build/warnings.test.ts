import { describe, expect, it } from 'vitest';
import { build } from './index';

const summaryLines = (log: string) => log.split('\n').filter((l) => l.startsWith(' - '));

describe('build-check warnings use BuildKit\'s own text (Diagnostic.buildkitMessage)', () => {
  it('prints the detail with its suggestion and without the learner sentence', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nENV GREETING=hello\nENV MESSAGE=$GREETNG\n', context: {} });
    expect(result.ok).toBe(true);
    expect(summaryLines(result.log)).toEqual([" - UndefinedVar: Usage of undefined variable '$GREETNG' (did you mean $GREETING?) (line 3)"]);
  });

  it('prints nothing for a hadolint rule that only names a check BuildKit does not report', () => {
    // BuildKit is silent on shell-form CMD after a SHELL; hadolint DL3025 still warns.
    const dockerfile = '# check=error=true\nFROM alpine:3.20\nSHELL ["/bin/sh", "-c"]\nCMD echo hi\n';
    const result = build({ dockerfile, context: {} });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('prints an experimental check only when the Dockerfile enables it', () => {
    const dockerfile = '# the version to build\nARG VERSION=1\nFROM alpine:3.20\n';
    expect(build({ dockerfile, context: {} }).warnings).toEqual([]);
    const enabled = build({ dockerfile: `# check=experimental=InvalidDefinitionDescription\n${dockerfile}`, context: {} });
    expect(enabled.warnings).toEqual([
      { rule: 'InvalidDefinitionDescription', message: 'Comment for ARG should follow the format: `# VERSION <description>`', line: 3 },
    ]);
  });
});
