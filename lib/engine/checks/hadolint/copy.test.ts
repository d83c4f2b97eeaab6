// Cases ported from hadolint DL3020Spec, DL3021Spec, DL3022Spec, DL3023Spec and DL3045Spec.
import { describe, expect, it } from 'vitest';
import { applyFix, findings, linesOf, onbuild } from './test-helpers';

describe('DL3020 Use COPY instead of ADD for files and folders', () => {
  it('accepts archives and URLs', () => {
    for (const src of ['file.tar', 'file.gz', 'file.bz2', 'file.xz', 'file.tgz', 'http://file.com', '"file.tgz"', '"http://file.com"']) {
      expect(linesOf('DL3020', 'FROM scratch', `ADD ${src} /usr/src/app/`), src).toEqual([]);
    }
  });
  it('reports plain files, zip files and mixed sources', () => {
    for (const src of ['file', 'file.zip', '"file.zip"', 'http://file.com file']) {
      expect(linesOf('DL3020', 'FROM scratch', `ADD ${src} /usr/src/app/`), src).toEqual([2]);
    }
  });
  it('fixes ADD to COPY for local files, keeping the case', () => {
    const source = 'FROM scratch\nADD --chown=1000 app.py /usr/src/app/\n';
    const [d] = findings('DL3020', 'FROM scratch', 'ADD --chown=1000 app.py /usr/src/app/');
    expect(d.severity).toBe('error');
    expect(applyFix(source, d)).toBe('FROM scratch\nCOPY --chown=1000 app.py /usr/src/app/\n');
    const [lower] = findings('DL3020', 'FROM scratch', 'add app.py /app/');
    expect(applyFix('FROM scratch\nadd app.py /app/\n', lower)).toBe('FROM scratch\ncopy app.py /app/\n');
  });
  it('offers no fix when COPY would not do the same', () => {
    expect(findings('DL3020', 'FROM scratch', 'ADD http://file.com file /app/')[0].fix).toBeUndefined();
    expect(applyFix('FROM scratch\nADD file.zip /app/\n', findings('DL3020', 'FROM scratch', 'ADD file.zip /app/')[0])).toBe('FROM scratch\nCOPY file.zip /app/\n');
    expect(findings('DL3020', 'FROM scratch', 'ADD --checksum=sha256:abc file /app/')[0].fix).toBeUndefined();
  });
});

describe('DL3021 COPY with more than 2 arguments', () => {
  it('reports several sources into a destination without /', () => {
    expect(linesOf('DL3021', 'FROM scratch', 'COPY foo bar baz')).toEqual([2]);
    expect(linesOf('DL3021', 'FROM scratch', 'COPY ["foo", "bar", "baz"]')).toEqual([2]);
  });
  it('accepts two arguments or a destination ending in /', () => {
    expect(linesOf('DL3021', 'FROM scratch', 'COPY foo bar')).toEqual([]);
    expect(linesOf('DL3021', 'FROM scratch', 'COPY foo bar baz/')).toEqual([]);
  });
});

describe('DL3022 COPY --from should reference a previously defined FROM alias', () => {
  it('reports unknown and later stages', () => {
    expect(linesOf('DL3022', 'FROM scratch', 'COPY --from=foo bar .')).toEqual([2]);
    expect(linesOf('DL3022', 'FROM scratch', 'COPY --from=build foo .', 'FROM node:20 as build', 'RUN baz')).toEqual([2]);
    expect(linesOf('DL3022', 'COPY --from=0 bar .')).toEqual([1]);
  });
  it('accepts earlier stages by name or index, and images', () => {
    expect(linesOf('DL3022', 'FROM scratch as build', 'RUN foo', 'FROM node:20', 'COPY --from=build foo .', 'RUN baz')).toEqual([]);
    expect(linesOf('DL3022', 'FROM scratch', 'COPY --from=haskell:latest bar .')).toEqual([]);
    expect(linesOf('DL3022', 'FROM scratch as build', 'RUN foo', 'FROM node:20', 'COPY --from=0 foo .')).toEqual([]);
    expect(linesOf('DL3022', 'FROM scratch', 'RUN foo', 'FROM node:20', 'COPY --from=0 foo .')).toEqual([]);
  });
  it('marks the --from flag', () => {
    const [d] = findings('DL3022', 'FROM scratch', 'COPY --from=foo bar .');
    expect(d).toMatchObject({ line: 2, column: 6, endColumn: 16, severity: 'warning' });
  });
});

describe('DL3023 COPY --from cannot reference its own FROM alias', () => {
  it('reports copying from the current stage', () => {
    expect(linesOf('DL3023', 'FROM node:20 as foo', 'COPY --from=foo bar .')).toEqual([2]);
  });
  it('accepts copying from another stage', () => {
    expect(linesOf('DL3023', 'FROM scratch as build', 'RUN foo', 'FROM node:20 as run', 'COPY --from=build foo .', 'RUN baz')).toEqual([]);
  });
});

describe('DL3045 COPY to a relative destination without WORKDIR set', () => {
  const both = (...lines: string[]) => [linesOf('DL3045', ...lines), linesOf('DL3045', ...onbuild(...lines))];
  it('accepts absolute, Windows and variable destinations', () => {
    for (const dest of ['/usr/local/bin/blubb.sh', '"/usr/local/bin/blubb.sh"', 'c:\\system32\\blubb.sh', '"d:\\mypath\\blubb.sh"', 'c:/system32/blubb.sh', '${SRC_BASE_ENV}', '$SRC_BASE_ENV', '"${SRC_BASE_ENV}"', '"$SRC_BASE_ENV"']) {
      expect(both(`COPY bla.sh ${dest}`), dest).toEqual([[], []]);
    }
  });
  it('accepts a relative destination after WORKDIR', () => {
    expect(both('FROM scratch', 'WORKDIR /usr', 'COPY bla.sh blubb.sh')).toEqual([[], []]);
    expect(both('FROM scratch', 'WORKDIR c:\\system32', 'COPY bla.sh blubb.sh')).toEqual([[], []]);
    expect(linesOf('DL3045', 'FROM debian:buster', 'ONBUILD WORKDIR /usr/local/lib', 'ONBUILD COPY foo bar')).toEqual([]);
  });
  it('reports a relative destination without WORKDIR', () => {
    expect(both('COPY bla.sh blubb.sh')).toEqual([[1], [1]]);
    expect(both('COPY bla.sh "blubb.sh"')).toEqual([[1], [1]]);
    expect(both('COPY a b')).toEqual([[1], [1]]);
  });
  it('follows WORKDIR through FROM <stage> only', () => {
    expect(linesOf('DL3045', 'FROM debian:buster as stage1', 'WORKDIR /usr', 'FROM debian:buster', 'COPY foo bar')).toEqual([4]);
    expect(linesOf('DL3045', 'FROM debian:buster as base', 'WORKDIR /usr', 'FROM debian:buster as stage-inbetween', 'RUN foo', 'FROM base', 'COPY foo bar')).toEqual([]);
    expect(linesOf('DL3045', 'FROM debian:buster as base1', 'WORKDIR /usr', 'FROM base1 as base2', 'RUN foo', 'FROM base2', 'COPY foo bar')).toEqual([]);
  });
  it('marks the destination', () => {
    const [d] = findings('DL3045', 'FROM debian:12', 'COPY app.py app.py');
    expect(d).toMatchObject({ line: 2, column: 13, endColumn: 19 });
  });
});
