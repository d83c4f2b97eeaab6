import { describe, expect, it } from 'vitest';
import { goalSchema } from './schema';
import { goalCatalog, goalFromValues, initialValues, valuesFromGoal } from './goal-fields';

const catalog = goalCatalog();
const kind = (k: string) => catalog.find((c) => c.kind === k)!;

describe('the goal catalog as form fields', () => {
  it('lists every goal kind of the schema', () => {
    expect(catalog.map((c) => c.kind)).toEqual(goalSchema.options.map((o) => o.shape.kind.value));
  });

  it('types each parameter, labels it from .describe(), and knows defaults and options', () => {
    const base = kind('base-image');
    expect(base.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['image', 'string', true],
      ['pinned', 'boolean', false],
      ['tag', 'string', false],
      ['label', 'string', false],
    ]);
    expect(base.fields[0].label).toBe('Repository, e.g. "python"');
    expect(base.fields[1]).toMatchObject({ defaultValue: true, label: 'A tag other than latest (or a digest) is required' });
    expect(kind('exposes').fields.find((f) => f.name === 'port')).toMatchObject({ type: 'number', required: true });
    expect(kind('exposes').fields.find((f) => f.name === 'protocol')).toMatchObject({ type: 'enum', options: ['tcp', 'udp', 'sctp'], defaultValue: 'tcp' });
    expect(kind('container-runs').fields.find((f) => f.name === 'argv')).toMatchObject({ type: 'string-list', required: true });
    expect(kind('container-runs').fields.find((f) => f.name === 'command')).toMatchObject({ type: 'string', required: false, label: 'Build first and read the built image; without it, the analysis' });
  });

  it('turns form values into a goal the schema accepts, and back', () => {
    for (const { kind: k, fields } of catalog) {
      const values = initialValues(fields);
      const goal = goalFromValues(k, fields, values);
      expect(goal.kind).toBe(k);
      // Empty optional fields are left out so their defaults apply.
      expect(Object.keys(goal)).not.toContain('label');
    }
    const exposes = kind('exposes');
    const goal = goalFromValues('exposes', exposes.fields, { ...initialValues(exposes.fields), port: '8080', only: true });
    expect(goalSchema.parse(goal)).toEqual({ kind: 'exposes', port: 8080, protocol: 'tcp', only: true });
    const runs = kind('container-runs');
    const parsed = goalSchema.parse(goalFromValues('container-runs', runs.fields, { ...initialValues(runs.fields), argv: 'python\n main.py \n\n', workdir: '/app' }));
    expect(parsed).toMatchObject({ argv: ['python', 'main.py'], workdir: '/app' });
    expect(parsed).not.toHaveProperty('command');
    expect(valuesFromGoal(parsed, runs.fields)).toMatchObject({ argv: 'python\nmain.py', workdir: '/app', command: '' });
    // A required number left empty is reported by the schema, at its field.
    const missing = goalSchema.safeParse(goalFromValues('exposes', exposes.fields, initialValues(exposes.fields)));
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0].path).toEqual(['port']);
  });
});
