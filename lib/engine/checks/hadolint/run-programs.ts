/** RUN rules about a program being used at all: DL3003 (cd), DL3004 (sudo), DL3027 (apt). */
import type { Check } from '@/lib/engine/types';
import { usingProgram } from './shell';
import { itemsOf, report, runShell, type HadolintRule } from './support';

export const DL3003: HadolintRule = {
  code: 'DL3003',
  severity: 'warning',
  message: 'Use WORKDIR to switch to a directory.',
  explanation: 'Each RUN starts a new shell, so a cd lasts only until the end of that RUN; WORKDIR sets the directory for all the instructions after it.',
};

export const DL3004: HadolintRule = {
  code: 'DL3004',
  severity: 'error',
  message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
  explanation: 'RUN already runs as the current USER (root unless you changed it); switch users with the USER instruction instead.',
};

export const DL3027: HadolintRule = {
  code: 'DL3027',
  severity: 'warning',
  message: 'Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead',
};

function programRule(rule: HadolintRule, program: string): Check {
  return (ctx) =>
    itemsOf(ctx, 'RUN')
      .filter(({ instr }) => usingProgram(runShell(instr), program))
      .map((item) => report(ctx, rule, item));
}

export const dl3003 = programRule(DL3003, 'cd');
export const dl3004 = programRule(DL3004, 'sudo');
export const dl3027 = programRule(DL3027, 'apt');
