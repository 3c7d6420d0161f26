/** Small wording helpers shared by pages. */

/**
 * JSON for a <script> element (application/json or ld+json). "<" is written as \u003c so no
 * string in the data ("</script>", "<!--") can end the element early; JSON parsers read it back unchanged.
 */
export const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** 1125 → "1,125" */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 75 → "1 min 15 s"; 40 → "40 s" */
export function formatSeconds(total: number): string {
  const min = Math.floor(total / 60);
  const sec = total % 60;
  if (!min) return `${sec} s`;
  return sec ? `${min} min ${sec} s` : `${min} min`;
}

/** 5,712,345 bytes → "5.7 MB" (decimal megabytes, as phones count storage). */
export const formatMegabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
