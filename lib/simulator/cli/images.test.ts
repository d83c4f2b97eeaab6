/**
 * `docker images` / `docker image ls` as Docker CLI 29.7.2 prints them on the containerd image
 * store: the tree view by default (docker/cli cli/command/image/tree.go), the classic table on
 * request (cli/command/formatter/image.go), the daemon's filters (moby/moby daemon/containerd/image_list.go).
 */
import { describe, expect, it } from 'vitest';
import { createDockerCli } from './index';
import { helloWorldProject, HELLO_WORLD_NAIVE_DOCKERFILE } from '../projects';

const LEGEND = `${' '.repeat(60)}i Info →   U  In Use`;

function rebuilt() {
  const cli = createDockerCli(helloWorldProject);
  cli.run('docker build -t hello .');
  cli.writeFile('Dockerfile', HELLO_WORLD_NAIVE_DOCKERFILE);
  cli.run('docker build -t hello .');
  return cli;
}

describe('the tree view (docker/cli cli/command/image/tree.go)', () => {
  it('prints the legend right-aligned to the terminal, upper-case titles and one row per tag, sorted by name', () => {
    const cli = createDockerCli({ Dockerfile: 'FROM alpine:3.20\nCMD ["sh"]\n' });
    cli.run('docker pull alpine:3.20');
    cli.run('docker build -t zeta -t app:v2 .');
    const lines = cli.run('docker images').output.split('\n');
    expect(lines[0]).toBe(LEGEND);
    expect(lines[1]).toBe('IMAGE         ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['alpine:3.20', 'app:v2', 'zeta:latest']);
    // Both tags of the built image show the same ID (TruncateID: 12 hex digits, no "sha256:").
    expect(lines[3].slice(14, 26)).toBe(lines[4].slice(14, 26));
    expect(lines[3].slice(14, 26)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('marks an image a container uses with the "U" chip (chipInUse, tree.go getPossibleChips)', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.run('docker build -t hello .');
    cli.run('docker pull alpine:3.20');
    cli.run('docker run -d --name web hello');
    const lines = cli.run('docker images').output.split('\n');
    expect(lines[2]).toMatch(/^alpine:3\.20 {4}[0-9a-f]{12} +\S+ +\S+ {8}$/);
    expect(lines[3]).toMatch(/^hello:latest {3}[0-9a-f]{12} +\S+ +\S+ {4}U {3}$/);
  });

  it('hides dangling images unless -a or --filter dangling=true, and shows them as <untagged> last (list.go runImages)', () => {
    const cli = rebuilt();
    expect(cli.run('docker images').output).not.toContain('<untagged>');
    const all = cli.run('docker images -a').output.split('\n');
    expect(all[2]).toMatch(/^hello:latest /);
    expect(all[3]).toMatch(/^<untagged> {5}[0-9a-f]{12} /);
    const dangling = cli.run('docker images --filter dangling=true').output.split('\n');
    expect(dangling).toHaveLength(3);
    expect(dangling[2]).toMatch(/^<untagged> {3}/);
    expect(cli.run('docker images -f dangling=false -a').output).not.toContain('<untagged>');
  });

  it('puts a name longer than the column on a line of its own (tree.go printNames, adjustColumns at 80 columns)', () => {
    const cli = createDockerCli({});
    cli.run('docker pull alpine:3.20');
    cli.run('docker tag alpine:3.20 registry.example.com/team/tools/alpine:v1');
    const lines = cli.run('docker images').output.split('\n');
    expect(lines[1]).toBe(`${'IMAGE'.padEnd(29)}   ID             DISK USAGE   CONTENT SIZE   EXTRA`);
    expect(lines[3]).toBe('registry.example.com/team/tools/alpine:v1');
    expect(lines[4]).toMatch(new RegExp(`^ {29} {3}[0-9a-f]{12} `));
  });

  it('prints no legend and a plain chip when stdout is a file (internal/tui/output.go: not a terminal)', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.run('docker build -t hello .');
    cli.run('docker run -d hello');
    cli.run('docker images > images.txt');
    const lines = cli.readFile('images.txt')!.split('\n');
    expect(lines[0]).toBe('IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines[1]).toMatch(/^hello:latest   [0-9a-f]{12} .* {3}U {4}$/);
  });

  it('refuses the flags --tree cannot show yet (list.go shouldUseTree)', () => {
    const cli = createDockerCli({});
    expect(cli.run('docker images --tree -q')).toEqual({ exitCode: 1, output: '--quiet is not yet supported with --tree' });
    expect(cli.run('docker images --tree --digests')).toEqual({ exitCode: 1, output: '--show-digest is not yet supported with --tree' });
    expect(cli.run('docker images --tree --format table')).toEqual({ exitCode: 1, output: '--format is not yet supported with --tree' });
  });
});

describe('the classic list (docker/cli cli/command/formatter/image.go)', () => {
  it('--format table prints REPOSITORY TAG IMAGE ID CREATED SIZE, with <none> rows for dangling images under -a', () => {
    const cli = rebuilt();
    const table = cli.run('docker image ls --format table').output.split('\n');
    expect(table).toHaveLength(2);
    expect(table[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED          SIZE');
    expect(cli.run('docker image ls --format table -a').output.split('\n')[2]).toMatch(/^<none>       <none>    [0-9a-f]{12}   /);
  });

  it('-q prints one ID per tag, so an image with two tags shows twice (imageFormat has no de-duplication)', () => {
    const cli = createDockerCli({});
    cli.run('docker pull alpine:3.20');
    cli.run('docker tag alpine:3.20 mine:v1');
    const ids = cli.run('docker images -q').output.split('\n');
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('--digests and templates: {{.Repository}}:{{.Tag}} rows, "table TEMPLATE" with headers', () => {
    const cli = createDockerCli({});
    cli.run('docker pull alpine:3.20');
    expect(cli.run('docker images --digests').output.split('\n')[0]).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE',
    );
    expect(cli.run('docker images --format "{{.Repository}}:{{.Tag}}"').output).toBe('alpine:3.20');
    expect(cli.run('docker images --format "table {{.Repository}}\\t{{.Size}}"').output).toMatch(/^REPOSITORY   SIZE\nalpine       \d/);
    expect(cli.run('docker images --format json').output).toMatch(/^\[simulated\]/);
  });
});

describe('image IDs on the containerd image store (moby/moby daemon/containerd/image_list.go, image_inspect.go: ID = target digest)', () => {
  it('shows a pulled image under the digest `docker pull` printed, in docker images and docker inspect', () => {
    const cli = createDockerCli({});
    const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(cli.run('docker pull alpine:3.20').output)![1];
    expect(cli.run('docker images -q --no-trunc').output).toBe(digest);
    expect(cli.run('docker images').output.split('\n')[2]).toContain(digest.slice(7, 19));
    const inspect = JSON.parse(cli.run('docker inspect alpine:3.20').output);
    expect(inspect[0].Id).toBe(digest);
    expect(inspect[0].RepoDigests).toEqual([`alpine@${digest}`]);
  });

  it('gives a built image a RepoDigest for its tags too (collectRepoTagsAndDigests)', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.run('docker build -t hello -t hello:v1 .');
    const [image] = JSON.parse(cli.run('docker inspect hello').output);
    expect(image.RepoDigests).toEqual([`hello@${image.Id}`]);
  });
});

describe('docker images filters (list.go, opts/opts.go FilterOpt, moby/moby daemon/internal/filters)', () => {
  it('matches the reference as path.Match against the familiar and full names', () => {
    const cli = createDockerCli({});
    cli.run('docker pull alpine:3.20');
    cli.run('docker tag alpine:3.20 mine:v1');
    const names = (line: string) => cli.run(line).output.split('\n').slice(2).map((l) => l.split(' ')[0]);
    expect(names('docker images alpine')).toEqual(['alpine:3.20']);
    expect(names('docker images "m*"')).toEqual(['mine:v1']);
    expect(names('docker images docker.io/library/mine:v1')).toEqual(['mine:v1']);
    expect(names('docker images --filter reference=alpine:3.20')).toEqual(['alpine:3.20']);
  });

  it('reports a malformed filter (exit 125) and a filter the daemon does not know', () => {
    const cli = createDockerCli({});
    expect(cli.run('docker images -f dangling')).toMatchObject({ exitCode: 125, output: expect.stringMatching(/^invalid argument "dangling" for "-f, --filter" flag: bad format of filter \(expected name=value\)\n\nUsage:  docker images/) });
    expect(cli.run('docker images -f colour=red')).toEqual({ exitCode: 1, output: "Error response from daemon: invalid filter 'colour'" });
    expect(cli.run('docker images -f dangling=maybe')).toEqual({ exitCode: 1, output: "Error response from daemon: invalid filter 'dangling=[maybe]'" });
  });
});
