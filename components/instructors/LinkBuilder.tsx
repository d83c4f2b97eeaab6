'use client';

/**
 * The instructors' link builder: pick a lesson, a step and (where the lesson has several) one of
 * its workspaces, prepare that workspace in the real workspace UI (one Workspace is the source of
 * truth; the link is recomputed from it on every change), then copy a link that opens the step, or
 * the playground, with it, or the <iframe> snippet of the matching embed route.
 */
import { useMemo, useState } from 'react';
import { embedPath, iframeSnippet } from '@/lib/links/embed';
import { LINK_WARN_LENGTH, stepLinkHash } from '@/lib/links/step-link';
import { encodeWorkspaceHash } from '@/lib/workbench/workspace-link';
import { projectSnapshot, specSnapshot } from '@/lib/workspace/projects';
import { snapshotOf, workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { WorkspaceLive } from '@/components/workspace/WorkspaceLive';
import { useWorkspaceRevision } from '@/components/workspace/use-workspace';
import type { BuilderLesson } from './builder-data';
import { CopyField } from './CopyField';

type Mode = 'step' | 'playground';

export function LinkBuilder({ lessons }: { lessons: BuilderLesson[] }) {
  const [slug, setSlug] = useState(lessons[0]?.slug ?? '');
  const lesson = lessons.find((l) => l.slug === slug) ?? lessons[0];
  const [stepId, setStepId] = useState(lesson?.steps[0]?.id ?? '');
  const [workspaceId, setWorkspaceId] = useState(lesson?.workspaces[0]?.id ?? '');
  const [mode, setMode] = useState<Mode>('step');
  // Every workspace prepared on this page keeps its edits while another is picked.
  const [prepared] = useState(() => new Map<string, Workspace>());

  const spec = lesson.workspaces.find((w) => w.id === workspaceId) ?? lesson.workspaces[0];
  const key = `${lesson.slug}/${spec.id}`;
  const workspace = useMemo(() => {
    let ws = prepared.get(key);
    if (!ws) {
      ws = workspaceFromSnapshot(specSnapshot(spec));
      prepared.set(key, ws);
    }
    return ws;
  }, [prepared, key, spec]);
  const revision = useWorkspaceRevision(workspace);
  const step = lesson.steps.find((s) => s.id === stepId) ?? lesson.steps[0];

  const { link, embed } = useMemo(() => {
    void revision; // recomputed on every change of the workspace
    const base = { id: spec.project, snapshot: projectSnapshot(spec.project) };
    const snapshot = snapshotOf(workspace);
    const origin = window.location.origin;
    const workspaceHash = encodeWorkspaceHash(snapshot, base);
    if (mode === 'playground') {
      return {
        link: `${origin}/playground/${workspaceHash}`,
        embed: iframeSnippet(`${origin}${embedPath({ kind: 'playground' })}${workspaceHash}`, `playground with a workspace from “${lesson.title}”`),
      };
    }
    return {
      link: `${origin}/learn/${lesson.slug}/${stepLinkHash(step.id, spec.id, snapshot, base)}`,
      embed: iframeSnippet(`${origin}${embedPath({ kind: 'step', slug: lesson.slug, stepId: step.id })}${workspaceHash}`, `step “${step.title}” of ${lesson.title}`),
    };
  }, [revision, spec, workspace, mode, lesson, step]);

  const tooLong = link.length > LINK_WARN_LENGTH;

  return (
    <div className="link-builder">
      <fieldset className="link-builder-choices">
        <legend>Where the link points</legend>
        <label>
          Lesson{' '}
          <select
            value={lesson.slug}
            onChange={(e) => {
              const next = lessons.find((l) => l.slug === e.target.value) ?? lessons[0];
              setSlug(next.slug);
              setStepId(next.steps[0]?.id ?? '');
              setWorkspaceId(next.workspaces[0]?.id ?? '');
            }}
          >
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Step{' '}
          <select value={step.id} onChange={(e) => setStepId(e.target.value)}>
            {lesson.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        {lesson.workspaces.length > 1 ? (
          <label>
            Workspace{' '}
            <select value={spec.id} onChange={(e) => setWorkspaceId(e.target.value)}>
              {lesson.workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </fieldset>

      <fieldset className="link-builder-mode">
        <legend>Open</legend>
        <label>
          <input type="radio" name="link-builder-mode" value="step" checked={mode === 'step'} onChange={() => setMode('step')} /> at the step, in the lesson
        </label>
        <label>
          <input type="radio" name="link-builder-mode" value="playground" checked={mode === 'playground'} onChange={() => setMode('playground')} /> in the
          playground
        </label>
      </fieldset>

      <section className="link-builder-workspace" aria-labelledby="link-builder-workspace-title">
        <h3 id="link-builder-workspace-title">Prepare the workspace: {spec.title}</h3>
        <p className="link-builder-hint">
          Edit any file, open the one learners should see first, <code>cd</code> in the terminal: the link carries the changed files, the open file, the
          terminal’s folder and the suggested command. Nothing else is stored anywhere.
        </p>
        <WorkspaceLive
          key={key}
          workspace={workspace}
          idPrefix="link-builder"
          headingLevel={3}
          editorHeight="20rem"
          terminalOpen={false}
        />
      </section>

      <section className="link-builder-output" aria-labelledby="link-builder-output-title">
        <h3 id="link-builder-output-title">Your link</h3>
        <CopyField label="Link" value={link} copyText="Copy link" />
        <p className="link-builder-length">
          The link is {link.length.toLocaleString('en')} characters long.
        </p>
        <div aria-live="polite">
          {tooLong ? (
            <p className="link-builder-warning">
              Warning: this link is over {LINK_WARN_LENGTH.toLocaleString('en')} characters. Some LMSs, chat tools and mail clients cut long links; keep the
              changes small, or give learners the embed code or a .zip instead.
            </p>
          ) : null}
        </div>
        <CopyField label="Embed code" value={embed} copyText="Copy embed code" />
      </section>
    </div>
  );
}
