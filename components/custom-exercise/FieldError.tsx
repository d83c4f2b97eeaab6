/** A schema problem shown at its field: "<path>: <message>", the id the field's aria-describedby names. */
export function FieldError({ id, path, problem }: { id?: string; path: string; problem: string | undefined }) {
  return problem ? (
    <p className="cx-field-error" id={id}>
      {path}: {problem}
    </p>
  ) : null;
}
