// Cases ported from hadolint DL3011Spec, DL3025Spec, DL4000Spec, DL4003Spec and DL4004Spec.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { applyFix, findings, linesOf, runCheck } from './test-helpers';
import { dl3025 } from './exec-form';
import { dl4000 } from './maintainer';

describe('DL3011 Valid UNIX ports range from 0 to 65535', () => {
  it('reports a port above 65535 and quotes Docker\'s error', () => {
    expect(linesOf('DL3011', 'FROM scratch', 'EXPOSE 80000')).toEqual([2]);
    expect(findings('DL3011', 'FROM scratch', 'EXPOSE 80000')[0].message).toContain('invalid containerPort: 80000');
    expect(linesOf('DL3011', 'FROM scratch', 'EXPOSE 80 65536/udp')).toEqual([2]);
    expect(linesOf('DL3011', 'FROM scratch', 'EXPOSE 8000-70000')).toEqual([2]);
  });
  it('accepts valid ports and ranges', () => {
    expect(linesOf('DL3011', 'FROM scratch', 'EXPOSE 60000')).toEqual([]);
    expect(linesOf('DL3011', 'FROM scratch', 'EXPOSE 80/tcp 53/udp 8000-8100')).toEqual([]);
  });
});

describe('DL3025 Use arguments JSON notation for CMD and ENTRYPOINT', () => {
  it('reports shell form', () => {
    expect(linesOf('DL3025', 'FROM node:20 as foo', 'ENTRYPOINT something')).toEqual([2]);
    expect(linesOf('DL3025', 'FROM node:20 as foo', 'CMD something')).toEqual([2]);
    // Single quotes are not JSON: Docker treats the line as shell form.
    expect(linesOf('DL3025', 'FROM node:20', "CMD ['node', 'server.js']")).toEqual([2]);
  });
  it('accepts JSON notation', () => {
    expect(linesOf('DL3025', 'FROM scratch as build', 'ENTRYPOINT ["foo", "bar"]')).toEqual([]);
    expect(linesOf('DL3025', 'FROM scratch as build', 'CMD ["foo", "bar"]', 'CMD [ "foo", "bar" ]')).toEqual([]);
  });
  it('fixes plain words to exec form', () => {
    const source = 'FROM python:3.12\nCMD python main.py --port=80\n';
    const [d] = runCheck(dl3025, 'FROM python:3.12', 'CMD python main.py --port=80');
    expect(applyFix(source, d)).toBe('FROM python:3.12\nCMD ["python", "main.py", "--port=80"]\n');
  });
  it('offers no fix when the shell matters or the meaning would change', () => {
    const fixOf = (...lines: string[]) => runCheck(dl3025, ...lines)[0].fix;
    expect(fixOf('FROM alpine:3', 'CMD echo $HOME')).toBeUndefined();
    expect(fixOf('FROM alpine:3', 'CMD ./start.sh && tail -f log')).toBeUndefined();
    expect(fixOf('FROM alpine:3', 'CMD echo \\', '  hi')).toBeUndefined();
    expect(fixOf('FROM alpine:3', 'CMD cd /app')).toBeUndefined();
    expect(fixOf('FROM alpine:3', 'SHELL ["/bin/bash", "-c"]', 'CMD run')).toBeUndefined();
    expect(fixOf('FROM alpine:3', 'ENTRYPOINT run', 'CMD ["x"]')).toBeUndefined();
    const [entrypoint] = runCheck(dl3025, 'FROM alpine:3', 'ENTRYPOINT run');
    expect(applyFix('FROM alpine:3\nENTRYPOINT run\n', entrypoint)).toBe('FROM alpine:3\nENTRYPOINT ["run"]\n');
  });
  it('is merged with BuildKit\'s JSONArgsRecommended on the same line into one diagnostic', () => {
    const onLine2 = analyze('FROM python:3.12\nCMD python main.py\n').diagnostics.filter((d) => d.line === 2);
    expect(onLine2).toHaveLength(1);
    expect(onLine2[0]).toMatchObject({ buildkitCheck: 'JSONArgsRecommended', hadolintRule: 'DL3025' });
  });
});

describe('DL4000 MAINTAINER is deprecated', () => {
  it('reports MAINTAINER anywhere', () => {
    expect(linesOf('DL4000', 'FROM busybox:1', 'MAINTAINER hudu@mail.com')).toEqual([2]);
    expect(linesOf('DL4000', 'MAINTAINER Lukas', 'FROM debian:12')).toEqual([1]);
    expect(linesOf('DL4000', 'FROM debian:12')).toEqual([]);
  });
  it('fixes it to an OCI authors label', () => {
    const source = 'FROM debian:12\nMAINTAINER Jane "JD" Doe <jane@example.com>\n';
    const [d] = runCheck(dl4000, 'FROM debian:12', 'MAINTAINER Jane "JD" Doe <jane@example.com>');
    expect(applyFix(source, d)).toBe(
      'FROM debian:12\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe <jane@example.com>"\n',
    );
  });
});

describe('DL4003 / DL4004 Multiple CMD or ENTRYPOINT in a stage', () => {
  it('reports the later CMD of a stage', () => {
    expect(linesOf('DL4003', 'FROM debian:12', 'CMD bash', 'RUN foo', 'CMD another')).toEqual([4]);
    expect(linesOf('DL4003', 'FROM debian:12 as distro1', 'CMD bash', 'RUN foo', 'CMD another', 'FROM debian:12 as distro2', 'CMD another')).toEqual([4]);
  });
  it('accepts one CMD per stage', () => {
    expect(linesOf('DL4003', 'FROM debian:12 as distro1', 'CMD bash', 'RUN foo', 'FROM debian:12 as distro2', 'CMD another')).toEqual([]);
    expect(linesOf('DL4003', 'CMD /bin/true')).toEqual([]);
  });
  it('reports the later ENTRYPOINT of a stage, as an error', () => {
    expect(linesOf('DL4004', 'FROM debian:12', 'ENTRYPOINT bash', 'RUN foo', 'ENTRYPOINT another')).toEqual([4]);
    expect(findings('DL4004', 'FROM debian:12', 'ENTRYPOINT bash', 'ENTRYPOINT another')[0].severity).toBe('error');
    expect(linesOf('DL4004', 'FROM debian:12 as distro1', 'ENTRYPOINT bash', 'RUN foo', 'FROM debian:12 as distro2', 'ENTRYPOINT another')).toEqual([]);
    expect(linesOf('DL4004', 'FROM busybox:1')).toEqual([]);
  });
});
