import type { CursorInfo } from '@/components/editor/types';

/** The line under the editor: where the cursor is, and how to leave the editor with the keyboard. */
export function EditorStatus({
  id,
  kind,
  cursor,
  tabMovesFocus,
  fixMessage,
}: {
  id: string;
  kind: 'loading' | 'monaco' | 'textarea';
  cursor: CursorInfo | null;
  tabMovesFocus: boolean;
  fixMessage: string | null;
}) {
  let help;
  if (kind === 'monaco') {
    help = tabMovesFocus ? (
      <>
        <kbd>Tab</kbd> now moves focus out of the editor. <kbd>Ctrl</kbd>+<kbd>M</kbd>: <kbd>Tab</kbd> indents again.
      </>
    ) : (
      <>
        <kbd>Tab</kbd> indents. To leave the editor, press <kbd>Esc</kbd> then <kbd>Tab</kbd>, or <kbd>Ctrl</kbd>+<kbd>M</kbd> to make <kbd>Tab</kbd> move focus.
      </>
    );
  } else if (kind === 'textarea') {
    help = (
      <>
        Plain text editor: <kbd>Tab</kbd> moves to the next control.
      </>
    );
  } else {
    help = <>The editor is loading; the Dockerfile is shown as text meanwhile.</>;
  }
  let position = '';
  if (cursor) {
    position =
      cursor.hasSelection && cursor.selectionEnd > cursor.selectionStart
        ? `Lines ${cursor.selectionStart}–${cursor.selectionEnd} selected`
        : cursor.hasSelection
          ? `Line ${cursor.selectionStart} selected`
          : `Line ${cursor.line}, column ${cursor.column}`;
  }
  return (
    <div className="wb-status">
      <p id={id} className="wb-keyhelp" aria-live="polite">
        {help}
      </p>
      <p className="wb-position" data-testid="editor-position">
        {position}
      </p>
      {fixMessage ? (
        <p className="wb-fix-message" role="status">
          {fixMessage}
        </p>
      ) : null}
    </div>
  );
}
