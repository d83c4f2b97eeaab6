import { describe, expect, it } from 'vitest';
import { lookupRegistry, packageManagers, shellFlavor, type RegistryImage } from './registry';

function image(repository: string, tag: string): RegistryImage {
  const found = lookupRegistry(`docker.io/library/${repository}`, tag);
  if (!found || 'missingTag' in found) throw new Error(`${repository}:${tag} not in the simulated registry`);
  return found;
}

describe('simulated registry', () => {
  it('has the images the lessons use, with stable digests', () => {
    for (const [repo, tag] of [['python', '3.9'], ['python', '3.9-slim'], ['python', '3.12-slim'], ['node', '20-alpine'], ['alpine', '3.20'], ['ubuntu', '24.04'], ['nginx', 'latest']]) {
      const a = image(repo, tag);
      expect(a.image.id).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(a.repoDigest).toBe(image(repo, tag).repoDigest);
    }
  });

  it('shares base layers between variants of one distribution', () => {
    const slim39 = image('python', '3.9-slim').image.layers.map((l) => l.digest);
    const slim312 = image('python', '3.12-slim').image.layers.map((l) => l.digest);
    expect(slim39[0]).toBe(slim312[0]);
    expect(slim39.slice(1)).not.toEqual(slim312.slice(1));
    expect(image('python', '3.9').image.layers[0].digest).not.toBe(slim39[0]);
  });

  it('gives realistic sizes and configs', () => {
    const full = image('python', '3.9').image;
    expect(full.size).toBeGreaterThan(800_000_000);
    expect(full.config.cmd).toEqual(['python3']);
    expect(image('python', '3.12-slim').image.size).toBeLessThan(200_000_000);
    expect(image('nginx', 'latest').image.config.exposedPorts).toEqual(['80/tcp']);
    expect(image('node', '20-alpine').image.config.entrypoint).toEqual(['docker-entrypoint.sh']);
  });

  it('aliases resolve to the same image id', () => {
    expect(image('python', '3.9').image.id).toBe(image('python', '3.9-bookworm').image.id);
  });

  it('reports unknown repositories and unknown tags differently', () => {
    expect(lookupRegistry('docker.io/library/pythn', '3.9')).toBeNull();
    expect(lookupRegistry('docker.io/library/python', '2.99')).toEqual({ missingTag: true });
    expect(lookupRegistry('docker.io/alice/app', 'latest')).toBeNull();
  });

  it('knows the shell and package manager of a distribution', () => {
    expect(shellFlavor(image('alpine', '3.20').image.os)).toBe('busybox');
    expect(shellFlavor(image('python', '3.9').image.os)).toBe('dash');
    expect(packageManagers(image('alpine', '3.20').image.os)).toEqual(['apk']);
    expect(packageManagers(undefined)).toBeNull();
  });
});
