/**
 * Keyboard movement inside the layer diagram: one tab stop, arrow keys between blocks. Works on the
 * DOM (no React state) so the diagram stays a plain component. The stacks are drawn bottom-up
 * (column-reverse), so ArrowUp goes to the next block in document order.
 */
import type { KeyboardEvent } from 'react';

const BLOCK = 'button.wb-block';

function columns(container: HTMLElement): HTMLElement[][] {
  return Array.from(container.querySelectorAll<HTMLElement>('.wb-stage')).map((stage) => Array.from(stage.querySelectorAll<HTMLElement>(BLOCK)));
}

function moveTo(container: HTMLElement, target: HTMLElement | undefined) {
  if (!target) return;
  for (const b of container.querySelectorAll<HTMLElement>(BLOCK)) b.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

export function rovingKeyDown(event: KeyboardEvent<HTMLElement>) {
  const container = event.currentTarget;
  const current = (event.target as HTMLElement).closest<HTMLElement>(BLOCK);
  if (!current) return;
  const cols = columns(container);
  const c = cols.findIndex((col) => col.includes(current));
  const r = cols[c]?.indexOf(current) ?? -1;
  if (c < 0 || r < 0) return;
  let target: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowUp':
      target = cols[c][r + 1];
      break;
    case 'ArrowDown':
      target = cols[c][r - 1];
      break;
    case 'ArrowLeft':
      target = cols[c - 1]?.[Math.min(r, cols[c - 1].length - 1)];
      break;
    case 'ArrowRight':
      target = cols[c + 1]?.[Math.min(r, cols[c + 1].length - 1)];
      break;
    case 'Home':
      target = cols[c][0];
      break;
    case 'End':
      target = cols[c][cols[c].length - 1];
      break;
    default:
      return;
  }
  event.preventDefault();
  moveTo(container, target);
}

/** After a redraw: keep exactly one block reachable with Tab (the focused one may have vanished). */
export function ensureTabStop(container: HTMLElement | null) {
  if (!container) return;
  const blocks = Array.from(container.querySelectorAll<HTMLElement>(BLOCK));
  const stops = blocks.filter((b) => b.tabIndex === 0);
  if (stops.length === 1 || blocks.length === 0) return;
  for (const b of blocks) b.tabIndex = -1;
  const final = container.querySelector<HTMLElement>(`.wb-stage.is-final ${BLOCK}`) ?? blocks[0];
  final.tabIndex = 0;
}
