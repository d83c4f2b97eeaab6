/**
 * What a container's process does in the simulator: whether its program exists in the image,
 * what it prints, whether it keeps running. A small model, enough for the course's projects:
 * shells and coreutils exist in every distribution image, python/pip in python images, node in
 * node images; a Flask app prints Flask's and Werkzeug's startup banner
 * (pallets/flask src/flask/cli.py show_server_banner, pallets/werkzeug src/werkzeug/serving.py
 * run_simple / log_startup) and runs until stopped.
 */
import type { StoredImage } from '../types';

export type ProcessModel =
  | { ok: true; output: string[]; exitCode: number; longRunning: boolean }
  | { ok: false; program: string };

/** Finds the text of a script the image copied from the project, by the end of its path. */
export type ScriptLookup = (path: string) => string | undefined;

function programs(image: StoredImage): Set<string> {
  const names = new Set<string>();
  const refs = [image.base, ...image.tags].join(' ');
  if (image.os === 'scratch' || (image.base === 'scratch' && !image.os)) return names;
  for (const p of ['sh', 'echo', 'ls', 'cat', 'env', 'printenv', 'pwd', 'true', 'false', 'sleep', 'id', 'whoami', 'uname', 'hostname', 'date']) names.add(p);
  if (image.os !== 'alpine' && image.os !== 'busybox') names.add('bash');
  if (/python/.test(refs) || image.config.env.PYTHON_VERSION) for (const p of ['python', 'python3', 'pip', 'pip3']) names.add(p);
  if (/node/.test(refs) || image.config.env.NODE_VERSION) for (const p of ['node', 'npm', 'npx', 'yarn', 'docker-entrypoint.sh']) names.add(p);
  if (image.config.env.NGINX_VERSION) for (const p of ['nginx', '/docker-entrypoint.sh']) names.add(p);
  return names;
}

function exists(image: StoredImage, program: string): boolean {
  const known = programs(image);
  if (known.size === 0) return false;
  const base = program.split('/').pop() ?? program;
  if (program.includes('/')) return /^\/(usr\/)?(local\/)?s?bin\//.test(program) ? known.has(base) : false;
  return known.has(program);
}

/** The lines a Python script prints, when they are plain print("...") calls. */
function pythonPrints(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*print\(\s*(['"])(.*?)\1\s*\)\s*$/gm)) out.push(m[2]);
  return out;
}

function flaskBanner(scriptPath: string, source: string): string[] {
  const moduleName = (scriptPath.split('/').pop() ?? 'app').replace(/\.py$/, '');
  const port = /port\s*=\s*(\d+)/.exec(source)?.[1] ?? '5000';
  const all = /host\s*=\s*['"]0\.0\.0\.0['"]/.test(source);
  return [
    ` * Serving Flask app '${moduleName}'`,
    ' * Debug mode: off',
    'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
    ...(all ? [' * Running on all addresses (0.0.0.0)', ` * Running on http://127.0.0.1:${port}`, ` * Running on http://172.17.0.2:${port}`] : [` * Running on http://127.0.0.1:${port}`]),
    'Press CTRL+C to quit',
  ];
}

export function modelProcess(image: StoredImage, argv: string[], env: Record<string, string>, lookup: ScriptLookup): ProcessModel {
  const [program, ...args] = argv;
  if (!exists(image, program)) return { ok: false, program };
  const name = program.split('/').pop() ?? program;
  const done = (output: string[] = [], exitCode = 0): ProcessModel => ({ ok: true, output, exitCode, longRunning: false });
  switch (name) {
    case 'echo':
      return done([args.join(' ')]);
    case 'true':
      return done();
    case 'false':
      return done([], 1);
    case 'env':
    case 'printenv':
      return done(Object.entries(env).map(([k, v]) => `${k}=${v}`));
    case 'pwd':
      return done([image.config.workdir || '/']);
    case 'sleep':
      return { ok: true, output: [], exitCode: 0, longRunning: true };
    case 'sh':
    case 'bash':
      // Without -i/-t stdin is closed, so a shell reads EOF and exits 0.
      if (args[0] === '-c' && args[1] !== undefined) {
        const echo = /^echo\s+(.*)$/.exec(args[1].trim());
        return done(echo ? [echo[1].replace(/^(['"])(.*)\1$/, '$2')] : []);
      }
      return done();
    case 'python':
    case 'python3': {
      if (args[0] === '-V' || args[0] === '--version') return done([`Python ${env.PYTHON_VERSION ?? '3'}`]);
      if (args.length === 0) return done();
      const script = args[0];
      const source = lookup(script);
      if (source === undefined) {
        // CPython's message for a missing script, exit 2 (Modules/main.c pymain_run_file).
        return done([`python: can't open file '${script.startsWith('/') ? script : `${image.config.workdir.replace(/\/$/, '')}/${script}`}': [Errno 2] No such file or directory`], 2);
      }
      if (/\bFlask\b/.test(source) && /\.run\(/.test(source)) return { ok: true, output: flaskBanner(script, source), exitCode: 0, longRunning: true };
      return done(pythonPrints(source));
    }
    case 'nginx':
    case 'node':
      return { ok: true, output: [], exitCode: 0, longRunning: true };
    default:
      return done();
  }
}
