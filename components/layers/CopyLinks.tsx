'use client';

import { useLayoutEffect, useRef, useState } from 'react';

interface Arrow {
  key: string;
  d: string;
}

/**
 * Arrows from a stage to each `COPY --from=<that stage>` step, drawn over the layer diagram once it
 * is laid out (and again when it resizes), read after the browser's layout, never forcing one. Decorative: the blocks and the text list say the same.
 */
export function CopyLinks({ revision }: { revision: unknown }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [arrows, setArrows] = useState<Arrow[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const container = svg?.parentElement;
    if (!svg || !container) return;
    const measure = () => {
      const box = container.getBoundingClientRect();
      const offsetX = container.scrollLeft - box.left;
      const offsetY = container.scrollTop - box.top;
      const next: Arrow[] = [];
      container.querySelectorAll<HTMLElement>('[data-copy-from]').forEach((target, i) => {
        const source = container.querySelector<HTMLElement>(`.wb-stage[data-stage-index="${target.dataset.copyFrom}"] .wb-stack`);
        if (!source) return;
        const s = source.getBoundingClientRect();
        const t = target.getBoundingClientRect();
        // From the top of the source stack to the side of the COPY block facing it.
        const sx = s.left + s.width / 2 + offsetX;
        const sy = s.top + offsetY;
        const leftwards = s.left < t.left;
        const tx = (leftwards ? t.left : t.right) + offsetX;
        const ty = t.top + t.height / 2 + offsetY;
        const cy = Math.min(sy, ty) - 24;
        next.push({ key: `${i}`, d: `M ${sx} ${sy} C ${sx} ${cy}, ${tx + (leftwards ? -40 : 40)} ${ty}, ${tx} ${ty}` });
      });
      setArrows(next);
      setSize({ width: container.scrollWidth, height: container.scrollHeight });
    };
    // No measure() here: reading a layout inside React's commit forces one of the whole diagram
    // (200 ms with 7,500 steps, in the same task as the commit). A ResizeObserver reports once as
    // soon as it observes, after the browser's own layout, where these reads cost nothing.
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [revision]);

  return (
    <svg ref={svgRef} className="wb-copy-links" width={size.width} height={size.height} aria-hidden="true" focusable="false">
      <defs>
        <marker id="wb-arrow-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {arrows.map((a) => (
        <path key={a.key} d={a.d} fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="5 4" markerEnd="url(#wb-arrow-head)" />
      ))}
    </svg>
  );
}
