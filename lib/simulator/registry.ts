/**
 * A small simulated Docker Hub: official images with fake but stable digests, layer sizes,
 * configs and histories. Variants of one family share base layers, so `docker pull` can show
 * "Already exists" the way the real registry does (python:3.9-slim and python:3.12-slim share
 * debian:bookworm-slim; node:20-alpine shares alpine's base layer).
 */
import type { ImageConfig } from '@/lib/engine/types';
import { digestOf } from './sha256';
import { DEFAULT_PATH as PATH_DEFAULT, scratchConfig } from './build/util';
import type { HistoryEntry, ImageOs, StoredImage } from './types';

/** The simulated "now" the clock starts at (2026-09-01T00:00:00Z). */
export const SIM_EPOCH = Date.UTC(2026, 8, 1) / 1000;
const DAY = 24 * 3600;

export type ShellFlavor = 'dash' | 'busybox';

export interface RegistryImage {
  /** e.g. "docker.io/library/python:3.9" */
  full: string;
  familiar: string;
  repoDigest: string;
  image: StoredImage;
}

/** How /bin/sh words its errors, for simulated RUN failures (dash on Debian/Ubuntu, BusyBox ash on Alpine). */
export function shellFlavor(os: ImageOs | undefined): ShellFlavor {
  return os === 'alpine' || os === 'busybox' ? 'busybox' : 'dash';
}

/** Package manager commands an image has (apt-get on Debian, apk on Alpine); null when unknown. */
export function packageManagers(os: ImageOs | undefined): string[] | null {
  if (os === 'alpine') return ['apk'];
  if (os === 'debian' || os === 'ubuntu') return ['apt-get', 'apt', 'dpkg'];
  if (os === 'busybox' || os === 'scratch') return [];
  return null;
}

interface LayerSpec {
  seed: string;
  size: number;
  createdBy: string;
  comment?: string;
}

interface ConfigSpec {
  createdBy: string;
}

type HistorySpec = LayerSpec | ConfigSpec;

function isLayer(spec: HistorySpec): spec is LayerSpec {
  return 'seed' in spec;
}

// A pulled image's config: BuildKit's scratch defaults, then what the image sets.
const emptyConfig = scratchConfig;

// --- Operating-system bases -------------------------------------------------------------

const debianBookworm: HistorySpec[] = [
  { seed: 'debian:bookworm', size: 117_000_000, createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1755475200'", comment: 'debuerreotype 0.15' },
  { createdBy: 'CMD ["bash"]' },
];
const debianBookwormSlim: HistorySpec[] = [
  { seed: 'debian:bookworm-slim', size: 74_800_000, createdBy: "# debian.sh --arch 'amd64' --slim out/ 'bookworm' '@1755475200'", comment: 'debuerreotype 0.15' },
  { createdBy: 'CMD ["bash"]' },
];
function alpineBase(version: string, size: number): HistorySpec[] {
  return [
    { seed: `alpine:${version}`, size, createdBy: `ADD alpine-minirootfs-${version}.8-x86_64.tar.gz / # buildkit` },
    { createdBy: 'CMD ["/bin/sh"]' },
  ];
}
function ubuntuBase(version: string, codename: string, size: number): HistorySpec[] {
  return [
    { createdBy: 'ARG RELEASE' },
    { createdBy: 'ARG LAUNCHPAD_BUILD_ARCH' },
    { createdBy: 'LABEL org.opencontainers.image.ref.name=ubuntu' },
    { createdBy: `LABEL org.opencontainers.image.version=${version}` },
    { seed: `ubuntu:${version}`, size, createdBy: `ADD file:${digestOf('ubuntu-rootfs', codename).slice(7)} in / ` },
    { createdBy: 'CMD ["/bin/bash"]' },
  ];
}
const buildpackDeps: HistorySpec[] = [
  ...debianBookworm,
  { seed: 'buildpack-deps:curl', size: 24_100_000, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit' },
  { seed: 'buildpack-deps:scm', size: 64_400_000, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps; rm -rf /var/lib/apt/lists/* # buildkit' },
  { seed: 'buildpack-deps:full', size: 700_000_000, createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev; rm -rf /var/lib/apt/lists/* # buildkit' },
];

// --- Language images ----------------------------------------------------------------------

const PYTHON_PATCH: Record<string, string> = { '3.8': '3.8.20', '3.9': '3.9.23', '3.10': '3.10.18', '3.11': '3.11.13', '3.12': '3.12.11', '3.13': '3.13.5' };

function python(minor: string, variant: 'full' | 'slim' | 'alpine'): { history: HistorySpec[]; env: Record<string, string>; os: 'debian' | 'alpine' } {
  const version = PYTHON_PATCH[minor];
  const base = variant === 'full' ? buildpackDeps : variant === 'slim' ? debianBookwormSlim : alpineBase('3.22', 8_310_000);
  const sizes = { full: [19_500_000, 71_600_000], slim: [9_570_000, 41_200_000], alpine: [1_020_000, 37_900_000] }[variant];
  const history: HistorySpec[] = [
    ...base,
    { createdBy: `ENV PATH=/usr/local/bin:${PATH_DEFAULT}` },
    { createdBy: 'ENV LANG=C.UTF-8' },
    variant === 'alpine'
      ? { seed: `python:${minor}:${variant}:deps`, size: sizes[0], createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata; # buildkit' }
      : { seed: `python:${minor}:${variant}:deps`, size: sizes[0], createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ' + (variant === 'full' ? 'libbluetooth-dev tk-dev uuid-dev' : 'ca-certificates netbase tzdata') + '; rm -rf /var/lib/apt/lists/* # buildkit' },
    { createdBy: 'ENV GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568' },
    { createdBy: `ENV PYTHON_VERSION=${version}` },
    { seed: `python:${minor}:${variant}:build`, size: sizes[1], createdBy: 'RUN /bin/sh -c set -eux; wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; mkdir -p /usr/src/python; tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; rm python.tar.xz; cd /usr/src/python; ./configure --enable-optimizations --enable-shared --with-lto; make -j "$(nproc)"; make install; python3 --version # buildkit' },
    { seed: `python:${minor}:${variant}:links`, size: 36, createdBy: 'RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst="$(echo "$src" | tr -d 3)"; [ -s "/usr/local/bin/$src" ]; [ ! -e "/usr/local/bin/$dst" ]; ln -svT "$src" "/usr/local/bin/$dst"; done # buildkit' },
    { createdBy: 'CMD ["python3"]' },
  ];
  return {
    history,
    env: { PATH: `/usr/local/bin:${PATH_DEFAULT}`, LANG: 'C.UTF-8', GPG_KEY: 'E3FF2839C048B25C084DEBE9B26995E310250568', PYTHON_VERSION: version },
    os: variant === 'alpine' ? 'alpine' : 'debian',
  };
}

const NODE_PATCH: Record<string, string> = { '18': '18.20.8', '20': '20.19.4', '22': '22.18.0', '24': '24.6.0' };

function node(major: string, variant: 'full' | 'slim' | 'alpine') {
  const version = NODE_PATCH[major];
  const base = variant === 'full' ? buildpackDeps : variant === 'slim' ? debianBookwormSlim : alpineBase('3.22', 8_310_000);
  const nodeSize = { full: 191_000_000, slim: 132_000_000, alpine: 128_000_000 }[variant];
  const history: HistorySpec[] = [
    ...base,
    { seed: `node:${major}:${variant}:user`, size: 8_230, createdBy: variant === 'alpine' ? 'RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node # buildkit' : 'RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit' },
    { createdBy: `ENV NODE_VERSION=${version}` },
    { seed: `node:${major}:${variant}:node`, size: nodeSize, createdBy: 'RUN /bin/sh -c ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)" && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner && node --version && npm --version # buildkit' },
    { createdBy: 'ENV YARN_VERSION=1.22.22' },
    { seed: `node:${major}:${variant}:yarn`, size: 5_340_000, createdBy: 'RUN /bin/sh -c set -ex && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz" && mkdir -p /opt && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/ && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn && yarn --version # buildkit' },
    { seed: `node:${major}:${variant}:entrypoint`, size: 388, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]' },
    { createdBy: 'CMD ["node"]' },
  ];
  return { history, env: { PATH: PATH_DEFAULT, NODE_VERSION: version, YARN_VERSION: '1.22.22' }, os: variant === 'alpine' ? ('alpine' as const) : ('debian' as const) };
}

interface ImageSpec {
  history: HistorySpec[];
  config: Partial<ImageConfig>;
  os: ImageOs;
  ageDays: number;
}

function pythonFamily(tag: string): ImageSpec | null {
  const match = /^(3\.(?:8|9|1[0-3]))(?:\.\d+)?(?:-(slim|alpine|bookworm|slim-bookworm|alpine3\.2[0-2]))?$|^(latest|slim|alpine)$/.exec(tag);
  if (!match) return null;
  const minor = match[1] ?? '3.13';
  const v = match[2] ?? match[3] ?? '';
  const variant = v.startsWith('slim') ? 'slim' : v.startsWith('alpine') ? 'alpine' : 'full';
  const spec = python(minor, variant);
  return { history: spec.history, config: { env: spec.env, cmd: ['python3'] }, os: spec.os, ageDays: 9 + Number(minor.split('.')[1]) };
}

function nodeFamily(tag: string): ImageSpec | null {
  const match = /^(18|20|22|24)(?:\.\d+){0,2}(?:-(slim|alpine|bookworm|bookworm-slim|alpine3\.2[0-2]))?$|^(latest|lts|slim|alpine|lts-alpine)$/.exec(tag);
  if (!match) return null;
  const major = match[1] ?? '22';
  const v = match[2] ?? match[3] ?? '';
  const variant = v.includes('slim') ? 'slim' : v.includes('alpine') ? 'alpine' : 'full';
  const spec = node(major, variant);
  return { history: spec.history, config: { env: spec.env, entrypoint: ['docker-entrypoint.sh'], cmd: ['node'] }, os: spec.os, ageDays: 6 + Number(major) / 2 };
}

function alpineFamily(tag: string): ImageSpec | null {
  const match = /^(3\.(?:1[6-9]|2[0-2]))(?:\.\d+)?$|^(latest|edge)$/.exec(tag);
  if (!match) return null;
  const version = match[1] ?? '3.22';
  return { history: alpineBase(version, 7_800_000 + Number(version.split('.')[1]) * 10_000), config: { cmd: ['/bin/sh'] }, os: 'alpine', ageDays: 40 };
}

function ubuntuFamily(tag: string): ImageSpec | null {
  const versions: Record<string, [string, string, number]> = {
    '20.04': ['20.04', 'focal', 72_800_000], focal: ['20.04', 'focal', 72_800_000],
    '22.04': ['22.04', 'jammy', 77_900_000], jammy: ['22.04', 'jammy', 77_900_000],
    '24.04': ['24.04', 'noble', 78_100_000], noble: ['24.04', 'noble', 78_100_000], latest: ['24.04', 'noble', 78_100_000],
  };
  const v = versions[tag];
  if (!v) return null;
  return { history: ubuntuBase(v[0], v[1], v[2]), config: { cmd: ['/bin/bash'] }, os: 'ubuntu', ageDays: 30 };
}

function debianFamily(tag: string): ImageSpec | null {
  if (/^(bookworm|12|12\.\d+|latest)$/.test(tag)) return { history: debianBookworm, config: { cmd: ['bash'] }, os: 'debian', ageDays: 14 };
  if (/^(bookworm-slim|12-slim|stable-slim)$/.test(tag)) return { history: debianBookwormSlim, config: { cmd: ['bash'] }, os: 'debian', ageDays: 14 };
  return null;
}

function nginxFamily(tag: string): ImageSpec | null {
  const match = /^(?:(1\.2[6-9])(?:\.\d+)?|latest|stable|mainline)(-alpine)?$|^alpine$/.exec(tag);
  if (!match) return null;
  const alpine = tag.includes('alpine');
  const base = alpine ? alpineBase('3.22', 8_310_000) : debianBookwormSlim;
  const history: HistorySpec[] = [
    ...base,
    { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>' },
    { createdBy: 'ENV NGINX_VERSION=1.29.1' },
    { seed: `nginx:${alpine}:install`, size: alpine ? 39_600_000 : 114_000_000, createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl && rm -rf /var/lib/apt/lists/* # buildkit' },
    { seed: `nginx:${alpine}:entrypoint`, size: 1_620, createdBy: 'COPY docker-entrypoint.sh / # buildkit' },
    { seed: `nginx:${alpine}:scripts`, size: 6_510, createdBy: 'COPY 10-listen-on-ipv6-by-default.sh 15-local-resolvers.envsh 20-envsubst-on-templates.sh 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit' },
    { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]' },
    { createdBy: 'EXPOSE map[80/tcp:{}]' },
    { createdBy: 'STOPSIGNAL SIGQUIT' },
    { createdBy: 'CMD ["nginx" "-g" "daemon off;"]' },
  ];
  return {
    history,
    config: { env: { PATH: PATH_DEFAULT, NGINX_VERSION: '1.29.1' }, entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], stopSignal: 'SIGQUIT', labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' } },
    os: alpine ? 'alpine' : 'debian',
    ageDays: 12,
  };
}

function golangFamily(tag: string): ImageSpec | null {
  const match = /^(1\.2[2-5])(?:\.\d+)?(-alpine|-bookworm)?$|^(latest|alpine)$/.exec(tag);
  if (!match) return null;
  const minor = match[1] ?? '1.25';
  const alpine = tag.includes('alpine');
  const base = alpine ? alpineBase('3.22', 8_310_000) : buildpackDeps.slice(0, 4);
  const history: HistorySpec[] = [
    ...base,
    { seed: `golang:${minor}:${alpine}:gcc`, size: alpine ? 1_400_000 : 228_000_000, createdBy: alpine ? 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit' : 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config; rm -rf /var/lib/apt/lists/* # buildkit' },
    { createdBy: 'ENV GOLANG_VERSION=' + minor + '.0' },
    { createdBy: 'ENV GOTOOLCHAIN=local' },
    { createdBy: 'ENV GOPATH=/go' },
    { createdBy: 'ENV PATH=/go/bin:/usr/local/go/bin:' + PATH_DEFAULT },
    { seed: `golang:${minor}:${alpine}:go`, size: 252_000_000, createdBy: 'COPY /target/ / # buildkit' },
    { seed: `golang:${minor}:${alpine}:gopath`, size: 0, createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit' },
    { createdBy: 'WORKDIR /go' },
  ];
  return {
    history,
    config: { env: { PATH: '/go/bin:/usr/local/go/bin:' + PATH_DEFAULT, GOLANG_VERSION: minor + '.0', GOTOOLCHAIN: 'local', GOPATH: '/go' }, workdir: '/go', cmd: alpine ? ['/bin/sh'] : ['bash'] },
    os: alpine ? 'alpine' : 'debian',
    ageDays: 8,
  };
}

function busyboxFamily(tag: string): ImageSpec | null {
  if (!/^(latest|1\.3[67](\.\d+)?|stable|musl|glibc|uclibc)$/.test(tag)) return null;
  return {
    history: [
      { seed: 'busybox:' + tag, size: 4_260_000, createdBy: 'BusyBox 1.37.0 (glibc), Debian 12' },
      { createdBy: 'CMD ["sh"]' },
    ],
    config: { cmd: ['sh'] },
    os: 'busybox',
    ageDays: 60,
  };
}

const FAMILIES: Record<string, (tag: string) => ImageSpec | null> = {
  python: pythonFamily,
  node: nodeFamily,
  alpine: alpineFamily,
  ubuntu: ubuntuFamily,
  debian: debianFamily,
  nginx: nginxFamily,
  golang: golangFamily,
  busybox: busyboxFamily,
};

/** Repository names (familiar form) the simulated registry has. */
export const REGISTRY_REPOSITORIES = Object.keys(FAMILIES);

/** The image a full reference resolves to on the simulated Docker Hub, or null (not found). */
export function lookupRegistry(repository: string, tag: string): RegistryImage | { missingTag: true } | null {
  const match = /^docker\.io\/library\/([a-z0-9._-]+)$/.exec(repository);
  const family = match ? FAMILIES[match[1]] : undefined;
  if (!match || !family) return null;
  const spec = family(tag);
  if (!spec) return { missingTag: true };
  return materialise(match[1], tag, spec);
}

function materialise(name: string, tag: string, spec: ImageSpec): RegistryImage {
  const created = SIM_EPOCH - spec.ageDays * DAY;
  const layers = spec.history.filter(isLayer).map((l) => ({ digest: digestOf('layer', l.seed), size: l.size }));
  const history: HistoryEntry[] = spec.history.map((h) =>
    isLayer(h)
      ? { createdBy: h.createdBy, size: h.size, emptyLayer: false, comment: h.comment ?? 'buildkit.dockerfile.v0', created }
      : { createdBy: h.createdBy, size: 0, emptyLayer: true, comment: 'buildkit.dockerfile.v0', created },
  );
  const config: ImageConfig = { ...emptyConfig(), ...spec.config, env: { ...emptyConfig().env, ...(spec.config.env ?? {}) } };
  const full = `docker.io/library/${name}:${tag}`;
  const configDigest = digestOf('image-config', JSON.stringify(layers), JSON.stringify(config), JSON.stringify(history));
  // The image index digest the registry serves ("Digest:" in `docker pull`). With the containerd
  // image store the daemon names an image by the digest its record points to, so this is also
  // the image ID (moby/moby daemon/containerd/image_list.go and image_inspect.go: `ID: target.Digest`).
  const repoDigest = digestOf('manifest', configDigest);
  return {
    full,
    familiar: `${name}:${tag}`,
    repoDigest,
    image: {
      id: repoDigest,
      tags: [full],
      config,
      layers,
      history,
      size: layers.reduce((sum, l) => sum + l.size, 0),
      created,
      base: full,
      repoDigest,
      os: spec.os,
    },
  };
}
