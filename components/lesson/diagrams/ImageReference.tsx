import type { CSSProperties } from 'react';

/** One component of an image reference, e.g. the tag "3.12-slim". */
export interface ReferencePart {
  text: string;
  /** What the part is: "registry", "namespace", "repository", "tag", "digest". */
  label: string;
  /** The separator written before this part ("/", ":", "@"). */
  before?: string;
  /** True when Docker fills the part in because the reference left it out. */
  implied?: boolean;
}

const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '2px', margin: 0, padding: 0, listStyle: 'none' };
const cell: CSSProperties = { display: 'flex', alignItems: 'flex-start', gap: '2px' };
const sep: CSSProperties = { fontFamily: 'var(--mono)', fontSize: '1.05rem', padding: '6px 1px', color: 'var(--fg-muted)' };
const box: CSSProperties = { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '2px' };
const chip = (implied: boolean): CSSProperties => ({
  fontFamily: 'var(--mono)',
  fontSize: '1.05rem',
  padding: '4px 8px',
  borderRadius: '6px',
  border: implied ? '2px dashed var(--fg-muted)' : '2px solid var(--accent)',
  background: implied ? 'transparent' : 'var(--accent-soft)',
  color: implied ? 'var(--fg-muted)' : 'var(--fg)',
  wordBreak: 'break-all',
});
const caption: CSSProperties = { fontSize: '0.78rem', color: 'var(--fg-muted)', textAlign: 'center' };

/**
 * The parts of an image reference (registry/namespace/repository:tag@digest), drawn as a row of
 * labelled boxes. Parts Docker fills in by default are dashed. Screen readers get an ordered list
 * of "text: label" items, and the separators are hidden from them.
 */
export function ImageReference({ title, written, parts }: { title: string; written?: string; parts: ReferencePart[] }) {
  const full = parts.map((p) => `${p.before ?? ''}${p.text}`).join('');
  return (
    <figure className="layer-diagram">
      <figcaption className="layer-diagram-title">{title}</figcaption>
      {written ? (
        <p style={{ margin: '0 0 10px' }}>
          You write <code>{written}</code>; Docker reads <code>{full}</code>.
        </p>
      ) : null}
      <ol style={row} aria-label={`The parts of ${full}`}>
        {parts.map((part, i) => (
          <li key={i} style={cell}>
            {part.before ? (
              <span style={sep} aria-hidden="true">
                {part.before}
              </span>
            ) : null}
            <span style={box}>
              <span style={chip(part.implied ?? false)}>{part.text}</span>
              <span style={caption}>
                <span className="visually-hidden">: </span>
                {part.label}
                {part.implied ? ' (default)' : ''}
              </span>
            </span>
          </li>
        ))}
      </ol>
      {parts.some((p) => p.implied) ? (
        <p style={{ margin: '10px 0 0', fontSize: '0.85rem', color: 'var(--fg-muted)' }}>
          Dashed parts are the defaults Docker adds when you leave them out.
        </p>
      ) : null}
    </figure>
  );
}
