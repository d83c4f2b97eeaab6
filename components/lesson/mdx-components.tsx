import type { ComponentProps } from 'react';
import type { Lesson } from '@/lib/content/loader';
import { Step } from './Step';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Exercise } from './Exercise';
import { LayerStack } from './LayerStack';
import { ImageReference } from './diagrams/ImageReference';
import { CopyDiagram } from './diagrams/CopyDiagram';
import { ProcessDiagram } from './diagrams/ProcessDiagram';
import { PortDiagram } from './diagrams/PortDiagram';
import { ContextDiagram } from './diagrams/ContextDiagram';
import { CacheDiagram } from './diagrams/CacheDiagram';
import { WorkspaceCard } from './WorkspaceCard';
import type { Exercise as ExerciseData } from '@/lib/exercises';
import { loadLessonExercises } from '@/lib/exercises/load';

const exerciseCache = new Map<string, ExerciseData[]>();
function exercisesOf(lesson: Lesson): ExerciseData[] {
  if (!exerciseCache.has(lesson.dir)) exerciseCache.set(lesson.dir, loadLessonExercises(lesson));
  return exerciseCache.get(lesson.dir)!;
}

/** The one registry of components lessons may use. Bound to the lesson for its side files. */
export function lessonComponents(lesson: Lesson) {
  return {
    Step,
    Callout,
    CodeBlock,
    LayerStack,
    ImageReference,
    CopyDiagram,
    ProcessDiagram,
    PortDiagram,
    ContextDiagram,
    CacheDiagram,
    Workspace: ({ id }: { id: string }) => {
      const spec = lesson.workspaces.find((w) => w.id === id);
      if (!spec) throw new Error(`${lesson.file}: <Workspace id="${id}"> was not loaded`);
      return <WorkspaceCard spec={spec} first={spec === lesson.workspaces[0]} />;
    },
    Exercise: ({ id, title, children }: { id: string; title?: string; children?: ComponentProps<typeof Exercise>['children'] }) => {
      const exercise = lesson.exercises.find((e) => e.id === id);
      const data = exercisesOf(lesson).find((e) => e.id === id);
      if (!exercise || !data) throw new Error(`${lesson.file}: <Exercise id="${id}"> was not loaded (its data is exercises/${id}.json)`);
      return (
        <Exercise exercise={exercise} data={data} title={title}>
          {children}
        </Exercise>
      );
    },
  };
}
