/**
 * Turns a schema failure into one line per problem, each naming the file and the field, for
 * content checks that run outside Astro's own loader (which reports the same schema).
 */
import type { z } from 'astro/zod';

export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length
      ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
      : '(frontmatter)';
    return `${file}: ${field}: ${issue.message}`;
  });
}

export function validate<S extends z.ZodType>(schema: S, file: string, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error).join('\n'));
  return result.data;
}
