/**
 * hadolint's view of a RUN script: the tokenizer and command splitter (shell-parse.ts) and the
 * questions rules ask about the commands (shell-query.ts).
 */
export * from './shell-parse';
export * from './shell-query';
