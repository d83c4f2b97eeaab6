/**
 * What the page renders for a workspace at build time (static export): its snapshot, the
 * analysis of the Dockerfile the problems and layers describe (with the project as context), and
 * the open file highlighted. The browser later computes the same with the same functions.
 */
import { highlight } from '@/lib/content/highlight';
import { editorHeight } from '@/lib/workbench/editor-height';
import { fileLanguage } from '@/lib/workbench/file-language';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { analyzeInContext } from '@/lib/workbench/workspace-model';
import { contextInputFor } from '@/lib/workspace/context-input';
import { specSnapshot, type WorkspaceSpec } from '@/lib/workspace/projects';
import { workspaceFromSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import { isDockerfilePath } from '@/lib/workspace/workspace';
import type { ProjectEntry } from '@/lib/simulator/types';

export interface BuildTimeWorkspace {
  snapshot: WorkspaceSnapshot;
  entries: ProjectEntry[];
  openFile: string | null;
  analyzedPath: string | null;
  model: WorkbenchModel | null;
  html: string;
  height: string;
}

export function buildTimeWorkspace(spec: WorkspaceSpec): Promise<BuildTimeWorkspace> {
  return buildTimeSnapshot(specSnapshot(spec));
}

/** The same for a workspace given as a snapshot (an exercise's start). */
export async function buildTimeSnapshot(snapshot: WorkspaceSnapshot): Promise<BuildTimeWorkspace> {
  const ws = workspaceFromSnapshot(snapshot);
  const openFile = ws.openFile;
  const openText = openFile ? (ws.read(openFile) ?? '') : '';
  const analyzedPath = openFile && isDockerfilePath(openFile) ? openFile : ws.mainDockerfile();
  let model: WorkbenchModel | null = null;
  if (analyzedPath) {
    try {
      model = analyzeInContext(ws.read(analyzedPath) ?? '', contextInputFor(ws, analyzedPath));
    } catch {
      model = null; // the browser analyzes again
    }
  }
  const language = openFile ? fileLanguage(openFile) : 'plaintext';
  const html = await highlight(openText, language === 'shell' ? 'sh' : language === 'plaintext' || language === 'markdown' ? 'text' : language);
  return { snapshot, entries: ws.list(), openFile, analyzedPath, model, html, height: editorHeight(openText, 10, 13) };
}
