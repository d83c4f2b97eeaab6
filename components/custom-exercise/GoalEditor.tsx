'use client';

/** One goal of the builder: a form generated from the goal kind's schema (lib/exercises/goal-fields.ts). */
import { describeGoal, goalSchema } from '@/lib/exercises';
import { goalFromValues, type FieldValue } from '@/lib/exercises/goal-fields';
import { fieldsOf, type GoalEntry } from './builder-draft';

export function GoalEditor({ entry, index, problems, onChange, onRemove }: { entry: GoalEntry; index: number; problems: Map<string, string>; onChange(values: Record<string, FieldValue>): void; onRemove(): void }) {
  const fields = fieldsOf(entry.kind);
  const prefix = `goals.${index}`;
  const base = `cx-goal-${entry.key}`;
  const parsed = goalSchema.safeParse(goalFromValues(entry.kind, fields, entry.values));
  const own = [...problems].filter(([path]) => path === prefix || (path.startsWith(`${prefix}.`) && !fields.some((f) => path.startsWith(`${prefix}.${f.name}`))));
  const set = (name: string, value: FieldValue) => onChange({ ...entry.values, [name]: value });
  return (
    <fieldset>
      <legend>
        Goal {index + 1}: {entry.kind}
      </legend>
      {own.map(([path, message]) => (
        <p key={path} className="cx-field-error">
          {path}: {message}
        </p>
      ))}
      {fields.map((field) => {
        const id = `${base}-${field.name}`;
        const problem = [...problems].find(([path]) => path === `${prefix}.${field.name}` || path.startsWith(`${prefix}.${field.name}.`));
        const errorId = `${id}-error`;
        const label = `${field.label}${field.required ? '' : ' (optional)'}`;
        const invalid = problem ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
        const value = entry.values[field.name];
        const error = problem ? (
          <p className="cx-field-error" id={errorId}>
            {problem[0]}: {problem[1]}
          </p>
        ) : null;
        if (field.type === 'boolean') {
          return (
            <div key={field.name} className="cx-field cx-field-check">
              <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(field.name, e.target.checked)} {...invalid} />
              <label htmlFor={id}>{field.label}</label>
              {error}
            </div>
          );
        }
        return (
          <div key={field.name} className="cx-field">
            <label htmlFor={id}>
              {label}
              {field.type === 'string-list' ? ', one a line' : ''}
            </label>
            {field.type === 'enum' ? (
              <select id={id} value={String(value)} onChange={(e) => set(field.name, e.target.value)} {...invalid}>
                {field.options!.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : field.type === 'string-list' ? (
              <textarea id={id} rows={3} value={String(value)} spellCheck={false} onChange={(e) => set(field.name, e.target.value)} {...invalid} />
            ) : (
              <input id={id} type={field.type === 'number' ? 'number' : 'text'} value={String(value)} spellCheck={false} onChange={(e) => set(field.name, e.target.value)} {...invalid} />
            )}
            {error}
          </div>
        );
      })}
      {parsed.success ? <p className="cx-goal-preview">The learner reads: “{describeGoal(parsed.data)}”</p> : null}
      <button type="button" className="button button-small button-secondary" onClick={onRemove}>
        Remove goal {index + 1}
      </button>
    </fieldset>
  );
}
