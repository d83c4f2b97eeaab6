// Cases ported from hadolint DL3008Spec, DL3009Spec, DL3014Spec, DL3015Spec and DL3019Spec.
import { describe, expect, it } from 'vitest';
import { findings, linesOf, onbuild } from './test-helpers';

const both = (code: string, ...lines: string[]) => [linesOf(code, ...lines), linesOf(code, ...onbuild(...lines))];

describe('DL3008 Pin versions in apt-get install', () => {
  it('reports unpinned packages', () => {
    expect(both('DL3008', 'RUN apt-get update && apt-get install python')).toEqual([[1], [1]]);
  });
  it('accepts pinned packages, chained or continued', () => {
    expect(
      both('DL3008', 'RUN apt-get update \\', ' && apt-get -yqq --no-install-recommends install nodejs=0.10 \\', ' && rm -rf /var/lib/apt/lists/*'),
    ).toEqual([[], []]);
    expect(
      both('DL3008', 'RUN apt-get update && apt-get install --no-install-recommends -y \\', 'python-demjson=2.2.2* \\', 'wget=1.16.1* \\', 'git=1:2.5.0* \\', 'ruby=1:2.1.*'),
    ).toEqual([[], []]);
    expect(both('DL3008', 'RUN apt-get install -y python=1.2.2')).toEqual([[], []]);
    expect(both('DL3008', 'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb')).toEqual([[], []]);
    expect(both('DL3008', 'RUN apt-get -y --no-install-recommends install nodejs=0.10')).toEqual([[], []]);
  });
  it('does not take the target release for a package', () => {
    expect(
      both(
        'DL3008',
        'RUN set -e &&\\',
        ' echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\',
        ' apt-get update &&\\',
        ' apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\',
        ' rm -rf /var/lib/apt/lists/*',
      ),
    ).toEqual([[], []]);
  });
});

describe('DL3009 Delete the apt-get lists after installing something', () => {
  it('reports a missing cleanup in the final stage', () => {
    expect(linesOf('DL3009', 'FROM scratch', 'RUN apt-get update && apt-get install python')).toEqual([2]);
    expect(linesOf('DL3009', 'FROM ubuntu:24.04 as foo', 'RUN hey!', 'FROM scratch', 'RUN apt-get update && apt-get install python')).toEqual([4]);
  });
  it('ignores stages that are not the final image nor a base', () => {
    expect(linesOf('DL3009', 'FROM ubuntu:24.04 as foo', 'RUN apt-get update && apt-get install python', 'FROM scratch', 'RUN echo hey!')).toEqual([]);
  });
  it('reports a stage that another FROM builds on', () => {
    expect(linesOf('DL3009', 'FROM ubuntu:24.04 as foo', 'RUN apt-get update && apt-get install python', 'FROM foo', 'RUN hey!')).toEqual([2]);
    expect(
      linesOf('DL3009', 'FROM ubuntu:24.04 as foo', 'RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*', 'FROM foo', 'RUN hey!'),
    ).toEqual([]);
  });
  it('accepts a cleanup in the same RUN', () => {
    expect(linesOf('DL3009', 'FROM scratch', 'RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*')).toEqual([]);
  });
  it('accepts BuildKit cache mounts on the apt directories', () => {
    expect(linesOf('DL3009', 'FROM debian:12', 'RUN --mount=type=cache,target=/var/lib/apt/lists \\', '    apt-get update && apt-get install python')).toEqual([]);
    expect(
      linesOf('DL3009', 'FROM debian:12', 'RUN --mount=type=cache,target=/var/lib/apt \\', '    --mount=type=cache,target=/var/cache/apt \\', '    rm -f /etc/apt/apt.conf.d/docker-clean && \\', '    apt-get update && apt-get install python'),
    ).toEqual([]);
  });
  it('reports when only one of the two apt directories is a cache mount', () => {
    expect(
      linesOf('DL3009', 'FROM debian:12', 'RUN --mount=type=cache,target=/var/cache/apt \\', '    rm -f /etc/apt/apt.conf.d/docker-clean && \\', '    apt-get update && apt-get install python'),
    ).toEqual([2]);
    expect(
      linesOf('DL3009', 'FROM debian:12', 'RUN rm -f /etc/apt/apt.conf.d/docker-clean', 'RUN --mount=type=cache,target=/var/lib/apt \\', '    apt-get update && apt-get install python'),
    ).toEqual([3]);
  });
  it('is info', () => {
    expect(findings('DL3009', 'FROM scratch', 'RUN apt-get update')[0].severity).toBe('info');
  });
});

describe('DL3014 Use the -y switch', () => {
  it('reports apt-get install without -y', () => {
    expect(both('DL3014', 'RUN apt-get install python')).toEqual([[1], [1]]);
  });
  it('accepts -y, -yq, -qq, --yes, --assume-yes in any position', () => {
    for (const cmd of ['apt-get install -yq python', 'apt-get install -qq python', 'apt-get install -y python', 'apt-get -y install python', 'apt-get --yes install python', 'apt-get --assume-yes install python']) {
      expect(both('DL3014', `RUN ${cmd}`), cmd).toEqual([[], []]);
    }
  });
});

describe('DL3015 Avoid additional packages', () => {
  it('reports apt-get install without --no-install-recommends', () => {
    expect(both('DL3015', 'RUN apt-get install python')).toEqual([[1], [1]]);
    expect(both('DL3015', 'RUN apt-get -y install python')).toEqual([[1], [1]]);
  });
  it('accepts the flag or the APT option', () => {
    expect(both('DL3015', 'RUN apt-get install --no-install-recommends python')).toEqual([[], []]);
    expect(both('DL3015', 'RUN apt-get -o APT::Install-Recommends=false install python')).toEqual([[], []]);
  });
});

describe('DL3019 Use the --no-cache switch with apk add', () => {
  it('reports apk add without --no-cache', () => {
    expect(both('DL3019', 'RUN apk add flex=2.6.4-r1')).toEqual([[1], [1]]);
    expect(both('DL3019', 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0')).toEqual([[1], [1]]);
  });
  it('accepts --no-cache or a cache mount on /var/cache/apk', () => {
    expect(both('DL3019', 'RUN apk add --no-cache flex=2.6.4-r1')).toEqual([[], []]);
    expect(both('DL3019', 'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0')).toEqual([[], []]);
    expect(both('DL3019', 'RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0')).toEqual([[], []]);
  });
});
