'use client';

/**
 * The workspace beside a lesson (loaded lazily by WorkspaceLoader). The lesson's <Workspace>
 * blocks switch it to their project (each keeps its edits while the learner moves between them);
 * "Open in editor" on a code block or exercise loads a Dockerfile into the project's main
 * Dockerfile; exercises can show their solution; "Open in playground" carries the workspace over.
 */
import { useAutosave } from './use-autosave';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LessonWorkspaceOption } from '@/lib/links/lesson-workspaces';
import { readStepWorkspace, targetOnlyHash, type LinkableWorkspace, type StepWorkspaceRead } from '@/lib/links/step-link';
import { encodeWorkspaceHash } from '@/lib/workbench/workspace-link';
import { sameFiles } from '@/lib/workbench/workspace-draft';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { projectSnapshot, specSnapshot } from '@/lib/workspace/projects';
import { readSnapshot, snapshotOf, workspaceFromSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { OPEN_IN_WORKBENCH, SWITCH_WORKSPACE, type OpenInWorkbenchDetail, type SwitchWorkspaceDetail } from '@/components/lesson/workbench-events';
import { LessonToolbar } from '@/components/workbench/LessonToolbar';
import type { Exercise } from '@/lib/exercises';
import type { WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import { progressStore } from '@/components/progress/store';
import { DownloadZipButton } from '@/components/download/DownloadZipButton';
import { CopyWorkspaceLinkButton } from './CopyWorkspaceLinkButton';
import { ExercisePanel } from './ExercisePanel';
import { forgetKeptWork, KeptWorkNotice, keepWorkAside, readKeptWork } from './KeptWorkNotice';
import { LinkOffer } from './LinkOffer';
import { WorkspaceLive, type WorkspaceController } from './WorkspaceLive';
import type { PanelWorkspace, WorkspaceRequest } from './WorkspaceLoader';

export interface LessonWorkspaceProps {
  initial: PanelWorkspace;
  /** Every workspace of the lesson, for a step link that carries one (lib/links/step-link.ts). */
  workspaces: LessonWorkspaceOption[];
  initialModel: WorkbenchModel | null;
  staticEditor: React.ReactNode;
  lessonSlug: string;
  /** Offer and save the lesson's draft (false in embeds that open another workspace). */
  keepDraft?: boolean;
  /** Read a workspace from a step link in the address (false where the page reads its own, the step embed). */
  readsLink?: boolean;
  editorHeight: string;
  /** An "Open in editor" or a workspace switch that arrived before this module had loaded. */
  initialRequest: WorkspaceRequest | null;
  /** Takes over from the loader once this listens itself: the latest request, maybe newer than `initialRequest`. */
  takeRequest?: () => WorkspaceRequest | null;
  focusEditorWhenReady: boolean;
}

function createWorkspace(snapshot: unknown): Workspace | null {
  const read = readSnapshot(snapshot);
  return read.ok ? workspaceFromSnapshot(read.snapshot) : null;
}

export function LessonWorkspace({ initial, workspaces: lessonWorkspaces, initialModel, staticEditor, lessonSlug, keepDraft = true, readsLink = true, editorHeight, initialRequest: requestAtMount, takeRequest, focusEditorWhenReady }: LessonWorkspaceProps) {
  // The request this first rendered with (a later one comes through takeRequest).
  const [initialRequest] = useState(requestAtMount);
  const controller = useRef<WorkspaceController>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // Every workspace the learner has opened on this page, with its edits.
  const [workspaces] = useState(() => new Map<string, { workspace: Workspace; meta: PanelWorkspace }>());
  const [current, setCurrent] = useState<PanelWorkspace>(() => {
    return initialRequest?.switchTo ?? initial;
  });
  const entry = workspaces.get(current.id) ?? (() => {
    const workspace = createWorkspace(current.snapshot) ?? createWorkspace(initial.snapshot)!;
    const made = { workspace, meta: current };
    workspaces.set(current.id, made);
    return made;
  })();
  const [origin, setOrigin] = useState<OpenInWorkbenchDetail | null>(null);
  const [solutionShown, setSolutionShown] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [generation, setGeneration] = useState(0);
  // The files before the last Reset, per workspace, so a Reset can be undone.
  const [beforeReset, setBeforeReset] = useState<Record<string, WorkspaceSnapshot>>({});

  // The lesson's own workspace is kept as a draft in the learner's progress. A draft from an
  // earlier visit is offered, never put in place without asking.
  const [savedDraft, setSavedDraft] = useState<WorkspaceSnapshot | null>(null);
  // Until the learner has answered the offer, nothing is saved over their earlier draft.
  const draftUnanswered = useRef(false);

  // A step link may carry a prepared workspace (read once, when the panel loads).
  const linkables = useMemo<LinkableWorkspace[]>(() => lessonWorkspaces.map((w) => ({ id: w.id, base: { id: w.project, snapshot: projectSnapshot(w.project) } })), [lessonWorkspaces]);
  const [link] = useState<StepWorkspaceRead>(() => (readsLink ? readStepWorkspace(window.location.hash, linkables) : { kind: 'none' }));
  const [linkMessage, setLinkMessage] = useState<string | null>(link.kind === 'invalid' ? link.message : null);
  // A link's workspace for the lesson's first workspace, while the learner has saved work there.
  const [linkOffer, setLinkOffer] = useState<{ snapshot: WorkspaceSnapshot; draft: WorkspaceSnapshot } | null>(null);
  // The learner's work that a link's workspace replaced (at their word), until they take it back.
  const [kept, setKept] = useState<WorkspaceSnapshot | null>(() => readKeptWork(lessonSlug));

  const panelOf = useCallback(
    (id: string): PanelWorkspace => {
      const spec = lessonWorkspaces.find((w) => w.id === id);
      if (!spec || id === initial.id) return initial;
      return { id: spec.id, project: spec.project, snapshot: specSnapshot(spec), label: spec.title, terminal: spec.command !== null };
    },
    [lessonWorkspaces, initial],
  );

  /** Puts a workspace in the panel in place of what it shows (the previous one stays undoable). */
  const showWorkspace = useCallback(
    (meta: PanelWorkspace, snapshot: WorkspaceSnapshot, message: string, keepPrevious = false) => {
      const previous = workspaces.get(meta.id)?.workspace;
      if (previous && keepPrevious) setBeforeReset((all) => ({ ...all, [meta.id]: snapshotOf(previous, { docker: true }) }));
      workspaces.set(meta.id, { workspace: workspaceFromSnapshot(snapshot), meta });
      setCurrent(meta);
      setGeneration((g) => g + 1);
      setStatus(message);
    },
    [workspaces],
  );

  /** The link has been answered: a reload now shows the learner's autosaved work, not the link again. */
  const settleLink = useCallback(() => {
    const hash = targetOnlyHash(window.location.hash);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + hash);
  }, []);

  useEffect(() => {
    if (!keepDraft) return;
    let cancelled = false;
    void progressStore.ready().then(() => {
      if (cancelled) return;
      const draft = progressStore.draftOf(lessonSlug);
      const start = readSnapshot(initial.snapshot);
      const ownWork = draft && start.ok && !sameFiles(draft, start.snapshot) ? draft : null;
      if (link.kind === 'ok') {
        if (link.workspaceId === initial.id && ownWork && !sameFiles(ownWork, link.snapshot)) {
          // Never replace saved work silently: ask first (LinkOffer), and save nothing meanwhile.
          draftUnanswered.current = true;
          setLinkOffer({ snapshot: link.snapshot, draft: ownWork });
          return;
        }
        showWorkspace(panelOf(link.workspaceId), link.snapshot, 'Opened the prepared workspace from the link.');
        settleLink();
        if (link.workspaceId === initial.id) return;
      }
      if (ownWork) {
        draftUnanswered.current = true;
        setSavedDraft(ownWork);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [lessonSlug, initial.snapshot, initial.id, keepDraft, link, panelOf, showWorkspace, settleLink]);

  // A workspace link followed after the panel loaded (pasted into the address bar, or a link in
  // the lesson's text): the same rules as on arrival. Work the learner changed in that workspace
  // is never replaced silently: the lesson's own workspace asks (LinkOffer), another one can be undone.
  useEffect(() => {
    if (!readsLink) return;
    const onHash = () => {
      const read = readStepWorkspace(window.location.hash, linkables);
      if (read.kind === 'none') return;
      if (read.kind === 'invalid') return setLinkMessage(read.message);
      setLinkMessage(null);
      const meta = panelOf(read.workspaceId);
      const open = workspaces.get(read.workspaceId)?.workspace;
      const own = open ? snapshotOf(open) : null;
      const start = readSnapshot(meta.snapshot);
      const changed = own !== null && start.ok && !sameFiles(own, start.snapshot) && !sameFiles(own, read.snapshot);
      if (changed && keepDraft && read.workspaceId === initial.id) {
        draftUnanswered.current = true;
        setLinkOffer({ snapshot: read.snapshot, draft: own });
        return;
      }
      showWorkspace(meta, read.snapshot, 'Opened the prepared workspace from the link.', changed);
      settleLink();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [readsLink, linkables, panelOf, workspaces, keepDraft, initial.id, showWorkspace, settleLink]);

  const loadOffered = useCallback(() => {
    if (!linkOffer) return;
    // The learner's saved work goes aside first (KeptWorkNotice brings it back), then the link's
    // workspace may be autosaved over the lesson's draft.
    keepWorkAside(lessonSlug, linkOffer.draft);
    setKept(linkOffer.draft);
    draftUnanswered.current = false;
    setLinkOffer(null);
    showWorkspace(initial, linkOffer.snapshot, 'Opened the prepared workspace from the link. Your own work is kept: "Bring my work back" returns it.');
    settleLink();
  }, [linkOffer, lessonSlug, initial, showWorkspace, settleLink]);

  const keepOwnWork = useCallback(() => {
    if (!linkOffer) return;
    draftUnanswered.current = false;
    setLinkOffer(null);
    showWorkspace(initial, linkOffer.draft, 'Your work is in the workspace; the link’s workspace was not loaded.');
    settleLink();
  }, [linkOffer, initial, showWorkspace, settleLink]);

  useAutosave(
    entry.workspace,
    () => {
      if (!draftUnanswered.current) progressStore.saveDraft(lessonSlug, snapshotOf(entry.workspace));
    },
    { delay: 600, enabled: keepDraft && current.id === initial.id, skip: (change) => change.origin === 'load' && change.files.length === 0 },
  );

  const restoreDraft = useCallback(() => {
    if (!savedDraft) return;
    const previous = workspaces.get(initial.id)?.workspace;
    if (previous) setBeforeReset((all) => ({ ...all, [initial.id]: snapshotOf(previous, { docker: true }) }));
    workspaces.set(initial.id, { workspace: workspaceFromSnapshot(savedDraft), meta: initial });
    setCurrent(initial);
    draftUnanswered.current = false;
    setSavedDraft(null);
    setGeneration((g) => g + 1);
    setStatus('Your work from your last visit is back. "Undo reset" shows the lesson’s start again.');
  }, [savedDraft, workspaces, initial]);

  const revealPanel = useCallback(() => {
    const box = panelRef.current?.getBoundingClientRect();
    if (box && (box.top > window.innerHeight || box.bottom < 0)) panelRef.current?.scrollIntoView({ block: 'start' });
  }, []);

  const open = useCallback(
    (detail: OpenInWorkbenchDetail) => {
      controller.current?.loadDockerfile(detail.source);
      setOrigin(detail);
      setSolutionShown(false);
      setStatus(`Opened ${detail.label} in the editor. Undo (Ctrl+Z) brings back what was there.`);
      revealPanel();
      controller.current?.focusEditor();
    },
    [revealPanel],
  );

  // A request that arrived while this module loaded: apply it once the editor is there.
  const pendingOpen = useRef(initialRequest?.open ?? null);
  useEffect(() => {
    const request = pendingOpen.current;
    if (!request) return;
    pendingOpen.current = null;
    requestAnimationFrame(() => open(request));
  }, [open]);

  const switchTo = useCallback(
    (detail: SwitchWorkspaceDetail) => {
      setCurrent({ id: detail.id, snapshot: detail.snapshot, label: detail.label, terminal: detail.terminal, project: detail.project, exercise: detail.exercise });
      setOrigin(null);
      setConfirmReset(false);
      setStatus(`Switched to ${detail.label}. Your edits in the other workspaces are kept.`);
      if (detail.focus === false) return;
      revealPanel();
      // The learner asked for this project: put them in its editor (once the new view is there).
      requestAnimationFrame(() => requestAnimationFrame(() => controller.current?.focusEditor()));
    },
    [revealPanel],
  );

  useEffect(() => {
    const onOpen = (e: Event) => {
      const detail = (e as CustomEvent<OpenInWorkbenchDetail>).detail;
      if (detail && typeof detail.source === 'string') open(detail);
    };
    const onSwitch = (e: Event) => {
      const detail = (e as CustomEvent<SwitchWorkspaceDetail>).detail;
      if (detail && typeof detail.id === 'string') switchTo(detail);
    };
    window.addEventListener(OPEN_IN_WORKBENCH, onOpen);
    window.addEventListener(SWITCH_WORKSPACE, onSwitch);
    // A request that came after the first render, before these listeners: answer it now.
    const late = takeRequest?.() ?? null;
    if (late && late !== initialRequest) {
      const { switchTo: toShow, open: toOpen } = late;
      // After this effect (React renders the switch as any other event's), the open once it shows.
      if (toShow) queueMicrotask(() => switchTo(toShow));
      if (toOpen) requestAnimationFrame(() => open(toOpen));
    }
    return () => {
      window.removeEventListener(OPEN_IN_WORKBENCH, onOpen);
      window.removeEventListener(SWITCH_WORKSPACE, onSwitch);
    };
  }, [open, switchTo, takeRequest, initialRequest]);

  const reset = useCallback(() => {
    if (origin) {
      controller.current?.loadDockerfile(origin.source);
      setStatus(`Reset to the start of ${origin.label}. Undo (Ctrl+Z) brings your version back.`);
      return;
    }
    setConfirmReset(true);
  }, [origin]);

  const resetAll = useCallback(() => {
    const fresh = createWorkspace(current.snapshot);
    const previous = workspaces.get(current.id)?.workspace;
    if (previous) setBeforeReset((all) => ({ ...all, [current.id]: snapshotOf(previous, { docker: true }) }));
    if (fresh) workspaces.set(current.id, { workspace: fresh, meta: current });
    setGeneration((g) => g + 1);
    setConfirmReset(false);
    setStatus(`Every file of ${current.label} is back to its start. "Undo reset" brings your version back.`);
  }, [current, workspaces]);

  const undoReset = useCallback(() => {
    const saved = beforeReset[current.id];
    if (!saved) return;
    workspaces.set(current.id, { workspace: workspaceFromSnapshot(saved), meta: current });
    setBeforeReset(({ [current.id]: _gone, ...rest }) => rest);
    setGeneration((g) => g + 1);
    setStatus('Your version is back.');
  }, [beforeReset, current, workspaces]);

  const playgroundHref = useCallback(() => {
    const base = { id: current.project, snapshot: projectSnapshot(current.project) };
    return `/playground/${encodeWorkspaceHash(snapshotOf(entry.workspace), base)}`;
  }, [current.project, entry.workspace]);

  const exercise = (current.exercise ?? null) as Exercise | null;
  const solution = exercise ? null : (origin?.solution ?? null);
  const solutionId = `lesson-${lessonSlug}-solution`;
  const toolbar = (
    <>
      <LessonToolbar
        label={origin?.label ?? current.label}
        hasSolution={solution !== null}
        solutionShown={solutionShown}
        solutionId={solutionId}
        status={status}
        onReset={reset}
        hideReset={exercise !== null}
        onToggleSolution={() => setSolutionShown((shown) => !shown)}
        playgroundHref={playgroundHref}
      />
      <div className="ws-download">
        <DownloadZipButton getWorkspace={() => ({ files: entry.workspace.files(), command: entry.workspace.command, title: current.label, cwd: entry.workspace.cwd })} />
        {linkables.some((w) => w.id === current.id) ? (
          <CopyWorkspaceLinkButton
            getLink={() => {
              const base = linkables.find((w) => w.id === current.id)!.base;
              return { workspaceId: current.id, snapshot: snapshotOf(entry.workspace), base };
            }}
          />
        ) : null}
      </div>
      {linkMessage ? (
        <div className="wb-notice" role="alert">
          <p>{linkMessage} The lesson’s own workspace is shown; nothing from the link was run or saved.</p>
          <button type="button" className="button button-small button-secondary" onClick={() => setLinkMessage(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {linkOffer ? <LinkOffer label={initial.label} onLoad={loadOffered} onKeep={keepOwnWork} /> : null}
      {kept && !linkOffer ? (
        <KeptWorkNotice
          onBringBack={() => {
            showWorkspace(initial, kept, 'Your own work is back. "Undo reset" shows the link’s workspace again.', true);
            forgetKeptWork(lessonSlug);
            setKept(null);
          }}
          onDiscard={() => {
            forgetKeptWork(lessonSlug);
            setKept(null);
            setStatus('The work kept from before the link was discarded.');
          }}
        />
      ) : null}
      {savedDraft ? (
        <div className="wb-notice" role="group" aria-label="Your work from your last visit">
          <p>This workspace has your work from your last visit, saved in this browser.</p>
          <button type="button" className="button button-small" onClick={restoreDraft}>
            Restore my work
          </button>{' '}
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => {
              draftUnanswered.current = false;
              setSavedDraft(null);
              progressStore.clearDraft(lessonSlug);
              setStatus('Your earlier work was discarded; the workspace starts as the lesson does.');
            }}
          >
            Discard it and start fresh
          </button>
        </div>
      ) : null}
      {exercise ? (
        <ExercisePanel
          key={`${exercise.id}:${generation}`}
          exercise={exercise}
          workspace={entry.workspace}
          onReset={resetAll}
          onUndoReset={beforeReset[current.id] ? undoReset : null}
        />
      ) : null}
      {!exercise && beforeReset[current.id] ? (
        <p className="wb-notice">
          <button type="button" className="button button-small button-secondary" onClick={undoReset}>
            Undo reset
          </button>
        </p>
      ) : null}
      {confirmReset ? (
        <div className="wb-notice" role="group" aria-label="Reset the workspace?">
          <p>Put every file of {current.label} back as the lesson started it? Your changes to them are lost.</p>
          <button type="button" className="button button-small" onClick={resetAll}>
            Reset every file
          </button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setConfirmReset(false)}>
            Keep my changes
          </button>
        </div>
      ) : null}
      {solution !== null && solutionShown ? (
        <div className="wb-solution" id={solutionId} role="region" aria-label="Solution">
          <pre tabIndex={0}>
            <code>{solution}</code>
          </pre>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              controller.current?.loadDockerfile(solution);
              setStatus('The solution is in the editor. Undo (Ctrl+Z) brings your version back.');
            }}
          >
            Put the solution in the editor
          </button>
        </div>
      ) : null}
    </>
  );

  // The build-time rendering fits only the lesson's start, not a workspace put in its place.
  const isFirst = current.id === initial.id && generation === 0 && entry.workspace.revision === 0;
  return (
    <div ref={panelRef}>
      <WorkspaceLive
        key={`${current.id}:${generation}`}
        ref={controller}
        workspace={entry.workspace}
        initialModel={isFirst ? initialModel : null}
        staticEditor={isFirst ? staticEditor : undefined}
        idPrefix={`lesson-${lessonSlug}`}
        headingLevel={3}
        editorHeight={editorHeight}
        toolbar={toolbar}
        terminalOpen={current.terminal}
        focusWhenReady={initialRequest && initialRequest.switchTo?.focus !== false ? 'always' : focusEditorWhenReady ? 'if-free' : false}
      />
    </div>
  );
}

