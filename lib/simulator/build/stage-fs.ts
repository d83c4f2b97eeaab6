/**
 * What the simulator knows about a stage's file system: the files COPY/ADD put there (by
 * content checksum) and opaque tokens for everything else (the base image, RUN results).
 * This is enough to make `COPY --from` content-based (moby/buildkit
 * solver/llbsolver/ops/file.go) and to see
 * that `RUN hello_world/requirements.txt` runs a non-executable file.
 */
import { cleanPath } from '../paths';
import { sha256Hex } from '../sha256';

export interface FsFile {
  checksum: string;
  mode: string;
  size: number;
}

export class StageFs {
  readonly files = new Map<string, FsFile>();
  /** Opaque content: base image digest, RUN outputs, copied RUN outputs of other stages. */
  readonly tokens: string[] = [];
  /** Whether a RUN ran in this stage or one it is built FROM (it may have created any file). */
  hasRun = false;

  constructor(baseToken: string | null) {
    if (baseToken) this.tokens.push(baseToken);
  }

  clone(): StageFs {
    const copy = new StageFs(null);
    for (const [k, v] of this.files) copy.files.set(k, { ...v });
    copy.tokens.push(...this.tokens);
    copy.hasRun = this.hasRun;
    return copy;
  }

  put(path: string, file: FsFile): void {
    this.files.set(cleanPath(path), file);
  }

  /** Everything known, as one checksum: what a RUN could read. */
  stateChecksum(): string {
    return sha256Hex(JSON.stringify([[...this.files].sort(), this.tokens]));
  }

  addRun(opDigest: string): void {
    this.tokens.push(sha256Hex(`run|${opDigest}|${this.stateChecksum()}`));
    this.hasRun = true;
  }

  /** Files at or under an absolute path, keyed by their path relative to it. */
  under(path: string): Array<{ relative: string; file: FsFile }> {
    const root = cleanPath(path);
    const out: Array<{ relative: string; file: FsFile }> = [];
    for (const [p, file] of this.files) {
      if (p === root) out.push({ relative: root.slice(root.lastIndexOf('/') + 1), file });
      else if (root === '/' || p.startsWith(root + '/')) out.push({ relative: p.slice(root === '/' ? 1 : root.length + 1), file });
    }
    return out.sort((a, b) => (a.relative < b.relative ? -1 : 1));
  }

  /**
   * Checksum of what `COPY --from=<this stage> <path>` selects, or null when the path surely
   * does not exist (nothing but known files could be there, and none is).
   */
  copyChecksum(path: string): { checksum: string; files: Array<{ relative: string; file: FsFile }>; opaque: boolean } | null {
    const files = this.under(path);
    const opaque = this.tokens.length > 0;
    if (files.length === 0 && !opaque) return null;
    return { checksum: sha256Hex(JSON.stringify([cleanPath(path), files, opaque ? this.tokens : []])), files, opaque };
  }
}
