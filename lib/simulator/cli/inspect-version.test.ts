import { describe, expect, it } from 'vitest';
import { createDockerCli } from './index';
import { helloWorldProject } from '../projects';

function built() {
  const cli = createDockerCli(helloWorldProject);
  cli.run('docker build -t hello .');
  return cli;
}

describe('docker inspect (docker/cli cli/command/inspect/inspector.go, moby/moby api/types)', () => {
  it('an image shows the config the Dockerfile wrote: WORKDIR, CMD, EXPOSE', () => {
    const [image] = JSON.parse(built().run('docker image inspect hello').output);
    expect(image.RepoTags).toEqual(['hello:latest']);
    expect(image.Config.WorkingDir).toBe('/app');
    expect(image.Config.Cmd).toEqual(['python', 'hello_world/main.py']);
    expect(image.Config.ExposedPorts).toEqual({ '9000/tcp': {} });
    expect(image.Config.Env).toContain('PYTHON_VERSION=' + image.Config.Env.find((e: string) => e.startsWith('PYTHON_VERSION=')).split('=')[1]);
    expect(image.RootFS.Type).toBe('layers');
  });

  it('indents with four spaces, as json.Indent(dst, src, "", "    ")', () => {
    expect(built().run('docker inspect hello').output).toMatch(/^\[\n {4}\{\n {8}"Id": "sha256:[0-9a-f]{64}",\n/);
  });

  it('a container: Path/Args from ENTRYPOINT+CMD, State, Config with the run options', () => {
    const cli = built();
    cli.run('docker run -d --name web -p 8080:9000 -e MODE=dev hello');
    const [c] = JSON.parse(cli.run('docker container inspect web').output);
    expect(c.Name).toBe('/web');
    expect(c.Path).toBe('python');
    expect(c.Args).toEqual(['hello_world/main.py']);
    expect(c.State.Status).toBe('running');
    expect(c.Config.Env).toContain('MODE=dev');
    expect(c.Config.WorkingDir).toBe('/app');
    expect(c.HostConfig.PortBindings).toEqual({ '9000/tcp': [{ HostIp: '', HostPort: '8080' }] });
  });

  it('nothing found: "[]" then the error (system/inspect.go, exit 1)', () => {
    const cli = createDockerCli({});
    expect(cli.run('docker inspect nope')).toEqual({ exitCode: 1, output: '[]\nerror: no such object: nope' });
    expect(cli.run('docker image inspect nope')).toEqual({ exitCode: 1, output: '[]\nError response from daemon: No such image: nope:latest' });
    expect(cli.run('docker container inspect nope')).toEqual({ exitCode: 1, output: '[]\nError response from daemon: No such container: nope' });
  });
});

describe('docker version, help, tag', () => {
  it('docker version follows cli/command/system/version.go with the chosen release', () => {
    const out = createDockerCli({}).run('docker version').output.split('\n');
    expect(out[0]).toBe('Client: Docker Engine - Community');
    expect(out[1]).toBe(' Version:           29.7.2');
    expect(out).toContain('  API version:      1.55 (minimum version 1.40)');
    expect(createDockerCli({}).run('docker --version').output).toBe('Docker version 29.7.2, build a7dcaa6');
    expect(createDockerCli({}).run('help').output).toContain('Docker Engine 29.7.2 (CLI 29.7.2, buildx v0.36.1, containerd image store)');
  });

  it('a management command alone prints its help (command.ShowHelp, exit 0)', () => {
    const image = createDockerCli({}).run('docker image');
    expect(image.exitCode).toBe(0);
    expect(image.output.split('\n').slice(0, 6)).toEqual(['Usage:  docker image COMMAND', '', 'Manage images', '', 'Commands:', '  build       Build an image from a Dockerfile']);
    expect(createDockerCli({}).run('docker container').output).toContain('  ls          List containers');
    expect(createDockerCli({}).run('docker image frob')).toEqual({
      exitCode: 1,
      output: "docker: unknown command: docker image frob\n\nUsage:  docker image COMMAND\n\nRun 'docker image --help' for more information",
    });
  });

  it('docker tag parses the target before asking the daemon (moby/moby client/image_tag.go)', () => {
    const cli = built();
    expect(cli.run('docker tag hello MyApp')).toEqual({ exitCode: 1, output: 'error parsing reference: "MyApp" is not a valid repository/tag: invalid reference format: repository name (library/MyApp) must be lowercase' });
    expect(cli.run('docker tag nope other')).toEqual({ exitCode: 1, output: 'Error response from daemon: No such image: nope:latest' });
    // The tree view (docker/cli cli/command/image/tree.go): legend, titles, then one row per tag.
    expect(cli.run('docker tag hello hello:v1 && docker image ls hello').output.split('\n')).toHaveLength(4);
  });
});
