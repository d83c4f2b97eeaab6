/**
 * Renders instructions in the format of BuildKit's `Node.Dump()` (parser.go), one
 * line per instruction, so the conformance test can compare with BuildKit's
 * `result` files string for string.
 */
import type { Instruction } from '../types';
import { goQuote } from './line-parsers';

function flagWord(flag: Instruction['flags'][number]): string {
  return '--' + flag.name + (flag.value === null ? '' : '=' + flag.value);
}

/** The values BuildKit chains after the keyword (its `Next` nodes). */
function nodeValues(ins: Instruction): string[] {
  if ((ins.keyword === 'ENV' || ins.keyword === 'LABEL') && ins.pairs) {
    const out: string[] = [];
    for (const p of ins.pairs) out.push(p.key.value, p.value ? p.value.value : '', p.equals ? '=' : '');
    return out;
  }
  return ins.args.map((a) => a.value);
}

export function dumpInstruction(ins: Instruction): string {
  let str = ins.rawKeyword.toLowerCase();
  if (ins.flags.length > 0) str += ' [' + ins.flags.map((f) => goQuote(flagWord(f))).join(' ') + ']';
  if (!ins.known) {
    str += ' ""'; // parseIgnore keeps one empty node
  } else if (ins.keyword === 'ONBUILD' && ins.onbuild) {
    str += ' (' + dumpInstruction(ins.onbuild) + ')';
  } else {
    for (const v of nodeValues(ins)) str += ' ' + goQuote(v);
  }
  return str.trim();
}

/** The whole AST dump: `(<instruction>)` per line, as in the `result` files. */
export function dumpInstructions(instructions: Instruction[]): string {
  return instructions.map((i) => '(' + dumpInstruction(i) + ')\n').join('');
}
