import { analyze } from '@/lib/engine/analyze';
import { highlight } from '@/lib/content/highlight';
import { editorHeight } from '@/lib/workbench/editor-height';
import { toWorkbenchModel, type WorkbenchModel } from '@/lib/workbench/view-model';
import { LessonToolbar } from '@/components/workbench/LessonToolbar';
import { LessonWorkbenchLoader } from '@/components/workbench/LessonWorkbenchLoader';
import { StaticCode, StaticWorkbench } from '@/components/workbench/StaticWorkbench';

function buildTimeModel(source: string): WorkbenchModel | null {
  try {
    return toWorkbenchModel(analyze(source));
  } catch {
    return null; // the interactive workbench analyzes again in the browser
  }
}

/**
 * The right-hand panel beside a lesson: the editor workbench. The page ships its build-time
 * rendering (highlighted Dockerfile, problems, layers, image card); the editor loads afterwards.
 */
export async function WorkbenchPanel({ initialSource, lessonSlug }: { initialSource: string; lessonSlug: string }) {
  const html = await highlight(initialSource, 'dockerfile');
  const model = buildTimeModel(initialSource);
  const height = editorHeight(initialSource);
  const idPrefix = `lesson-${lessonSlug}`;
  const staticEditor = <StaticCode html={html} />;
  return (
    <aside className="workbench-panel" aria-label="Workbench">
      <h2 className="workbench-title">Workbench</h2>
      <LessonWorkbenchLoader
        initialSource={initialSource}
        initialModel={model}
        lessonSlug={lessonSlug}
        editorHeight={height}
        staticEditor={staticEditor}
        fallback={
          <StaticWorkbench
            staticEditor={staticEditor}
            model={model}
            idPrefix={idPrefix}
            headingLevel={3}
            editorHeight={height}
            toolbar={<LessonToolbar label="the lesson’s Dockerfile" hasSolution={false} />}
          />
        }
      />
    </aside>
  );
}
