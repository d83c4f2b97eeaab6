import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const BASE = 'FROM alpine:3.20\n';
const failures = (source: string) => analyze(source).diagnostics.filter((d) => d.dockerMessage !== undefined);

describe('instructions without their arguments (BuildKit instructions/parse.go)', () => {
  it.each([
    ['ARG', 'ARG requires at least one argument'],
    ['ENV', 'ENV requires at least one argument'],
    ['LABEL', 'LABEL requires at least one argument'],
    ['EXPOSE', 'EXPOSE requires at least one argument'],
    ['VOLUME', 'VOLUME requires at least one argument'],
    ['HEALTHCHECK', 'HEALTHCHECK requires at least one argument'],
    ['ONBUILD', 'ONBUILD requires at least one argument'],
    ['SHELL', 'SHELL requires at least one argument'],
    ['MAINTAINER', 'MAINTAINER requires exactly one argument'],
    ['USER', 'USER requires exactly one argument'],
    ['WORKDIR', 'WORKDIR requires exactly one argument'],
    ['STOPSIGNAL', 'STOPSIGNAL requires exactly one argument'],
    ['COPY', 'COPY requires at least two arguments, but only one was provided. Destination could not be determined'],
    ['ADD', 'ADD requires at least two arguments, but only one was provided. Destination could not be determined'],
  ])('a bare %s stops the build with Docker\'s text, reported once', (keyword, text) => {
    const onLine2 = analyze(`${BASE}${keyword}\n`).diagnostics.filter((d) => d.line === 2 && d.severity === 'error');
    // dockerfile-utils' "Instruction has no arguments" says the same: one diagnostic.
    expect(onLine2.map((d) => [d.code, d.dockerMessage])).toEqual([['parse-missing-arguments', `dockerfile parse error on line 2: ${text}`]]);
    expect(onLine2[0].message).toMatch(new RegExp(`^${keyword} needs `));
  });

  it('a bare FROM', () => {
    expect(failures('FROM\n').map((d) => d.dockerMessage)).toEqual(['dockerfile parse error on line 1: FROM requires either one or three arguments']);
  });

  it('COPY with one argument, and an empty JSON array for SHELL and VOLUME, are the same errors', () => {
    const [copy] = failures(`${BASE}WORKDIR /app\nCOPY requirements.txt\n`);
    expect(copy).toMatchObject({
      code: 'parse-missing-arguments',
      line: 3,
      dockerMessage: 'dockerfile parse error on line 3: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
      lesson: '/learn/copy#source-and-destination',
    });
    expect(failures(`${BASE}SHELL []\n`).map((d) => d.dockerMessage)).toEqual(['dockerfile parse error on line 2: SHELL requires at least one argument']);
    expect(failures(`${BASE}VOLUME []\n`).map((d) => d.dockerMessage)).toEqual(['dockerfile parse error on line 2: VOLUME requires at least one argument']);
  });

  it('RUN, CMD and ENTRYPOINT need no argument: nothing fails the build', () => {
    // BuildKit runs `/bin/sh -c ""` for a bare RUN; CMD and ENTRYPOINT become ["/bin/sh", "-c", ""].
    for (const keyword of ['RUN', 'RUN --mount=type=cache,target=/root/.cache', 'CMD', 'ENTRYPOINT']) {
      expect(failures(`${BASE}${keyword}\n`), keyword).toEqual([]);
    }
    expect(analyze(`${BASE}RUN\n`).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // BuildKit warns about the shell form of an empty CMD, as for any shell-form CMD.
    expect(analyze(`${BASE}CMD\n`).diagnostics.filter((d) => d.line === 2).map((d) => d.code)).toEqual(['JSONArgsRecommended']);
  });

  it('a line the parser already rejected gets no second error', () => {
    expect(failures(`${BASE}COPY ["a", 1]\n`).map((d) => d.code)).toEqual(['parse-json-not-strings']);
  });

  it('before FROM, the missing argument comes first, as BuildKit checks it first', () => {
    const [first] = failures('WORKDIR\nFROM alpine:3.20\n');
    expect(first.dockerMessage).toBe('dockerfile parse error on line 1: WORKDIR requires exactly one argument');
  });
});
