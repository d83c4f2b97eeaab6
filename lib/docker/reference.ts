/**
 * Image references as github.com/distribution/reference defines them (reference.go):
 *   reference := name [":" tag] ["@" digest]
 *   name      := [domain "/"] path-component ["/" path-component]*
 * The repository path is lowercase, the domain may hold uppercase letters and a port,
 * and the tag is [\w][\w.-]{0,127}.
 */

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const namePattern = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;

const referenceRegexp = new RegExp(`^(${namePattern})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`);
const NAME_TOTAL_LENGTH_MAX = 255;

export const DEFAULT_DOMAIN = 'docker.io';
export const OFFICIAL_NAMESPACE = 'library';
export const DEFAULT_TAG = 'latest';

export interface ParsedReference {
  /** The name as written (with the domain, when one was written). */
  name: string;
  tag: string | null;
  digest: string | null;
}

export type ReferenceResult = { ok: true; ref: ParsedReference } | { ok: false; error: string };

/** distribution/reference `Parse`: what buildx checks `-t` values with. */
export function parseReference(text: string): ReferenceResult {
  const match = referenceRegexp.exec(text);
  if (!match) {
    if (text === '') return { ok: false, error: 'repository name must have at least one component' };
    if (referenceRegexp.test(text.toLowerCase())) return { ok: false, error: 'repository name must be lowercase' };
    return { ok: false, error: 'invalid reference format' };
  }
  if (match[1].length > NAME_TOTAL_LENGTH_MAX) {
    return { ok: false, error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  return { ok: true, ref: { name: match[1], tag: match[2] ?? null, digest: match[3] ?? null } };
}

/** Splits "host/path" the way the Docker CLI decides whether the first part is a registry. */
function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isDomain =
    slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first);
  let domain = isDomain ? first : DEFAULT_DOMAIN;
  let path = isDomain ? name.slice(slash + 1) : name;
  if (domain === 'index.docker.io') domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = `${OFFICIAL_NAMESPACE}/${path}`;
  return { domain, path };
}

export interface NormalizedReference {
  /** e.g. "docker.io/library/python" */
  repository: string;
  /** e.g. "python" (how `docker images` shows it) */
  familiarRepository: string;
  tag: string;
  digest: string | null;
  /** e.g. "docker.io/library/python:3.9" */
  full: string;
  /** e.g. "python:3.9" */
  familiar: string;
}

/** Made once: a RegExp built per call is compiled again on every FROM of every analysis. */
const OFFICIAL_PREFIX = new RegExp(`^${OFFICIAL_NAMESPACE}/`);

function normalize(ref: ParsedReference): NormalizedReference {
  const { domain, path } = splitDomain(ref.name);
  const repository = `${domain}/${path}`;
  const familiarRepository =
    domain === DEFAULT_DOMAIN ? path.replace(OFFICIAL_PREFIX, '') : repository;
  const tag = ref.tag ?? DEFAULT_TAG;
  return {
    repository,
    familiarRepository,
    tag,
    digest: ref.digest,
    full: `${repository}:${tag}`,
    familiar: `${familiarRepository}:${tag}`,
  };
}

/**
 * Validates a `docker build -t` value like buildx does and names it the way BuildKit's
 * "naming to ..." line does. The error is the text after `invalid tag "<t>": `.
 */
export function normalizeTag(text: string): { ok: true; ref: NormalizedReference } | { ok: false; error: string } {
  const parsed = parseReference(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ref: normalize(parsed.ref) };
}

/**
 * distribution/reference `ParseNormalizedNamed`, what `docker pull/run/rmi/history` use.
 * Its errors are worded differently from `Parse` (the repository is named in them).
 */
export function parseNormalizedNamed(text: string): { ok: true; ref: NormalizedReference } | { ok: false; error: string } {
  if (/^[a-f0-9]{64}$/.test(text)) {
    return { ok: false, error: `invalid repository name (${text}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, path } = splitDomain(text.split('@')[0]);
  const colon = path.indexOf(':');
  const remoteName = colon === -1 ? path : path.slice(0, colon);
  if (remoteName.toLowerCase() !== remoteName) {
    return { ok: false, error: `invalid reference format: repository name (${remoteName}) must be lowercase` };
  }
  const rest = text.slice(text.split('@')[0].length);
  const parsed = parseReference(`${domain}/${path}${rest}`);
  if (!parsed.ok) return { ok: false, error: 'invalid reference format' };
  return { ok: true, ref: normalize(parsed.ref) };
}
