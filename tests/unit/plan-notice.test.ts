import { describe, expect, it } from 'vitest';
import { planNotice } from '../../src/lib/plan/notice';

describe('the plan page’s notice', () => {
  it('says nothing when nothing was changed and the catalogue is in', () => {
    expect(planNotice({ settings: [], failure: '', savedKept: false })).toBe('');
  });

  it('lists the settings that were changed or could not be used', () => {
    expect(planNotice({ settings: ['a race date in the past was left out', 'two runs on one day'], failure: '', savedKept: false })).toBe(
      'Some settings were changed or could not be used: a race date in the past was left out; two runs on one day.',
    );
  });

  it('says the plan shown stays when the catalogue did not load, before the settings', () => {
    expect(planNotice({ settings: ['two runs on one day'], failure: 'the site could not be reached', savedKept: true })).toBe(
      'The plan cannot change right now: the list of exercises the plan is built from did not load (the site could not be reached). The plan shown stays as it is. Some settings were changed or could not be used: two runs on one day.',
    );
  });

  it('says which plan could not be drawn as the page opened, and that a saved plan is kept', () => {
    const stuck = { settings: ['two runs on one day'], failure: '/plan/catalogue.0123456789ab.json answered 404' } as const;
    expect(planNotice({ ...stuck, stuck: 'the plan from your link', savedKept: true })).toBe(
      'This is the starting plan: the plan from your link could not be drawn, because the list of exercises the plan is built from did not load (/plan/catalogue.0123456789ab.json answered 404). Your saved plan is kept. Reload the page to try again.',
    );
    expect(planNotice({ ...stuck, stuck: 'your saved plan', savedKept: false })).not.toContain('Your saved plan is kept.');
  });
});
