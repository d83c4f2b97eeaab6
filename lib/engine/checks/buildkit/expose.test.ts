import { describe, expect, it } from 'vitest';
import { exposeInvalidFormat } from './expose-invalid-format';
import { exposeProtoCasing } from './expose-proto-casing';
import { applyFix, expectWarnings, runCheck } from './test-support';

describe('ExposeProtoCasing', () => {
  const check = (src: string) => runCheck(exposeProtoCasing, src);

  it('warns for an uppercase or mixed-case protocol', () => {
    const found = check('FROM alpine\nEXPOSE 80/TcP 443/tcp 53/UDP\n');
    expectWarnings(found, 'ExposeProtoCasing', [
      [2, "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase"],
      [2, "Defined protocol '53/UDP' in EXPOSE instruction should be lowercase"],
    ]);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 29 });
  });

  it('is silent for lowercase or missing protocols', () => {
    expect(check('FROM alpine\nEXPOSE 80/tcp 53/udp 8080 9000-9010/sctp\n')).toEqual([]);
  });

  it('quotes the port after variable expansion', () => {
    expectWarnings(check('FROM alpine\nENV PROTO=TCP\nEXPOSE 80/$PROTO\n'), 'ExposeProtoCasing', [
      [3, "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"],
    ]);
  });

  it('stops at an invalid protocol, which fails the build', () => {
    expect(check('FROM alpine\nEXPOSE 80/http 81/TCP\n')).toEqual([]);
  });

  it('offers to lowercase a literal protocol', () => {
    const src = 'FROM alpine\nEXPOSE 8080/TCP 53/udp\n';
    const [d] = check(src);
    expect(applyFix(src, d)).toBe('FROM alpine\nEXPOSE 8080/tcp 53/udp\n');
  });
});

describe('ExposeInvalidFormat', () => {
  const check = (src: string) => runCheck(exposeInvalidFormat, src);

  it('warns for IP addresses and host-port mappings, not plain ports (BuildKit testExposeInvalidFormat)', () => {
    const found = check('FROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n');
    expectWarnings(found, 'ExposeInvalidFormat', [
      [2, "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"],
      [2, "EXPOSE instruction should not define an IP address or host-port mapping, found '[::1]:8080:8080'"],
      [2, "EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000'"],
    ]);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 54 });
  });

  it('is silent for container ports and ranges', () => {
    expect(check('FROM alpine\nEXPOSE 80 443/tcp 8000-8010\n')).toEqual([]);
  });

  it('checks every stage', () => {
    expectWarnings(check('FROM alpine AS a\nEXPOSE 80:80\nFROM alpine\nEXPOSE 8080:80/udp\n'), 'ExposeInvalidFormat', [
      [2, "EXPOSE instruction should not define an IP address or host-port mapping, found '80:80'"],
      [4, "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/udp'"],
    ]);
  });
});
