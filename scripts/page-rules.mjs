// What every built page must have that can be read from its HTML alone, without a browser.
// scripts/page-check.mjs applies these rules to every page in dist/; what needs layout, colour or
// scripts (contrast, focus, console errors) is checked in a browser by tests/e2e/templates.spec.ts
// on one page of each kind. Where the rules come from:
// - one <h1>, headings that never skip a level going down, a `lang` on <html>, a <title>, and the
//   banner / navigation / main / contentinfo landmarks: WCAG 2.2 1.3.1, 2.4.2, 2.4.6 and 3.1.1, as
//   axe checks them (page-has-heading-one, heading-order, html-has-lang, landmark-one-main);
// - a text alternative on every image (WCAG 1.1.1): `alt` on <img> (empty when decorative), and a
//   name on anything with role="img" (an inline SVG's aria-label, aria-labelledby or <title>);
// - a name on every link and button (WCAG 2.4.4 and 4.1.2, axe's link-name and button-name): its
//   text, an image's alt inside it, aria-label, aria-labelledby or title;
// - unique ids, because labels, fragments and aria-* references point at them;
// - a preview image (<meta property="og:image">), so a link pasted in a chat app shows a card; the
//   link check (scripts/link-rules.mjs) makes sure the build wrote the image it names;
// - no inline event handlers and a Content Security Policy <meta> ahead of every script and
//   stylesheet: the policy (README, "Security headers") allows no inline handlers, and a <meta>
//   policy covers only what comes after it.
// And on an exercise page (/exercises/<slug>/), its movement figure, named as an image, in the
// technique cues section: every exercise is posed (the build fails on one without a pose file,
// src/lib/library.ts findFigureGaps), and this shows the page draws it. A browser looks at the
// figure itself on a few pages (tests/e2e/figure.spec.ts).
// Each problem starts with where it is in the file ("line 1:5230"; built pages are mostly one line).
import { DomUtils, parseDocument } from 'htmlparser2';
import { pageLinks } from './link-rules.mjs';

/** Elements inside which a <header> or <footer> is no longer the page's banner or contentinfo. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** The address of an exercise page, whose figure checkPage() looks for. */
export const EXERCISE_PAGE = /^\/exercises\/[^/]+\/$/;

/**
 * Checks one page.
 * @param {string} html the page's HTML
 * @param {string} [path] its address ("/exercises/plank/"), for the rules of one kind of page
 * @returns {{ title: string, problems: string[], ids: Set<string>, links: { address: string, element: string, at: string }[] }}
 *   its title; one line per problem, each starting with the line of the page it is on where there
 *   is one; and its ids and links, for the check across pages (scripts/link-rules.mjs)
 */
export function checkPage(html, path = '') {
  const document = parseDocument(html, { withStartIndices: true });
  const elements = DomUtils.findAll(() => true, document.children);
  const problems = [];
  const position = positionFinder(html);
  const at = (element) => position(element.startIndex ?? 0);
  const text = (element) => DomUtils.textContent(element).replace(/\s+/g, ' ').trim();
  const describe = (element) => {
    const words = text(element);
    return `<${element.name}>${words ? ` “${words.length > 60 ? `${words.slice(0, 57)}…` : words}”` : ''}`;
  };
  const named = (name) => elements.filter((e) => e.name === name);
  const withRole = (role) => elements.filter((e) => e.attribs.role === role);
  const inside = (element, names) => {
    for (let parent = element.parent; parent && parent.type !== 'root'; parent = parent.parent) {
      if (names.has(/** @type {any} */ (parent).name)) return true;
    }
    return false;
  };
  const ids = new Map();
  for (const element of elements) {
    const id = element.attribs.id;
    if (id !== undefined) ids.set(id, [...(ids.get(id) ?? []), element]);
  }

  // The document: language, title, policy.
  const root = named('html');
  if (root.length !== 1) problems.push(`has ${root.length} <html> elements`);
  else if (!root[0].attribs.lang?.trim()) problems.push(`${at(root[0])}: <html> has no lang attribute`);
  const titles = named('title').filter((t) => !inside(t, new Set(['svg'])));
  if (titles.length !== 1) problems.push(`has ${titles.length} <title> elements, not one`);
  else if (!text(titles[0])) problems.push(`${at(titles[0])}: the <title> is empty`);
  const policies = named('meta').filter((m) => m.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (policies.length !== 1) problems.push(`has ${policies.length} Content Security Policy <meta> elements, not one`);
  else {
    const policy = policies[0];
    if (!policy.attribs.content?.trim()) problems.push(`${at(policy)}: the Content Security Policy <meta> is empty`);
    if (!inside(policy, new Set(['head']))) problems.push(`${at(policy)}: the Content Security Policy <meta> is not in <head>`);
    const before = elements.find(
      (e) => (e.startIndex ?? 0) < (policy.startIndex ?? 0) && (e.name === 'script' || e.name === 'style' || (e.name === 'link' && /\bstylesheet\b/.test(e.attribs.rel ?? ''))),
    );
    if (before) problems.push(`${at(before)}: <${before.name}> comes before the Content Security Policy <meta>, which does not cover it`);
  }

  // The link preview's image.
  const previews = named('meta').filter((m) => m.attribs.property === 'og:image');
  if (previews.length !== 1) problems.push(`has ${previews.length} preview images (<meta property="og:image">), not one`);
  else if (!previews[0].attribs.content?.trim()) problems.push(`${at(previews[0])}: the preview image <meta property="og:image"> names no image`);

  // Headings.
  const h1s = named('h1');
  if (h1s.length !== 1) problems.push(`has ${h1s.length} <h1> elements, not one${h1s.length ? `: ${h1s.map(describe).join(', ')}` : ''}`);
  let previous = 0;
  for (const heading of elements.filter((e) => /^h[1-6]$/.test(e.name))) {
    const level = Number(heading.name[1]);
    if (level > previous + 1) {
      problems.push(`${at(heading)}: ${describe(heading)} ${previous ? `follows an <h${previous}>` : 'is the first heading'}, skipping a level`);
    }
    previous = level;
  }

  // Landmarks.
  const banners = [...named('header').filter((h) => !inside(h, SECTIONING)), ...withRole('banner')];
  const footers = [...named('footer').filter((f) => !inside(f, SECTIONING)), ...withRole('contentinfo')];
  const mains = [...named('main'), ...withRole('main')];
  const navs = [...named('nav'), ...withRole('navigation')];
  if (banners.length !== 1) problems.push(`has ${banners.length} page headers (a <header> outside article, aside, main, nav and section), not one`);
  if (!navs.length) problems.push('has no <nav>');
  if (mains.length !== 1) problems.push(`has ${mains.length} <main> elements, not one`);
  if (footers.length !== 1) problems.push(`has ${footers.length} page footers (a <footer> outside article, aside, main, nav and section), not one`);

  /** The elements with text that an element's aria-labelledby names. */
  const labelledByText = (element) =>
    (element.attribs['aria-labelledby'] ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => ids.get(id)?.[0])
      .filter((e) => e && text(e));

  // Text alternatives.
  for (const img of named('img')) {
    if (img.attribs.alt === undefined) problems.push(`${at(img)}: <img src="${img.attribs.src ?? ''}"> has no alt attribute (alt="" if it is decorative)`);
  }
  for (const image of withRole('img')) {
    const label = image.attribs['aria-label']?.trim();
    const labelledBy = labelledByText(image);
    const title = image.children.find((c) => /** @type {any} */ (c).name === 'title' && text(/** @type {any} */ (c)));
    if (!label && !labelledBy.length && !title) {
      problems.push(`${at(image)}: <${image.name} role="img"> has no name (aria-label, aria-labelledby or a <title>)`);
    }
  }

  // Names of links and buttons.
  // What a screen reader reads from inside: text and images' alt, not what is aria-hidden.
  const accessibleText = (node) => {
    if (node.type === 'text') return node.data;
    if (!('attribs' in node) || node.attribs['aria-hidden'] === 'true') return '';
    if (node.name === 'img') return node.attribs.alt ?? '';
    return node.children.map(accessibleText).join('');
  };
  for (const control of elements.filter((e) => (e.name === 'a' && e.attribs.href !== undefined) || e.name === 'button')) {
    if (!control.attribs['aria-label']?.trim() && !labelledByText(control).length && !control.attribs.title?.trim() && !accessibleText(control).trim()) {
      problems.push(`${at(control)}: <${control.name}${control.attribs.href !== undefined ? ` href="${control.attribs.href}"` : ''}> has no name (its text, an image's alt, aria-label or aria-labelledby)`);
    }
  }

  // Ids and handlers.
  for (const [id, uses] of ids) {
    if (uses.length > 1) problems.push(`${at(uses[1])}: id "${id}" is used ${uses.length} times`);
  }
  for (const element of elements) {
    for (const attribute of Object.keys(element.attribs)) {
      if (/^on[a-z]/i.test(attribute)) problems.push(`${at(element)}: <${element.name} ${attribute}> is an inline event handler, which the policy blocks`);
    }
  }

  // Words glued to a link: the HTML compressor drops a line break between text and a tag, so
  // "or⏎<a>body area</a>" in a template reads "orbody area" on the page.
  for (const link of named('a')) {
    const before = link.prev?.type === 'text' ? /** @type {any} */ (link.prev).data : '';
    const after = link.next?.type === 'text' ? /** @type {any} */ (link.next).data : '';
    if (/[\p{L}\d,;:]$/u.test(before)) problems.push(`${at(link)}: no space between “${before.slice(-20).trimStart()}” and the link ${describe(link)}`);
    if (/^[\p{L}\d]/u.test(after)) problems.push(`${at(link)}: no space between the link ${describe(link)} and “${after.slice(0, 20).trimEnd()}”`);
  }

  // An exercise page's figure, beside its cues.
  if (EXERCISE_PAGE.test(path)) {
    const cues = elements.filter((e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'cues');
    const figures = cues.flatMap((section) =>
      DomUtils.findAll((e) => e.attribs.role === 'img' && /^Animated figure of /.test(e.attribs['aria-label'] ?? ''), section.children),
    );
    if (cues.length !== 1) problems.push(`has ${cues.length} technique cues sections (<section aria-labelledby="cues">), not one`);
    else if (figures.length !== 1) problems.push(`${at(cues[0])}: the technique cues show ${figures.length} movement figures (role="img", named “Animated figure of …”), not one`);
  }

  return { title: titles.length === 1 ? text(titles[0]) : '', problems, ...pageLinks(elements, at) };
}

/**
 * Pages that share a title, so a reader with several tabs or a list of search results cannot tell
 * them apart. Titles are compared without case and spacing differences.
 * @param {{ file: string, title: string }[]} pages
 * @returns {string[]} one line per shared title, naming every page that uses it
 */
export function sharedTitles(pages) {
  const byTitle = new Map();
  for (const { file, title } of pages) {
    if (!title) continue;
    const key = title.toLowerCase().replace(/\s+/g, ' ');
    byTitle.set(key, [...(byTitle.get(key) ?? []), { file, title }]);
  }
  return [...byTitle.values()]
    .filter((uses) => uses.length > 1)
    .map((uses) => `the title “${uses[0].title}” is used by ${uses.map((u) => u.file).join(', ')}`);
}

/** "line L:C" (both from 1) of a character offset; built pages are often one long line. */
function positionFinder(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return `line ${low + 1}:${offset - starts[low] + 1}`;
  };
}
