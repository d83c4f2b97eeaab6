/**
 * The editor language of a project file, by its name. Dockerfiles get the full treatment
 * (problems, layers, quick fixes); the rest are edited as text with Monaco's grammar where the
 * lean build registers one (components/editor/monaco/setup.ts).
 */
import { isDockerfilePath } from '@/lib/workspace/workspace';

export type FileLanguage = 'dockerfile' | 'python' | 'shell' | 'markdown' | 'plaintext';

export function fileLanguage(path: string): FileLanguage {
  if (isDockerfilePath(path)) return 'dockerfile';
  if (/\.py$/i.test(path)) return 'python';
  if (/\.(sh|bash)$/i.test(path)) return 'shell';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'plaintext';
}

/** How the language is named to learners, e.g. in the editor's accessible name. */
export function languageName(language: FileLanguage): string {
  return { dockerfile: 'Dockerfile', python: 'Python', shell: 'shell script', markdown: 'Markdown', plaintext: 'text' }[language];
}
