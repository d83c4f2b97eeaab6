/**
 * The export step of `docker build` on Engine 29 with the containerd image store:
 * moby/buildkit exporter/containerimage/writer.go and export.go (progress lines), moby/moby
 * daemon/internal/builder-next/exporter/wrapper.go (unpack, moby-dangling), docker/buildx
 * build/opt.go (default provenance) and moby/moby daemon/containerd/image_list.go (ID = index digest).
 */
import { describe, expect, it } from 'vitest';
import { createDockerCli } from '../cli/index';

const project = { Dockerfile: 'FROM alpine:3.20\nRUN echo hi\n' };
const hex = '(sha256:[0-9a-f]{64})';

function exportLines(output: string): string[] {
  const start = output.split('\n').findIndex((l) => / exporting to image$/.test(l));
  const n = output.split('\n')[start].split(' ')[0];
  return output
    .split('\n')
    .slice(start + 1)
    .filter((l) => l.startsWith(`${n} `) && !/ DONE /.test(l))
    .map((l) => l.slice(n.length + 1).replace(/ [0-9.]+s done$| done$/, ''));
}

describe('exporting to image (containerd image store, default provenance)', () => {
  it('prints layers, manifest, config, attestation manifest, manifest list, then naming and unpacking per tag', () => {
    const cli = createDockerCli(project);
    const out = cli.run('docker build --progress=plain -t hello -t hello:1.0 .').output;
    const lines = exportLines(out);
    expect(lines.map((l) => l.replace(/sha256:[0-9a-f]{64}/, '<d>'))).toEqual([
      'exporting layers',
      'exporting manifest <d>',
      'exporting config <d>',
      'exporting attestation manifest <d>',
      'exporting manifest list <d>',
      'naming to docker.io/library/hello:latest',
      'unpacking to docker.io/library/hello:latest',
      'naming to docker.io/library/hello:1.0',
      'unpacking to docker.io/library/hello:1.0',
    ]);
    expect(out).not.toContain('writing image');
  });

  it('the manifest list digest is the image ID of docker build -q, docker images and docker inspect', () => {
    const cli = createDockerCli(project);
    const out = cli.run('docker build --progress=plain -t hello .').output;
    const index = new RegExp(`exporting manifest list ${hex}`).exec(out)![1];
    expect(cli.run('docker images --no-trunc --format "{{.ID}}" hello').output).toBe(index);
    expect(cli.run('docker inspect hello').output).toContain(`"Id": "${index}"`);
    const quiet = cli.run('docker build -q -t hello .').output;
    expect(quiet).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cli.run('docker images --no-trunc --format "{{.ID}}" hello').output).toBe(quiet);
  });

  it('a fully cached rebuild writes the same manifest and config but a new attestation and image ID; the old image is left dangling', () => {
    const cli = createDockerCli(project);
    const first = cli.run('docker build --progress=plain -t hello .').output;
    const again = cli.run('docker build --progress=plain -t hello .').output;
    expect(again).toMatch(/#\d+ CACHED/);
    const pick = (out: string, what: string) => new RegExp(`exporting ${what} ${hex}`).exec(out)![1];
    expect(pick(again, 'manifest')).toBe(pick(first, 'manifest'));
    expect(pick(again, 'config')).toBe(pick(first, 'config'));
    expect(pick(again, 'attestation manifest')).not.toBe(pick(first, 'attestation manifest'));
    expect(pick(again, 'manifest list')).not.toBe(pick(first, 'manifest list'));
    const all = cli.run('docker images -a --format table --no-trunc').output;
    expect(all).toContain(pick(first, 'manifest list'));
    expect(all).toMatch(/<none>\s+<none>/);
  });

  it('names a build without -t moby-dangling@<index digest>', () => {
    const cli = createDockerCli(project);
    const out = cli.run('docker build --progress=plain .').output;
    const index = new RegExp(`exporting manifest list ${hex}`).exec(out)![1];
    expect(exportLines(out).slice(-2)).toEqual([`naming to moby-dangling@${index}`, `unpacking to moby-dangling@${index}`]);
  });
});
