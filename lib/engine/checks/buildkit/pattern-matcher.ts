/**
 * .dockerignore matching as BuildKit does it for the CopyIgnoredFile check:
 * moby/patternmatcher/ignorefile.ReadAll to read the file, then
 * patternmatcher.New and MatchesOrParentMatches. Slash-separated (Linux) paths only.
 */
import { cleanPath } from './go';

export interface IgnorePattern {
  /** The cleaned pattern, without a leading "!". */
  pattern: string;
  exclusion: boolean;
}

/** ignorefile.ReadAll followed by patternmatcher.New's normalisation. */
export function readIgnoreFile(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const rawLine of lines) {
    if (rawLine.startsWith('#')) continue;
    let pattern = rawLine.trim();
    if (pattern === '') continue;
    const exclusion = pattern.startsWith('!');
    if (exclusion) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    // patternmatcher.New cleans once more; an exclusion of nothing is an error there,
    // which we keep as an exclusion so the check stays silent.
    patterns.push({ pattern: pattern === '' ? pattern : cleanPath(pattern), exclusion });
  }
  return patterns;
}

type Matcher = (path: string) => boolean;

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** patternmatcher's Pattern.compile + match; null when the pattern is invalid. */
export function compilePattern(pattern: string): Matcher | null {
  let regStr = '^';
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];
  for (let i = 0, pos = 0; pos < chars.length; i++) {
    const ch = chars[pos++];
    if (ch === '*') {
      if (chars[pos] === '*') {
        pos++;
        if (chars[pos] === '/') pos++;
        if (pos >= chars.length) {
          if (type === 'exact') {
            type = 'prefix';
          } else {
            regStr += '.*';
            type = 'regexp';
          }
        } else {
          regStr += '(.*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        regStr += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      regStr += '[^/]';
      type = 'regexp';
    } else if (REGEX_SPECIAL.has(ch)) {
      regStr += '\\' + ch;
    } else if (ch === '\\') {
      if (pos < chars.length) {
        regStr += '\\' + chars[pos++];
        type = 'regexp';
      } else {
        regStr += '\\\\';
      }
    } else if (ch === '[' || ch === ']') {
      regStr += ch;
      type = 'regexp';
    } else {
      regStr += ch;
    }
  }
  switch (type) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix':
      return (path) => path.startsWith(pattern.slice(0, -2));
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    default: {
      let re: RegExp;
      try {
        re = new RegExp(regStr + '$', 'u');
      } catch {
        return null;
      }
      return (path) => re.test(path);
    }
  }
}

/**
 * MatchesOrParentMatches for inclusion patterns only. (CopyIgnoredFile gives up as
 * soon as the file has an exclusion, so exclusions never reach this.)
 */
export function matchesOrParentMatches(file: string, matchers: Matcher[]): boolean {
  const slash = file.lastIndexOf('/');
  const parentPath = slash === -1 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
  const parentDirs = parentPath.split('/');
  for (const match of matchers) {
    if (match(file)) return true;
    if (parentPath !== '.') {
      for (let i = 0; i < parentDirs.length; i++) {
        if (match(parentDirs.slice(0, i + 1).join('/'))) return true;
      }
    }
  }
  return false;
}
