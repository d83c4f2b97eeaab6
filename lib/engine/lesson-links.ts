/**
 * Where each rule and instruction is taught: the "learn why" links of the problems list and the
 * hover docs. content/checks.test.ts fails if a link points to a step that does not exist.
 *
 * lessonLinks: diagnostic code (a parse/dockerfile-utils code, a BuildKit check's name, a hadolint
 * rule id, a learner rule's code) -> "/learn/<slug>#<step>". analyze() copies the link into
 * Diagnostic.lesson (looking up `code`, then `hadolintRule` for merged diagnostics).
 * instructionLessons: upper-case keyword -> the step that introduces that instruction.
 */
export const lessonLinks: Record<string, string> = {
  // Parent images and tags
  DL3006: '/learn/parent-images-and-tags#latest-is-a-default',
  DL3007: '/learn/parent-images-and-tags#latest-is-a-default',
  // FROM
  'parse-no-build-stage': '/learn/from#first-instruction',
  DL3061: '/learn/from#first-instruction',
  'dfu-ARGUMENT_REQUIRES_ONE_OR_THREE': '/learn/from#from-forms',
  // WORKDIR
  DL3000: '/learn/workdir#absolute-and-relative',
  WorkdirRelativePath: '/learn/workdir#absolute-and-relative',
  'dfu-WORKDIR_IS_NOT_ABSOLUTE': '/learn/workdir#absolute-and-relative',
  DL3003: '/learn/workdir#workdir-not-cd',
  // COPY / ADD
  DL3045: '/learn/copy#source-and-destination',
  'dfu-ARGUMENT_REQUIRES_AT_LEAST_TWO': '/learn/copy#source-and-destination',
  DL3021: '/learn/copy#trailing-slashes',
  'dfu-INVALID_DESTINATION': '/learn/copy#trailing-slashes',
  DL3020: '/learn/copy#copy-or-add',
  // RUN
  DL3042: '/learn/run#install-dependencies',
  DL3013: '/learn/run#install-dependencies',
  'lw-run-data-file': '/learn/run#not-a-command',
  'lw-run-starts-app': '/learn/run#never-start-the-app',
  DL3059: '/learn/run#layers-and-cache',
  // CMD
  'lw-exec-form-no-space': '/learn/cmd-and-exec-form#cmd-needs-a-space',
  JSONArgsRecommended: '/learn/cmd-and-exec-form#exec-form',
  DL3025: '/learn/cmd-and-exec-form#exec-form',
  MultipleInstructionsDisallowed: '/learn/cmd-and-exec-form#only-the-last-cmd',
  DL4003: '/learn/cmd-and-exec-form#only-the-last-cmd',
  DL4004: '/learn/cmd-and-exec-form#only-the-last-cmd',
  // EXPOSE
  'lw-expose-host-mapping': '/learn/expose-documents-ports#container-ports-only',
  ExposeInvalidFormat: '/learn/expose-documents-ports#container-ports-only',
  DL3011: '/learn/expose-documents-ports#container-ports-only',
  // Build context and cache
  CopyIgnoredFile: '/learn/docker-build-and-context#build-context',
  // Reported by the workspace, which knows the project (lib/workspace/context-check.ts)
  'lw-copy-source-missing': '/learn/custom-dockerfile-location#which-path-is-relative-to-what',
  'lw-copy-source-ignored': '/learn/docker-build-and-context#build-context',
  'lw-cache-order': '/learn/build-cache#naive-order',
};

export const instructionLessons: Record<string, string> = {
  FROM: '/learn/from#first-instruction',
  WORKDIR: '/learn/workdir#what-workdir-does',
  COPY: '/learn/copy#what-copy-does',
  ADD: '/learn/copy#copy-or-add',
  RUN: '/learn/run#build-time-commands',
  CMD: '/learn/cmd-and-exec-form#what-cmd-does',
  ENTRYPOINT: '/learn/cmd-and-exec-form#cmd-and-entrypoint',
  EXPOSE: '/learn/expose-documents-ports#what-expose-records',
};
