/** A content problem, always naming the file (and field or line) so an author can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContentError';
  }
}
