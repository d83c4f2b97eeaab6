import { describe, expect, it } from 'vitest';
import { looksSecret, secretsUsedInArgOrEnv } from './secrets-used-in-arg-or-env';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'SecretsUsedInArgOrEnv';
const message = (instruction: string, key: string) =>
  `Do not use ARG or ENV instructions for sensitive data (${instruction} "${key}")`;

describe('SecretsUsedInArgOrEnv', () => {
  it('flags secret-looking names (BuildKit testSecretsUsedInArgOrEnv)', () => {
    const src = `
FROM scratch
ARG SECRET_PASSPHRASE
ENV SUPER_Secret=foo
ENV password=bar secret=baz
ARG super_duper_secret_token=foo auth=bar
ENV apikey=bar sunflower=foo
ENV git_key=
ENV PUBLIC_KEY=
ARG public_token
`;
    const found = runCheck(secretsUsedInArgOrEnv, src);
    expectWarnings(found, RULE, [
      [3, message('ARG', 'SECRET_PASSPHRASE')],
      [4, message('ENV', 'SUPER_Secret')],
      [5, message('ENV', 'password')],
      [5, message('ENV', 'secret')],
      [6, message('ARG', 'auth')],
      [6, message('ARG', 'super_duper_secret_token')],
      [7, message('ENV', 'apikey')],
      [8, message('ENV', 'git_key')],
    ]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 22 });
  });

  it('matches whole "_"-separated words only', () => {
    expect(looksSecret('DB_PASSWORD')).toBe(true);
    expect(looksSecret('GITHUB_TOKEN')).toBe(true);
    expect(looksSecret('credentials')).toBe(true);
    expect(looksSecret('KEYBOARD')).toBe(false);
    expect(looksSecret('MONKEY')).toBe(false);
    expect(looksSecret('TOKEN_FILE')).toBe(false);
    expect(looksSecret('API_KEY_VERSION')).toBe(false);
  });

  it('does not check ARGs before the first FROM, which BuildKit does not dispatch', () => {
    expect(runCheck(secretsUsedInArgOrEnv, 'ARG NPM_TOKEN\nFROM node:20\n')).toEqual([]);
  });

  it('checks ENV names after expansion, naming the instruction in uppercase', () => {
    expectWarnings(runCheck(secretsUsedInArgOrEnv, 'from alpine\narg NAME=API_TOKEN\nenv ${NAME}=x\n'), RULE, [
      [3, message('ENV', 'API_TOKEN')],
    ]);
  });
});
