import { CodeBlock } from './CodeBlock';

/**
 * The right-hand panel beside a lesson. Until the editor workbench loads, it shows the lesson's
 * Dockerfile as highlighted static code (the same text the editor will open with).
 */
export function WorkbenchPanel({ initialSource }: { initialSource: string; lessonSlug: string }) {
  return (
    <aside className="workbench-panel" aria-label="Workbench">
      <h2 className="workbench-title">Workbench</h2>
      <CodeBlock code={initialSource} lang="dockerfile" title="Dockerfile" origin="workbench" />
    </aside>
  );
}
