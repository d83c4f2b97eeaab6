/**
 * The `# check=` parser directive (and the BUILDKIT_DOCKERFILE_CHECK build argument,
 * which replaces it), as BuildKit's linter.ParseLintOptions reads it:
 *   # check=skip=<Rule,...|all>;error=<bool>;experimental=<Rule,...|all>
 */
import type { CheckContext } from '../../types';
import { perAnalysis, perObject } from '../per-analysis';

export interface CheckConfig {
  skipAll: boolean;
  skip: Set<string>;
  experimentalAll: boolean;
  experimental: Set<string>;
  error: boolean;
  /** Set when the value does not parse: BuildKit then fails before linting anything. */
  invalid: string | null;
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const VALID_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/** BuildKit's DirectiveParser: directives are the leading `# key=value` lines, each key once. */
export function parserDirectives(lines: string[]): Array<{ key: string; value: string; line: number }> {
  const seen = new Set<string>();
  const out: Array<{ key: string; value: string; line: number }> = [];
  for (const [i, line] of lines.entries()) {
    const m = DIRECTIVE.exec(line.replace(/\r$/, '').trimStart());
    if (!m) break;
    const key = m[1].toLowerCase();
    if (!VALID_DIRECTIVES.has(key) || seen.has(key)) break;
    seen.add(key);
    out.push({ key, value: m[2], line: i + 1 });
  }
  return out;
}

export function checkDirective(lines: string[]): string | null {
  return parserDirectives(lines).find((d) => d.key === 'check')?.value ?? null;
}

const GO_BOOL: Record<string, boolean> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};

export function parseCheckOptions(value: string): CheckConfig {
  const config: CheckConfig = {
    skipAll: false,
    skip: new Set(),
    experimentalAll: false,
    experimental: new Set(),
    error: false,
    invalid: null,
  };
  const trimmed = value.trim();
  if (trimmed === '') return config;
  // strings.SplitN(s, ";", 3): a third part keeps any further ';'.
  const parts: string[] = [];
  let rest = trimmed;
  while (parts.length < 2 && rest.includes(';')) {
    parts.push(rest.slice(0, rest.indexOf(';')));
    rest = rest.slice(rest.indexOf(';') + 1);
  }
  parts.push(rest);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq === -1) return { ...config, invalid: `invalid check option ${JSON.stringify(part)}` };
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    const list = () => new Set(v.split(',').map((r) => r.trim()));
    if (key === 'skip') {
      if (v === 'all') config.skipAll = true;
      else config.skip = list();
    } else if (key === 'experimental') {
      if (v === 'all') config.experimentalAll = true;
      else config.experimental = list();
    } else if (key === 'error') {
      if (!(v in GO_BOOL)) return { ...config, invalid: `failed to parse check option ${JSON.stringify(part)}` };
      config.error = GO_BOOL[v];
    } else {
      return { ...config, invalid: `invalid check option ${JSON.stringify(key)}` };
    }
  }
  return config;
}

/** The configuration in effect for the analysis (read once; every rule asks). */
export const checkConfig = perAnalysis((ctx: CheckContext): CheckConfig => {
  const fromBuildArg = ctx.options.buildArgs?.BUILDKIT_DOCKERFILE_CHECK;
  return parseCheckOptions(fromBuildArg ?? checkDirective(ctx.lines) ?? '');
});

/** Whether BuildKit reports a rule under this configuration. */
export function ruleEnabled(config: CheckConfig, rule: string, experimental: boolean): boolean {
  if (config.invalid !== null) return false;
  if (experimental) return config.experimentalAll || config.experimental.has(rule);
  return !config.skipAll && !config.skip.has(rule);
}

const COMMENT_DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * A `# check=...` comment right above an instruction (BuildKit's
 * WithMergedConfigFromComments): the first such comment among the ones collected for
 * the instruction counts, its value up to the first space; an invalid one is ignored.
 */
export const commentCheckConfig = perObject((comments: string[]): CheckConfig | null => {
  for (const comment of comments) {
    const m = COMMENT_DIRECTIVE.exec(comment);
    if (!m || m[1].toLowerCase() !== 'check') continue;
    const config = parseCheckOptions(m[2].split(' ')[0]);
    return config.invalid === null ? config : null;
  }
  return null;
});

/** Whether a `# check=skip=` comment above the instruction BuildKit ran the rule for hides it. */
export function skippedByComment(comments: string[], rule: string): boolean {
  const config = commentCheckConfig(comments);
  return config !== null && (config.skipAll || config.skip.has(rule));
}
