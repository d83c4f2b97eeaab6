/**
 * The command-line forms of `docker build` that Docker's reference documents
 * (docs.docker.com/reference/cli/docker/buildx/build/), and the path errors buildx and BuildKit
 * report: docker/buildx build/opt.go loadInputs and setLocalMount, tonistiigi/fsutil fs.go NewFS,
 * Go's path/filepath/symlink.go, BuildKit frontend/dockerui/config.go and cache/util/fsutil.go ReadFile.
 */
import { describe, expect, it } from 'vitest';
import { createDockerCli } from './index';

const project = {
  Dockerfile: 'FROM alpine:3.20\nARG HOME\nRUN echo "$HOME"\n',
  'docker/app.Dockerfile': 'FROM alpine:3.20\nCMD ["sh"]\n',
  'multi/Dockerfile': 'FROM alpine:3.20 AS base\nRUN echo base\nFROM base AS test\nRUN echo test\n',
  'lower/dockerfile': 'FROM alpine:3.20\n',
  'dir/Dockerfile/readme.txt': 'not a Dockerfile',
  'notes.txt': 'x',
};

/**
 * What the build wrote, as the digest of its image manifest: with the containerd image store every
 * build gets a new image ID (its provenance attestation is new), but the same image content gives
 * the same manifest (moby/buildkit exporter/containerimage/writer.go "exporting manifest").
 */
const manifestOf = (cli: ReturnType<typeof createDockerCli>, line: string) => {
  const result = cli.run(line.replace(' -q ', ' --progress=plain '));
  expect(result.exitCode, result.output).toBe(0);
  const manifest = /exporting manifest (sha256:[0-9a-f]{64}) done/.exec(result.output);
  expect(manifest, result.output).not.toBeNull();
  return manifest![1];
};

describe('build command forms (buildx build/opt.go loadInputs)', () => {
  it('docker build, docker buildx build and docker image build are the same build', () => {
    const cli = createDockerCli(project);
    const first = manifestOf(cli, 'docker build -q .');
    expect(manifestOf(cli, 'docker buildx build -q .')).toBe(first);
    expect(manifestOf(cli, 'docker image build -q .')).toBe(first);
    expect(manifestOf(cli, 'docker builder build -q .')).toBe(first);
  });

  it('resolves a relative -f from the current directory, also as --file=, and an absolute -f', () => {
    const cli = createDockerCli(project);
    const app = manifestOf(cli, 'docker build -q -f docker/app.Dockerfile .');
    expect(manifestOf(cli, 'docker build -q --file=docker/app.Dockerfile .')).toBe(app);
    expect(manifestOf(cli, 'docker build -q -f /project/docker/app.Dockerfile /project')).toBe(app);
    expect(manifestOf(cli, 'cd docker && docker build -q -f app.Dockerfile ..')).toBe(app);
  });

  it('takes the context as ".", "..", a sub-directory or an absolute path', () => {
    const cli = createDockerCli(project);
    const root = manifestOf(cli, 'docker build -q .');
    expect(manifestOf(cli, 'cd docker && docker build -q ..')).toBe(root);
    expect(manifestOf(cli, 'cd /project && docker build -q /project')).toBe(root);
    const multi = cli.run('docker build -t m multi');
    expect(multi.build).toMatchObject({ context: 'multi', dockerfile: 'multi/Dockerfile' });
  });

  it('tags with -tname, -t name and several -t; --target, --no-cache, --progress=plain', () => {
    const cli = createDockerCli(project);
    const result = cli.run('docker build -tone -t two:v1 --tag=three --progress=plain .');
    expect(result.output).toContain('naming to docker.io/library/one:latest');
    expect(result.output).toContain('naming to docker.io/library/two:v1');
    expect(result.output).toContain('naming to docker.io/library/three:latest');
    expect(result.output).toMatch(/^#0 building with "default" instance using docker driver/);
    const target = cli.run('docker build --progress=plain --target base multi');
    expect(target.output).toContain('RUN echo base');
    expect(target.output).not.toContain('RUN echo test');
    expect(cli.run('docker build --progress=plain --no-cache .').output).toMatch(/#\d+ \[2\/2\] RUN echo "\$HOME"\n#\d+ [^C]/);
  });

  it('--build-arg NAME without a value takes it from the environment', () => {
    const cli = createDockerCli(project);
    const withArg = manifestOf(cli, 'docker build -q --build-arg HOME .');
    expect(withArg).not.toBe(manifestOf(cli, 'docker build -q .'));
    expect(manifestOf(cli, 'docker build -q --build-arg HOME=/project .')).toBe(withArg);
  });

  it('falls back to a lower-case dockerfile, with or without -f (handleLowercaseDockerfile)', () => {
    const cli = createDockerCli(project);
    manifestOf(cli, 'docker build -q lower');
    manifestOf(cli, 'docker build -q -f lower/Dockerfile .');
  });
});

describe('path errors', () => {
  it('a context that is missing or is a file: "unable to prepare context"', () => {
    const cli = createDockerCli(project);
    expect(cli.run('docker build nope')).toEqual({ exitCode: 1, output: 'ERROR: failed to build: unable to prepare context: path "nope" not found' });
    expect(cli.run('docker build notes.txt').output).toBe('ERROR: failed to build: unable to prepare context: path "notes.txt" not found');
  });

  it('-f in a missing directory: lstat of the first missing component (fsutil NewFS, filepath.EvalSymlinks)', () => {
    const cli = createDockerCli(project);
    expect(cli.run('docker build -f nope/deeper/Dockerfile .').output).toBe('ERROR: failed to build: resolve : lstat nope: no such file or directory');
    expect(cli.run('docker build -f /project/nope/Dockerfile .').output).toBe('ERROR: failed to build: resolve : lstat /project/nope: no such file or directory');
    expect(cli.run('cd docker && docker build -f ../nope/Dockerfile ..').output).toBe('ERROR: failed to build: resolve : lstat ../nope: no such file or directory');
  });

  it('-f under a file: "stat <dir>: not a directory", or a bare ENOTDIR deeper down', () => {
    const cli = createDockerCli(project);
    expect(cli.run('docker build -f notes.txt/Dockerfile .').output).toBe('ERROR: failed to build: stat notes.txt: not a directory');
    expect(cli.run('docker build -f notes.txt/x/Dockerfile .').output).toBe('ERROR: failed to build: resolve : not a directory');
  });

  it('-f naming a directory, or a Dockerfile that is a directory: "is not a regular file" (BuildKit ReadFile)', () => {
    const cli = createDockerCli(project);
    expect(cli.run('docker build -q -f docker .').output).toBe('ERROR: failed to build: failed to solve: failed to read dockerfile: docker is not a regular file');
    expect(cli.run('docker build -q dir').output).toBe('ERROR: failed to build: failed to solve: failed to read dockerfile: Dockerfile is not a regular file');
    expect(cli.run('docker build -q -f missing.Dockerfile .').output).toBe('ERROR: failed to build: failed to solve: failed to read dockerfile: open missing.Dockerfile: no such file or directory');
  });

  it('stdin and remote contexts get a [simulated] note saying what Docker would do', () => {
    const cli = createDockerCli(project);
    expect(cli.run('docker build -').output).toMatch(/^\[simulated\] with PATH "-" Docker reads the build context from stdin/);
    expect(cli.run('docker build -f - .').output).toMatch(/^\[simulated\] with -f - Docker reads the Dockerfile from stdin/);
    expect(cli.run('docker build https://github.com/docker/welcome-to-docker.git').output).toMatch(/^\[simulated\] Docker would fetch the context/);
  });
});
