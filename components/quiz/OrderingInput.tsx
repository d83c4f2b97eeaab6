'use client';

import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { OrderingQuestion } from '@/lib/content/schema';
import { moveAnnouncement, moveItem } from '@/lib/quiz/answering';

/**
 * Put items in order, two ways: drag an item by its grip (pointer, touch), or with the keyboard,
 * its "Move up"/"Move down" buttons (focus stays on the moved item; a live region says where it is).
 */
export function OrderingInput({ question, order, onChange, disabled, domId }: { question: OrderingQuestion; order: string[]; onChange: (order: string[]) => void; disabled: boolean; domId: string }) {
  const text = new Map(question.items.map((i) => [i.id, i.text]));
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const fixed = question.grading.by === 'cache' ? question.grading : null;

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const index = order.indexOf(pending.id);
    const direction = pending.direction === 'up' && index === 0 ? 'down' : pending.direction === 'down' && index === order.length - 1 ? 'up' : pending.direction;
    buttons.current.get(`${pending.id}:${direction}`)?.focus();
  }, [order]);

  function move(id: string, to: number, direction?: 'up' | 'down') {
    const next = moveItem(order, order.indexOf(id), to);
    if (direction) pendingFocus.current = { id, direction };
    onChange(next);
    setAnnouncement(moveAnnouncement(text.get(id) ?? id, next.indexOf(id), next.length));
  }

  function onPointerDown(event: ReactPointerEvent<HTMLSpanElement>, id: string) {
    if (disabled || event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(id);
  }

  function onPointerMove(event: ReactPointerEvent<HTMLSpanElement>) {
    if (!dragging || !listRef.current) return;
    // The new place: how many of the other items have their middle above the pointer.
    const others = [...listRef.current.querySelectorAll<HTMLElement>('[data-item-id]')].filter((el) => el.dataset.itemId !== dragging);
    const to = others.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2 < event.clientY;
    }).length;
    if (to !== order.indexOf(dragging)) onChange(moveItem(order, order.indexOf(dragging), to));
  }

  function onPointerUp() {
    if (!dragging) return;
    setAnnouncement(moveAnnouncement(text.get(dragging) ?? dragging, order.indexOf(dragging), order.length));
    setDragging(null);
  }

  return (
    <div className="quiz-ordering">
      <p className="quiz-hint" id={`${domId}-how`}>
        Drag a line by its grip, or use its Move up and Move down buttons.
      </p>
      <FixedLines lines={fixed?.prefix} where="before" />
      <ol ref={listRef} className="quiz-order" aria-describedby={`${domId}-how`}>
        {order.map((id, index) => (
          <li key={id} data-item-id={id} className={`quiz-order-item${dragging === id ? ' is-dragging' : ''}`}>
            <span
              className="quiz-order-grip"
              aria-hidden="true"
              onPointerDown={(e) => onPointerDown(e, id)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerUp}
            >
              ⋮⋮
            </span>
            <code className="quiz-order-text">{text.get(id)}</code>
            <span className="quiz-order-buttons">
              <button
                type="button"
                className="button button-small button-secondary"
                ref={(el) => {
                  buttons.current.set(`${id}:up`, el);
                }}
                disabled={index === 0}
                onClick={() => move(id, index - 1, 'up')}
                aria-label={`Move up: ${text.get(id)}`}
              >
                Move up
              </button>
              <button
                type="button"
                className="button button-small button-secondary"
                ref={(el) => {
                  buttons.current.set(`${id}:down`, el);
                }}
                disabled={index === order.length - 1}
                onClick={() => move(id, index + 1, 'down')}
                aria-label={`Move down: ${text.get(id)}`}
              >
                Move down
              </button>
            </span>
          </li>
        ))}
      </ol>
      <FixedLines lines={fixed?.suffix} where="after" />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

/** Lines of the Dockerfile that stay where they are, before or after the ones to order. */
function FixedLines({ lines, where }: { lines: string | undefined; where: 'before' | 'after' }) {
  if (!lines) return null;
  return (
    <figure className="quiz-fixed">
      <figcaption>Fixed lines {where}</figcaption>
      <pre>{lines.replace(/\n$/, '')}</pre>
    </figure>
  );
}
