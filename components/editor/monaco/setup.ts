/**
 * Monaco, lean: the editor API, the Dockerfile grammar and the few features the workbench uses,
 * all from the local monaco-editor package. Imported only through a dynamic import on the client
 * (Monaco touches `window` when it loads).
 *
 * The language providers are registered once for the "dockerfile" language and read the latest
 * analysis of each text model from `modelStates`, which the editor component updates.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/dockerfile/register';
// The other files of a project: Python sources, shell scripts, notes (grammars load on first use).
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/languages/definitions/markdown/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
// The completion widget itself: the lean "suggest" feature above registers only inline completions.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import type { Fix } from '@/lib/engine/types';
import type { InstructionOutline } from '@/lib/workbench/view-model';
import { INSTRUCTION_DOCS, docFor, flagDoc, flagHoverMarkdown, instructionHoverMarkdown } from '@/lib/workbench/instruction-docs';
import { completionContextAt, hoverTargetAt, outlineAt } from '@/lib/workbench/language';
import { markerKey } from '@/lib/workbench/markers';
import { toMonacoRange } from '@/lib/workbench/ranges';

export { monaco };

/** The owner name of our markers. */
export const MARKER_OWNER = 'layerwise';

/** The latest analysis of one text model, as the providers need it. */
export interface ModelState {
  /** Model version the analysis was computed for: fixes apply only to that exact text. */
  version: number;
  fixes: Map<string, Fix>;
  outline: readonly InstructionOutline[];
  lessons: Record<string, string>;
}

export const modelStates = new WeakMap<monaco.editor.ITextModel, ModelState>();

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

function absolute(href: string): string {
  return new URL(href, window.location.href).href;
}

function registerProviders() {
  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const state = modelStates.get(model);
      if (!state) return null;
      const target = hoverTargetAt(state.outline, position.lineNumber, position.column);
      if (!target) return null;
      const range = toMonacoRange(target.range);
      if (target.kind === 'instruction') {
        const doc = docFor(target.keyword);
        if (!doc) return null;
        const lesson = state.lessons[target.keyword];
        return { range, contents: [{ value: instructionHoverMarkdown(doc, lesson ? { href: absolute(lesson) } : null) }] };
      }
      const flag = flagDoc(target.keyword, target.flag);
      return flag ? { range, contents: [{ value: flagHoverMarkdown(target.keyword, flag) }] } : null;
    },
  });

  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['-'],
    provideCompletionItems(model, position) {
      const state = modelStates.get(model);
      // A line that continues an instruction (the one above ends with the escape character)
      // takes flags of that instruction, never a new instruction.
      const covering = state ? outlineAt(state.outline, position.lineNumber) : null;
      const continues = covering && covering.line < position.lineNumber ? covering.keyword : null;
      const context = completionContextAt(model.getLineContent(position.lineNumber), position.column, continues);
      if (!context) return { suggestions: [] };
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: context.startColumn, endColumn: position.column };
      if (context.kind === 'keyword') {
        return {
          suggestions: Object.values(INSTRUCTION_DOCS).map((doc) => ({
            label: doc.keyword,
            kind: monaco.languages.CompletionItemKind.Keyword,
            detail: doc.summary,
            documentation: { value: instructionHoverMarkdown(doc, state?.lessons[doc.keyword] ? { href: absolute(state.lessons[doc.keyword]) } : null) },
            insertText: doc.snippet,
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
            tags: doc.deprecated ? [monaco.languages.CompletionItemTag.Deprecated] : undefined,
            range,
          })),
        };
      }
      const doc = docFor(context.keyword);
      return {
        suggestions: (doc?.flags ?? []).map((flag) => ({
          label: `--${flag.name}`,
          kind: monaco.languages.CompletionItemKind.Property,
          detail: flag.syntax,
          documentation: { value: flag.doc },
          insertText: flag.syntax.includes('=') ? `--${flag.name}=` : `--${flag.name}`,
          range,
        })),
      };
    },
  });

  monaco.languages.registerCodeActionProvider(
    'dockerfile',
    {
      provideCodeActions(model, _range, context) {
        const state = modelStates.get(model);
        if (!state || state.version !== model.getVersionId()) return { actions: [], dispose() {} };
        const actions: monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          if (typeof marker.code !== 'string') continue;
          const fix = state.fixes.get(markerKey({ ...marker, code: marker.code }));
          if (!fix) continue;
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: { edits: fix.edits.map((e) => ({ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: toMonacoRange(e), text: e.text } })) },
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );

  // Lesson links in hovers open in the same tab; other links keep Monaco's default (a new tab).
  monaco.editor.registerLinkOpener({
    open(uri) {
      const url = new URL(uri.toString(true));
      if (url.origin !== window.location.origin) return false;
      window.location.assign(url.href);
      return true;
    },
  });

  // The site's code background; token colours checked for WCAG AA contrast (4.5:1) against it.
  monaco.editor.defineTheme('layerwise-light', {
    base: 'vs',
    inherit: true,
    // vs's number (#098658) and type (#267f99) colours are about 4.3:1 here (Python files show them).
    rules: [
      { token: 'number', foreground: '076b45' },
      { token: 'type', foreground: '1c6478' },
    ],
    colors: { 'editor.background': '#f6f8fa' },
  });
  monaco.editor.defineTheme('layerwise-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '7fb77e' }], // vs-dark's #608B4E is 4.05:1 here
    colors: { 'editor.background': '#1b222b', 'editorLineNumber.foreground': '#9aa5b1' },
  });
}

let registered = false;

/** Idempotent: wires the worker and registers the providers the first time. */
export function setupMonaco(): typeof monaco {
  if (!registered) {
    registered = true;
    window.MonacoEnvironment = {
      getWorker: () => new Worker(new URL('./editor-worker.ts', import.meta.url), { type: 'module', name: 'monaco-editor' }),
    };
    registerProviders();
  }
  return monaco;
}

export function currentTheme(): 'layerwise-light' | 'layerwise-dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'layerwise-dark' : 'layerwise-light';
}
