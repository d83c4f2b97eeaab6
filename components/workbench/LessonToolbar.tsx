/**
 * The controls above the editor beside a lesson. Without handlers (build time, before JavaScript)
 * the buttons are drawn disabled in the same place, so the editor does not move when they wake up.
 */
export function LessonToolbar({
  label,
  hasSolution,
  solutionShown = false,
  solutionId,
  status = '',
  onReset,
  onToggleSolution,
  playgroundHref,
  hideReset = false,
}: {
  label: string;
  hasSolution: boolean;
  solutionShown?: boolean;
  solutionId?: string;
  status?: string;
  onReset?(): void;
  onToggleSolution?(): void;
  /** The playground link for the current text (a share link); without it the link opens the example. */
  playgroundHref?(): string;
  /** An exercise has its own Reset (it asks first). */
  hideReset?: boolean;
}) {
  // A real link (new tab, copy address all work), pointed at the current text just before it is followed.
  // (No handlers at build time: a server rendering cannot carry functions.)
  const point = (e: { currentTarget: HTMLAnchorElement }) => {
    if (playgroundHref) e.currentTarget.href = playgroundHref();
  };
  return (
    <div className="wb-toolbar">
      <span className="wb-toolbar-label">Editing: {label}</span>
      {hideReset ? null : (
        <button type="button" className="button button-small button-secondary" onClick={onReset} disabled={!onReset}>
          Reset
        </button>
      )}
      {hasSolution ? (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={onToggleSolution}
          disabled={!onToggleSolution}
          aria-expanded={solutionShown}
          aria-controls={solutionShown ? solutionId : undefined}
        >
          {solutionShown ? 'Hide solution' : 'Show solution'}
        </button>
      ) : null}
      <a
        className="button button-small button-secondary"
        href="/playground/"
        onClick={playgroundHref ? point : undefined}
        onMouseDown={playgroundHref ? point : undefined}
        onFocus={playgroundHref ? point : undefined}
      >
        Open in playground
      </a>
      <p className="wb-toolbar-status" role="status">
        {status}
      </p>
    </div>
  );
}
