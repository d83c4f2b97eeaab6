import { describe, expect, it } from 'vitest';
import { getInitialSource, parseDraft, serializeDraft } from './initial-source';
import { encodeShareHash } from './share';

const FALLBACK = 'FROM alpine\n';
const MINE = 'FROM python:3.12\nCMD ["python"]\n';
const SHARED = 'FROM node:22\nCMD ["node", "index.js"]\n';
const saved = serializeDraft(MINE, new Date('2026-01-02T03:04:05Z'));

describe('reading the autosaved draft', () => {
  it('round-trips a draft', () => {
    expect(parseDraft(saved)).toEqual({ kind: 'ok', draft: { version: 1, source: MINE, savedAt: '2026-01-02T03:04:05.000Z' } });
  });
  it('reports damaged or foreign data instead of guessing', () => {
    for (const raw of ['{not json', '"a string"', 'null', '{"version":1,"source":3,"savedAt":"x"}', '{"version":2,"source":"x","savedAt":"x"}']) {
      expect(parseDraft(raw).kind, raw).toBe('corrupt');
    }
    expect(parseDraft(null)).toEqual({ kind: 'none' });
  });
});

describe('getInitialSource(fallback, location, saved)', () => {
  it('opens the default when nothing is shared or saved', () => {
    expect(getInitialSource(FALLBACK, { hash: '' }, null)).toMatchObject({ source: FALLBACK, origin: 'default', notice: null });
  });
  it('opens the saved draft', () => {
    expect(getInitialSource(FALLBACK, { hash: '' }, saved)).toMatchObject({ source: MINE, origin: 'saved', notice: null });
  });
  it('opens a shared link over the draft, and keeps the draft restorable', () => {
    expect(getInitialSource(FALLBACK, { hash: encodeShareHash(SHARED) }, saved)).toMatchObject({ source: SHARED, origin: 'link', notice: null, replacedDraft: MINE });
    expect(getInitialSource(FALLBACK, { hash: encodeShareHash(MINE) }, saved)).toMatchObject({ origin: 'link', replacedDraft: null });
  });
  it('explains a damaged link and shows the draft, or the default', () => {
    const cut = encodeShareHash(SHARED).slice(0, -5);
    const withDraft = getInitialSource(FALLBACK, { hash: cut }, saved);
    expect(withDraft).toMatchObject({ source: MINE, origin: 'saved' });
    expect(withDraft.notice).toMatch(/damaged or incomplete.*Your own saved Dockerfile is shown instead/);
    const without = getInitialSource(FALLBACK, { hash: cut }, null);
    expect(without).toMatchObject({ source: FALLBACK, origin: 'default' });
    expect(without.notice).toMatch(/example Dockerfile is shown instead/);
  });
  it('explains a damaged draft, shows the default and asks the caller to keep a copy', () => {
    const result = getInitialSource(FALLBACK, { hash: '' }, '{"version":1,"sou');
    expect(result).toMatchObject({ source: FALLBACK, origin: 'default', corruptDraft: true });
    expect(result.notice).toMatch(/could not be read.*copy of the unreadable data was kept/);
  });
  it('still opens a good link when the draft is damaged, and says so', () => {
    const result = getInitialSource(FALLBACK, { hash: encodeShareHash(SHARED) }, 'garbage');
    expect(result).toMatchObject({ source: SHARED, origin: 'link', corruptDraft: true });
    expect(result.notice).toMatch(/could not be read/);
  });
});
