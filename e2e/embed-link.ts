// Run by e2e/embed.spec.ts with tsx (Playwright's loader cannot resolve the core's imports):
// prints a workspace link hash (lib/workbench/workspace-link.ts) that an instructor could append
// to an embed: the project of the copy lesson with a prepared file added and opened.
import { encodeWorkspaceHash } from '@/lib/workbench/workspace-link';
import { projectSnapshot } from '@/lib/workspace/projects';

const base = { id: 'hello-world', snapshot: projectSnapshot('hello-world') };
const files = { ...base.snapshot.files, 'NOTES.md': { content: '# Prepared by the instructor\n', mode: '0644' } };
process.stdout.write(encodeWorkspaceHash({ ...base.snapshot, files, openFile: 'NOTES.md' }, base));
