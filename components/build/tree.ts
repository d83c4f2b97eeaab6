/**
 * Turns the simulator's flat list of project paths into the nested tree the file panel shows.
 * Names sort as the terminal's `ls` and `tree` sort them (case-insensitive, a leading dot
 * ignored, folders and files mixed), so the panel reads the same as `tree`.
 */
import type { ProjectEntry } from '@/lib/simulator/types';

export interface TreeFile {
  kind: 'file';
  name: string;
  path: string;
  mode: string;
  size?: number;
}

export interface TreeDir {
  kind: 'dir';
  name: string;
  path: string;
  children: TreeNode[];
}

export type TreeNode = TreeFile | TreeDir;

function compareNodes(a: TreeNode, b: TreeNode): number {
  const ka = a.name.replace(/^\./, '').toLowerCase();
  const kb = b.name.replace(/^\./, '').toLowerCase();
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Builds the tree from entries; folders implied by a file's path are created even if not listed. */
export function buildTree(entries: ProjectEntry[]): TreeNode[] {
  const root: TreeDir = { kind: 'dir', name: '', path: '', children: [] };
  const dirs = new Map<string, TreeDir>([['', root]]);

  const dirFor = (path: string): TreeDir => {
    const existing = dirs.get(path);
    if (existing) return existing;
    const slash = path.lastIndexOf('/');
    const parent = dirFor(slash === -1 ? '' : path.slice(0, slash));
    const dir: TreeDir = { kind: 'dir', name: path.slice(slash + 1), path, children: [] };
    parent.children.push(dir);
    dirs.set(path, dir);
    return dir;
  };

  for (const entry of entries) {
    const path = entry.path.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!path || path === '.') continue;
    if (entry.type === 'dir') {
      dirFor(path);
      continue;
    }
    const slash = path.lastIndexOf('/');
    const parent = dirFor(slash === -1 ? '' : path.slice(0, slash));
    parent.children.push({ kind: 'file', name: path.slice(slash + 1), path, mode: entry.mode ?? '0644', size: entry.size });
  }

  const sort = (dir: TreeDir) => {
    dir.children.sort(compareNodes);
    for (const child of dir.children) if (child.kind === 'dir') sort(child);
  };
  sort(root);
  return root.children;
}

/** True when any execute bit is set ("0755" yes, "0644" no). */
export function isExecutableMode(mode: string): boolean {
  return (parseInt(mode, 8) & 0o111) !== 0;
}
