import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { problemMessage } from './problem-message';

describe('problemMessage', () => {
  it('keeps a one-line message as text', () => {
    expect(problemMessage('Always tag the version of an image explicitly. Without a tag Docker uses latest.')).toEqual({
      text: 'Always tag the version of an image explicitly. Without a tag Docker uses latest.',
      code: null,
    });
  });

  it('splits suggested Dockerfile lines off the prose, one line each', () => {
    const { text, code } = problemMessage('Copy the manifest first:\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\n');
    expect(text).toBe('Copy the manifest first:');
    expect(code).toBe('COPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .');
  });

  it('gives lw-cache-order’s reordering as code lines, not as part of the sentence', () => {
    const source = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n';
    const d = analyze(source).diagnostics.find((x) => x.code === 'lw-cache-order')!;
    const { text, code } = problemMessage(d.message);
    expect(text).not.toContain('\n');
    expect(text).toMatch(/then copy the rest:$/);
    expect(code!.split('\n')).toEqual(['COPY requirements.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .']);
  });
});
