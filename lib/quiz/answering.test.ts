import { describe, expect, it } from 'vitest';
import { loadCourse } from '@/lib/content/loader';
import { afterCheck, afterRetry, afterReveal, blankAnswer, FIRST_ATTEMPT, incompleteAnswer, isAnswered, isFinished, moveAnnouncement, moveItem } from './answering';
import { logStepLines } from './log';
import { changeView, questionView } from './view';

const all = loadCourse().flatMap((l) => l.questions);

describe('two tries', () => {
  it('a wrong first try can be retried; the first try is reported as such', () => {
    const { attempt, report } = afterCheck(FIRST_ATTEMPT, false);
    expect(attempt.phase).toBe('wrong');
    expect(report).toEqual({ correct: false, firstTry: true });
    const again = afterCheck(afterRetry(attempt), true);
    expect(again.attempt.phase).toBe('right');
    expect(again.report).toEqual({ correct: true, firstTry: false });
  });

  it('a second wrong try reveals the answer; so does asking', () => {
    const second = afterCheck(afterRetry(afterCheck(FIRST_ATTEMPT, false).attempt), false).attempt;
    expect(second).toEqual({ phase: 'revealed', tries: 2 });
    expect(isFinished(second)).toBe(true);
    expect(afterReveal(FIRST_ATTEMPT).phase).toBe('revealed');
    expect(afterReveal({ phase: 'right', tries: 1 }).phase).toBe('right');
    expect(afterRetry({ phase: 'right', tries: 1 }).phase).toBe('right');
  });
});

describe('answers', () => {
  it('an incomplete answer is named and not graded', () => {
    expect(incompleteAnswer({ type: 'single', optionId: '' })).toBe('Choose an answer first.');
    expect(incompleteAnswer({ type: 'predict-cache', marks: ['CACHED', null] }, 3)).toBe('Mark every step first (2 of 3 unmarked).');
    expect(incompleteAnswer({ type: 'predict-cache', marks: ['CACHED', 'EXECUTED'] }, 2)).toBeNull();
    expect(incompleteAnswer({ type: 'command', commandLine: '  ' })).toBe('Type a command first.');
    expect(incompleteAnswer({ type: 'ordering', order: ['a'] })).toBeNull();
  });

  it('blank answers are unanswered, except an ordering', () => {
    for (const q of all) expect(isAnswered(blankAnswer(q)), q.id).toBe(q.type === 'ordering');
    expect(isAnswered(undefined)).toBe(false);
  });

  it('moving an item', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
    expect(moveAnnouncement('EXPOSE 9000', 1, 6)).toBe('EXPOSE 9000: now 2 of 6.');
  });
});

describe('what a question shows before it is answered', () => {
  const predict = (id: string) => {
    const q = all.find((x) => x.id === id);
    if (q?.type !== 'predict-cache') throw new Error(id);
    return q;
  };

  it('predict the cache: step labels without statuses, the first build, the change', () => {
    const view = questionView(predict('predict-source-edit')).predict!;
    expect(view.steps.map((s) => s.label)).toEqual([
      '[2/5] WORKDIR /app',
      '[3/5] COPY python/hello_world/requirements.txt ./hello_world/requirements.txt',
      '[4/5] RUN pip install --no-cache-dir -r hello_world/requirements.txt',
      '[5/5] COPY python/hello_world ./hello_world',
    ]);
    expect(JSON.stringify(view.steps)).not.toMatch(/CACHED|EXECUTED/);
    expect(view.firstSteps[view.firstSteps.length - 1]).toMatch(/^\[5\/5\] COPY python\/hello_world \.\/hello_world\s+\d+\.\ds$/);
    expect(view.change).toMatchObject({ kind: 'diff', file: 'python/hello_world/main.py' });
    if (view.change.kind !== 'diff') throw new Error('diff');
    expect(view.change.lines.filter((l) => l.sign === '+').map((l) => l.text)).toEqual(['# edited']);
  });

  it('a chmod is shown as the command; an edited line as - and +', () => {
    expect(changeView(predict('predict-chmod'))).toMatchObject({ kind: 'command', command: 'chmod +x python/hello_world/main.py' });
    const edited = changeView(predict('predict-dockerfile-in-context'));
    if (edited.kind !== 'diff') throw new Error('diff');
    expect(edited.lines.filter((l) => l.sign !== ' ')).toEqual([
      { sign: '-', line: 6, text: 'EXPOSE 8000' },
      { sign: '+', line: 6, text: 'EXPOSE 8080' },
    ]);
  });

  it('the log step lines', () => {
    expect(logStepLines(' => CACHED [2/5] WORKDIR /app        0.0s\n => exporting to image   0.1s')).toEqual(['CACHED [2/5] WORKDIR /app  0.0s']);
  });
});
