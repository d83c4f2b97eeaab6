/**
 * EXPOSE port parsing as BuildKit does it (dockerfile2llb/convert_expose.go), shared
 * by ExposeProtoCasing and ExposeInvalidFormat. Each argument is expanded, then every
 * port spec is split into [ip:][hostPort:]containerPort[/proto]. BuildKit lints a
 * spec before validating its numbers, and stops at the first invalid spec.
 */
import type { CheckContext } from '../../types';
import { restWords, type LogicalLine } from './source-scan';
import { expandIn, simulate } from './stage-sim';
import { perAnalysis } from '../per-analysis';

export interface PortSpec {
  line: LogicalLine;
  /** The argument as written in the Dockerfile. */
  written: string;
  /** The spec after variable expansion (what BuildKit's messages quote). */
  raw: string;
  ip: string;
  hostPort: string;
  proto: string;
}

/** A spec with at least one ':' (callers check) as [ip, hostPort, containerPart]. */
function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  if (parts.length === 2) return ['', parts[0], parts[1]];
  const n = parts.length;
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], parts[n - 1]];
}

const DECIMAL = /^[+-]?\d+$/;

function num(s: string): number {
  return DECIMAL.test(s) ? Number(s) : NaN;
}

function validPortRange(ports: string): boolean {
  if (ports === '') return false;
  const dash = ports.indexOf('-');
  const start = dash === -1 ? ports : ports.slice(0, dash);
  const end = dash === -1 ? null : ports.slice(dash + 1);
  const a = num(start);
  if (!(a >= 0 && a <= 65535)) return false;
  if (end === null || end === start) return true;
  const b = num(end);
  return b >= 0 && b <= 65535 && b >= a;
}

function validIP(ip: string): boolean {
  let host = ip;
  if (host.startsWith('[')) {
    if (!host.endsWith(']')) return false;
    host = host.slice(1, -1);
  }
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host.split('.').every((o) => Number(o) <= 255);
  return host.includes(':') && /^[0-9a-fA-F:.]+$/.test(host);
}

const PROTOCOLS = new Set(['', 'tcp', 'udp', 'sctp']);

/** The port specs BuildKit lints, per EXPOSE instruction, in order (once per analysis, shared by both rules). */
export const exposedPortSpecs = perAnalysis((ctx: CheckContext): PortSpec[] => {
  const out: PortSpec[] = [];
  for (const state of simulate(ctx).states) {
    const { line } = state;
    if (line.instruction.keyword !== 'EXPOSE') continue;
    specs: for (const written of restWords(line)) {
      const words = expandIn(state.before, written, ctx.analysis.escapeChar).words;
      if (words === null) continue;
      for (const raw of words) {
        let ip = '';
        let hostPort = '';
        let containerPart = raw;
        // No ':' (the usual spec): no parts array to destructure.
        if (raw.indexOf(':') >= 0) [ip, hostPort, containerPart] = splitParts(raw);
        const slash = containerPart.indexOf('/');
        const port = slash === -1 ? containerPart : containerPart.slice(0, slash);
        const proto = slash === -1 ? '' : containerPart.slice(slash + 1);
        if (port === '' || !PROTOCOLS.has(proto.toLowerCase())) break specs;
        out.push({ line, written, raw, ip, hostPort, proto });
        const ipOk = ip === '' || validIP(ip);
        if (!ipOk || !validPortRange(port) || (hostPort !== '' && !validPortRange(hostPort))) break specs;
      }
    }
  }
  return out;
});
