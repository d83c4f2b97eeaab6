import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { applyFix, findings, linesOf } from '../hadolint/test-helpers';

const CODE = 'lw-expose-host-mapping';

describe('lw-expose-host-mapping', () => {
  it('explains host:container in EXPOSE and says which port is kept', () => {
    const [d] = findings(CODE, 'FROM nginx:1.27', 'EXPOSE 8080:80');
    expect(d).toMatchObject({ severity: 'info', line: 2, column: 8, endColumn: 15 });
    expect(d.message).toContain('(80/tcp)');
    expect(d.message).toContain('docker run -p 8080:80');
    expect(applyFix('FROM nginx:1.27\nEXPOSE 8080:80\n', d)).toBe('FROM nginx:1.27\nEXPOSE 80\n');
  });
  it('handles an IP and a protocol', () => {
    const [d] = findings(CODE, 'FROM nginx:1.27', 'EXPOSE 127.0.0.1:8080:80/udp');
    expect(d.message).toContain('(80/udp)');
    expect(d.message).toContain('"127.0.0.1:8080"');
  });
  it('does not fire on plain ports, ranges or variables', () => {
    expect(linesOf(CODE, 'FROM nginx:1.27', 'EXPOSE 80 443/tcp 53/udp 8000-8010', 'EXPOSE $PORT')).toEqual([]);
  });
  it('stays distinct from BuildKit\'s ExposeInvalidFormat', () => {
    const onLine2 = analyze('FROM nginx:1.27\nEXPOSE 8080:80\n').diagnostics.filter((x) => x.line === 2);
    expect(onLine2.map((x) => x.code).sort()).toEqual(['ExposeInvalidFormat', CODE]);
  });
});
