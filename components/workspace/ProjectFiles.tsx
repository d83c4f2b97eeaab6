'use client';

/**
 * The project's files beside the editor: a tree whose files open in the one editor, and the
 * operations that matter to a build (new file, rename, delete, chmod, touch). It keeps no copy
 * of any file: everything goes through the workspace.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Workspace } from '@/lib/workspace/workspace';
import { buildTree, isExecutableMode, type TreeNode } from '@/components/build/tree';

function TreeList({ nodes, openPath, onOpen }: { nodes: TreeNode[]; openPath: string | null; onOpen: (path: string) => void }) {
  return (
    <ul className="ws-tree">
      {nodes.map((node) =>
        node.kind === 'dir' ? (
          <li key={node.path} className="ws-tree-dir">
            <span className="ws-tree-dirname">{node.name}/</span>
            <TreeList nodes={node.children} openPath={openPath} onOpen={onOpen} />
          </li>
        ) : (
          <li key={node.path}>
            <button
              type="button"
              className="ws-tree-file"
              aria-current={node.path === openPath ? 'true' : undefined}
              aria-label={`${node.path}${isExecutableMode(node.mode) ? ' (executable)' : ''}`}
              title={node.path}
              onClick={() => onOpen(node.path)}
            >
              {node.name}
              {isExecutableMode(node.mode) ? <span className="ws-tree-mode"> {node.mode}</span> : null}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

type Form = { kind: 'new' } | { kind: 'rename' } | { kind: 'delete' } | null;

export function ProjectFiles({ workspace, idPrefix }: { workspace: Workspace; idPrefix: string }) {
  const id = useId();
  const [form, setForm] = useState<Form>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const open = workspace.openFile;
  const entries = workspace.list();
  const openEntry = entries.find((e) => e.type === 'file' && e.path === open);
  const headingId = `${idPrefix}-files-title`;

  const done = (result: { ok: true } | { ok: false; message: string }, message: string) => {
    if (result.ok) {
      setForm(null);
      setName('');
      setStatus(message);
    } else setStatus(result.message);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (form?.kind === 'new') {
      const result = workspace.create(name);
      if (result.ok) workspace.openInEditor(name);
      done(result, `Created ${name.trim()}; it is open in the editor.`);
    } else if (form?.kind === 'rename' && open) {
      done(workspace.rename(open, name), `Renamed ${open} to ${name.trim()}.`);
    }
  }

  return (
    <div className="ws-files" role="group" aria-labelledby={headingId}>
      <p className="ws-files-title" id={headingId}>
        Project files
      </p>
      <TreeList nodes={buildTree(entries)} openPath={open} onOpen={(path) => workspace.openInEditor(path)} />
      <div className="ws-file-actions">
        <button type="button" className="button button-small button-secondary" aria-expanded={form?.kind === 'new'} onClick={() => { setForm(form?.kind === 'new' ? null : { kind: 'new' }); setName(''); }}>
          New file
        </button>
        {open && openEntry ? (
          <>
            <button type="button" className="button button-small button-secondary" aria-expanded={form?.kind === 'rename'} onClick={() => { setForm(form?.kind === 'rename' ? null : { kind: 'rename' }); setName(open); }}>
              Rename<span className="visually-hidden"> {open}</span>
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => {
                const executable = isExecutableMode(openEntry.mode ?? '0644');
                done(workspace.chmod(open, executable ? '-x' : '+x'), `chmod ${executable ? '-x' : '+x'} ${open}: the mode is part of COPY's cache key.`);
              }}
            >
              {isExecutableMode(openEntry.mode ?? '0644') ? 'chmod -x' : 'chmod +x'}<span className="visually-hidden"> {open}</span>
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => done(workspace.touch(open), `touch ${open}: only the modification time changed, which no cache key includes.`)}>
              touch<span className="visually-hidden"> {open}</span>
            </button>
            <button type="button" className="button button-small button-secondary" aria-expanded={form?.kind === 'delete'} onClick={() => setForm(form?.kind === 'delete' ? null : { kind: 'delete' })}>
              Delete<span className="visually-hidden"> {open}</span>
            </button>
          </>
        ) : null}
      </div>
      {form?.kind === 'new' || form?.kind === 'rename' ? (
        <form className="ws-file-form" onSubmit={submit}>
          <label htmlFor={`${id}-name`}>{form.kind === 'new' ? 'New file path' : `New name for ${open}`}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} spellCheck={false} autoComplete="off" autoFocus />
          <button type="submit" className="button button-small">
            {form.kind === 'new' ? 'Create' : 'Rename'}
          </button>
        </form>
      ) : null}
      {form?.kind === 'delete' && open ? (
        <div className="ws-file-form" role="group" aria-label={`Delete ${open}?`}>
          <p>Delete {open}? This cannot be undone.</p>
          <button type="button" className="button button-small" onClick={() => done(workspace.delete(open), `Deleted ${open}.`)}>
            Delete {open}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => setForm(null)}>
            Keep it
          </button>
        </div>
      ) : null}
      <p className="ws-files-status" role="status">
        {status}
      </p>
    </div>
  );
}
