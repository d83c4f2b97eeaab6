/**
 * The "exporting to image" step of `docker build` on Docker Engine 29 with the containerd image
 * store (see ../cli/version.ts), and the digests it names.
 *
 * How the pieces fit, at the tags in ../cli/version.ts:
 * - buildx sends the docker driver an `image` export (docker/buildx build/opt.go: "backwards
 *   compat for docker driver only") and, because the driver supports attestations when the daemon
 *   uses the containerd snapshotter (driver/docker/driver.go Features: MultiPlatform), adds
 *   `attest:provenance=mode=min,inline-only=true` unless --provenance or
 *   BUILDX_NO_DEFAULT_ATTESTATIONS says otherwise (build/opt.go).
 * - moby wraps BuildKit's containerimage exporter (moby/moby
 *   daemon/internal/builder-next/worker/containerdworker.go, exporter/wrapper.go): it turns on
 *   `unpack`, names an untagged result `moby-dangling@<digest>` and writes every -t name in full
 *   (overrides.SanitizeRepoAndTags: reference.TagNameOnly, so `hello` is
 *   `docker.io/library/hello:latest`).
 * - BuildKit (moby/buildkit v0.32.2, vendored by moby) prints the progress lines in
 *   exporter/containerimage/writer.go (Commit, exportLayers, commitDistributionManifest,
 *   commitAttestationsManifest) and export.go (Export, unpackImage). With an attestation the
 *   result is an index: image manifest, its config, the attestation manifest, then the index.
 * - The image ID `docker images` shows on the containerd store is the digest the image record
 *   points to, the index (moby/moby daemon/containerd/image_list.go: `ID: target.String()`).
 *   The provenance carries the build's start time and invocation ID
 *   (moby/buildkit solver/llbsolver/provenance.go), so every build, even a fully cached one,
 *   writes a new attestation and a new index: a new image ID, and the image that had the name
 *   before is kept dangling (moby/moby#49702, moby/moby#48391).
 */
import type { VertexStatus } from './progress';
import { digestOf } from '../sha256';

/** The name moby gives a build without -t (moby/moby daemon/internal/builder-next/exporter/wrapper.go). */
export const DANGLING_PREFIX = 'moby-dangling';

export interface ExportDigests {
  config: string;
  manifest: string;
  attestation: string;
  /** The index: the image ID. */
  index: string;
}

/**
 * Digests of the exported image. `content` identifies what the image holds (config, layers,
 * history); `invocation` is unique to this build, as BuildKit's job ID and start time are.
 */
export function exportDigests(content: string[], invocation: string): ExportDigests {
  const config = digestOf('image-config', ...content);
  const manifest = digestOf('image-manifest', config);
  const attestation = digestOf('attestation-manifest', manifest, invocation);
  const index = digestOf('image-index', manifest, attestation);
  return { config, manifest, attestation, index };
}

/**
 * The texts of the export step, each with its source (moby/buildkit v0.32.2, as vendored by moby
 * docker-v29.7.2). Listed again in ../cli/texts.ts, the simulator's table of texts.
 */
export const EXPORT_TEXT = {
  /** exporter/containerimage/export.go imageExporterInstance.Name() */
  vertex: 'exporting to image',
  /** exporter/containerimage/writer.go exportLayers */
  layers: 'exporting layers',
  /** writer.go commitDistributionManifest: the image manifest, then its config */
  manifest: (digest: string) => `exporting manifest ${digest}`,
  config: (digest: string) => `exporting config ${digest}`,
  /** writer.go commitAttestationsManifest */
  attestation: (digest: string) => `exporting attestation manifest ${digest}`,
  /** writer.go Commit: the index, called "manifest list" in the progress text */
  index: (digest: string) => `exporting manifest list ${digest}`,
  /** export.go Export */
  naming: (name: string) => `naming to ${name}`,
  /** export.go unpackImage (unpack=true is set by moby's wrapper) */
  unpacking: (name: string) => `unpacking to ${name}`,
};

/** The sub-lines of "exporting to image", in the order BuildKit writes them. */
export function exportStatuses(digests: ExportDigests, names: string[], times: { layers?: number; unpack?: number }): VertexStatus[] {
  const targets = names.length ? names : [`${DANGLING_PREFIX}@${digests.index}`];
  return [
    { text: EXPORT_TEXT.layers, time: times.layers },
    { text: EXPORT_TEXT.manifest(digests.manifest) },
    { text: EXPORT_TEXT.config(digests.config) },
    { text: EXPORT_TEXT.attestation(digests.attestation) },
    { text: EXPORT_TEXT.index(digests.index) },
    // Per name: the image record, then (moby's unpack=true) the snapshot for containers.
    ...targets.flatMap((name) => [{ text: EXPORT_TEXT.naming(name) }, { text: EXPORT_TEXT.unpacking(name), time: times.unpack }]),
  ];
}
