/**
 * Error messages for content fields that name the value the file gave: `pattern: "squatt" is not
 * one of "squat"|"lunge"|…`. zod's own messages (and Astro's, which replace them for a wrong type)
 * name the field and what it expects, but not what was written, which is what a writer has to find
 * in the file. Pass `showValue` as the options of a closed-list or typed field.
 */
import type { z } from 'astro/zod';

/** A value as a writer would recognise it in the file, shortened when long. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The message for an issue, with the value; other issues keep zod's own. */
export const valueMessage = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'invalid_value') return `${shown(issue.input)} is not one of ${issue.values.map((v) => shown(v)).join('|')}`;
  if (issue.code === 'invalid_type' && issue.input !== undefined) return `expected ${issue.expected}, got ${shown(issue.input)}`;
  return undefined;
};

/** zod options that make a field's errors name the value. */
export const showValue = { error: valueMessage };
