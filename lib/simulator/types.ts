/**
 * Public data model of the build simulator: a faithful stand-in for `docker build`
 * (BuildKit, buildx 0.25+) and a few docker CLI commands, since no engine runs in a browser.
 */
import type { ImageConfig } from '@/lib/engine/types';

/** A file of a virtual project or build context. `mode` is octal text like "0644" (the default) or "0755". */
export type VirtualFile = string | { content: string; mode?: string };
/** Paths relative to the project (or context) root, "/"-separated: `"src/main.py" -> content`. */
export type VirtualFiles = Record<string, VirtualFile>;

export interface BuildRequest {
  /** Dockerfile text. It overrides the file at `dockerfilePath` when the context also holds it. */
  dockerfile: string;
  /**
   * Where the Dockerfile is, relative to the context root ("Dockerfile" by default; may start
   * with "../" when it is outside the context). Used in messages, to include the Dockerfile in
   * the context and to find `<Dockerfile>.dockerignore` next to it.
   */
  dockerfilePath?: string;
  /** The build context, paths relative to its root (may include Dockerfile, .dockerignore). */
  context: VirtualFiles;
  /**
   * The ignore file the client picked, when the caller resolved it itself (the CLI does:
   * the Dockerfile-specific one may live outside the context). `null` means none.
   * When absent, build() looks for `<dockerfilePath>.dockerignore`, then `.dockerignore`, in the context.
   */
  dockerignore?: string | null;
  buildArgs?: Record<string, string>;
  noCache?: boolean;
  target?: string;
  tags?: string[];
  /** Simulated wall-clock time (seconds) at which the build starts; default: the cache's clock. */
  now?: number;
}

export type StepStatus = 'BASE' | 'CACHED' | 'EXECUTED';

export type CacheMissKind =
  | 'no-cache' // --no-cache
  | 'first-build' // nothing built yet on this parent
  | 'base-changed' // the base image resolves to another digest than in earlier builds
  | 'instruction-changed' // the instruction text (command, destination, flags) differs
  | 'files-changed' // COPY/ADD: selected files differ in content, mode, name or number
  | 'arg-changed' // an in-scope ARG has another value (RUN)
  | 'env-changed' // the ENV in effect differs (RUN)
  | 'workdir-changed'
  | 'user-changed'
  | 'source-stage-changed' // COPY --from: the copied content of the other stage differs
  | 'previous-step'; // an earlier step of the stage executed, so this one executes too

export interface FileChange {
  path: string;
  change: 'added' | 'removed' | 'modified' | 'mode';
}

export interface CacheMissReason {
  kind: CacheMissKind;
  /** One line for learners, e.g. `src/main.py changed`, `ARG VERSION changed`, `--no-cache`. */
  text: string;
  files?: FileChange[];
  /** The ARG or ENV name, for arg-changed / env-changed. */
  name?: string;
}

export interface BuildStep {
  /** Stage as BuildKit names it in labels: null for a single-stage Dockerfile, else the name or "stage-<i>". */
  stage: string | null;
  stageIndex: number;
  /** 1-based Dockerfile line of the instruction. */
  line: number;
  /** As BuildKit prints it: "[2/5] WORKDIR /app", "[build 1/3] COPY go.mod ." */
  label: string;
  keyword: string;
  /** BASE for FROM, then CACHED or EXECUTED. */
  status: StepStatus;
  /** Chained cache key (parent key + this operation). */
  cacheKey: string;
  /** Seconds this build spent on the step (about 0 when CACHED). */
  duration: number;
  /** Seconds the step takes when it executes; for a CACHED step, the time the cache saved. */
  executeDuration: number;
  /** Why the step executed (EXECUTED steps; `previous-step` after the first miss of a stage). */
  missReason?: CacheMissReason;
  /** FROM only: the base image was not local and was pulled by this build. */
  pulled?: boolean;
  /** Bytes the step's layer adds (0 for FROM and for directory-only layers). */
  layerSize: number;
  /** The step failed: BuildKit's error for it (the build stops here). */
  error?: string;
}

export interface BuildWarning {
  rule: string;
  message: string;
  line: number;
  url?: string;
}

export interface ImageLayer {
  digest: string;
  size: number;
}

export interface HistoryEntry {
  /** `docker history` CREATED BY text, e.g. "RUN /bin/sh -c pip install flask # buildkit". */
  createdBy: string;
  size: number;
  emptyLayer: boolean;
  comment: string;
  /** Simulated seconds. */
  created: number;
}

export interface ImageSummary {
  /**
   * "sha256:<64 hex>": the digest of what the image record points to (its manifest, or for a
   * pulled image the index, equal to `repoDigest`), which the containerd image store reports as
   * the image ID (`docker images --no-trunc`, `docker inspect` Id).
   */
  id: string;
  /** Full names, e.g. "docker.io/library/myapp:latest". */
  tags: string[];
  config: ImageConfig;
  layers: ImageLayer[];
  /** Oldest first, base image entries included. */
  history: HistoryEntry[];
  /** Total bytes of the layers. */
  size: number;
  created: number;
  /** The base reference the final stage starts from (full name), or "scratch". */
  base: string;
}

export type ImageOs = 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'scratch';

/** An image in the simulated local image store (pulled or built). */
export interface StoredImage extends ImageSummary {
  /** Registry manifest digest for pulled images ("Digest: sha256:..."). */
  repoDigest?: string;
  /** A built image's platform manifest digest (its index digest is the ID): same content, same manifest. */
  manifest?: string;
  /** The distribution inside, which decides /bin/sh's wording and the package manager. */
  os?: ImageOs;
}

export interface CacheEntry {
  key: string;
  parent: string;
  keyword: string;
  /** What went into the key, to explain a later miss of a sibling step. */
  inputs: StepInputs;
  layerSize: number;
  executeDuration: number;
  created: number;
  /** Last build (simulated seconds) that created or reused it, to find "the previous version" of a step. */
  lastUsed: number;
  /** Full reference of the stage's base image, to tell a base change from a first build. */
  base?: string;
}

/** The parts of a step's cache key, kept so a miss can be explained. */
export interface StepInputs {
  /** The operation as BuildKit defines it (command with shell, destination, flags...). */
  op: string;
  line: number;
  env?: Record<string, string>;
  args?: Record<string, string>;
  workdir?: string;
  user?: string;
  /** COPY/ADD from the context: path -> checksum (content and mode). */
  files?: Record<string, string>;
  /** COPY --from: checksum of the copied content of the other stage or image. */
  sourceChecksum?: string;
}

/**
 * The builder's and the daemon's state: the build cache (results by key) and the local
 * image store (pulled and built images). Plain JSON, so the UI can keep or share it.
 */
export interface BuildCache {
  entries: Record<string, CacheEntry>;
  /** Image id ("sha256:...") -> image; an image whose tags moved to a newer build keeps no tag (`<none>`). */
  images: Record<string, StoredImage>;
  /** Simulated clock (seconds). */
  clock: number;
  /** Container id (64 hex) -> container. Absent in caches saved before containers existed. */
  containers?: Record<string, StoredContainer>;
  /** How many containers were ever created: seeds ids, default names and ephemeral ports. */
  containerSeq?: number;
  /** How many builds exported an image: each is a new BuildKit job with its own provenance. */
  builds?: number;
}

export interface PortBinding {
  hostIp: string;
  hostPort: number;
  /** "9000/tcp" */
  containerPort: string;
}

/** A container of the simulated daemon (plain JSON, kept in the BuildCache). */
export interface StoredContainer {
  id: string;
  /** Without the leading slash. */
  name: string;
  /** The image as the user wrote it (`docker ps` IMAGE column). */
  image: string;
  imageId: string;
  /** The process: argv[0] and the rest (inspect's Path and Args). */
  path: string;
  args: string[];
  /** The container's Config: the image config with the run options applied. */
  env: string[];
  cmd: string[] | null;
  entrypoint: string[] | null;
  workingDir: string;
  user: string;
  labels: Record<string, string>;
  exposedPorts: string[];
  ports: PortBinding[];
  autoRemove: boolean;
  created: number;
  startedAt: number | null;
  finishedAt: number | null;
  running: boolean;
  exitCode: number;
  /** The process runs until stopped (a server); otherwise it exits right after printing its output. */
  longRunning: boolean;
  /** What the process prints each time it starts. */
  output: string[];
  /** Everything it printed so far (`docker logs`). */
  logs: string[];
}

export interface BuildResult {
  ok: boolean;
  steps: BuildStep[];
  /** The whole output, styled like `docker build --progress=plain`. */
  log: string;
  /** The exact error text Docker prints (the final "ERROR: ..." line, snippet before it), when ok is false. */
  error?: string;
  image?: ImageSummary;
  cache: BuildCache;
  /** Simulated seconds the build took. */
  totalTime: number;
  /** Seconds the cache saved (what the CACHED steps would have taken). */
  savedTime: number;
  warnings: BuildWarning[];
}

export interface CommandResult {
  exitCode: number;
  /** What the terminal shows (stdout and stderr interleaved as a user sees them). */
  output: string;
  /** Set for `docker build`; paths relative to the project root ("." for the root). */
  build?: { dockerfile: string; context: string; tags: string[]; result: BuildResult };
  /** True when the terminal should be cleared (`clear`). */
  clear?: boolean;
}

export interface ProjectEntry {
  /** Path relative to the project root. */
  path: string;
  type: 'file' | 'dir';
  mode?: string;
  size?: number;
}

export interface DockerCli {
  run(commandLine: string): CommandResult;
  /** Current directory, relative to the project root ("." for the root). */
  readonly cwd: string;
  /** Absolute path the shell shows (`pwd`). */
  readonly cwdAbsolute: string;
  readonly cache: BuildCache;
  /** Local images, newest first, as `docker images` lists them. */
  images(): StoredImage[];
  /** The project files now (copies). */
  files(): VirtualFiles;
  listFiles(): ProjectEntry[];
  readFile(path: string): string | undefined;
  writeFile(path: string, content: string, mode?: string): void;
  deleteFile(path: string): void;
  /** Changes the mode ("0755", "+x", "-x"). Busts COPY cache, as a real chmod does. */
  chmod(path: string, mode: string): void;
  /** Updates the modification time only: never changes a cache key. */
  touch(path: string): void;
}
