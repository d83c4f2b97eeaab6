/**
 * Recognises commands that start an application or a server (for lw-run-starts-app).
 * Deliberately narrow: a build step such as `python setup.py install`,
 * `python -m pip install`, `python manage.py collectstatic`, `npm ci` or
 * `node --version` must never match.
 */
import { basename } from '../hadolint/shell';

/** File names that are, by convention, an application's entry point. */
const PYTHON_ENTRY_POINTS = new Set([
  'main.py', 'app.py', 'server.py', 'run.py', 'wsgi.py', 'asgi.py', 'application.py', 'start.py',
  'serve.py', 'bot.py', 'index.py', 'api.py', 'web.py',
]);
const NODE_ENTRY_POINTS = new Set([
  'server.js', 'app.js', 'index.js', 'main.js', 'start.js', 'www',
  'server.mjs', 'app.mjs', 'index.mjs', 'main.mjs', 'server.cjs', 'app.cjs', 'index.cjs', 'main.cjs',
]);
/** Python modules that serve an app when run with `python -m`. */
const PYTHON_SERVER_MODULES = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'daphne', 'waitress', 'http.server', 'SimpleHTTPServer']);
/** Programs that only ever serve an app (the version/help flags aside). */
const SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'daphne', 'waitress-serve', 'puma', 'rackup', 'unicorn']);
const SCRIPT_NAMES = /^(start|dev|serve|develop|preview)(:.*)?$/;
const INFO_FLAGS = new Set(['--version', '-v', '-V', '--help', '-h']);
/** Prefixes that run the rest of the line as a command. */
const RUNNERS: Array<[string, string[]]> = [
  ['bundle', ['exec']], ['poetry', ['run']], ['pipenv', ['run']], ['uv', ['run']], ['pdm', ['run']], ['npx', []],
];

const isPython = (name: string) => /^(python[0-9.]*|pypy[0-9.]*)$/.test(name);

function pythonStartsApp(args: string[]): boolean {
  let i = 0;
  while (i < args.length && args[i].startsWith('-')) {
    const option = args[i];
    if (option === '-c' || INFO_FLAGS.has(option)) return false;
    if (option === '-m') {
      const moduleName = args[i + 1] ?? '';
      const rest = args.slice(i + 2);
      if (PYTHON_SERVER_MODULES.has(moduleName)) return !rest.some((a) => INFO_FLAGS.has(a));
      if (moduleName === 'flask' || moduleName === 'streamlit') return rest[0] === 'run';
      if (moduleName === 'django') return rest[0] === 'runserver';
      return false;
    }
    i += option === '-W' || option === '-X' ? 2 : 1;
  }
  const script = args[i];
  if (!script) return false;
  if (basename(script) === 'manage.py') return args[i + 1] === 'runserver';
  return PYTHON_ENTRY_POINTS.has(basename(script));
}

function nodeStartsApp(args: string[]): boolean {
  let i = 0;
  while (i < args.length && args[i].startsWith('-')) {
    if (['-e', '--eval', '-p', '--print', '-c', '--check', '-v', '--version', '-h', '--help'].includes(args[i])) return false;
    i++;
  }
  const script = args[i];
  if (!script) return false;
  return script === '.' || NODE_ENTRY_POINTS.has(basename(script));
}

function javaStartsApp(args: string[]): boolean {
  const jar = args.indexOf('-jar');
  if (jar < 0 || !args[jar + 1]) return false;
  // `java -Djarmode=layertools -jar app.jar extract` is a build step (Spring Boot layers).
  if (args.some((a) => a.startsWith('-Djarmode'))) return false;
  return args.slice(jar + 2).every((a) => a.startsWith('-'));
}

/** True when `name args...` starts an application or a server. */
export function startsApplication(name: string, args: string[]): boolean {
  const program = basename(name);
  for (const [runner, sub] of RUNNERS) {
    if (program === runner && sub.every((s, k) => args[k] === s) && args.length > sub.length) {
      return startsApplication(args[sub.length], args.slice(sub.length + 1));
    }
  }
  if (isPython(program)) return pythonStartsApp(args);
  if (program === 'node' || program === 'nodejs') return nodeStartsApp(args);
  if (program === 'npm') {
    if (args[0] === 'start') return true;
    return (args[0] === 'run' || args[0] === 'run-script') && SCRIPT_NAMES.test(args[1] ?? '');
  }
  if (program === 'yarn' || program === 'pnpm' || program === 'bun') {
    if (SCRIPT_NAMES.test(args[0] ?? '')) return true;
    return args[0] === 'run' && SCRIPT_NAMES.test(args[1] ?? '');
  }
  if (SERVERS.has(program)) return args.length === 0 || !args.some((a) => INFO_FLAGS.has(a));
  if (program === 'flask' || program === 'streamlit') return args[0] === 'run';
  if (program === 'rails') return args[0] === 'server' || args[0] === 's';
  if (program === 'next') return args[0] === 'start' || args[0] === 'dev';
  if (program === 'java') return javaStartsApp(args);
  if (program === 'php') return (args[0] === 'artisan' && args[1] === 'serve') || args[0] === '-S';
  if (program === 'dotnet') return args[0] === 'run' || (args[0] ?? '').endsWith('.dll');
  if (program === 'go') return args[0] === 'run' && (args[1] === 'main.go' || args[1] === '.');
  if (program === 'jupyter') return ['notebook', 'lab'].includes(args[0] ?? '');
  return false;
}
