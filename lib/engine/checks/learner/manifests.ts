/**
 * Dependency manifests (requirements.txt, package.json, go.mod...) and the commands that
 * install from them, shared by lw-run-data-file and lw-cache-order.
 */
import { basename } from '../hadolint/shell';
import { dirname } from './support';

export interface ManifestKind {
  /** What the file is, in plain words. */
  what: string;
  /** Matches the file's base name. */
  pattern: RegExp;
  /** The command that installs from the file at `path` (relative to the working directory). */
  install(path: string): string;
  /** What to COPY alone before installing (globs for lock files that may not exist). */
  copyFirst(path: string): string[];
  /** An extra hint about the install command, if any. */
  note?: string;
}

const inDir = (path: string) => {
  const dir = dirname(path);
  return dir === '.' || dir === '' ? null : dir;
};
const sibling = (path: string, name: string) => (inDir(path) ? `${inDir(path)}/${name}` : name);

export const MANIFESTS: ManifestKind[] = [
  {
    what: 'a list of Python packages',
    pattern: /^[\w.-]*requirements[\w.-]*\.txt$/i,
    // --no-cache-dir: the course teaches it (hadolint DL3042), so the quick fix must not undo it.
    install: (path) => `pip install --no-cache-dir -r ${path}`,
    copyFirst: (path) => [path],
  },
  {
    what: "your Node.js project's manifest",
    pattern: /^package(-lock)?\.json$/,
    install: (path) => (inDir(path) ? `npm ci --prefix ${inDir(path)}` : 'npm ci'),
    copyFirst: (path) => [sibling(path, 'package*.json')],
    note: 'npm ci needs a package-lock.json; without one, use npm install.',
  },
  {
    what: "your Ruby project's Gemfile",
    pattern: /^Gemfile(\.lock)?$/,
    install: (path) => (inDir(path) ? `bundle install --gemfile=${sibling(path, 'Gemfile')}` : 'bundle install'),
    // Bundler's lock file for another Gemfile name (--gemfile) is <name>.lock, gems.locked for gems.rb.
    copyFirst: (path) => {
      const name = basename(path);
      if (/^Gemfile(\.lock)?$/.test(name)) return [sibling(path, 'Gemfile*')];
      return name === 'gems.rb' ? [path, sibling(path, 'gems.locked*')] : [`${path}*`];
    },
  },
  {
    what: "your Go module's definition",
    pattern: /^go\.(mod|sum)$/,
    install: (path) => (inDir(path) ? `go -C ${inDir(path)} mod download` : 'go mod download'),
    copyFirst: (path) => [sibling(path, 'go.mod'), sibling(path, 'go.sum*')],
  },
  {
    what: "your Pipenv project's Pipfile",
    pattern: /^Pipfile(\.lock)?$/,
    install: (path) => (inDir(path) ? `PIPENV_PIPFILE=${sibling(path, 'Pipfile')} pipenv install --deploy` : 'pipenv install --deploy'),
    copyFirst: (path) => [sibling(path, 'Pipfile*')],
  },
  {
    what: "your Python project's settings",
    pattern: /^pyproject\.toml$/,
    install: (path) => `pip install --no-cache-dir ${inDir(path) ?? '.'}`,
    copyFirst: (path) => [path, sibling(path, 'poetry.lock*')],
  },
  {
    what: "your PHP project's manifest",
    pattern: /^composer\.(json|lock)$/,
    install: (path) => (inDir(path) ? `composer install --working-dir=${inDir(path)}` : 'composer install'),
    copyFirst: (path) => [sibling(path, 'composer.*')],
  },
  {
    what: "your Rust project's manifest",
    pattern: /^Cargo\.(toml|lock)$/,
    install: (path) => (inDir(path) ? `cargo build --release --manifest-path ${sibling(path, 'Cargo.toml')}` : 'cargo build --release'),
    copyFirst: (path) => [sibling(path, 'Cargo.*')],
  },
];

export function manifestKind(path: string): ManifestKind | null {
  const name = basename(path);
  return MANIFESTS.find((m) => m.pattern.test(name)) ?? null;
}

/** A manifest an install command reads, as written (relative to the command's directory). */
export interface InstallTarget {
  manifest: string;
  kind: ManifestKind;
}

const kindOf = (file: string) => MANIFESTS.find((m) => m.pattern.test(file));
const nonFlags = (args: string[]) => args.filter((a) => !a.startsWith('-'));

/** Value of `--name value`, `--name=value` or `-n value`. */
function optionValue(args: string[], names: string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    for (const name of names) {
      if (args[i] === name && args[i + 1]) return args[i + 1];
      if (name.startsWith('--') && args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
    }
  }
  return null;
}

function pipRequirementFiles(args: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === '-r' || a === '--requirement') && args[i + 1]) files.push(args[++i]);
    else if (a.startsWith('--requirement=')) files.push(a.slice('--requirement='.length));
    else if (/^-r\S/.test(a)) files.push(a.slice(2));
  }
  return files;
}

const inPrefix = (dir: string | null, file: string) => (dir ? `${dir}/${file}` : file);

/**
 * The manifests that `name args...` installs from, or [] when it is not a dependency
 * install. `pip install <package>` names no manifest and is ignored.
 */
export function installTargets(name: string, args: string[]): InstallTarget[] {
  const program = basename(name);
  // A file named on the command line (pip -r deps.txt, --gemfile=gems.rb) is that
  // tool's manifest whatever its name.
  const target = (file: string, usual: string): InstallTarget => ({
    manifest: file,
    kind: kindOf(basename(file)) ?? (kindOf(usual) as ManifestKind),
  });
  const pipArgs = /^pip[0-9.]*$/.test(program)
    ? args
    : /^python[0-9.]*$/.test(program) && args[0] === '-m' && /^pip[0-9.]*$/.test(args[1] ?? '')
      ? args.slice(2)
      : null;
  if (pipArgs) {
    if (!pipArgs.includes('install')) return [];
    return pipRequirementFiles(pipArgs).filter((f) => !f.includes('$')).map((f) => target(f, 'requirements.txt'));
  }
  const sub = args[0];
  const packagesNamed = (from: number) => nonFlags(args.slice(from)).length > 0;
  switch (program) {
    case 'npm':
      if (sub === 'ci' || ((sub === 'install' || sub === 'i') && !packagesNamed(1))) {
        return [target(inPrefix(optionValue(args, ['--prefix']), 'package.json'), 'package.json')];
      }
      return [];
    case 'yarn':
      return sub === undefined || (sub === 'install' && !packagesNamed(1)) || (sub.startsWith('-') && !packagesNamed(0))
        ? [target(inPrefix(optionValue(args, ['--cwd']), 'package.json'), 'package.json')]
        : [];
    case 'pnpm':
    case 'bun':
      return (sub === 'install' || sub === 'i') && !packagesNamed(1) ? [target('package.json', 'package.json')] : [];
    case 'go':
      return sub === 'mod' && args[1] === 'download' ? [target('go.mod', 'go.mod')] : [];
    case 'bundle':
      return sub === 'install' ? [target(optionValue(args, ['--gemfile']) ?? 'Gemfile', 'Gemfile')] : [];
    case 'composer':
      return sub === 'install' ? [target(inPrefix(optionValue(args, ['--working-dir', '-d']), 'composer.json'), 'composer.json')] : [];
    case 'poetry':
      return sub === 'install' ? [target('pyproject.toml', 'pyproject.toml')] : [];
    case 'uv':
      return sub === 'sync' ? [target('pyproject.toml', 'pyproject.toml')] : [];
    case 'pipenv':
      return sub === 'install' && !packagesNamed(1) ? [target('Pipfile', 'Pipfile')] : [];
    case 'cargo':
      return sub === 'fetch' || sub === 'build' ? [target(optionValue(args, ['--manifest-path']) ?? 'Cargo.toml', 'Cargo.toml')] : [];
    default:
      return [];
  }
}
