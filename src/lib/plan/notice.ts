/**
 * What the plan page's notice says: the settings that were changed or could not be used, and,
 * when the exercise catalogue could not be loaded (src/lib/plan/catalogue-file.ts), that the plan
 * shown stays, or, when a plan link or saved plan could not be drawn as the page opened, that the
 * page shows its starting plan instead. Empty when there is nothing to say.
 */

/** Which plan could not be drawn when the page opened, in the notice's words. */
export type StuckPlan = 'the plan from your link' | 'your saved plan';

export interface NoticeState {
  /** Settings that were changed or could not be used, each in words. */
  settings: readonly string[];
  /** Why the catalogue could not be loaded the last time it was tried; empty once it is in. */
  failure: string;
  /** The plan that could not be drawn as the page opened, if one could not. */
  stuck?: StuckPlan;
  /** Whether the reader has a saved plan, which a failed load leaves as it is. */
  savedKept: boolean;
}

export function planNotice({ settings, failure, stuck, savedKept }: NoticeState): string {
  const changed = settings.length ? `Some settings were changed or could not be used: ${settings.join('; ')}.` : '';
  if (!failure) return changed;
  const missing = `the list of exercises the plan is built from did not load (${failure})`;
  if (stuck) return `This is the starting plan: ${stuck} could not be drawn, because ${missing}.${savedKept ? ' Your saved plan is kept.' : ''} Reload the page to try again.`;
  return [`The plan cannot change right now: ${missing}. The plan shown stays as it is.`, changed].filter(Boolean).join(' ');
}
