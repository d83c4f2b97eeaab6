/**
 * Share links: the Dockerfile travels in the URL hash, compressed with lz-string like the
 * TypeScript playground's `#code/...`, so it never reaches a server.
 *
 * Format: `#dockerfile=v1.<checksum>.<payload>`. The checksum (FNV-1a, 32 bits, base 36) of the
 * text lets a truncated or mangled link be told apart from a valid one: lz-string happily
 * "decompresses" a cut-off payload into a shorter or garbled text, and loading that silently would
 * hand the learner a Dockerfile nobody wrote. The text is only ever put into the editor as text.
 */
// Default import: lz-string is CommonJS, and Node's ESM loader (Playwright) only sees its default export.
import LZString from 'lz-string';

export const SHARE_KEY = 'dockerfile';
export const SHARE_VERSION = 'v1';
/** Links longer than this may be cut by chat apps, mail clients and some browsers. */
export const SHARE_WARN_LENGTH = 2000;
/** A shared Dockerfile larger than this is refused (the editor is not a file store). */
export const SHARE_MAX_SOURCE_LENGTH = 1_000_000;

/** lz-string's URL-safe alphabet: nothing in it needs percent-encoding. */
const PAYLOAD = /^[A-Za-z0-9+\-$]*$/;

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number in base 36. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** `#dockerfile=v1.<checksum>.<payload>` for a Dockerfile. */
export function encodeShareHash(source: string): string {
  return `#${SHARE_KEY}=${SHARE_VERSION}.${checksum(source)}.${LZString.compressToEncodedURIComponent(source)}`;
}

/** The full link: the page address without its old hash, plus the Dockerfile. */
export function shareUrl(page: { origin: string; pathname: string; search?: string }, source: string): string {
  return `${page.origin}${page.pathname}${page.search ?? ''}${encodeShareHash(source)}`;
}

export type SharedSource =
  | { kind: 'none' }
  | { kind: 'ok'; source: string }
  | { kind: 'invalid'; message: string };

const DAMAGED =
  'This share link is damaged or incomplete (it may have been cut off when it was copied), so its Dockerfile could not be loaded.';

export type PackedRead = { kind: 'none' } | { kind: 'ok'; text: string } | { kind: 'invalid'; message: string };

/**
 * Reads `#<key>=<version>.<checksum>.<lz-string payload>` (share and workspace links): the text
 * when the version is `version` and the checksum matches, else a message; `none` for another key.
 */
export function readPackedHash(hash: string, format: { key: string; version: string; maxPayload: number; damaged: string; unknownVersion: (version: string) => string }): PackedRead {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith(`${format.key}=`)) return { kind: 'none' };
  let value = raw.slice(format.key.length + 1);
  // Some apps percent-encode "$" or "+" when they pass a link on.
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return { kind: 'invalid', message: format.damaged };
    }
  }
  const [version, sum, payload, ...rest] = value.split('.');
  if (version !== format.version) return { kind: 'invalid', message: format.unknownVersion(version.slice(0, 12)) };
  if (rest.length > 0 || !sum || payload === undefined || !PAYLOAD.test(payload) || payload.length > format.maxPayload) return { kind: 'invalid', message: format.damaged };
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (typeof text !== 'string' || checksum(text) !== sum) return { kind: 'invalid', message: format.damaged };
  return { kind: 'ok', text };
}

/** Reads a Dockerfile from a location hash. Anything other than our own format is ignored (`none`). */
export function decodeShareHash(hash: string): SharedSource {
  const read = readPackedHash(hash, {
    key: SHARE_KEY,
    version: SHARE_VERSION,
    maxPayload: SHARE_MAX_SOURCE_LENGTH * 2,
    damaged: DAMAGED,
    unknownVersion: (v) => `This share link uses a format this version of Layerwise does not know ("${v}"), so its Dockerfile could not be loaded.`,
  });
  if (read.kind !== 'ok') return read;
  if (read.text.length > SHARE_MAX_SOURCE_LENGTH) {
    return { kind: 'invalid', message: 'The Dockerfile in this share link is too large to open here.' };
  }
  return { kind: 'ok', source: read.text };
}
