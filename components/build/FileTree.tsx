'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import type { ProjectEntry } from '@/lib/simulator/types';
import { buildTree, isExecutableMode, type TreeNode } from './tree';

/** The file operations the panel needs; the simulated CLI provides them. */
export interface ProjectFileOps {
  readFile(path: string): string | undefined;
  writeFile(path: string, content: string): void;
  deleteFile(path: string): void;
  chmod(path: string, mode: string): void;
  touch(path: string): void;
}

function TreeList({ nodes, openPath, onOpen }: { nodes: TreeNode[]; openPath: string | null; onOpen: (path: string) => void }) {
  return (
    <ul className="file-tree-list">
      {nodes.map((node) =>
        node.kind === 'dir' ? (
          <li key={node.path} className="file-tree-dir">
            <span className="file-tree-dirname">{node.name}/</span>
            <TreeList nodes={node.children} openPath={openPath} onOpen={onOpen} />
          </li>
        ) : (
          <li key={node.path}>
            <button
              type="button"
              className="file-tree-file"
              aria-current={node.path === openPath ? 'true' : undefined}
              aria-label={`${node.path}${isExecutableMode(node.mode) ? ' (executable)' : ''}`}
              onClick={() => onOpen(node.path)}
            >
              {node.name}
              {isExecutableMode(node.mode) ? <span className="file-tree-mode">{node.mode}</span> : null}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/**
 * The project beside the terminal: a tree of its files, an editor for the open one, and the
 * operations that matter for the build cache (save, chmod, touch, delete, new file).
 * `version` changes whenever the project may have changed elsewhere (a terminal command).
 */
export function FileTree({
  entries,
  ops,
  version,
  onChange,
  rootName = 'project',
}: {
  entries: ProjectEntry[];
  ops: ProjectFileOps;
  version: number;
  onChange: () => void;
  rootName?: string;
}) {
  const id = useId();
  const [openPath, setOpenPath] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [base, setBase] = useState('');
  const [newPath, setNewPath] = useState('');
  const [status, setStatus] = useState('');
  const tree = buildTree(entries);
  const openEntry = openPath === null ? undefined : entries.find((e) => e.path === openPath && e.type === 'file');
  const dirty = openPath !== null && draft !== base;

  // A terminal command may have changed or removed the open file: follow it unless the draft
  // has edits. Adjusted while rendering (not in an effect) when the project version moves on.
  const [seenVersion, setSeenVersion] = useState(version);
  if (version !== seenVersion) {
    setSeenVersion(version);
    const current = openPath === null ? undefined : ops.readFile(openPath);
    if (openPath !== null && current === undefined) setOpenPath(null);
    else if (current !== undefined && current !== base && draft === base) {
      setDraft(current);
      setBase(current);
    }
  }

  function open(path: string) {
    const content = ops.readFile(path) ?? '';
    setOpenPath(path);
    setDraft(content);
    setBase(content);
    setStatus('');
  }

  function save() {
    if (openPath === null) return;
    ops.writeFile(openPath, draft);
    setBase(draft);
    setStatus(`Saved ${openPath}`);
    onChange();
  }

  function onEditorKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  }

  function touch() {
    if (openPath === null) return;
    ops.touch(openPath);
    setStatus(`touch ${openPath}: only the modification time changed, which no cache key includes`);
    onChange();
  }

  function toggleExecutable() {
    if (openPath === null || !openEntry) return;
    const executable = isExecutableMode(openEntry.mode ?? '0644');
    ops.chmod(openPath, executable ? '-x' : '+x');
    setStatus(`chmod ${executable ? '-x' : '+x'} ${openPath}: the mode is part of COPY's cache key`);
    onChange();
  }

  function remove() {
    if (openPath === null) return;
    ops.deleteFile(openPath);
    setStatus(`Deleted ${openPath}`);
    setOpenPath(null);
    onChange();
  }

  function create() {
    const path = newPath.trim().replace(/^\.?\/+/, '');
    if (!path || path.endsWith('/')) {
      setStatus('Type a file path such as src/util.py');
      return;
    }
    if (ops.readFile(path) !== undefined) {
      setStatus(`${path} already exists`);
      open(path);
      return;
    }
    ops.writeFile(path, '');
    setNewPath('');
    onChange();
    open(path);
    setStatus(`Created ${path}`);
  }

  const executable = openEntry ? isExecutableMode(openEntry.mode ?? '0644') : false;

  return (
    <div className="file-tree">
      <h3 className="build-panel-title" id={`${id}-files`}>
        Project files
      </h3>
      <div role="group" aria-labelledby={`${id}-files`} className="file-tree-nav">
        <span className="file-tree-dirname">{rootName}/</span>
        <TreeList nodes={tree} openPath={openPath} onOpen={open} />
      </div>
      <form
        className="file-tree-new"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <label htmlFor={`${id}-new`}>New file</label>
        <input id={`${id}-new`} value={newPath} onChange={(e) => setNewPath(e.target.value)} placeholder="src/util.py" autoComplete="off" spellCheck={false} />
        <button type="submit" className="button button-secondary button-small">
          Create
        </button>
      </form>
      {openPath !== null && openEntry ? (
        <div className="file-editor">
          <label htmlFor={`${id}-editor`} className="file-editor-label">
            Contents of {openPath}
            {dirty ? <span className="file-editor-dirty"> (unsaved)</span> : null}
          </label>
          <textarea
            id={`${id}-editor`}
            className="file-editor-text"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onEditorKeyDown}
            rows={Math.min(14, Math.max(4, draft.split('\n').length + 1))}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
          />
          <div className="file-editor-actions">
            <button type="button" className="button button-small" onClick={save} disabled={!dirty}>
              Save
            </button>
            <button type="button" className="button button-secondary button-small" onClick={touch}>
              touch
            </button>
            <button type="button" className="button button-secondary button-small" onClick={toggleExecutable} aria-pressed={executable}>
              Executable (chmod +x)
            </button>
            <button type="button" className="button button-secondary button-small" onClick={remove}>
              Delete
            </button>
            <span className="file-editor-mode">mode {openEntry.mode ?? '0644'}</span>
          </div>
        </div>
      ) : null}
      <p role="status" className="file-tree-status">
        {status}
      </p>
    </div>
  );
}
