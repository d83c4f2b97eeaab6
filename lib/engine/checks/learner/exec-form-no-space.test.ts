import { describe, expect, it } from 'vitest';
import { applyFix, findings, linesOf } from '../hadolint/test-helpers';

const CODE = 'lw-exec-form-no-space';

describe('lw-exec-form-no-space', () => {
  it('reports CMD[ and quotes the BuildKit error with the word as written', () => {
    const [d] = findings(CODE, 'FROM python:3.12', 'CMD["python", "main.py"]');
    expect(d).toMatchObject({ severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 14 });
    expect(d.message).toContain('dockerfile parse error on line 2: unknown instruction: CMD["python",');
    expect(d.dockerMessage).toBe('dockerfile parse error on line 2: unknown instruction: CMD["python",');
  });
  it('applies to every instruction and any case', () => {
    expect(linesOf(CODE, 'FROM alpine:3', 'RUN["echo","hi"]', 'entrypoint["/app"]', 'SHELL["/bin/sh", "-c"]')).toEqual([2, 3, 4]);
  });
  it('fixes it by inserting the space', () => {
    const source = 'FROM python:3.12\nCMD["python", "main.py"]\n';
    expect(applyFix(source, findings(CODE, 'FROM python:3.12', 'CMD["python", "main.py"]')[0])).toBe(
      'FROM python:3.12\nCMD ["python", "main.py"]\n',
    );
  });
  it('does not fire on correct exec form or on other unknown words', () => {
    expect(linesOf(CODE, 'FROM python:3.12', 'CMD ["python", "main.py"]', 'CMD [ "python" ]', 'CMD\t["a"]')).toEqual([]);
    expect(linesOf(CODE, 'FROM python:3.12', 'FOO["a"]', 'RUNN echo')).toEqual([]);
  });
});
