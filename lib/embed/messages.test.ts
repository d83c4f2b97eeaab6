import { describe, expect, it } from 'vitest';
import { embedKindOf, exerciseSolvedMessage, isEmbedMessage, quizAnsweredMessage, readyMessage, resizeMessage } from './messages';

describe('embed messages', () => {
  it('ready names the kind and the path, in the versioned envelope', () => {
    expect(readyMessage('quiz', '/embed/quiz/copy/q1/')).toEqual({ source: 'layerwise', version: 1, type: 'ready', kind: 'quiz', path: '/embed/quiz/copy/q1/' });
  });

  it('resize rounds up to whole pixels and refuses nonsense', () => {
    expect(resizeMessage(640.2)).toMatchObject({ type: 'resize', height: 641 });
    expect(resizeMessage(Number.NaN)).toBeNull();
    expect(resizeMessage(-1)).toBeNull();
  });

  it('quiz-answered carries the lesson, question, result and a copy of the answer', () => {
    const answer = { type: 'multiple' as const, optionIds: ['a', 'c'] };
    const message = quizAnsweredMessage({ lesson: 'copy', question: 'copy-order', correct: true, firstTry: true, answer });
    expect(message).toEqual({ source: 'layerwise', version: 1, type: 'quiz-answered', lesson: 'copy', question: 'copy-order', correct: true, firstTry: true, answer });
    answer.optionIds.push('b');
    expect(message?.answer).toEqual({ type: 'multiple', optionIds: ['a', 'c'] });
  });

  it('quiz-answered without a readable answer still reports the result', () => {
    expect(quizAnsweredMessage({ lesson: 'copy', question: 'q', correct: false, firstTry: false, answer: { type: 'nope' } })).toMatchObject({ correct: false, firstTry: false, answer: null });
  });

  it('a malformed quiz detail gives no message', () => {
    expect(quizAnsweredMessage(null)).toBeNull();
    expect(quizAnsweredMessage({ lesson: 'Copy!', question: 'q', correct: true })).toBeNull();
    expect(quizAnsweredMessage({ lesson: 'copy', question: 'q', correct: 'yes' })).toBeNull();
  });

  it('exercise-solved only for a solved state', () => {
    expect(exerciseSolvedMessage({ lesson: 'copy', exercise: 'fix-copy', state: 'solved' })).toEqual({ source: 'layerwise', version: 1, type: 'exercise-solved', lesson: 'copy', exercise: 'fix-copy' });
    expect(exerciseSolvedMessage({ lesson: 'copy', exercise: 'fix-copy', state: 'unsolved' })).toBeNull();
    expect(exerciseSolvedMessage({ lesson: 'copy', exercise: '../x', state: 'solved' })).toBeNull();
  });

  it('a parent page can recognise the messages (and nothing else)', () => {
    expect(isEmbedMessage(readyMessage('step', '/embed/step/a/b/'))).toBe(true);
    expect(isEmbedMessage(resizeMessage(10))).toBe(true);
    expect(isEmbedMessage({ source: 'layerwise', version: 2, type: 'ready' })).toBe(false);
    expect(isEmbedMessage({ source: 'other', version: 1, type: 'ready' })).toBe(false);
    expect(isEmbedMessage('layerwise')).toBe(false);
  });

  it('tells the embed kind from its path', () => {
    expect(embedKindOf('/embed/step/copy/why/')).toBe('step');
    expect(embedKindOf('/embed/playground/')).toBe('playground');
    expect(embedKindOf('/embed/other/')).toBeNull();
    expect(embedKindOf('/learn/copy/')).toBeNull();
  });
});
