import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checksum, decodeShareHash, encodeShareHash, shareUrl } from './share';

const DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "main.py"]\n';

describe('share links', () => {
  it('round-trips any text, including unicode, CRLF and an empty file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (source) => {
        expect(decodeShareHash(encodeShareHash(source))).toEqual({ kind: 'ok', source });
      }),
    );
    for (const source of ['', 'FROM alpine\r\nRUN echo "é ✓"\r\n', DOCKERFILE]) expect(decodeShareHash(encodeShareHash(source))).toEqual({ kind: 'ok', source });
  });

  it('puts only URL-safe characters in the hash', () => {
    expect(encodeShareHash(DOCKERFILE)).toMatch(/^#dockerfile=v1\.[0-9a-z]+\.[A-Za-z0-9+\-$]+$/);
  });

  it('builds the link from the page address, dropping an old hash', () => {
    const url = shareUrl({ origin: 'https://example.test', pathname: '/playground/' }, DOCKERFILE);
    expect(url.startsWith('https://example.test/playground/#dockerfile=v1.')).toBe(true);
    expect(decodeShareHash(new URL(url).hash)).toEqual({ kind: 'ok', source: DOCKERFILE });
  });

  it('never loads part of a Dockerfile from a truncated link', () => {
    const hash = encodeShareHash(DOCKERFILE);
    const payloadStart = hash.lastIndexOf('.') + 1;
    let rejected = 0;
    for (let cut = payloadStart; cut < hash.length; cut++) {
      const result = decodeShareHash(hash.slice(0, cut));
      // Dropping only the final padding character loses no text: that link still holds it all.
      if (result.kind === 'ok') expect(result.source, `cut at ${cut}`).toBe(DOCKERFILE);
      else rejected++;
    }
    expect(rejected).toBeGreaterThanOrEqual(hash.length - payloadStart - 1);
  });

  it('rejects a link with a changed character, a wrong checksum or garbage', () => {
    const hash = encodeShareHash(DOCKERFILE);
    const flipped = hash.slice(0, -3) + (hash.at(-3) === 'A' ? 'B' : 'A') + hash.slice(-2);
    for (const bad of [flipped, hash.replace(/v1\.[0-9a-z]+\./, 'v1.zzzz.'), '#dockerfile=v1.abc.%%%', '#dockerfile=v1.abc.<script>', '#dockerfile=v1', '#dockerfile=', '#dockerfile=v1.1.2.3']) {
      const result = decodeShareHash(bad);
      expect(result.kind, bad).toBe('invalid');
      if (result.kind === 'invalid') expect(result.message).toMatch(/damaged or incomplete|format/);
    }
  });

  it('explains an unknown format version', () => {
    const result = decodeShareHash('#dockerfile=v9.abc.def');
    expect(result).toEqual({ kind: 'invalid', message: expect.stringContaining('format this version of Layerwise does not know') });
  });

  it('ignores hashes that are not share links (step anchors, empty)', () => {
    for (const hash of ['', '#', '#what-is-an-image', '#code/abc']) expect(decodeShareHash(hash)).toEqual({ kind: 'none' });
  });

  it('accepts a link whose "$" and "+" were percent-encoded on the way', () => {
    const hash = encodeShareHash('FROM alpine\nRUN echo $HOME && ls\n');
    const mangled = hash.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(decodeShareHash(mangled)).toEqual({ kind: 'ok', source: 'FROM alpine\nRUN echo $HOME && ls\n' });
  });

  it('checksums differ for texts that differ by one character', () => {
    expect(checksum('FROM alpine')).not.toBe(checksum('FROM alpinf'));
  });
});
