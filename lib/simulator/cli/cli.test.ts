import { describe, expect, it } from 'vitest';
import { createDockerCli } from './index';
import { customDockerfileLocationProject, helloWorldProject, HELLO_WORLD_NAIVE_DOCKERFILE } from '../projects';

describe('the notes\' -f scenario (custom Dockerfile location, buildx -f and its errors)', () => {
  it('fails `-f docker/Dockerfile .` from the project root: -f is relative to the current directory', () => {
    const cli = createDockerCli(customDockerfileLocationProject);
    const result = cli.run('docker build -t img_name -f docker/Dockerfile .');
    expect(result).toMatchObject({ exitCode: 1, output: 'ERROR: failed to build: resolve : lstat docker: no such file or directory' });
  });

  it('builds with `-f resources/docker/Dockerfile .`', () => {
    const cli = createDockerCli(customDockerfileLocationProject);
    const result = cli.run('docker build -t img_name -f resources/docker/Dockerfile .');
    expect(result.exitCode, result.output).toBe(0);
    expect(result.build).toMatchObject({ dockerfile: 'resources/docker/Dockerfile', context: '.', tags: ['img_name'] });
    expect(result.build!.result.ok).toBe(true);
    expect(result.output).toContain('naming to docker.io/library/img_name:latest');
  });

  it('builds with `cd resources && docker build -f docker/Dockerfile ..`, reusing the cache', () => {
    const cli = createDockerCli(customDockerfileLocationProject);
    cli.run('docker build -t img_name -f resources/docker/Dockerfile .');
    const result = cli.run('cd resources && docker build -t img_name -f docker/Dockerfile ..');
    expect(result.exitCode, result.output).toBe(0);
    expect(result.build).toMatchObject({ dockerfile: 'resources/docker/Dockerfile', context: '.' });
    expect(result.build!.result.steps.filter((s) => s.status === 'CACHED')).toHaveLength(2);
    expect(cli.cwd).toBe('resources');
    expect(cli.cwdAbsolute).toBe('/project/resources');
  });

  it('finds no Dockerfile when the context is the root and -f is left out', () => {
    const cli = createDockerCli(customDockerfileLocationProject);
    const result = cli.run('docker build -t img_name .');
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n').pop()).toBe('ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory');
    expect(result.output).toContain('#1 [internal] load build definition from Dockerfile');
  });
});

describe('docker build errors from the CLI', () => {
  const cli = () => createDockerCli(helloWorldProject);

  // docker/buildx cmd/buildx/main.go ("ERROR: " + err) over docker/cli cli/required.go ExactArgs.
  it('missing PATH argument', () => {
    expect(cli().run('docker build -t x')).toEqual({
      exitCode: 1,
      output: "ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information",
    });
  });

  it('an unset variable in place of PATH drops the argument, as in the notes\' `docker build -t name $dockerfile_location`', () => {
    expect(cli().run('docker build -t name $dockerfile_location').output).toContain("requires 1 argument");
  });

  // docker/cli cli/cobra.go FlagErrorFunc (vendored in buildx), printed by buildx as a StatusError: exit 125.
  it('unknown flag', () => {
    expect(cli().run('docker build --foo .')).toEqual({
      exitCode: 125,
      output: "unknown flag: --foo\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information",
    });
  });

  it('missing context path', () => {
    expect(cli().run('docker build -t x ./nope')).toEqual({ exitCode: 1, output: 'ERROR: failed to build: unable to prepare context: path "./nope" not found' });
  });

  it('invalid tags, checked before anything else', () => {
    expect(cli().run('docker build -t MyApp ./nope').output).toBe('ERROR: failed to build: invalid tag "MyApp": repository name must be lowercase');
    expect(cli().run('docker build -t "my app" .').output).toBe('ERROR: failed to build: invalid tag "my app": invalid reference format');
  });

  it('falls back to a lower-case dockerfile', () => {
    const files = { dockerfile: 'FROM alpine:3.20\n' };
    expect(createDockerCli(files).run('docker build .').exitCode).toBe(0);
  });

  it('uses <Dockerfile>.dockerignore next to a -f Dockerfile outside the context root', () => {
    const files = {
      'app/main.py': 'x',
      'app/.dockerignore': 'main.py\n',
      'docker/Dockerfile': 'FROM alpine:3.20\nCOPY main.py /\n',
      'docker/Dockerfile.dockerignore': '# nothing ignored\n',
    };
    const result = createDockerCli(files).run('docker build -f docker/Dockerfile app');
    expect(result.exitCode, result.output).toBe(0);
    expect(result.build!.dockerfile).toBe('docker/Dockerfile');
    expect(result.build!.context).toBe('app');
  });

  it('passes --build-arg, --no-cache and --target through', () => {
    const files = { Dockerfile: 'FROM alpine:3.20 AS base\nARG V=1\nRUN echo $V\nFROM base AS final\nRUN echo done\n' };
    const c = createDockerCli(files);
    c.run('docker build .');
    const again = c.run('docker build --build-arg V=2 --target base --progress=plain .');
    expect(again.build!.result.steps.map((s) => [s.label.replace(/@.*/, ''), s.status])).toEqual([
      ['[base 1/2] FROM docker.io/library/alpine:3.20', 'BASE'],
      ['[base 2/2] RUN echo 2', 'EXECUTED'],
    ]);
    expect(again.output).toMatch(/^#0 building with "default" instance using docker driver/);
    const fresh = c.run('docker build --no-cache .');
    expect(fresh.build!.result.steps.filter((s) => s.status === 'EXECUTED')).toHaveLength(2);
  });

  it('prints the default progress like the TTY display, and the simulator\'s time summary', () => {
    const c = cli();
    c.run('docker build -t hello .');
    const result = c.run('docker build -t hello .');
    expect(result.output).toMatch(/^\[\+\] Building \d+\.\ds \(\d+\/\d+\) FINISHED/);
    expect(result.output).toMatch(/ => CACHED \[4\/5\] RUN pip install --no-cache-dir -r hello_world\/requirements\.txt/);
    expect(result.output.split('\n').pop()).toMatch(/^\[simulated\] build time \d+\.\ds; the cache saved \d+\.\ds \(4 of 4 steps CACHED\)$/);
  });

  it('-q prints only the image id', () => {
    const result = cli().run('docker build -q .');
    expect(result.output).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('project mutations', () => {
  it('touch changes no cache key; chmod and edits do', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.run('docker build -t hello .');
    cli.touch('python/hello_world/main.py');
    expect(cli.run('docker build -t hello .').build!.result.steps.every((s) => s.status !== 'EXECUTED')).toBe(true);
    cli.chmod('python/hello_world/main.py', '+x');
    const afterChmod = cli.run('docker build -t hello .').build!.result;
    expect(afterChmod.steps.find((s) => s.status === 'EXECUTED')!.missReason!.files).toEqual([{ path: 'python/hello_world/main.py', change: 'mode' }]);
    cli.writeFile('python/hello_world/main.py', 'print(1)\n');
    expect(cli.run('docker build -t hello .').build!.result.steps.filter((s) => s.status === 'EXECUTED')).toHaveLength(1);
  });

  it('lists, reads, writes and deletes files', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.writeFile('python/hello_world/util.py', 'x = 1\n');
    expect(cli.readFile('python/hello_world/util.py')).toBe('x = 1\n');
    expect(cli.listFiles()).toContainEqual({ path: 'python/hello_world/util.py', type: 'file', mode: '0644', size: 6 });
    expect(cli.listFiles()).toContainEqual({ path: 'python', type: 'dir' });
    cli.deleteFile('python/hello_world/util.py');
    expect(cli.readFile('python/hello_world/util.py')).toBeUndefined();
    cli.chmod('Dockerfile', '0755');
    expect(cli.files().Dockerfile).toEqual({ content: expect.stringContaining('FROM python:3.9'), mode: '0755' });
  });

  it('shell commands change the project like the API does', () => {
    const cli = createDockerCli(helloWorldProject);
    expect(cli.run('echo "*.md" >> .dockerignore && chmod +x python/hello_world/main.py').exitCode).toBe(0);
    expect(cli.readFile('.dockerignore')).toMatch(/\*\.md\n$/);
    expect(cli.listFiles().find((e) => e.path === 'python/hello_world/main.py')!.mode).toBe('0755');
    expect(cli.run('rm python/hello_world/requirements.txt').exitCode).toBe(0);
    expect(cli.run('cat python/hello_world/requirements.txt')).toEqual({ exitCode: 1, output: 'cat: python/hello_world/requirements.txt: No such file or directory' });
  });
});

describe('shell commands', () => {
  const cli = () => createDockerCli(customDockerfileLocationProject);

  it('tree draws the project', () => {
    expect(cli().run('tree').output).toBe(
      [
        '.',
        '├── resources',
        '│   ├── docker',
        '│   │   └── Dockerfile',
        '│   └── videos',
        '│       ├── video1.mp4',
        '│       └── video2.mp4',
        '└── src',
        '    ├── cli.py',
        '    └── main.py',
        '',
        '4 directories, 5 files',
      ].join('\n'),
    );
  });

  it('ls, cd, pwd and cat behave like bash and coreutils', () => {
    const c = cli();
    expect(c.run('ls').output).toBe('resources  src');
    expect(c.run('cd src && pwd')).toEqual({ exitCode: 0, output: '/project/src' });
    expect(c.run('cat main.py').output).toContain('from cli import parse_args');
    expect(c.run('cd nowhere')).toEqual({ exitCode: 1, output: 'bash: cd: nowhere: No such file or directory' });
    expect(c.run('ls nowhere')).toEqual({ exitCode: 2, output: "ls: cannot access 'nowhere': No such file or directory" });
    expect(c.run('cd .. && cd .. && ls')).toEqual({ exitCode: 0, output: 'project' });
    expect(c.run('cat /project/src')).toEqual({ exitCode: 1, output: 'cat: /project/src: Is a directory' });
  });

  it('unknown commands exit 127; a failed && stops the chain; clear and help work', () => {
    const c = cli();
    expect(c.run('foo --bar')).toEqual({ exitCode: 127, output: 'bash: foo: command not found' });
    expect(c.run('cd nowhere && pwd')).toEqual({ exitCode: 1, output: 'bash: cd: nowhere: No such file or directory' });
    expect(c.run('cd nowhere || pwd').output).toContain('/project');
    expect(c.run('clear')).toEqual({ exitCode: 0, output: '', clear: true });
    expect(c.run('help').output).toContain('docker build');
  });
});

describe('docker images, history, pull, rmi', () => {
  it('lists built images; the old one loses its tag and shows only with -a (docker/cli cli/command/image/list.go, tree.go)', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.run('docker build -t hello .');
    cli.writeFile('Dockerfile', HELLO_WORLD_NAIVE_DOCKERFILE);
    cli.run('docker build -t hello .');
    const lines = cli.run('docker images').output.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines[2]).toMatch(/^hello:latest   [0-9a-f]{12}       1\.\d\dGB          \d{3}MB {8}$/);
    const all = cli.run('docker images -a').output.split('\n');
    expect(all[3]).toMatch(/^<untagged>     [0-9a-f]{12}   /);
    const table = cli.run('docker images --format table -a').output.split('\n');
    expect(table[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED          SIZE');
    expect(table[1]).toMatch(/^hello        latest    [0-9a-f]{12}   \d+ seconds ago   1\.\d\dGB$/);
    expect(table[2]).toMatch(/^<none>       <none>    [0-9a-f]{12}   /);
  });

  it('shows BuildKit history: <missing> rows, # buildkit on RUN/COPY, EXPOSE [9000/tcp], newest first', () => {
    const cli = createDockerCli(helloWorldProject);
    cli.run('docker build -t hello .');
    const lines = cli.run('docker history hello').output.split('\n');
    expect(lines[0]).toBe('IMAGE          CREATED          CREATED BY                                      SIZE      COMMENT');
    expect(lines[1]).toMatch(/^[0-9a-f]{12}   \d+ seconds ago   CMD \["python" "hello_world\/main\.py"\]            0B        buildkit\.dockerfile\.v0$/);
    expect(lines[2]).toMatch(/^<missing>      \d+ seconds ago   EXPOSE \[9000\/tcp\]/);
    expect(lines[3]).toMatch(/   COPY python\/hello_world \.\/hello_world # buil…   \d+B\s+buildkit\.dockerfile\.v0$/);
    expect(lines[4]).toMatch(/   RUN \/bin\/sh -c pip install --no-cache-dir -r…   \d+(\.\d+)?MB\s/);
    expect(lines[6]).toMatch(/WORKDIR \/app\s+0B\s+buildkit\.dockerfile\.v0$/);
    expect(lines.slice(2).every((l) => l.startsWith('<missing>'))).toBe(true);
    const full = cli.run('docker history --no-trunc hello').output;
    expect(full).toContain('   RUN /bin/sh -c pip install --no-cache-dir -r hello_world/requirements.txt # buildkit   ');
    expect(full).toContain('   COPY python/hello_world/requirements.txt ./hello_world/requirements.txt # buildkit   ');
    expect(cli.run('docker history nope')).toEqual({ exitCode: 1, output: 'Error response from daemon: No such image: nope:latest' });
  });

  it('pulls with shared layers reported as "Already exists"', () => {
    const cli = createDockerCli({});
    const first = cli.run('docker pull python:3.9-slim');
    expect(first.output).toMatch(/^3\.9-slim: Pulling from library\/python\n[0-9a-f]{12}: Pull complete/);
    expect(first.output).toMatch(/\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for python:3\.9-slim\ndocker\.io\/library\/python:3\.9-slim$/);
    const second = cli.run('docker pull python:3.12-slim').output.split('\n');
    expect(second[1]).toMatch(/^[0-9a-f]{12}: Already exists$/);
    expect(second[2]).toMatch(/^[0-9a-f]{12}: Pull complete$/);
    expect(cli.run('docker pull python:3.9-slim').output).toContain('Status: Image is up to date for python:3.9-slim');
    expect(cli.run('docker pull alpine').output.split('\n')[0]).toBe('Using default tag: latest');
    expect(cli.run('docker pull nosuchimage')).toEqual({
      exitCode: 1,
      // moby/moby daemon/containerd/image_pull.go (containerd image store).
      output: "Using default tag: latest\nError response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login'",
    });
  });

  it('a build after a pull reuses nothing from it but a pulled base shows CACHED on the next build', () => {
    const cli = createDockerCli({ Dockerfile: 'FROM alpine:3.20\n' });
    expect(cli.run('docker build --progress=plain .').output).toMatch(/#\d+ resolve docker\.io\/library\/alpine:3\.20@/);
    expect(cli.run('docker build --progress=plain .').output).toMatch(/FROM docker\.io\/library\/alpine:3\.20@sha256:[0-9a-f]{64}\n#\d+ CACHED/);
  });

  it('removes images with docker rmi / docker image rm', () => {
    const cli = createDockerCli({});
    cli.run('docker pull alpine:3.20');
    cli.run('docker tag alpine:3.20 mine:v1');
    expect(cli.run('docker image rm mine:v1')).toEqual({ exitCode: 0, output: 'Untagged: mine:v1' });
    // moby/moby daemon/containerd/image_delete.go: the tag, then the image; no layer lines.
    const removed = cli.run('docker rmi alpine:3.20');
    expect(removed.output).toMatch(/^Untagged: alpine:3\.20\nDeleted: sha256:[0-9a-f]{64}$/);
    // tree.go with no images: the legend and the column titles.
    expect(cli.run('docker images').output).toBe(`${' '.repeat(60)}i Info →   U  In Use\nIMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA`);
    expect(cli.run('docker rmi alpine:3.20')).toEqual({ exitCode: 1, output: 'Error response from daemon: No such image: alpine:3.20' });
  });

  it('uses the CLI\'s usage errors', () => {
    const cli = createDockerCli({});
    expect(cli.run('docker pull')).toEqual({
      exitCode: 1,
      output: "docker: 'docker pull' requires 1 argument\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information",
    });
    expect(cli.run('docker images --foo')).toEqual({
      exitCode: 125,
      output: "unknown flag: --foo\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information",
    });
    expect(cli.run('docker frobnicate')).toEqual({ exitCode: 1, output: "docker: unknown command: docker frobnicate\n\nRun 'docker --help' for more information" });
    expect(cli.run('docker pull MyImage').output).toBe('invalid reference format: repository name (library/MyImage) must be lowercase');
  });
});
