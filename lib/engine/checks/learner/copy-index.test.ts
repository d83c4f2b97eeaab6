import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Step } from '@/lib/engine/types';
import { findings } from '../hadolint/test-helpers';
import { copiesManifestAlone, CopyIndex, directoryBringingManifest, type CopyRecord } from './copy-index';
import { normalizePath, resolvePath } from './support';

// Paths from a small alphabet, so that destinations, manifests and sources often meet.
const segment = fc.constantFrom('app', 'src', 'python', 'hello_world', 'requirements.txt', 'package.json', 'req*.txt', 'package*.json', 'lib[', '.');
const relative = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const path = fc.oneof(relative, relative.map((p) => `/${p}`), fc.constant('/'), fc.constant('.'));

const copyRecord = fc
  .record({ sources: fc.array(path, { minLength: 1, maxLength: 3 }), dest: path, workdir: fc.constantFrom('/', '/app', '/app/src') })
  .map(({ sources, dest, workdir }): CopyRecord => ({
    step: {} as Step,
    sources: sources.map((s) => normalizePath(s) || '.'),
    destAbs: resolvePath(workdir, dest),
    workdir,
  }));

const question = fc.record({ manifest: path, cwd: fc.constantFrom('/', '/app', '/app/src', '/srv') }).map(({ manifest, cwd }) => ({
  manifest: resolvePath(cwd, manifest),
  cwd,
}));

describe('CopyIndex', () => {
  it('answers like a scan over every COPY of the stage, in order', () => {
    fc.assert(
      fc.property(fc.array(copyRecord, { maxLength: 12 }), fc.array(question, { minLength: 1, maxLength: 4 }), (copies, questions) => {
        const index = new CopyIndex();
        for (const copy of copies) index.add(copy);
        for (const { manifest, cwd } of questions) {
          expect(index.copiesAlone(manifest)).toBe(copies.some((c) => copiesManifestAlone(c, manifest)));
          const scanned = copies
            .map((copy) => ({ copy, dir: directoryBringingManifest(copy, manifest, cwd) }))
            .find((found) => found.dir !== null);
          const indexed = index.firstBringing(manifest, cwd);
          expect(indexed?.copy ?? null).toBe(scanned?.copy ?? null);
          expect(indexed?.dir ?? null).toBe(scanned?.dir ?? null);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('lw-cache-order reports the whole-context COPY once, however many COPYs and installs follow', () => {
    const lines = ['FROM python:3.12', 'WORKDIR /app', 'COPY . .'];
    for (let i = 0; i < 1500; i++) lines.push(`COPY file${i}.txt ./`);
    for (let i = 0; i < 1500; i++) lines.push(`RUN pip install -r requirements-${i}.txt`);
    const reported = findings('lw-cache-order', ...lines);
    // Every install reads a manifest that only `COPY . .` brings in.
    expect(reported.map((d) => d.line)).toEqual([3]);
  });
});

describe('lw-cache-order with manifests named on the command line', () => {
  it.each([
    ['RUN pip install -r deps.txt', 'COPY deps.txt ./\nRUN pip install -r deps.txt\nCOPY . .'],
    ['RUN bundle install --gemfile=Gemfile.ci', 'COPY Gemfile.ci* ./'],
    ['RUN bundle install --gemfile=gems.rb', 'COPY gems.rb gems.locked* ./'],
  ])('%s is reported like its usual manifest, not an internal error', (install, suggestion) => {
    const source = ['FROM ruby:3.3', 'WORKDIR /app', 'COPY . .', install];
    expect(findings('internal', ...source)).toEqual([]);
    const [d] = findings('lw-cache-order', ...source);
    expect(d.line).toBe(3);
    expect(d.message).toContain(suggestion);
  });
});
