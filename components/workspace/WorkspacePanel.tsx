import type { Lesson } from '@/lib/content/loader';
import { LessonToolbar } from '@/components/workbench/LessonToolbar';
import { StaticCode } from '@/components/workbench/StaticWorkbench';
import { buildTimeWorkspace } from './build-time';
import { StaticWorkspace } from './StaticWorkspace';
import { lessonWorkspaceOptions } from '@/lib/links/lesson-workspaces';
import { WorkspaceLoader, type PanelWorkspace } from './WorkspaceLoader';

/**
 * The right-hand panel beside a lesson: the lesson's workspace (its first <Workspace>, else the
 * playground's project). The page ships its build-time rendering; the editor, the simulator and
 * the terminal load afterwards. A region, not an <aside>: it sits inside the page's main landmark.
 */
export async function WorkspacePanel({ lesson }: { lesson: Lesson }) {
  const specs = lessonWorkspaceOptions(lesson);
  const spec = specs[0];
  const built = await buildTimeWorkspace(spec);
  const slug = lesson.frontmatter.slug;
  const idPrefix = `lesson-${slug}`;
  const staticEditor = <StaticCode html={built.html} />;
  const initial: PanelWorkspace = { id: spec.id, project: spec.project, snapshot: built.snapshot, label: spec.title, terminal: spec.command !== null };
  return (
    <section className="workbench-panel" aria-labelledby={`${idPrefix}-workspace-title`}>
      <h2 className="workbench-title" id={`${idPrefix}-workspace-title`}>
        Workspace
      </h2>
      <WorkspaceLoader
        initial={initial}
        workspaces={specs}
        initialModel={built.model}
        lessonSlug={slug}
        editorHeight={built.height}
        staticEditor={staticEditor}
        fallback={
          <StaticWorkspace
            entries={built.entries}
            openFile={built.openFile}
            analyzedPath={built.analyzedPath}
            staticEditor={staticEditor}
            model={built.model}
            idPrefix={idPrefix}
            headingLevel={3}
            editorHeight={built.height}
            toolbar={<LessonToolbar label={spec.title} hasSolution={false} />}
          />
        }
      />
    </section>
  );
}
