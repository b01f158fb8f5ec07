/**
 * Runs a zod/mini schema over untrusted input and turns its issues into our
 * field errors: a path and a message key, never zod's own English text (the UI
 * words each key per language, src/i18n/rules).
 */
import * as z from 'zod/mini';
import { FIELD_ERROR_MESSAGES, type FieldError, type FieldErrorMessage } from './verdict.ts';

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

const isMessageKey = (value: unknown): value is FieldErrorMessage =>
  typeof value === 'string' && (FIELD_ERROR_MESSAGES as readonly string[]).includes(value);

const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** The key for one issue. Schemas set a key as the issue's message where a code alone is ambiguous. */
function messageFor(issue: z.core.$ZodIssue): FieldErrorMessage {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'required';
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'object':
          return 'object.expected';
        case 'array':
          return 'list.expected';
        case 'boolean':
          return 'boolean.expected';
        case 'int':
          // A whole number was wanted: a finite fraction is "not an integer", anything else is not a number at all.
          return typeof issue.input === 'number' && Number.isFinite(issue.input) ? 'number.not-integer' : 'number.not-a-number';
        default:
          return 'number.not-a-number';
      }
    case 'too_small':
      return 'number.negative';
    case 'too_big':
      return issue.origin === 'array' ? 'list.too-long' : 'number.too-large';
    case 'invalid_value':
      return 'enum.unknown';
    default:
      return 'enum.unknown';
  }
}

/** Every bad field once (the first issue at a path wins), in the order zod found them. */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validation<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: FieldErrorMessage) => {
    if (seen.has(path)) return;
    seen.add(path);
    errors.push({ path, message });
  };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(joinPath([...issue.path, key]), 'unknown-key');
    } else {
      add(joinPath(issue.path), messageFor(issue));
    }
  }
  return { ok: false, errors };
}
