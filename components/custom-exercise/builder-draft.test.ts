import { describe, expect, it } from 'vitest';
import { startSnapshot } from '@/lib/exercises';
import { toExercise } from '@/lib/exercises/custom';
import { draftFromCustom, emptyDraft, newGoal, startPaths, validateDraft, type BuilderDraft } from './builder-draft';

function exerciseDraft(change: Partial<BuilderDraft> = {}): BuilderDraft {
  const draft = emptyDraft('custom-dockerfile-location');
  const goal = newGoal('workdir');
  return { ...draft, title: 'Build from resources', goals: [{ ...goal, values: { ...goal.values, path: '/app' } }], ...change };
}

describe('the exercise builder: the rest of the start', () => {
  it('puts the open file, the directory, the files taken away and the goals’ Dockerfile in the exercise, and the learner starts there', () => {
    const draft = exerciseDraft({ open: 'src/main.py', cwd: 'resources', remove: ['resources/videos/video2.mp4'], dockerfile: 'resources/docker/Dockerfile' });
    const validation = validateDraft(draft);
    if (!validation.ok) throw new Error([...validation.problems].join('; '));
    const { custom } = validation;
    expect(custom.start).toMatchObject({ open: 'src/main.py', cwd: 'resources', remove: ['resources/videos/video2.mp4'] });
    expect(custom.dockerfile).toBe('resources/docker/Dockerfile');
    const start = startSnapshot(toExercise(custom));
    expect(start.openFile).toBe('src/main.py');
    expect(start.cwd).toBe('resources');
    expect(Object.keys(start.files)).not.toContain('resources/videos/video2.mp4');
    // Read back from exercise.json into the form: the same choices.
    expect(draftFromCustom(custom)).toMatchObject({ open: 'src/main.py', cwd: 'resources', remove: ['resources/videos/video2.mp4'], dockerfile: 'resources/docker/Dockerfile' });
  });

  it('leaves the defaults out of the exercise when nothing is chosen', () => {
    const validation = validateDraft(exerciseDraft());
    if (!validation.ok) throw new Error('invalid');
    expect(validation.custom.start.open).toBeUndefined();
    expect(validation.custom.start.cwd).toBeUndefined();
    expect(validation.custom.start.remove).toEqual([]);
    expect(validation.custom.dockerfile).toBeUndefined();
  });

  it('offers only files the start holds, and reports opening a file that was taken away', () => {
    const draft = exerciseDraft({ remove: ['src/cli.py'] });
    expect(startPaths(draft)).toEqual(['resources/docker/Dockerfile', 'resources/videos/video1.mp4', 'resources/videos/video2.mp4', 'src/main.py']);
    const validation = validateDraft({ ...draft, open: 'src/cli.py' });
    expect(validation.ok).toBe(false);
    expect([...validation.problems.values()].join(' ')).toContain('src/cli.py');
  });
});
