import type { CSSProperties } from 'react';

/**
 * A path in one of the two trees. Directories end with "/". A leading "+" marks the entry as
 * taking part in the COPY (copied from the context, or new in the image layer).
 */
type MarkedPath = string;

interface Entry {
  path: string;
  name: string;
  depth: number;
  marked: boolean;
}

function entries(paths: MarkedPath[]): Entry[] {
  return paths.map((raw) => {
    const marked = raw.startsWith('+');
    const path = marked ? raw.slice(1) : raw;
    const isDir = path.endsWith('/') && path !== '/';
    const segments = path.split('/').filter(Boolean);
    const name = segments.length ? segments[segments.length - 1] + (isDir ? '/' : '') : '/';
    return { path, name, depth: Math.max(segments.length - 1, 0), marked };
  });
}

const panel: CSSProperties = { flex: '1 1 220px', minWidth: 0 };
const heading: CSSProperties = { margin: '0 0 6px', fontWeight: 700, fontSize: '0.9rem' };
const list: CSSProperties = { listStyle: 'none', margin: 0, padding: '8px 10px', borderRadius: '8px', background: 'var(--bg-soft)', border: '1px solid var(--border)' };
const item = (e: Entry): CSSProperties => ({
  fontFamily: 'var(--mono)',
  fontSize: '0.85rem',
  paddingLeft: `${e.depth * 1.1}em`,
  fontWeight: e.marked ? 700 : 400,
  color: e.marked ? 'var(--fg)' : 'var(--fg-muted)',
});
const arrow: CSSProperties = { flex: '0 1 200px', alignSelf: 'center', textAlign: 'center', fontSize: '0.85rem' };

function Tree({ title, paths, markLabel }: { title: string; paths: MarkedPath[]; markLabel: string }) {
  return (
    <div style={panel}>
      <p style={heading}>{title}</p>
      <ul style={list} aria-label={title}>
        {entries(paths).map((e, i) => (
          <li key={i} style={item(e)}>
            <span aria-hidden="true">
              {e.marked ? '▸ ' : '  '}
              {e.name}
            </span>
            <span className="visually-hidden">
              {e.path}
              {e.marked ? ` (${markLabel})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Where a COPY takes its files from (the build context, on the left) and where they land (the
 * image's filesystem, on the right). Entries marked with "+" are the ones the instruction moves.
 */
export function CopyDiagram({
  title,
  instruction,
  context,
  image,
  note,
}: {
  title: string;
  instruction: string;
  context: MarkedPath[];
  image: MarkedPath[];
  note?: string;
}) {
  return (
    <figure className="layer-diagram">
      <figcaption className="layer-diagram-title">{title}</figcaption>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '14px' }}>
        <Tree title="Build context (sent to the builder)" paths={context} markLabel="copied" />
        <div style={arrow}>
          <code>{instruction}</code>
          <div aria-hidden="true" style={{ fontSize: '1.4rem', color: 'var(--accent)' }}>
            →
          </div>
          <span style={{ color: 'var(--fg-muted)' }}>at build time, into a new layer</span>
        </div>
        <Tree title="Image filesystem (after this step)" paths={image} markLabel="added by this COPY" />
      </div>
      {note ? <p style={{ margin: '10px 0 0', fontSize: '0.85rem', color: 'var(--fg-muted)' }}>{note}</p> : null}
    </figure>
  );
}
