// Reads the zod schemas themselves to learn what is valid at a place in a document: the keys an
// object accepts, which member of a union a value is meant for, and how to describe what is expected.
// Key lists are never written by hand, so a new schema field is known here the moment it exists.
import { z } from 'zod';
import { isPlainObject, type KeyPath, valueAt } from './key-path.js';

type Schema = z.core.$ZodType;

/** The schema without optional/default/nullable wrappers. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly ||
      current instanceof z.ZodCatch
    ) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else if (current instanceof z.ZodLazy) {
      current = current.unwrap();
    } else {
      return current;
    }
  }
}

/**
 * The member of a union that `value` is meant for: by the discriminator for discriminated unions,
 * otherwise the first member accepting the value's shape. Non-unions are returned as they are.
 */
export function variantFor(schema: Schema, value: unknown): Schema | undefined {
  const plain = unwrap(schema);
  if (!(plain instanceof z.ZodUnion)) return plain;
  const discriminator = discriminatorOf(plain);
  if (discriminator !== undefined) {
    if (!isPlainObject(value)) return undefined;
    const wanted = value[discriminator];
    for (const option of plain.options) {
      const member = unwrap(option);
      if (member instanceof z.ZodObject && literalValues(member.shape[discriminator]).includes(wanted))
        return member;
    }
    return undefined;
  }
  const kind = kindOfValue(value);
  for (const option of plain.options) {
    if (acceptsKind(option, kind)) return variantFor(option, value);
  }
  return undefined;
}

export function discriminatorOf(schema: Schema): string | undefined {
  return schema instanceof z.ZodDiscriminatedUnion ? schema.def.discriminator : undefined;
}

/** The schema that applies at `path` inside `root`, following unions by the data found there. */
export function schemaAt(root: Schema, data: unknown, path: KeyPath): Schema | undefined {
  let schema: Schema | undefined = root;
  let value = data;
  for (const segment of path) {
    const here: Schema | undefined = schema === undefined ? undefined : variantFor(schema, value);
    if (here instanceof z.ZodObject && typeof segment === 'string') schema = here.shape[segment];
    else if (here instanceof z.ZodArray) schema = here.element;
    else if (here instanceof z.ZodRecord) schema = here.valueType;
    else return undefined;
    value =
      isPlainObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return schema === undefined ? undefined : unwrap(schema);
}

/** The keys the object at `path` accepts, or undefined when no object schema applies there. */
export function keysAt(root: Schema, data: unknown, path: KeyPath): string[] | undefined {
  const schema = schemaAt(root, data, path);
  const object = schema === undefined ? undefined : variantFor(schema, valueAt(data, path));
  return object instanceof z.ZodObject ? Object.keys(object.shape) : undefined;
}

export type ValueKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' | 'undefined';

export function kindOfValue(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'undefined') return kind;
  return 'object';
}

/** Whether a value of this kind could satisfy the schema (ignoring its finer rules). */
export function acceptsKind(schema: Schema, kind: ValueKind): boolean {
  const plain = unwrap(schema);
  if (plain instanceof z.ZodUnion) return plain.options.some((option) => acceptsKind(option, kind));
  if (plain instanceof z.ZodUnknown || plain instanceof z.ZodAny) return true;
  if (plain instanceof z.ZodString) return kind === 'string';
  if (plain instanceof z.ZodNumber) return kind === 'number';
  if (plain instanceof z.ZodBoolean) return kind === 'boolean';
  if (plain instanceof z.ZodArray) return kind === 'array';
  if (plain instanceof z.ZodObject || plain instanceof z.ZodRecord) return kind === 'object';
  if (plain instanceof z.ZodLiteral || plain instanceof z.ZodEnum) {
    return literalValues(plain).some((v) => kindOfValue(v) === kind);
  }
  return false;
}

/** The values a literal or enum schema accepts; empty for anything else. */
export function literalValues(schema: Schema | undefined): unknown[] {
  const plain = schema === undefined ? undefined : unwrap(schema);
  if (plain instanceof z.ZodLiteral) return [...plain.values];
  if (plain instanceof z.ZodEnum) return plain.options;
  return [];
}

/** "an integer", "a string", "one of "a", "b"", "a string or a list"... for messages. */
export function describeSchema(schema: Schema): string {
  const plain = unwrap(schema);
  if (plain instanceof z.ZodUnion) {
    const parts = [...new Set(plain.options.map(describeSchema))];
    return parts.length <= 2 ? parts.join(' or ') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
  }
  if (plain instanceof z.ZodString) return 'a string';
  if (plain instanceof z.ZodNumber)
    return plain.format === 'safeint' || plain.format === 'int32' ? 'an integer' : 'a number';
  if (plain instanceof z.ZodBoolean) return 'true or false';
  if (plain instanceof z.ZodArray) return 'a list';
  if (plain instanceof z.ZodObject || plain instanceof z.ZodRecord) return 'an object';
  if (plain instanceof z.ZodLiteral || plain instanceof z.ZodEnum) {
    const values = literalValues(plain).map((v) => JSON.stringify(v));
    return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
  }
  return 'a valid value';
}
