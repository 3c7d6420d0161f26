import { describe, expect, it } from 'vitest';
import { offlineMessage } from '../../src/lib/offline';

describe('offlineMessage', () => {
  it('says nothing before the site is saved', () => {
    expect(offlineMessage({ online: true, saved: false, updated: false })).toBe('');
  });

  it('tells the reader once the site is saved for offline use', () => {
    expect(offlineMessage({ online: true, saved: true, updated: false })).toBe('Saved for offline use.');
  });

  it('tells the reader they are offline and reading saved pages', () => {
    expect(offlineMessage({ online: false, saved: true, updated: false })).toBe('You’re offline — showing saved pages.');
  });

  it('does not promise saved pages offline when nothing was saved', () => {
    expect(offlineMessage({ online: false, saved: false, updated: false })).toBe('You’re offline.');
  });

  it('asks for a reload when a newer version took over the page', () => {
    expect(offlineMessage({ online: true, saved: true, updated: true })).toMatch(/updated — reload/);
  });

  it('puts being offline before an update, since a reload would fail', () => {
    expect(offlineMessage({ online: false, saved: true, updated: true })).toMatch(/offline/);
  });
});
