/**
 * What a question shows before anyone answers, prepared at build time (server side) so the page
 * needs no simulator to draw it: the steps of a predict-the-cache rebuild (labels only, never the
 * statuses), the first build's log, the change as a small diff or a command, and the start order
 * of an ordering question. Nothing here gives the answer away.
 */
import type { AnyQuizQuestion, PredictCacheQuestion } from '@/lib/content/schema';
import { freshWorkspace, initialOrder, replayPredictCache } from './grade';
import { logStepLines } from './log';

export { logStepLines } from './log';

export type ChangeView =
  | { kind: 'command'; command: string; note: string }
  | { kind: 'diff'; file: string; lines: Array<{ sign: ' ' | '+' | '-'; line: number | null; text: string }>; note: string };

export interface PredictCacheView {
  steps: Array<{ label: string; keyword: string }>;
  /** The first build's step lines (the full log is `firstLog`). */
  firstSteps: string[];
  firstLog: string;
  change: ChangeView;
  dockerfilePath: string;
}

export interface QuestionView {
  /** Ordering: the shuffled order the items start in. */
  order?: string[];
  predict?: PredictCacheView;
}

export function changeView(question: PredictCacheQuestion): ChangeView {
  const change = question.change;
  const note = question.changeText;
  switch (change.kind) {
    case 'chmod':
      return { kind: 'command', command: `chmod ${change.mode} ${change.file}`, note };
    case 'touch':
      return { kind: 'command', command: `touch ${change.file}`, note };
    case 'edit': {
      const ws = freshWorkspace(question);
      const before = (ws.read(change.file) ?? '').replace(/\n$/, '');
      const old = before === '' ? [] : before.split('\n');
      const added = change.append.replace(/\n$/, '').split('\n');
      const context = old.slice(-2).map((text, i) => ({ sign: ' ' as const, line: old.length - Math.min(2, old.length) + i + 1, text }));
      return { kind: 'diff', file: change.file, lines: [...context, ...added.map((text, i) => ({ sign: '+' as const, line: old.length + i + 1, text }))], note };
    }
    case 'instruction': {
      const lines = question.dockerfile.replace(/\n$/, '').split('\n');
      const n = change.line;
      const previous = n >= 2 ? [{ sign: ' ' as const, line: n - 1, text: lines[n - 2] }] : [];
      const next = n < lines.length ? [{ sign: ' ' as const, line: n + 1, text: lines[n] }] : [];
      return {
        kind: 'diff',
        file: 'Dockerfile',
        lines: [...previous, { sign: '-', line: n, text: lines[n - 1] ?? '' }, { sign: '+', line: n, text: change.text }, ...next],
        note,
      };
    }
  }
}

export function questionView(question: AnyQuizQuestion): QuestionView {
  if (question.type === 'ordering') return { order: initialOrder(question) };
  if (question.type === 'predict-cache') {
    const replay = replayPredictCache(question);
    return {
      predict: {
        steps: replay.steps.map((s) => ({ label: s.label, keyword: s.keyword })),
        firstSteps: logStepLines(replay.firstLog),
        firstLog: replay.firstLog,
        change: changeView(question),
        dockerfilePath: 'Dockerfile',
      },
    };
  }
  return {};
}
