import { describe, expect, it } from 'vitest';
import { getLesson } from './loader';
import { workspaceForStep } from './embed';

describe('workspaceForStep', () => {
  const lesson = getLesson('custom-dockerfile-location')!;

  it('a step before any <Workspace> gets the lesson’s first one (what the panel opens with)', () => {
    expect(workspaceForStep(lesson, 'the-project')?.id).toBe('lab-root');
  });

  it('a step gets the last <Workspace> before it or inside it', () => {
    expect(workspaceForStep(lesson, 'dash-f')?.id).toBe('lab-root');
    expect(workspaceForStep(lesson, 'which-path-is-relative-to-what')?.id).toBe('lab-resources');
    expect(workspaceForStep(lesson, 'recap')?.id).toBe('lab-resources');
  });

  it('an unknown step has none', () => {
    expect(workspaceForStep(lesson, 'nope')).toBeNull();
  });
});
