import { describe, expect, it } from 'vitest';
import { jsonArgsRecommended } from './json-args-recommended';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'JSONArgsRecommended';
const check = (src: string) => runCheck(jsonArgsRecommended, src);
const cmdMessage = 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals';

// Ported from BuildKit's testJSONArgsRecommended.
describe('JSONArgsRecommended', () => {
  it('warns for shell-form CMD and ENTRYPOINT', () => {
    const found = check('\nFROM scratch\nCMD mycommand\n');
    expectWarnings(found, RULE, [[3, cmdMessage]]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 14 });
    expectWarnings(check('\nFROM scratch\nENTRYPOINT mycommand\n'), RULE, [
      [3, 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals'],
    ]);
  });

  it('names the instruction as written', () => {
    expectWarnings(check('from alpine\ncmd node app.js\n'), RULE, [
      [2, 'JSON arguments recommended for cmd to prevent unintended behavior related to OS signals'],
    ]);
  });

  it('is silent after a SHELL in the stage or in a stage it is built from', () => {
    expect(check('\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
    expect(check('\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n')).toEqual([]);
    expect(check('\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n')).toEqual([]);
    expect(check('\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n')).toEqual([]);
  });

  it('still warns when the SHELL comes after the CMD, or is in an unrelated stage', () => {
    expectWarnings(check('FROM alpine\nCMD run\nSHELL ["/bin/bash", "-c"]\n'), RULE, [[2, cmdMessage]]);
    expectWarnings(check('FROM alpine AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine\nCMD run\n'), RULE, [[4, cmdMessage]]);
  });

  it('is silent for the exec form', () => {
    expect(check('FROM alpine\nCMD ["node", "app.js"]\nENTRYPOINT ["/entry.sh"]\n')).toEqual([]);
  });

  it('treats single-quoted "JSON" as shell form, as Docker does', () => {
    expectWarnings(check("FROM python:3.12\nCMD ['python', 'main.py']\n"), RULE, [[2, cmdMessage]]);
  });

  it('offers the exec form for plain words, dropping a leading exec', () => {
    const src = 'FROM node:20\nWORKDIR /app\nCMD node server.js --port=8080\n';
    const [d] = check(src);
    expect(applyFix(src, d)).toBe('FROM node:20\nWORKDIR /app\nCMD ["node", "server.js", "--port=8080"]\n');
    const src2 = 'FROM alpine\nENTRYPOINT exec /usr/bin/app serve\n';
    expect(applyFix(src2, check(src2)[0])).toBe('FROM alpine\nENTRYPOINT ["/usr/bin/app", "serve"]\n');
  });

  it('offers no fix when the shell does work the exec form would not', () => {
    for (const cmd of ['echo $HOME', 'cd /app && npm start', 'python app.py > log.txt', 'PORT=80 node app.js', "echo 'hi'", 'cd /app']) {
      const [d] = check(`FROM alpine\nCMD ${cmd}\n`);
      expect(d.fix, cmd).toBeUndefined();
    }
  });

  it('offers no fix when ENTRYPOINT and CMD combine, since exec form would change the arguments', () => {
    const [entry] = check('FROM alpine\nENTRYPOINT /app/run\nCMD ["--verbose"]\n');
    expect(entry.fix).toBeUndefined();
    const [cmd] = check('FROM alpine AS base\nENTRYPOINT ["/entry.sh"]\nFROM base\nCMD serve\n');
    expect(cmd.fix).toBeUndefined();
  });
});
