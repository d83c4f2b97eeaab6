/**
 * The goal catalog as form fields, read from the zod schema itself (lib/exercises/schema.ts), so
 * a goal kind or parameter added there shows up in the exercise builder with no other change:
 * the `.describe()` text is the label, numbers are number inputs, booleans checkboxes, string
 * arrays one item per line.
 */
import type { z } from 'zod';
import { goalSchema, type Goal, type GoalKind } from './schema';

export type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'string-list';

export interface GoalField {
  name: string;
  type: FieldType;
  /** The schema's description, else a readable name. */
  label: string;
  required: boolean;
  defaultValue?: unknown;
  /** For enums. */
  options?: string[];
}

/** Labels for parameters the schema does not describe (the names alone are terse). */
const FALLBACK_LABELS: Record<string, string> = {
  path: 'Directory (absolute, e.g. /app)',
  port: 'Port number',
  protocol: 'Protocol',
  codes: 'Problem codes (one a line, e.g. DL3003)',
  max: 'Most layers allowed',
  cwd: 'Directory the command runs in (relative to the project)',
  paths: 'Absolute paths in the image (one a line)',
  workdir: 'Working directory of the container (absolute)',
};

type AnySchema = z.ZodType & { def: Record<string, unknown>; description?: string };

function describe(schema: AnySchema): { type: FieldType; options?: string[] } | null {
  const def = schema.def as { type: string; element?: AnySchema; entries?: Record<string, string> };
  switch (def.type) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'enum', options: Object.values(def.entries ?? {}) };
    case 'array':
      return def.element && (def.element.def as { type: string }).type === 'string' ? { type: 'string-list' } : null;
    default:
      return null;
  }
}

function fieldOf(name: string, outer: AnySchema): GoalField | null {
  let schema = outer;
  let required = true;
  let defaultValue: unknown;
  let label = outer.description;
  for (;;) {
    const def = schema.def as { type: string; innerType?: AnySchema; defaultValue?: unknown };
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = def.defaultValue;
    } else break;
    schema = def.innerType!;
    label ??= schema.description;
  }
  const kind = describe(schema);
  if (!kind) return null;
  return { name, ...kind, label: label ?? FALLBACK_LABELS[name] ?? name, required, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

/** Every goal kind with its parameters (the `kind` itself left out; `label` last). */
export function goalCatalog(): Array<{ kind: GoalKind; fields: GoalField[] }> {
  return goalSchema.options.map((option) => {
    const shape = option.shape as unknown as Record<string, AnySchema>;
    const kind = option.shape.kind.value as GoalKind;
    const fields = Object.entries(shape)
      .filter(([name]) => name !== 'kind')
      .map(([name, schema]) => fieldOf(name, schema))
      .filter((f): f is GoalField => f !== null)
      .sort((a, b) => Number(a.name === 'label') - Number(b.name === 'label'));
    return { kind, fields };
  });
}

/** What a form holds for one field: text for strings, numbers and lists; a flag for booleans. */
export type FieldValue = string | boolean;

/** A new goal's form values: each default, else empty. */
export function initialValues(fields: readonly GoalField[]): Record<string, FieldValue> {
  return Object.fromEntries(
    fields.map((f) => {
      if (f.type === 'boolean') return [f.name, f.defaultValue === true];
      if (f.type === 'string-list') return [f.name, Array.isArray(f.defaultValue) ? f.defaultValue.join('\n') : ''];
      if (f.type === 'enum') return [f.name, typeof f.defaultValue === 'string' ? f.defaultValue : (f.options?.[0] ?? '')];
      return [f.name, f.defaultValue === undefined ? '' : String(f.defaultValue)];
    }),
  );
}

/**
 * The goal object the form describes (not yet validated: the schema says what is wrong). Empty
 * optional fields are left out, so their defaults apply.
 */
export function goalFromValues(kind: GoalKind, fields: readonly GoalField[], values: Record<string, FieldValue>): Record<string, unknown> {
  const goal: Record<string, unknown> = { kind };
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'boolean') {
      goal[field.name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value : '';
    if (field.type === 'string-list') {
      const items = text.split('\n').map((s) => s.trim()).filter(Boolean);
      if (items.length > 0 || field.required) goal[field.name] = items;
    } else if (text.trim() === '') {
      if (field.required) goal[field.name] = field.type === 'number' ? undefined : '';
    } else goal[field.name] = field.type === 'number' ? Number(text) : text;
  }
  return goal;
}

/** The form values of an existing goal (the builder edits goals it made or read from a file). */
export function valuesFromGoal(goal: Goal, fields: readonly GoalField[]): Record<string, FieldValue> {
  const record = goal as unknown as Record<string, unknown>;
  const values = initialValues(fields);
  for (const field of fields) {
    const value = record[field.name];
    if (value === undefined) continue;
    values[field.name] = field.type === 'boolean' ? value === true : Array.isArray(value) ? value.join('\n') : String(value);
  }
  return values;
}
