/** Editor frame height for a text: its lines plus room to type, within bounds (20px per line). */
export const EDITOR_LINE_HEIGHT = 20;

export function editorHeight(source: string, min = 10, max = 22): string {
  const lines = source.replace(/\n$/, '').split(/\r\n|\r|\n/).length;
  const shown = Math.min(Math.max(lines + 2, min), max);
  return `${shown * EDITOR_LINE_HEIGHT + 16}px`;
}
