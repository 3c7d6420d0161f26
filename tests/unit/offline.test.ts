import { describe, expect, it } from 'vitest';
import { installFailed, offlineMessage, retryDelay, MAX_RETRIES, saveNote, saveOffer, type PageState } from '../../src/lib/offline';

const page = (change: Partial<PageState> = {}): PageState => ({ online: true, saveData: false, updated: false, failed: false, ...change });

describe('offlineMessage', () => {
  it('says that opened pages are kept, and no more, before the whole library is saved', () => {
    expect(offlineMessage(page(), 'opened')).toBe('Pages you open are saved for offline use.');
    expect(offlineMessage(page(), 'opened')).not.toMatch(/everything/i);
  });

  it('says everything is saved only once the whole library of this version is', () => {
    expect(offlineMessage(page(), 'all')).toBe('Everything is saved for offline use.');
    expect(offlineMessage(page(), 'earlier')).toBe('Saved for offline use, from an earlier version.');
  });

  it('tells the reader they are offline and reading saved pages', () => {
    expect(offlineMessage(page({ online: false }), 'opened')).toBe('You’re offline — showing saved pages.');
  });

  it('asks for a reload when a newer version took over the page', () => {
    expect(offlineMessage(page({ updated: true }), 'all')).toMatch(/updated — reload/);
  });

  it('puts being offline before an update, since a reload would fail', () => {
    expect(offlineMessage(page({ online: false, updated: true }), 'all')).toMatch(/offline/);
  });

  it('reports a failed install of a newer version instead of claiming all is saved, and that pages still load', () => {
    const line = offlineMessage(page({ failed: true }), 'all');
    expect(line).toBe('Couldn’t save the latest version for offline use; trying again. Pages still load online.');
    expect(line).not.toMatch(/saved for offline use\./i);
  });
});

describe('installFailed', () => {
  it('names the site when nothing was saved before, the latest version when an earlier one works', () => {
    expect(installFailed()).toMatch(/^Couldn’t save StrongStride for offline use; trying again/);
    expect(installFailed('opened')).toMatch(/^Couldn’t save the latest version/);
  });
});

describe('retries after a failed install', () => {
  it('wait longer each time, three times', () => {
    expect(Array.from({ length: MAX_RETRIES }, (_, i) => retryDelay(i + 1))).toEqual([15_000, 60_000, 240_000]);
  });
});

describe('saveOffer', () => {
  it('offers the whole library with its size while only opened pages are saved', () => {
    expect(saveOffer(page(), 'opened', '5.9 MB')).toBe('Save everything for the gym (5.9 MB)');
  });

  it('offers an update of a library saved from an earlier version', () => {
    expect(saveOffer(page(), 'earlier', '5.9 MB')).toBe('Update saved pages');
  });

  it('offers nothing on Save-Data, offline, or once everything is saved', () => {
    expect(saveOffer(page({ saveData: true }), 'opened', '5.9 MB')).toBeNull();
    expect(saveOffer(page({ online: false }), 'opened', '5.9 MB')).toBeNull();
    expect(saveOffer(page(), 'all', '5.9 MB')).toBeNull();
  });
});

describe('saveNote', () => {
  it('says a stopped save keeps what it saved and carries on next time', () => {
    expect(saveNote({ stopped: true, saved: '1.2 MB', of: '5.9 MB' })).toBe(
      'Saving stopped with 1.2 MB of 5.9 MB saved; saving again carries on from there.',
    );
  });

  it('counts the files that failed and says what was saved stays', () => {
    expect(saveNote({ failed: 3, of: 364 })).toMatch(/^3 of 364 files could not be saved\. What was saved stays/);
  });

  it('names the room needed and the room free', () => {
    expect(saveNote({ needs: '5.9 MB', free: '2.0 MB' })).toMatch(/needs 5\.9 MB, and 2\.0 MB is free/);
  });
});
