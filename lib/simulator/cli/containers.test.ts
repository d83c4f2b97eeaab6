import { describe, expect, it } from 'vitest';
import { createDockerCli } from './index';
import { helloWorldProject } from '../projects';
import { containerCommand } from './run-command';

function built() {
  const cli = createDockerCli(helloWorldProject);
  cli.run('docker build -t hello .');
  return cli;
}

const RUN_HELP = "\n\nRun 'docker run --help' for more information";

describe('docker run (docker/cli cli/command/container/run.go)', () => {
  it('attached: the Flask app prints its banner and keeps running; the unpublished EXPOSE gets a note', () => {
    const cli = built();
    const result = cli.run('docker run hello');
    expect(result.exitCode).toBe(0);
    // pallets/flask src/flask/cli.py show_server_banner, pallets/werkzeug src/werkzeug/serving.py.
    expect(result.output).toContain(" * Serving Flask app 'main'\n * Debug mode: off\n");
    expect(result.output).toContain(' * Running on http://127.0.0.1:9000');
    expect(result.output).toContain('EXPOSEs 9000/tcp but it is not published');
    expect(cli.run('docker ps').output.split('\n')).toHaveLength(2);
  });

  it('-d prints the full container id (run.go: fmt.Fprintln(stdout, containerID)); -p publishes', () => {
    const cli = built();
    const out = cli.run('docker run -d --name web -p 8080:9000 hello').output.split('\n');
    expect(out[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(out).toContain('[simulated] published: localhost:8080 -> 9000/tcp in the container');
    expect(cli.run('docker run -P -d hello').output).toMatch(/published: localhost:\d{5} -> 9000\/tcp/);
  });

  it('a port spec error is wrapped by withHelp (exit 125)', () => {
    expect(built().run('docker run -p abc hello')).toEqual({ exitCode: 125, output: `docker: invalid containerPort: abc${RUN_HELP}` });
  });

  it('words after the image are the command: `docker run hello -p 8080:9000` fails with exit 127 and a learner note', () => {
    const result = built().run('docker run hello -p 8080:9000');
    expect(result.exitCode).toBe(127);
    expect(result.output.split('\n').slice(0, 3).join('\n')).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "-p": executable file not found in $PATH: unknown' +
        RUN_HELP,
    );
    expect(result.output).toMatch(/\[simulated\] note: "-p" came after the image name.*Options go before the image/);
  });

  it('the container that could not start is listed as Created by ps -a', () => {
    const cli = built();
    cli.run('docker run --name bad hello -p 8080:9000');
    expect(cli.run('docker ps -a').output).toMatch(/\n[0-9a-f]{12}   hello     "-p 8080:9000"\s+\d+ seconds? ago\s+Created\s+bad$/);
  });

  it('arguments after the image replace CMD', () => {
    const cli = built();
    expect(cli.run('docker run hello echo hi')).toEqual({ exitCode: 0, output: 'hi\n[simulated] warning: the image EXPOSEs 9000/tcp but it is not published, so the app cannot be reached from the host. Publish it with -p 9000:9000' });
    expect(cli.run('docker run hello python -V').output.split('\n')[0]).toMatch(/^Python 3\.9\.\d+$/);
  });

  it('combines ENTRYPOINT and CMD per the reference table', () => {
    expect(containerCommand({ entrypoint: ['echo', 'hello'], cmd: ['world'], shell: ['/bin/sh', '-c'] } as never, []).argv).toEqual(['echo', 'hello', 'world']);
    expect(containerCommand({ entrypoint: ['echo', 'hello'], cmd: ['world'], shell: ['/bin/sh', '-c'] } as never, ['there']).argv).toEqual(['echo', 'hello', 'there']);
    const cli = createDockerCli({ Dockerfile: 'FROM alpine:3.20\nENTRYPOINT ["echo", "hello"]\nCMD ["world"]\n' });
    cli.run('docker build -t e .');
    expect(cli.run('docker run e').output).toBe('hello world');
    expect(cli.run('docker run e there').output).toBe('hello there');
  });

  it('an image without CMD or ENTRYPOINT: moby/moby daemon/create.go "no command specified", exit 125', () => {
    const cli = createDockerCli({ Dockerfile: 'FROM scratch\nCOPY a /a\n', a: 'x' });
    cli.run('docker build -t bare .');
    expect(cli.run('docker run bare')).toEqual({ exitCode: 125, output: `docker: Error response from daemon: no command specified${RUN_HELP}` });
  });

  it('pulls a missing image first (cli/command/container/create.go "Unable to find image")', () => {
    const result = createDockerCli({}).run('docker run alpine:3.20');
    expect(result.output).toMatch(/^Unable to find image 'alpine:3\.20' locally\n3\.20: Pulling from library\/alpine\n/);
    expect(result.exitCode).toBe(0);
  });

  it('requires an image: cli/required.go RequiresMinArgs still says "See"', () => {
    expect(createDockerCli({}).run('docker run')).toEqual({
      exitCode: 1,
      output: "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information",
    });
  });

  it('names are unique: moby/moby daemon/errors.go nameConflictError', () => {
    const cli = built();
    const id = cli.run('docker run -d --name web hello').output.split('\n')[0];
    expect(cli.run('docker run -d --name web hello')).toEqual({
      exitCode: 125,
      output: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.${RUN_HELP}`,
    });
    expect(cli.run('docker run --name x! hello').output).toBe(`docker: Error response from daemon: Invalid container name (x!), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed${RUN_HELP}`);
  });

  it('a host port held by a running container: libnetwork portallocator "port is already allocated"', () => {
    const cli = built();
    cli.run('docker run -d -p 8080:9000 hello');
    const second = cli.run('docker run -d --name two -p 8080:9000 hello');
    expect(second.exitCode).toBe(125);
    expect(second.output).toMatch(/^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint two \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information$/);
  });

  it('-e sets the environment; --rm removes the container when it exits', () => {
    const cli = built();
    expect(cli.run('docker run --rm -e GREETING=hi hello printenv').output).toContain('GREETING=hi');
    expect(cli.run('docker ps -a -q').output).toBe('');
  });
});

describe('docker ps, stop, start, rm, logs', () => {
  it('ps lists running containers (cli/command/formatter/container.go columns, daemon/container/state.go status)', () => {
    const cli = built();
    cli.run('docker run -d --name web -p 8080:9000 hello');
    const lines = cli.run('docker ps').output.split('\n');
    expect(lines[0]).toBe('CONTAINER ID   IMAGE     COMMAND                  CREATED        STATUS        PORTS                                         NAMES');
    expect(lines[1]).toMatch(/^[0-9a-f]{12}   hello     "python hello_world\/…"   \d+ seconds? ago   Up \d+ seconds?\s+0\.0\.0\.0:8080->9000\/tcp, \[::\]:8080->9000\/tcp   web$/);
    expect(cli.run('docker container ls').output.split('\n')[1]).toMatch(/   web$/);
  });

  it('stop prints the name; the stopped container shows Exited (137) only with -a', () => {
    const cli = built();
    cli.run('docker run -d --name web hello');
    expect(cli.run('docker stop web')).toEqual({ exitCode: 0, output: 'web' });
    expect(cli.run('docker ps').output.split('\n')).toHaveLength(1);
    expect(cli.run('docker ps -a').output).toMatch(/Exited \(137\) \d+ seconds? ago\s+web$/);
    // Stopping a stopped container is a no-op (daemon/stop.go NotModified): still success.
    expect(cli.run('docker stop web')).toEqual({ exitCode: 0, output: 'web' });
    expect(cli.run('docker stop nope')).toEqual({ exitCode: 1, output: 'Error response from daemon: No such container: nope' });
  });

  it('start brings it back; logs keep every run\'s output', () => {
    const cli = built();
    cli.run('docker run -d --name web hello');
    cli.run('docker stop web');
    expect(cli.run('docker start web')).toEqual({ exitCode: 0, output: 'web' });
    expect(cli.run('docker ps').output).toMatch(/Up \d+ seconds?\s+9000\/tcp\s+web$/);
    const logs = cli.run('docker logs web').output;
    expect(logs.match(/Serving Flask app/g)).toHaveLength(2);
    expect(cli.run('docker start nope')).toEqual({ exitCode: 1, output: 'Error response from daemon: No such container: nope\nfailed to start containers: nope' });
  });

  it('rm refuses a running container (daemon/delete.go), removes it with -f or once stopped', () => {
    const cli = built();
    cli.run('docker run -d --name web hello');
    expect(cli.run('docker rm web')).toEqual({
      exitCode: 1,
      output: 'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove',
    });
    cli.run('docker stop web');
    expect(cli.run('docker rm web')).toEqual({ exitCode: 0, output: 'web' });
    cli.run('docker run -d --name again hello');
    expect(cli.run('docker rm -f again')).toEqual({ exitCode: 0, output: 'again' });
    expect(cli.run('docker ps -a -q').output).toBe('');
  });

  it('an image used by a container needs --force (daemon/containerd/image_delete.go)', () => {
    const cli = built();
    const id = cli.run('docker run -d --name web hello').output.split('\n')[0];
    const imageId = cli.images()[0].id.slice(7, 19);
    expect(cli.run('docker rmi hello')).toEqual({
      exitCode: 1,
      output: `Error response from daemon: conflict: unable to delete hello:latest (must be forced) - container ${id.slice(0, 12)} is using its referenced image ${imageId}`,
    });
    expect(cli.run(`docker rmi ${imageId}`).output).toBe(`Error response from daemon: conflict: unable to delete ${imageId} (cannot be forced) - image is being used by running container ${id.slice(0, 12)}`);
    cli.run('docker stop web');
    cli.run('docker rm web');
    expect(cli.run('docker rmi hello').output).toMatch(/^Untagged: hello:latest\nDeleted: sha256:[0-9a-f]{64}$/);
  });

  it('argument and flag errors use the v28+ wrappers (cli/required.go, cli/cobra.go)', () => {
    const cli = createDockerCli({});
    expect(cli.run('docker ps extra')).toEqual({ exitCode: 1, output: "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information" });
    expect(cli.run('docker logs')).toEqual({ exitCode: 1, output: "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information" });
    expect(cli.run('docker container rm --nope x')).toEqual({
      exitCode: 125,
      output: "unknown flag: --nope\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker container rm --help' for more information",
    });
  });

  it('the whole session survives JSON: containers, clock and counters live in the cache', () => {
    const cli = built();
    cli.run('docker run -d --name web -p 8080:9000 hello');
    const restored = createDockerCli(helloWorldProject, '.', { cache: JSON.parse(JSON.stringify(cli.cache)) });
    expect(restored.run('docker ps -q').output).toBe(cli.run('docker ps -q').output);
    expect(restored.run('docker stop web').output).toBe('web');
    const next = restored.run('docker run -d hello').output.split('\n')[0];
    expect(cli.run('docker ps -a -q').output).not.toContain(next.slice(0, 12));
  });

  it('an old cache without containers still works', () => {
    const cli = built();
    const { containers: _c, containerSeq: _s, ...old } = JSON.parse(JSON.stringify(cli.cache));
    const restored = createDockerCli(helloWorldProject, '.', { cache: old });
    expect(restored.run('docker ps').exitCode).toBe(0);
    expect(restored.run('docker run -d hello').exitCode).toBe(0);
  });
});
