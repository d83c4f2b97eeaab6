/**
 * Where each rule and instruction is taught. Filled by the course writer.
 *
 * lessonLinks: diagnostic code (e.g. "dfu-UNKNOWN_INSTRUCTION", a BuildKit check's
 * code, a learner rule's code) -> "/learn/<slug>#<step>". analyze() copies the link
 * into Diagnostic.lesson.
 * instructionLessons: upper-case keyword (e.g. "WORKDIR") -> "/learn/<slug>#<step>".
 */
export const lessonLinks: Record<string, string> = {};

export const instructionLessons: Record<string, string> = {};
