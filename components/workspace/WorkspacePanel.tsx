import type { Lesson } from '@/lib/content/loader';
import type { WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import { LessonToolbar } from '@/components/workbench/LessonToolbar';
import { StaticCode } from '@/components/workbench/StaticWorkbench';
import { buildTimeSnapshot, buildTimeWorkspace } from './build-time';
import { BuiltStaticWorkspace } from './StaticWorkspace';
import { lessonWorkspaceOptions } from '@/lib/links/lesson-workspaces';
import { WorkspaceLoader, type PanelWorkspace } from './WorkspaceLoader';

/** A workspace to open instead of the lesson's first (an embed of a later step, or of an exercise). */
export type PanelStart = Omit<PanelWorkspace, 'snapshot'> & { snapshot: WorkspaceSnapshot };

/**
 * The right-hand panel beside a lesson: the lesson's workspace (its first <Workspace>, else the
 * playground's project). The page ships its build-time rendering; the editor, the simulator and
 * the terminal load afterwards. A region, not an <aside>: it sits inside the page's main landmark.
 * `keepDraft: false` (embeds of another workspace) neither offers nor saves the lesson's draft;
 * `readsLink: false` leaves the address's workspace link to the page (the step embed's opener);
 * `loadAtOnce` loads the interactive workspace right after hydration.
 */
export async function WorkspacePanel({ lesson, start, keepDraft = true, readsLink = true, loadAtOnce = false }: { lesson: Lesson; start?: PanelStart; keepDraft?: boolean; readsLink?: boolean; loadAtOnce?: boolean }) {
  const specs = lessonWorkspaceOptions(lesson);
  const spec = specs[0];
  const built = start ? await buildTimeSnapshot(start.snapshot) : await buildTimeWorkspace(spec);
  const slug = lesson.frontmatter.slug;
  const idPrefix = `lesson-${slug}`;
  const staticEditor = <StaticCode html={built.html} />;
  const initial: PanelWorkspace = start ?? { id: spec.id, project: spec.project, snapshot: built.snapshot, label: spec.title, terminal: spec.command !== null };
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
        keepDraft={keepDraft}
        readsLink={readsLink}
        loadAtOnce={loadAtOnce}
        editorHeight={built.height}
        staticEditor={staticEditor}
        fallback={
          <BuiltStaticWorkspace
            built={built}
            staticEditor={staticEditor}
            idPrefix={idPrefix}
            headingLevel={3}
            editorHeight={built.height}
            toolbar={<LessonToolbar label={initial.label} hasSolution={false} />}
          />
        }
      />
    </section>
  );
}
