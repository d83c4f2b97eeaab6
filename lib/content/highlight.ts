import { createHighlighter, type Highlighter } from 'shiki';

// Build-time syntax highlighting: HTML with inline colours for the light theme and CSS variables
// for the dark one, so code blocks need no client JavaScript and switch with the site theme.
const LANGS = ['dockerfile', 'shellscript', 'python', 'json', 'ini'] as const;
const ALIASES: Record<string, string> = { docker: 'dockerfile', sh: 'shellscript', bash: 'shellscript', shell: 'shellscript', console: 'shellscript', py: 'python' };

let highlighter: Promise<Highlighter> | null = null;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ['github-light-default', 'github-dark'], langs: [...LANGS] });
  return highlighter;
}

export function normaliseLang(lang: string): string {
  const l = lang.toLowerCase();
  const resolved = ALIASES[l] ?? l;
  return (LANGS as readonly string[]).includes(resolved) ? resolved : 'text';
}

export async function highlight(code: string, lang: string): Promise<string> {
  const h = await getHighlighter();
  return h.codeToHtml(code.replace(/\n$/, ''), {
    lang: normaliseLang(lang),
    themes: { light: 'github-light-default', dark: 'github-dark' },
    defaultColor: 'light',
    // The themes' comment greys miss WCAG AA contrast (4.5:1) on our code background: darken
    // (light) and lighten (dark) them just enough.
    colorReplacements: {
      'github-light-default': { '#6e7781': '#57606a' },
      'github-dark': { '#6a737d': '#8b949e' },
    },
  });
}
