/** FROM rules: DL3006 (tag the image), DL3007 (no :latest), DL3024 (unique stage names), DL3061 (FROM first). */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { fromParts, instructionStream, itemsOf, report, type HadolintRule } from './support';

export const DL3006: HadolintRule = {
  code: 'DL3006',
  severity: 'warning',
  message: 'Always tag the version of an image explicitly',
  explanation: 'Without a tag Docker pulls :latest, so the base image can change from one build to the next.',
};

export const dl3006: Check = (ctx) => {
  const aliases = new Set<string>();
  const out: Diagnostic[] = [];
  for (const item of itemsOf(ctx, 'FROM')) {
    const from = fromParts(item.instr);
    const { name, tag, digest } = from.reference;
    const untagged =
      from.image !== '' &&
      name.toLowerCase() !== 'scratch' &&
      digest === null &&
      tag === null &&
      !from.image.includes('$') &&
      !aliases.has(name.toLowerCase());
    if (untagged) out.push(report(ctx, DL3006, item, from.imageArg));
    if (from.alias) aliases.add(from.alias.toLowerCase());
  }
  return out;
};

export const DL3007: HadolintRule = {
  code: 'DL3007',
  severity: 'warning',
  message:
    'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
};

export const dl3007: Check = (ctx) =>
  itemsOf(ctx, 'FROM')
    .filter(({ instr }) => fromParts(instr).reference.tag === 'latest')
    .map((item) => report(ctx, DL3007, item, fromParts(item.instr).imageArg));

export const DL3024: HadolintRule = {
  code: 'DL3024',
  severity: 'error',
  message: 'FROM aliases (stage names) must be unique.',
  buildkitCheck: 'DuplicateStageName',
};

export const dl3024: Check = (ctx) => {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const item of itemsOf(ctx, 'FROM')) {
    const { alias, aliasArg } = fromParts(item.instr);
    if (!alias) continue;
    // BuildKit lower-cases stage names, so `AS Build` and `AS build` are the same stage.
    const key = alias.toLowerCase();
    if (seen.has(key)) out.push(report(ctx, DL3024, item, aliasArg));
    seen.add(key);
  }
  return out;
};

export const DL3061: HadolintRule = {
  code: 'DL3061',
  severity: 'error',
  message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
};

/** Every instruction other than ARG that comes before the first FROM. */
export const dl3061: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const keyword = item.written.keyword;
    if (keyword === 'FROM') break;
    // Unknown words are reported by lw-unknown-instruction; hadolint cannot parse them at all.
    if (keyword === 'ARG' || !item.written.known) continue;
    out.push(report(ctx, DL3061, item, item.written.keywordRange));
  }
  return out;
};
