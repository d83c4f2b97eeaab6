import { describe, expect, it } from 'vitest';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'InvalidDefaultArgInFrom';
const check = (src: string, buildArgs?: Record<string, string>) => runCheck(invalidDefaultArgInFrom, src, { buildArgs });

// Ported from BuildKit's testInvalidDefaultArgInFrom (the --build-arg values do not matter:
// the check uses the defaults only).
describe('InvalidDefaultArgInFrom', () => {
  it('warns when an ARG without default leaves a dangling tag', () => {
    const found = check('\nARG VERSION\nFROM busybox:$VERSION\n', { VERSION: 'latest' });
    expectWarnings(found, RULE, [[3, 'Default value for ARG busybox:$VERSION results in empty or invalid base image name']]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 22 });
  });

  it('warns when the whole image name would be empty', () => {
    expectWarnings(check('\nARG IMAGE\nFROM $IMAGE\n', { IMAGE: 'busybox:latest' }), RULE, [
      [3, 'Default value for ARG $IMAGE results in empty or invalid base image name'],
    ]);
  });

  it('warns when the default itself makes an invalid name', () => {
    expectWarnings(check('\nARG SFX="box:"\nFROM busy${SFX}\n', { SFX: 'box:latest' }), RULE, [
      [3, 'Default value for ARG busy${SFX} results in empty or invalid base image name'],
    ]);
  });

  it('is silent when the defaults make a valid name', () => {
    expect(check('\nARG VERSION="latest"\nFROM busybox:${VERSION}\n', { VERSION: 'latest' })).toEqual([]);
    expect(check('\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n', { BUSYBOX_VARIANT: '-musl' })).toEqual([]);
    expect(check('\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t', { BUSYBOX_VARIANT: '-musl' })).toEqual([]);
  });

  it('is silent for plain image names and stage references', () => {
    expect(check('FROM node:20-alpine AS build\nFROM build\nFROM scratch\n')).toEqual([]);
  });
});
