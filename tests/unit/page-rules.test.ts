import { describe, expect, it } from 'vitest';
import { checkPage, sharedTitles } from '../../scripts/page-rules.mjs';

// A page shaped like the site's own: policy first in <head>, one banner, nav, main and footer.
const head = `<meta http-equiv="content-security-policy" content="default-src 'self'"><meta charset="utf-8"><title>Goblet squat · StrongStride</title><meta property="og:image" content="https://strongstride.example/og/exercises/goblet-squat.png"><link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script>`;
const chrome = (main: string) =>
  `<header><a href="/"><svg aria-hidden="true"></svg>StrongStride</a><nav aria-label="Main"><a href="/exercises/">Exercises</a></nav></header>` +
  `<main id="main">${main}</main><footer><p>Footer</p></footer>`;
const page = ({ html = '<html lang="en">', inHead = head, main = '<h1>Goblet squat</h1><h2 id="cues">Cues</h2><h3>Stance</h3><h2>Notes</h2>' } = {}) =>
  `<!DOCTYPE html>${html}<head>${inHead}</head><body>${chrome(main)}</body></html>`;
const problems = (html: string) => checkPage(html).problems;

describe('the static page check', () => {
  it('passes a page with everything in place, and reads its title', () => {
    expect(checkPage(page())).toMatchObject({ title: 'Goblet squat · StrongStride', problems: [] });
  });

  it('names each problem, with where it is in the file', () => {
    expect(problems(page({ html: '<html>' }))).toEqual(['line 1:16: <html> has no lang attribute']);
  });

  it('wants exactly one <h1>', () => {
    expect(problems(page({ main: '<h2>Cues</h2>' }))).toContain('has 0 <h1> elements, not one');
    expect(problems(page({ main: '<h1>One</h1><h1>Two</h1>' }))).toEqual(['has 2 <h1> elements, not one: <h1> “One”, <h1> “Two”']);
  });

  it('rejects a heading that skips a level going down, but not one going back up', () => {
    expect(problems(page({ main: '<h1>Squat</h1><h3>Stance</h3>' }))).toEqual([expect.stringMatching(/: <h3> “Stance” follows an <h1>, skipping a level$/)]);
    expect(problems(page({ main: '<h1>Squat</h1><h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2>' }))).toEqual([]);
  });

  it('finds words glued to a link, as a line break lost between text and a tag leaves them', () => {
    const main = (p: string) => page({ main: `<h1>Squat</h1><p>${p}</p>` });
    expect(problems(main('Browse by <a href="/m/">muscle</a>,<a href="/e/">equipment</a> or<a href="/a/">body area</a>.'))).toEqual([
      expect.stringMatching(/: no space between “,” and the link <a> “equipment”$/),
      expect.stringMatching(/: no space between “or” and the link <a> “body area”$/),
    ]);
    expect(problems(main('Read <a href="/g/">the guide</a>now.'))).toEqual([expect.stringMatching(/: no space between the link <a> “the guide” and “now\.”$/)]);
    expect(problems(main('Browse by <a href="/m/">muscle</a>, (<a href="/e/">equipment</a>) or “<a href="/a/">area</a>”.'))).toEqual([]);
  });

  it('wants a non-empty <title>', () => {
    expect(problems(page({ inHead: head.replace(/<title>.*<\/title>/, '<title> </title>') }))).toEqual([expect.stringMatching(/: the <title> is empty$/)]);
    expect(problems(page({ inHead: head.replace(/<title>.*<\/title>/, '') }))).toEqual(['has 0 <title> elements, not one']);
  });

  it('does not take an SVG’s <title> for the page’s', () => {
    const result = checkPage(page({ main: '<h1>Squat</h1><svg role="img"><title>Body map</title></svg>' }));
    expect(result).toMatchObject({ title: 'Goblet squat · StrongStride', problems: [] });
  });

  it('wants one page header, a nav, one main and one page footer', () => {
    const html = page().replace('<main id="main">', '<main id="main"><main>').replace('</main>', '</main></main>');
    expect(problems(html)).toEqual(['has 2 <main> elements, not one']);
    expect(problems(page().replace(/<footer>.*<\/footer>/, ''))).toEqual([
      'has 0 page footers (a <footer> outside article, aside, main, nav and section), not one',
    ]);
    expect(problems(page().replace(/<nav.*<\/nav>/, ''))).toEqual(['has no <nav>']);
    // An article's own header is not the page header.
    expect(problems(page({ main: '<article><header><h1>Squat</h1></header><footer>Tags</footer></article>' }))).toEqual([]);
  });

  it('wants alt on every <img> and a name on every role="img"', () => {
    expect(problems(page({ main: '<h1>Squat</h1><img src="/a.png" alt="">' }))).toEqual([]);
    expect(problems(page({ main: '<h1>Squat</h1><img src="/a.png">' }))).toEqual([
      expect.stringMatching(/: <img src="\/a.png"> has no alt attribute/),
    ]);
    expect(problems(page({ main: '<h1>Squat</h1><svg role="img" viewBox="0 0 1 1"><path d="M0 0"/></svg>' }))).toEqual([
      expect.stringMatching(/: <svg role="img"> has no name/),
    ]);
    expect(problems(page({ main: '<h1>Squat</h1><svg role="img" aria-label="Body map"></svg>' }))).toEqual([]);
    expect(problems(page({ main: '<h1 id="t">Squat</h1><svg role="img" aria-labelledby="t"></svg>' }))).toEqual([]);
    expect(problems(page({ main: '<h1>Squat</h1><svg role="img" aria-labelledby="missing"></svg>' }))).toHaveLength(1);
  });

  it('wants a name on every link and button, from its text, an image inside, or a label', () => {
    expect(problems(page({ main: '<h1>Squat</h1><a href="/a/"><img src="/a.png" alt="Plank"></a><button aria-label="Close"><svg aria-hidden="true"></svg></button><h2 id="n">Cues</h2><a href="#n" aria-labelledby="n"></a>' }))).toEqual([]);
    expect(problems(page({ main: '<h1>Squat</h1><a href="/exercises/plank/"><svg aria-hidden="true"><title>Plank</title></svg></a><button> </button>' }))).toEqual([
      expect.stringMatching(/: <a href="\/exercises\/plank\/"> has no name/),
      expect.stringMatching(/: <button> has no name/),
    ]);
  });

  it('wants one preview image for a pasted link', () => {
    const preview = /<meta property="og:image"[^>]*>/;
    expect(problems(page({ inHead: head.replace(preview, '') }))).toEqual(['has 0 preview images (<meta property="og:image">), not one']);
    expect(problems(page({ inHead: head.replace(preview, '<meta property="og:image" content=" ">') }))).toEqual([
      expect.stringMatching(/: the preview image <meta property="og:image"> names no image$/),
    ]);
  });

  it('wants every id used once', () => {
    expect(problems(page({ main: '<h1 id="cues">Squat</h1><h2 id="cues">Cues</h2>' }))).toEqual([expect.stringMatching(/: id "cues" is used 2 times$/)]);
  });

  it('rejects inline event handlers', () => {
    expect(problems(page({ main: '<h1>Squat</h1><button onclick="go()">Go</button>' }))).toEqual([
      expect.stringMatching(/: <button onclick> is an inline event handler, which the policy blocks$/),
    ]);
  });

  it('wants one Content Security Policy <meta>, in <head>, ahead of every script and stylesheet', () => {
    expect(problems(page({ inHead: head.replace(/<meta http-equiv[^>]+>/, '') }))).toEqual(['has 0 Content Security Policy <meta> elements, not one']);
    const late = head.replace(/(<meta http-equiv[^>]+>)(.*)/, '$2$1');
    expect(problems(page({ inHead: late }))).toEqual([expect.stringMatching(/: <link> comes before the Content Security Policy <meta>, which does not cover it$/)]);
    expect(problems(page({ inHead: head.replace("content=\"default-src 'self'\"", 'content=""') }))).toEqual([
      expect.stringMatching(/: the Content Security Policy <meta> is empty$/),
    ]);
  });

  it('wants an exercise page’s movement figure, named as an image, in its technique cues', () => {
    const figure = '<div class="fig" role="img" aria-label="Animated figure of the plank, seen from the side: Holds. Key positions: Start, then Hold."><svg aria-hidden="true"></svg></div>';
    const exercise = (cues: string, after = '') => page({ main: `<h1>Plank</h1><section aria-labelledby="cues"><h2 id="cues">Technique cues</h2>${cues}<ol><li id="cue-1">Elbows under shoulders.</li></ol></section>${after}` });
    expect(checkPage(exercise(figure), '/exercises/plank/').problems).toEqual([]);
    expect(checkPage(exercise(''), '/exercises/plank/').problems).toEqual([
      expect.stringMatching(/: the technique cues show 0 movement figures \(role="img", named “Animated figure of …”\), not one$/),
    ]);
    // Named otherwise, or outside the cues, it is not the figure beside the cues.
    expect(checkPage(exercise(figure.replace('Animated figure', 'Figure')), '/exercises/plank/').problems).toHaveLength(1);
    expect(checkPage(exercise('', `<section aria-labelledby="more"><h2 id="more">More</h2>${figure}</section>`), '/exercises/plank/').problems).toHaveLength(1);
    expect(checkPage(page(), '/exercises/plank/').problems).toEqual(['has 0 technique cues sections (<section aria-labelledby="cues">), not one']);
    // Other pages need none: a list of exercises, a guide.
    expect(checkPage(page(), '/exercises/').problems).toEqual([]);
    expect(checkPage(page(), '/guides/equipment/').problems).toEqual([]);
  });
});

describe('shared titles', () => {
  it('names every page that shares a title, ignoring case and spacing', () => {
    expect(
      sharedTitles([
        { file: 'dist/a/index.html', title: 'Squat · StrongStride' },
        { file: 'dist/b/index.html', title: 'squat  · StrongStride' },
        { file: 'dist/c/index.html', title: 'Lunge · StrongStride' },
      ]),
    ).toEqual(['the title “Squat · StrongStride” is used by dist/a/index.html, dist/b/index.html']);
  });
});
