import styles from './diagrams.module.css';

type Tone = 'dockerfile' | 'ignored' | 'copied';

/** A file or folder of the project; folders end with "/". */
interface TreeEntry {
  path: string;
  tone?: Tone;
  note?: string;
}

interface Node {
  name: string;
  path: string;
  isDir: boolean;
  entry?: TreeEntry;
  children: Node[];
}

const BADGES: Record<Tone, { text: string; className: string }> = {
  dockerfile: { text: 'Dockerfile used', className: styles.badgeDockerfile },
  ignored: { text: 'excluded by .dockerignore', className: styles.badgeIgnored },
  copied: { text: 'copied by COPY', className: styles.badgeCopied },
};

/** Turns flat paths ("src/main.py", "resources/docker/") into a tree, keeping the given order. */
function buildTree(entries: TreeEntry[]): Node[] {
  const roots: Node[] = [];
  for (const entry of entries) {
    const parts = entry.path.replace(/\/$/, '').split('/');
    let level = roots;
    parts.forEach((name, i) => {
      const path = parts.slice(0, i + 1).join('/');
      let node = level.find((n) => n.name === name);
      if (!node) {
        node = { name, path, isDir: i < parts.length - 1 || entry.path.endsWith('/'), children: [] };
        level.push(node);
      }
      if (i < parts.length - 1) node.isDir = true;
      if (i === parts.length - 1) node.entry = entry;
      level = node.children;
    });
  }
  return roots;
}

function TreeNode({ node, context }: { node: Node; context: string }) {
  const tone = node.entry?.tone;
  const isContext = node.path === context;
  return (
    <li className={`${styles.entry} ${isContext ? styles.context : ''}`}>
      <span className={tone === 'ignored' ? styles.ignored : undefined}>
        {node.name}
        {node.isDir ? '/' : ''}
      </span>
      {isContext ? <span className={`${styles.badge} ${styles.badgeContext}`}>build context</span> : null}
      {tone ? <span className={`${styles.badge} ${BADGES[tone].className}`}>{BADGES[tone].text}</span> : null}
      {node.entry?.note ? <span className={styles.note}>{node.entry.note}</span> : null}
      {node.children.length ? (
        <ul>
          {node.children.map((child) => (
            <TreeNode key={child.path} node={child} context={context} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * A project tree with the build context outlined, the Dockerfile in use and ignored or copied
 * paths marked in words. `context` is the context folder relative to `root` ("" for the root).
 */
export function ContextDiagram({
  title,
  root,
  context,
  entries,
  command,
}: {
  title: string;
  root: string;
  context: string;
  entries: TreeEntry[];
  command?: string;
}) {
  const tree = buildTree(entries);
  const rootIsContext = context === '';
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <ul className={styles.tree} aria-label={`Project tree of ${root}`}>
        <li className={`${styles.entry} ${rootIsContext ? styles.context : ''}`}>
          <span>{root}/</span>
          {rootIsContext ? <span className={`${styles.badge} ${styles.badgeContext}`}>build context</span> : null}
          <ul>
            {tree.map((node) => (
              <TreeNode key={node.path} node={node} context={context} />
            ))}
          </ul>
        </li>
      </ul>
      {command ? (
        <p className={styles.command}>
          <span className={styles.muted}>Run from {root}/: </span>
          <code>{command}</code>
        </p>
      ) : null}
    </figure>
  );
}
