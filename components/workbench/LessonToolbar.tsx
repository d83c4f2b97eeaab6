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
  onOpenInPlayground,
}: {
  label: string;
  hasSolution: boolean;
  solutionShown?: boolean;
  solutionId?: string;
  status?: string;
  onReset?(): void;
  onToggleSolution?(): void;
  onOpenInPlayground?(): void;
}) {
  return (
    <div className="wb-toolbar">
      <span className="wb-toolbar-label">Editing: {label}</span>
      <button type="button" className="button button-small button-secondary" onClick={onReset} disabled={!onReset}>
        Reset
      </button>
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
      <button type="button" className="button button-small button-secondary" onClick={onOpenInPlayground} disabled={!onOpenInPlayground}>
        Open in playground
      </button>
      <p className="wb-toolbar-status" role="status">
        {status}
      </p>
    </div>
  );
}
