import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { problemMessage } from './problem-message';

const diagnostic = (source: string, code: string) => analyze(source).diagnostics.find((x) => x.code === code)!;

describe('problemMessage', () => {
  it('keeps a one-line message as text', () => {
    expect(problemMessage('Always tag the version of an image explicitly. Without a tag Docker uses latest.')).toEqual({
      text: 'Always tag the version of an image explicitly. Without a tag Docker uses latest.',
      more: [],
    });
  });

  it('splits suggested Dockerfile lines off the prose, one line each', () => {
    expect(problemMessage('Copy the manifest first:\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\n')).toEqual({
      text: 'Copy the manifest first:',
      more: [{ kind: 'code', text: 'COPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .' }],
    });
  });

  it('gives lw-cache-order’s reordering as code lines, not as part of the sentence', () => {
    const d = diagnostic('FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n', 'lw-cache-order');
    const { text, more } = problemMessage(d.message);
    expect(text).toMatch(/then copy the rest:$/);
    expect(more).toEqual([{ kind: 'code', text: 'COPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .' }]);
  });

  it('shows Docker’s error line as code and the advice after it as text (lw-exec-form-no-space, lw-unknown-instruction)', () => {
    const glued = problemMessage(diagnostic('FROM python:3.12-slim\nCMD["python", "main.py"]\n', 'lw-exec-form-no-space').message);
    expect(glued.text).toMatch(/The build stops with:$/);
    expect(glued.more).toEqual([
      { kind: 'code', text: 'dockerfile parse error on line 2: unknown instruction: CMD["python",' },
      { kind: 'text', text: 'Put a space after CMD: CMD ["python", "main.py"]' },
    ]);
    const typo = problemMessage(diagnostic('FROM python:3.12-slim\nRUNN echo hi\n', 'lw-unknown-instruction').message);
    expect(typo.more.map((p) => p.kind)).toEqual(['code', 'text']);
    expect(typo.more[0].text).toMatch(/^dockerfile parse error on line 2: unknown instruction: RUNN/);
  });
});
