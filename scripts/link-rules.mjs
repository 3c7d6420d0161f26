// Links between the built pages, checked from dist/ alone: every address a page points to on the
// site's own origin (links, stylesheets, scripts, images, the form's action, the SVG `<use>`
// references, canonical and preview-image addresses) must be a file the build wrote, and every
// `#fragment` must name an element of the page it points to. This is what a crawler such as
// linkinator checks over HTTP, without serving or fetching anything, so it grows with the number of
// links rather than with the pages times the links (which made a crawl of 1,000 exercises take
// minutes). Addresses on other origins and other schemes (mailto:, data:) are not the site's to check.
/** The attributes that hold an address, by element. `srcset` holds several (see `addresses`). */
const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};
/** <meta> whose `content` is an address on the site: link previews. */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image']);
/** Link relations that name another origin to connect to, not a resource. */
const NOT_RESOURCES = new Set(['preconnect', 'dns-prefetch']);

/**
 * Where a parsed page points, and the ids it offers to fragments.
 * @param {import('domhandler').Element[]} elements every element of the page, in document order
 * @param {(element: import('domhandler').Element) => string} at where an element is in the file
 * @returns {{ ids: Set<string>, links: { address: string, element: string, at: string }[] }}
 */
export function pageLinks(elements, at) {
  const ids = new Set();
  const links = [];
  for (const element of elements) {
    const { attribs, name } = element;
    if (attribs.id !== undefined) ids.add(attribs.id);
    if (name === 'a' && attribs.name !== undefined) ids.add(attribs.name);
    const found = [];
    for (const attribute of URL_ATTRIBUTES[name] ?? []) {
      const value = attribs[attribute];
      if (value === undefined) continue;
      if (name === 'link' && (attribs.rel ?? '').split(/\s+/).some((rel) => NOT_RESOURCES.has(rel))) continue;
      if (attribute === 'srcset') found.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean).map((address) => [attribute, address]));
      else found.push([attribute, value]);
    }
    if (name === 'meta' && URL_META.has(attribs.property ?? attribs.name ?? '') && attribs.content) found.push(['content', attribs.content]);
    for (const [attribute, address] of found) links.push({ address: address.trim(), element: `<${name} ${attribute}="${address.trim()}">`, at: at(element) });
  }
  return { ids, links };
}

/**
 * The site address a built file is served at: `dist/a/index.html` → `/a/`, `dist/404.html` → `/404.html`.
 * @param {string} file a path under `dist`
 * @param {string} dist the build folder
 */
export function servedAt(file, dist = 'dist') {
  const path = file.slice(dist.length).replaceAll('\\', '/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every link that points to no built file, or to a fragment its page does not have.
 * @param {{ file: string, ids: Set<string>, links: { address: string, element: string, at: string }[] }[]} pages
 *   every built page: its file under `dist`, its ids and its links (from `pageLinks`)
 * @param {Set<string>} files every file the build wrote, as paths under `dist` (`dist/a/index.html`)
 * @param {{ site: string, dist?: string }} options the site's origin (`https://strongstride.example`),
 *   whose absolute addresses count as the site's own, and the build folder
 * @returns {string[]} one line per broken link: the page, where on it, the element, and what is wrong
 */
export function brokenLinks(pages, files, { site, dist = 'dist' }) {
  const origin = new URL(site).origin;
  const idsByFile = new Map(pages.map((page) => [page.file, page.ids]));
  const problems = [];
  for (const page of pages) {
    const base = new URL(servedAt(page.file, dist), origin);
    const seen = new Set();
    for (const { address, element, at } of page.links) {
      if (seen.has(address)) continue;
      seen.add(address);
      const wrong = whatIsWrong(address, base, origin, files, idsByFile, dist);
      if (wrong) problems.push(`${page.file}: ${at}: ${element} ${wrong}`);
    }
  }
  return problems;
}

function whatIsWrong(address, base, origin, files, idsByFile, dist) {
  let url;
  try {
    url = new URL(address, base);
  } catch {
    return 'is not a valid address';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) return '';
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return `has a malformed escape in its path (${url.pathname})`;
  }
  const file = `${dist}${path.endsWith('/') ? `${path}index.html` : path}`;
  if (!files.has(file)) {
    if (!path.endsWith('/') && files.has(`${dist}${path}/index.html`)) return `points to ${path} without the trailing slash the site's addresses end in`;
    return `points to ${path}, which the build did not write`;
  }
  const fragment = url.hash.slice(1);
  // An empty fragment and #top scroll to the top of any page (HTML: "scroll to the fragment");
  // a text fragment (#:~:text=) names words, not an element.
  if (!fragment || fragment === 'top' || fragment.startsWith(':~:')) return '';
  const ids = idsByFile.get(file);
  if (!ids) return '';
  let id;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `has a malformed escape in its fragment (#${fragment})`;
  }
  return ids.has(id) ? '' : `points to #${id}, but ${path} has no element with that id`;
}
