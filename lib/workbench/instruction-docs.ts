/**
 * Hover and completion documentation for Dockerfile instructions and their flags, written from the
 * Dockerfile reference (https://docs.docker.com/reference/dockerfile/); which steps add a layer
 * follows BuildKit's dispatchers (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go).
 * Data only: the editor adapter turns it into Monaco hovers and completion items.
 */

export interface FlagDoc {
  /** Without dashes, e.g. "from". */
  name: string;
  /** How it is written, e.g. "--from=<stage|image>". */
  syntax: string;
  doc: string;
}

export interface InstructionDoc {
  keyword: string;
  /** One sentence, shown in completion lists. */
  summary: string;
  /** Longer explanation for the hover. */
  detail: string;
  /** The forms of the instruction, one per line. */
  syntax: string[];
  /**
   * Whether the step adds a filesystem layer (BuildKit). FROM adds none of its own but brings in
   * the base image's layers, so it has a sentence of its own.
   */
  layer: 'always' | 'never' | 'WORKDIR' | 'FROM';
  flags: FlagDoc[];
  /** Snippet inserted by completion (Monaco snippet syntax). */
  snippet: string;
  deprecated?: boolean;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

const chown: FlagDoc = {
  name: 'chown',
  syntax: '--chown=<user>:<group>',
  doc: 'Owner of the copied files (name or numeric id). Without it, files belong to root (UID and GID 0).',
};
const chmod: FlagDoc = { name: 'chmod', syntax: '--chmod=<perms>', doc: 'Permissions of the copied files, in octal (`0755`) or symbolic form.' };
const link: FlagDoc = {
  name: 'link',
  syntax: '--link',
  doc: 'Copies the files into a layer of their own that does not depend on the layers below, so the layer can be reused when earlier layers change.',
};
const exclude: FlagDoc = { name: 'exclude', syntax: '--exclude=<pattern>', doc: 'Leaves out the files that match the pattern. May be given several times (Dockerfile 1.19+).' };

export const INSTRUCTION_DOCS: Record<string, InstructionDoc> = {
  FROM: {
    keyword: 'FROM',
    summary: 'Starts a build stage from a base image.',
    detail:
      'Starts a new build stage from a base (parent) image: the stage begins with all of that image’s layers and config. A Dockerfile must start with FROM, after optional parser directives, comments and global ARGs. `AS <name>` names the stage so later stages can use it.',
    syntax: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    layer: 'FROM',
    flags: [{ name: 'platform', syntax: '--platform=<platform>', doc: 'Picks the platform of a multi-platform image, e.g. `linux/amd64` or `$BUILDPLATFORM`.' }],
    snippet: 'FROM ${1:image}:${2:tag}',
  },
  RUN: {
    keyword: 'RUN',
    summary: 'Runs a command at build time and saves the result as a new layer.',
    detail:
      'Runs a command while the image is built and commits the changed files as a new layer (with BuildKit, always a layer, even when nothing changed). The shell form runs through `/bin/sh -c` (or the SHELL in effect); the exec form `["executable", "arg"]` runs the program directly, with no variable expansion.',
    syntax: ['RUN [OPTIONS] <command> ...', 'RUN [OPTIONS] ["<executable>", "<param>", ...]'],
    layer: 'always',
    flags: [
      {
        name: 'mount',
        syntax: '--mount=type=<bind|cache|tmpfs|secret|ssh>[,option=value...]',
        doc: 'Mounts something for this command only (a cache directory, a secret, another stage’s files). Nothing on the mount is saved in the layer.',
      },
      { name: 'network', syntax: '--network=<default|none|host>', doc: 'The network the command runs in. `none` has no network access; `host` needs an entitlement.' },
      { name: 'security', syntax: '--security=<sandbox|insecure>', doc: '`insecure` runs the command without the sandbox (needs the security.insecure entitlement; Dockerfile 1.20+).' },
      { name: 'device', syntax: '--device=<name>[,required]', doc: 'Makes a CDI device available to the command (Dockerfile 1.14-labs; needs the device entitlement).' },
    ],
    snippet: 'RUN ${1:command}',
  },
  CMD: {
    keyword: 'CMD',
    summary: 'Sets the default command a container runs (nothing runs at build time).',
    detail:
      'Sets the default command of the image: `docker run` executes it, and arguments given to `docker run` replace it. Nothing runs during the build and no layer is added. Only the last CMD counts. With an ENTRYPOINT in exec form, CMD becomes its default arguments. Prefer the exec form `["executable", "arg"]` so the program gets signals such as SIGTERM from `docker stop`.',
    syntax: ['CMD ["executable", "param1", "param2"]', 'CMD ["param1", "param2"]  (arguments for ENTRYPOINT)', 'CMD command param1 param2  (shell form)'],
    layer: 'never',
    flags: [],
    snippet: 'CMD ["${1:executable}", "${2:param}"]',
  },
  LABEL: {
    keyword: 'LABEL',
    summary: 'Adds key=value metadata to the image config.',
    detail: 'Adds metadata to the image as key=value pairs (config only, no layer). Labels of the base image are inherited; a later value for the same key wins.',
    syntax: ['LABEL <key>=<value> [<key>=<value>...]'],
    layer: 'never',
    flags: [],
    snippet: 'LABEL ${1:key}="${2:value}"',
  },
  MAINTAINER: {
    keyword: 'MAINTAINER',
    summary: 'Deprecated: sets the Author field. Use a LABEL instead.',
    detail: 'Deprecated. Sets the Author field of the image. Use `LABEL org.opencontainers.image.authors="..."` instead.',
    syntax: ['MAINTAINER <name>'],
    layer: 'never',
    flags: [],
    snippet: 'LABEL org.opencontainers.image.authors="${1:name}"',
    deprecated: true,
  },
  EXPOSE: {
    keyword: 'EXPOSE',
    summary: 'Documents the ports the app listens on (does not publish them).',
    detail:
      'Records in the image config which ports the application listens on; TCP unless `/udp` is given. It does not publish anything: use `docker run -p <host>:<container>` (or `-P` for every exposed port). No layer is added.',
    syntax: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]'],
    layer: 'never',
    flags: [],
    snippet: 'EXPOSE ${1:8080}',
  },
  ENV: {
    keyword: 'ENV',
    summary: 'Sets an environment variable for later steps and for containers.',
    detail:
      'Sets environment variables that later instructions and running containers see (config only, no layer). Write `ENV KEY=value`; the old `ENV KEY value` form sets one variable to the whole rest of the line.',
    syntax: ['ENV <key>=<value> [<key>=<value>...]'],
    layer: 'never',
    flags: [],
    snippet: 'ENV ${1:KEY}=${2:value}',
  },
  ADD: {
    keyword: 'ADD',
    summary: 'Copies files, URLs or Git repositories into the image; unpacks local archives.',
    detail:
      'Like COPY, but the source may also be a URL or a Git repository, and a local tar archive is unpacked. Adds a layer. Prefer COPY for plain files: it says exactly what happens.',
    syntax: ['ADD [OPTIONS] <src> ... <dest>', 'ADD [OPTIONS] ["<src>", ... "<dest>"]'],
    layer: 'always',
    flags: [
      { name: 'keep-git-dir', syntax: '--keep-git-dir=<bool>', doc: 'Keeps the `.git` directory when adding a Git repository.' },
      { name: 'checksum', syntax: '--checksum=<hash>', doc: 'Verifies a remote source against a checksum, e.g. `sha256:…`.' },
      chown,
      chmod,
      link,
      { name: 'unpack', syntax: '--unpack=<bool>', doc: 'Whether to unpack an archive source (local archives are unpacked by default, remote ones are not).' },
      exclude,
    ],
    snippet: 'ADD ${1:src} ${2:dest}',
  },
  COPY: {
    keyword: 'COPY',
    summary: 'Copies files from the build context (or another stage) into a new layer.',
    detail:
      'Copies files or directories from the build context, or with `--from` from another stage or image, to a path in the image, as a new layer. A relative destination is relative to WORKDIR. Files left out by .dockerignore are not in the context.',
    syntax: ['COPY [OPTIONS] <src> ... <dest>', 'COPY [OPTIONS] ["<src>", ... "<dest>"]'],
    layer: 'always',
    flags: [
      { name: 'from', syntax: '--from=<stage|image|context>', doc: 'Copies from an earlier build stage (by name or index), an image or a named context instead of the build context.' },
      chown,
      chmod,
      link,
      { name: 'parents', syntax: '--parents', doc: 'Keeps the parent directories of the sources (Dockerfile 1.20+).' },
      exclude,
    ],
    snippet: 'COPY ${1:src} ${2:dest}',
  },
  ENTRYPOINT: {
    keyword: 'ENTRYPOINT',
    summary: 'Sets the executable a container always runs; CMD becomes its arguments.',
    detail:
      'Sets the program the container runs. In exec form, CMD and the arguments of `docker run` are appended to it. In shell form it runs through `/bin/sh -c` and ignores CMD and `docker run` arguments. Setting ENTRYPOINT resets a CMD inherited from the base image. No layer is added.',
    syntax: ['ENTRYPOINT ["executable", "param1", "param2"]', 'ENTRYPOINT command param1 param2  (shell form)'],
    layer: 'never',
    flags: [],
    snippet: 'ENTRYPOINT ["${1:executable}"]',
  },
  VOLUME: {
    keyword: 'VOLUME',
    summary: 'Declares a mount point for data kept outside the container’s layer.',
    detail: 'Marks paths as volumes: each container gets an anonymous volume there unless one is mounted, initialised with what the image has at that path. Config only.',
    syntax: ['VOLUME ["/data"]', 'VOLUME /data [/other...]'],
    layer: 'never',
    flags: [],
    snippet: 'VOLUME ${1:/data}',
  },
  USER: {
    keyword: 'USER',
    summary: 'Sets the user (and group) for later RUN steps and for containers.',
    // A name is looked up in the image's /etc/passwd when something runs as it; a numeric UID
    // (or UID:GID) is used as it is, with or without an entry there: moby/buildkit
    // executor/oci/user.go GetUser, moby/sys user.GetExecUser.
    detail:
      'Sets the user name or UID (and optionally group) that later RUN, CMD and ENTRYPOINT run as. Config only. A user name must exist in the image (its /etc/passwd) when something runs as it; a numeric UID such as `USER 10001` works without an entry there.',
    syntax: ['USER <user>[:<group>]', 'USER <UID>[:<GID>]'],
    layer: 'never',
    flags: [],
    snippet: 'USER ${1:user}',
  },
  WORKDIR: {
    keyword: 'WORKDIR',
    summary: 'Sets the working directory, creating it if needed.',
    detail:
      'Sets the directory later RUN, CMD, ENTRYPOINT, COPY and ADD work in, and creates it if it does not exist. With BuildKit, any WORKDIR other than `/` adds a (usually empty) layer. A relative path is relative to the previous WORKDIR. Use it instead of `RUN cd …`.',
    syntax: ['WORKDIR /path/to/workdir'],
    layer: 'WORKDIR',
    flags: [],
    snippet: 'WORKDIR ${1:/app}',
  },
  ARG: {
    keyword: 'ARG',
    summary: 'Declares a build-time variable (not kept in the image).',
    detail:
      'Declares a variable that `docker build --build-arg name=value` can set, with an optional default. It exists only while building. An ARG before the first FROM can only be used in FROM lines; declare it again inside a stage to use it there.',
    syntax: ['ARG <name>[=<default value>] [<name>[=<default value>]...]'],
    layer: 'never',
    flags: [],
    snippet: 'ARG ${1:NAME}=${2:default}',
  },
  ONBUILD: {
    keyword: 'ONBUILD',
    summary: 'Records an instruction to run when another build uses this image as its base.',
    detail: 'Adds a trigger to the image: the wrapped instruction runs at the start of any later build that uses this image in its FROM. It does nothing in the current build.',
    syntax: ['ONBUILD <INSTRUCTION>'],
    layer: 'never',
    flags: [],
    snippet: 'ONBUILD ${1:INSTRUCTION}',
  },
  STOPSIGNAL: {
    keyword: 'STOPSIGNAL',
    summary: 'Sets the signal `docker stop` sends to the container.',
    detail: 'Sets the system call signal sent to the container to stop it (default SIGTERM), as a name like `SIGINT` or a number. Config only.',
    syntax: ['STOPSIGNAL <signal>'],
    layer: 'never',
    flags: [],
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
  },
  HEALTHCHECK: {
    keyword: 'HEALTHCHECK',
    summary: 'Tells Docker how to check that the container still works.',
    detail: 'Sets a command Docker runs inside the container to test its health (exit code 0 is healthy, 1 unhealthy). `HEALTHCHECK NONE` disables a check inherited from the base image. Only the last one counts. Config only.',
    syntax: ['HEALTHCHECK [OPTIONS] CMD <command>', 'HEALTHCHECK NONE'],
    layer: 'never',
    flags: [
      { name: 'interval', syntax: '--interval=<duration>', doc: 'Time between checks (default 30s).' },
      { name: 'timeout', syntax: '--timeout=<duration>', doc: 'How long one check may take before it counts as failed (default 30s).' },
      { name: 'start-period', syntax: '--start-period=<duration>', doc: 'Start-up time during which failures do not count (default 0s).' },
      { name: 'start-interval', syntax: '--start-interval=<duration>', doc: 'Time between checks during the start period (default 5s; Docker Engine 25.0+).' },
      { name: 'retries', syntax: '--retries=<n>', doc: 'Consecutive failures before the container is unhealthy (default 3).' },
    ],
    snippet: 'HEALTHCHECK CMD ${1:command}',
  },
  SHELL: {
    keyword: 'SHELL',
    summary: 'Changes the shell used by the shell form of later instructions.',
    detail: 'Sets the shell, in JSON form, that the shell form of RUN, CMD and ENTRYPOINT uses from here on (default `["/bin/sh", "-c"]` on Linux). Config only.',
    syntax: ['SHELL ["executable", "parameters"]'],
    layer: 'never',
    flags: [],
    snippet: 'SHELL ["${1:/bin/bash}", "-c"]',
  },
};

export const INSTRUCTION_KEYWORDS = Object.keys(INSTRUCTION_DOCS);

/** The reference section of an instruction. */
export function referenceUrl(keyword: string): string {
  const key = keyword.toUpperCase();
  return `${REFERENCE}#${key === 'MAINTAINER' ? 'maintainer-deprecated' : key.toLowerCase()}`;
}

export function docFor(keyword: string): InstructionDoc | null {
  return INSTRUCTION_DOCS[keyword.toUpperCase()] ?? null;
}

export function flagDoc(keyword: string, flag: string): FlagDoc | null {
  return docFor(keyword)?.flags.find((f) => f.name === flag.toLowerCase()) ?? null;
}

function layerSentence(doc: InstructionDoc): string {
  if (doc.layer === 'always') return 'Adds a filesystem layer.';
  if (doc.layer === 'WORKDIR') return 'Adds a layer unless the path is `/`.';
  if (doc.layer === 'FROM') return 'Adds no layer of its own: the stage starts with the base image’s layers and config (none for `FROM scratch`).';
  return 'Changes only the image config: no layer.';
}

/** Markdown for a hover over an instruction keyword. `lesson` is "/learn/<slug>#<step>". */
export function instructionHoverMarkdown(doc: InstructionDoc, lesson: { href: string } | null): string {
  const parts = [
    `**${doc.keyword}**${doc.deprecated ? ' (deprecated)' : ''}: ${doc.summary}`,
    '```\n' + doc.syntax.join('\n') + '\n```',
    `${doc.detail} ${layerSentence(doc)}`,
  ];
  if (doc.flags.length) parts.push('Flags: ' + doc.flags.map((f) => `\`--${f.name}\``).join(', '));
  const links = [lesson ? `[Lesson: how ${doc.keyword} works](${lesson.href})` : null, `[Dockerfile reference](${referenceUrl(doc.keyword)})`];
  parts.push(links.filter(Boolean).join(' · '));
  return parts.join('\n\n');
}

export function flagHoverMarkdown(keyword: string, flag: FlagDoc): string {
  return `**${keyword} ${flag.syntax}**\n\n${flag.doc}\n\n[Dockerfile reference](${referenceUrl(keyword)})`;
}
