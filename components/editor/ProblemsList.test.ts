// The problems list rendered to static HTML: a message with suggested Dockerfile lines
// (lw-cache-order) shows them as a code block, one line each, not run into the sentence.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { ProblemsList } from './ProblemsList';

const SLOW = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "main.py"]\n';

function render(source: string, interactive: boolean): string {
  const diagnostics = analyze(source).diagnostics;
  return renderToStaticMarkup(
    createElement(ProblemsList, {
      diagnostics,
      headingLevel: 2,
      idPrefix: 't',
      ...(interactive ? { onGoTo: () => {}, onFix: () => {} } : {}),
    }),
  );
}

describe('ProblemsList', () => {
  it.each([true, false])('shows lw-cache-order’s suggested lines as a <pre><code> block (interactive: %s)', (interactive) => {
    const html = render(SLOW, interactive);
    const block = /<pre class="wb-problem-code"><code>([\s\S]*?)<\/code><\/pre>/.exec(html);
    expect(block).not.toBeNull();
    expect(block![1].split('\n')).toEqual(['COPY requirements.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .']);
    // The sentence ends before the code: no Dockerfile line inside the message text.
    const message = /<span class="wb-problem-message">([\s\S]*?)<\/span>/.exec(html)![1];
    expect(message).toMatch(/then copy the rest:$/);
    expect(message).not.toContain('COPY requirements.txt');
  });

  it('keeps the code block outside the row’s button (a <pre> may not be inside a <button>)', () => {
    const html = render(SLOW, true);
    const button = /<button type="button" class="wb-problem-main"[\s\S]*?<\/button>/.exec(html)![0];
    expect(button).not.toContain('<pre');
  });

  it('shows Docker’s error line as code and the advice after it as a sentence (lw-exec-form-no-space)', () => {
    const html = render('FROM python:3.12-slim\nCMD["python", "main.py"]\n', true);
    expect(html).toContain('<pre class="wb-problem-code"><code>dockerfile parse error on line 2: unknown instruction: CMD[&quot;python&quot;,</code></pre>');
    expect(html).toMatch(/<p class="wb-problem-more">Put a space after CMD: CMD \[&quot;python&quot;, &quot;main.py&quot;\]<\/p>/);
  });

  it('renders a one-line message with no code block', () => {
    const html = render('FROM python\n', false);
    expect(html).toContain('Always tag the version of an image explicitly. Without a tag');
    expect(html).not.toContain('<pre');
  });
});
