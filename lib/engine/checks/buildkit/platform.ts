/**
 * containerd's platforms.Parse, as far as the FromPlatformFlagConstDisallowed check
 * needs it: whether a specifier parses, and its normalised OS and architecture.
 */

export interface Platform {
  os: string;
  /** null when the specifier names only an OS: the architecture is the builder's own. */
  architecture: string | null;
}

const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux',
  'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);

const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64',
  'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64',
  's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);

const COMPONENT = /^[A-Za-z0-9_.-]+$/;

function normalizeOS(os: string): string {
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

function normalizeArch(arch: string): string {
  const lower = arch.toLowerCase();
  switch (lower) {
    case 'i386':
      return '386';
    case 'x86_64':
    case 'x86-64':
      return 'amd64';
    case 'aarch64':
      return 'arm64';
    case 'armhf':
    case 'armel':
      return 'arm';
    default:
      return lower;
  }
}

/** Returns null when containerd would reject the specifier. */
export function parsePlatform(specifier: string): Platform | null {
  if (specifier.includes('*') || specifier.includes('(')) return null;
  const parts = specifier.split('/');
  if (parts.length < 1 || parts.length > 3 || !parts.every((p) => COMPONENT.test(p))) return null;
  if (parts.length === 1) {
    const os = normalizeOS(parts[0]);
    if (KNOWN_OS.has(os)) return { os, architecture: null };
    const architecture = normalizeArch(parts[0]);
    // The OS is then the builder's own; every BuildKit builder we simulate is Linux.
    if (KNOWN_ARCH.has(architecture)) return { os: 'linux', architecture };
    return null;
  }
  return { os: normalizeOS(parts[0]), architecture: normalizeArch(parts[1]) };
}
