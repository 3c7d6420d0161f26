import { z } from 'astro/zod';
import { showValue } from './messages';

export const guideSchema = z.strictObject({
  /** The question or topic, as a reader would put it. */
  title: z.string().min(1),
  /** One sentence for the guides index and the meta description. */
  summary: z.string().min(1).max(160),
  /** Position in the suggested reading order on /guides/ (1 first). */
  order: z.number(showValue).int().positive(),
  /** Ids from src/data/references.ts that this guide relies on. */
  references: z.array(z.string()).default([]),
});

export type GuideData = z.output<typeof guideSchema>;
