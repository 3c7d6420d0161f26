import { describe, expect, it } from 'vitest';
import { ogImageParam, ogImagePath, pageUrls, primaryMusclesLine } from '../../src/lib/og-image';

describe('where a page’s preview image lives', () => {
  it('mirrors the page path under /og/', () => {
    expect(ogImagePath('/exercises/goblet-squat/')).toBe('/og/exercises/goblet-squat.png');
    expect(ogImagePath('/guides/references/')).toBe('/og/guides/references.png');
    expect(ogImagePath('/exercises/')).toBe('/og/exercises.png');
  });

  it('gives the home page and the 404 page names of their own', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImageParam('/404.html')).toBe('404');
    expect(ogImageParam('/404/')).toBe('404');
  });

  it('gives absolute URLs for the page and its image', () => {
    expect(pageUrls('/routines/warm-up/', new URL('https://strongstride.example'))).toEqual({
      url: 'https://strongstride.example/routines/warm-up/',
      image: 'https://strongstride.example/og/routines/warm-up.png',
    });
  });

  it('gives the 404 page the address it is served from, not one that answers 404', () => {
    expect(pageUrls('/404/', new URL('https://strongstride.example'))).toEqual({
      url: 'https://strongstride.example/404.html',
      image: 'https://strongstride.example/og/404.png',
    });
  });
});

describe('the detail line of an exercise’s card', () => {
  it('words the primary muscles for one muscle and for several', () => {
    expect(primaryMusclesLine(['calves'])).toBe('Primary muscle: Calves');
    expect(primaryMusclesLine(['quadriceps', 'glutes', 'adductors'])).toBe(
      'Primary muscles: Quadriceps, Glutes and Adductors (inner thigh)',
    );
  });
});
