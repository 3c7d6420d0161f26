/**
 * <ss-search>: searches with Pagefind as the reader types. The rules (filters, the address,
 * messages) live in src/lib/search.ts; this element reads the form, asks Pagefind, writes results.
 *
 * What loads when: Pagefind (its script, WebAssembly and index metadata) on the first focus of the
 * box or the first search; the pages' titles once the first results are drawn (ResultTitle), so
 * later results are named before their excerpts arrive; each index chunk with the words that need
 * it; five result excerpts at a time; filter data only when a filter is chosen or the filter panel
 * is opened.
 */
import { stillUse } from '../../lib/figure/file';
import {
  RANKING,
  engineQuery,
  exactFirst,
  findMissing,
  hasFilters,
  markQueryWords,
  missingMessage,
  pagefindFilters,
  parseTitles,
  readSearchParams,
  resultKind,
  resultsMessage,
  searchDelay,
  searchParams,
  type Filters,
  type MissingOffer,
  type ResultTitle,
  type SearchFilter,
  type SearchState,
  type SearchWord,
} from '../../lib/search';
import { loadedIndex } from '../../lib/search-index';
import { INDEX_NOT_SAVED, INDEX_REPLACED, indexChanged, markUnsaved } from './saved-search';

/** The parts of Pagefind's API the page uses (pagefind.js, written into dist/ by Pagefind). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  filters(): Promise<Counts>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  /** `id`: the page's name in the index, its excerpt file's. */
  results: { id: string; data(): Promise<PagefindResult> }[];
  filters: Counts;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  /**
   * `figure`: an exercise's still figure as an <svg> element (the build draws
   * it in from the exercise's /figures/ file, src/build/pagefind.ts);
   * `description`: the page's summary (exercises, guides, routines, body areas).
   */
  meta: { title?: string; kind?: string; names?: string; figure?: string; description?: string };
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

const PAGE_SIZE = 5;
// A variable, so the bundler leaves the import to the browser: the file exists only after Pagefind runs.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;
/** Set once Pagefind has loaded: from then on a search costs milliseconds (searchDelay). */
let loaded = false;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await module.options({
      ranking: RANKING,
      // Search on the main thread: Pagefind's web worker is a second copy of pagefind.js
      // (~12 KB gzipped) on every first search, for searches that take milliseconds here.
      noWorker: true,
      // Excerpts centre on the searched words; a short one keeps them in the two lines a result shows.
      excerptLength: 16,
    });
    loaded = true;
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined)); // let a later search try again
  return pagefind;
}

/** Pagefind's excerpt as nodes: its text, with only its <mark> highlights kept as elements. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** Writes text only when it changes: each write is a DOM change the next frame must style. */
function setText(node: Element, text: string) {
  if (node.textContent !== text) node.textContent = text;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * An exercise's still figure beside its result, drawn from the markup its index entry carries (the
 * site's own build output), so it takes the page's theme colours and costs no request; nothing for
 * a page without one.
 */
function resultFigure(markup: string | undefined): Element[] {
  if (!markup?.startsWith('<svg')) return [];
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.firstElementChild;
  if (!svg) return [];
  svg.setAttribute('class', 'result-figure');
  svg.setAttribute('aria-hidden', 'true');
  return [svg];
}

/**
 * A result's head (its still figure when it has one, beside the kind and linked title) and its
 * text, the same for Pagefind's results and offered pages. Kept short so a phone shows four or more.
 */
function resultHead(kind: string, href: string, title: string, text: Node[], figure?: string): { item: HTMLLIElement; link: HTMLAnchorElement } {
  const item = element('li');
  // The title's link is stretched over the head (global.css, .link-card), a target of 44 px or more.
  const head = element('div', 'result-head link-card');
  const names = element('div');
  names.append(element('p', 'result-kind', kind));
  const heading = element('h2', 'result-title');
  const link = element('a', 'link-card-link', title);
  link.href = href;
  heading.append(link);
  names.append(heading);
  head.append(...resultFigure(figure), names);
  const excerpt = element('p', 'result-excerpt');
  excerpt.append(...text);
  item.append(head, excerpt);
  return { item, link };
}

/**
 * A result named from the titles file while its excerpt file loads: the same head, with the
 * figure's place and the text's lines kept (SearchPanel.astro, .result-pending) so nothing below
 * moves when they arrive.
 */
function titleItem(title: ResultTitle): HTMLLIElement {
  const { item } = resultHead(resultKind(title.url, title.kind), title.url, title.meta.title ?? title.url, [], title.figure ? '<svg></svg>' : undefined);
  item.className = 'result-pending';
  return item;
}

function resultItem(result: PagefindResult, query: string): HTMLLIElement {
  // A page's own description says what it is better than a window of its text, which on an
  // exercise page often starts in its list of other names; pages without one show the window.
  const described = result.meta.description ? markQueryWords(result.meta.description, query) : undefined;
  const text = described ? described.map((part) => (part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text))) : excerptNodes(result.excerpt);
  const { item, link } = resultHead(resultKind(result.url, result.meta.kind), result.url, result.meta.title ?? result.url, text, result.meta.figure);
  // When the description does not hold the words, one line of the page where they are says why it is here.
  if (described && query && !described.some((part) => part.marked)) {
    const match = element('p', 'result-match');
    match.append(...excerptNodes(result.excerpt));
    item.append(match);
  }
  // Up to two sections of the page where the words are most often, in page order, on one row.
  const sections = result.sub_results
    .filter((sub) => sub.url !== result.url)
    .map((sub, order) => ({ sub, order }))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length)
    .slice(0, 2)
    .sort((a, b) => a.order - b.order);
  if (sections.length > 0) {
    const list = element('ul', 'result-sections');
    list.setAttribute('aria-label', `Sections of ${link.textContent}`);
    for (const { sub } of sections) {
      const li = element('li');
      const a = element('a', 'tap', sub.title);
      a.href = sub.url;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

class SearchElement extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #panel!: HTMLDetailsElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #reload!: HTMLButtonElement;
  #offered: SearchFilter[] = [];
  #missing: MissingOffer[] = [];
  #words: SearchWord[] = [];
  #notice = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts up with every search, so a slow answer never replaces a newer one. */
  #generation = 0;
  #pending: PagefindSearch['results'] = [];
  #countsWanted = false;
  /** The pages' titles by their index name, once loaded (#loadTitles). */
  #titles: Map<string, ResultTitle> | undefined;
  #titlesWanted = false;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#panel = this.querySelector('details[data-filters]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#list = this.querySelector('ol[data-results]')!;
    this.#more = this.querySelector('button[data-more]')!;
    this.#reload = this.querySelector('button[data-reload]')!;
    this.#reload.addEventListener('click', () => location.reload());
    this.#offered = this.#readOffered();
    this.#missing = JSON.parse(this.querySelector('script[data-missing]')?.textContent ?? '[]') as MissingOffer[];
    this.#words = JSON.parse(this.querySelector('script[data-words]')?.textContent ?? '[]') as SearchWord[];

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search(0);
    });
    this.#input.addEventListener('input', () => this.#search(searchDelay(this.#input.value, loaded)));
    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type="checkbox"]')) this.#search(0);
    });
    this.#panel.addEventListener('toggle', () => {
      if (this.#panel.open && !this.#countsWanted) {
        this.#countsWanted = true;
        this.#search(0);
      }
    });
    this.#more.addEventListener('click', () => void this.#showMore(this.#generation));

    const start = readSearchParams(new URLSearchParams(location.search), this.#offered);
    if (start.dropped.length > 0) {
      this.#notice = `This link asked for a filter the site does not have (${start.dropped.join(', ')}); it was left out. `;
    }
    this.#input.value = start.query;
    for (const box of this.#boxes()) box.checked = start.filters[box.name as keyof Filters]?.includes(box.value) ?? false;
    if (hasFilters(start.filters)) this.#panel.open = true;
    if (start.query || hasFilters(start.filters)) this.#search(0);
    else {
      if (this.#notice) this.#status.textContent = this.#notice;
      this.#input.focus();
    }
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  /** The filters offered, as drawn on the server. */
  #readOffered(): SearchFilter[] {
    return [...this.#form.querySelectorAll('fieldset')].map((fieldset) => {
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      return {
        key: boxes[0]!.name as SearchFilter['key'],
        legend: fieldset.querySelector('legend')?.textContent ?? '',
        values: boxes.map((box) => box.value),
      };
    });
  }

  #readForm(): SearchState {
    const filters: Filters = {};
    for (const box of this.#boxes()) if (box.checked) (filters[box.name as keyof Filters] ??= []).push(box.value);
    return { query: this.#input.value.trim(), filters };
  }

  #search(delay: number) {
    clearTimeout(this.#timer);
    this.#list.setAttribute('aria-busy', 'true');
    // No wait means now: a timer of 0 still waits for the browser's next task, often a frame.
    if (delay === 0) void this.#run();
    else this.#timer = setTimeout(() => void this.#run(), delay);
  }

  /** The list and the status line once a search is done, even if it failed; then the address. */
  #done(status: string, state: SearchState) {
    setText(this.#status, status);
    this.#list.setAttribute('aria-busy', 'false');
    this.#writeAddress(state, this.#generation);
  }

  /**
   * Puts the search whose results are on screen in the address (a coach can send it; a reload or
   * Back keeps it), once they are drawn: in Chromium each history.replaceState also asks the
   * server for the page's icon again, a request that competed with the search's own, on every key
   * while a reader types (BENCHMARKS.md "Quick search"). A newer search writes its own.
   */
  #writeAddress(state: SearchState, generation: number) {
    const params = searchParams(state).toString();
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (generation !== this.#generation || location.search === (params && `?${params}`)) return;
        history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
      }),
    );
  }

  async #run() {
    const generation = ++this.#generation;
    this.#reload.hidden = true;
    const state = this.#readForm();
    const chosen = Object.values(state.filters).flat().length;
    setText(this.#panel.querySelector('[data-chosen]')!, chosen > 0 ? `(${chosen} chosen)` : '');

    if (!state.query && !hasFilters(state.filters)) {
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#done(this.#notice, state);
      this.#showCounts(undefined);
      return;
    }
    // An exercise the library lacks: say so and offer its nearest pages, not pages that share a word.
    const missing = hasFilters(state.filters) ? undefined : findMissing(state.query, this.#missing);
    if (missing) {
      this.#pending = [];
      this.#more.hidden = true;
      this.#list.replaceChildren(
        ...missing.pages.map((page) => resultHead(page.kind, page.href, page.title, [document.createTextNode(page.note)], page.figure && stillUse(page.figure)).item),
      );
      this.#done(this.#notice + missingMessage(missing), state);
      this.#showCounts(undefined);
      return;
    }
    try {
      const engine = await loadPagefind();
      // Filter data: loaded by Pagefind for the filters in use, or all of it once counts are wanted.
      if (this.#countsWanted) await engine.filters();
      const search = await engine.search(engineQuery(state.query, this.#words) || null, { filters: pagefindFilters(state.filters) });
      if (generation !== this.#generation) return;
      // The first page, with a result named exactly as the query moved to the top.
      const shown = search.results.slice(0, PAGE_SIZE);
      this.#nameFirst(state, shown, this.#notice + resultsMessage(search.results.length, state));
      const first = await Promise.all(shown.map((result) => result.data()));
      if (generation !== this.#generation) return;
      this.#pending = search.results.slice(PAGE_SIZE);
      const items = exactFirst(state.query, first).map((result) => resultItem(result, state.query));
      this.#list.replaceChildren(...items);
      void markUnsaved(items);
      this.#more.hidden = this.#pending.length === 0;
      this.#done(this.#notice + resultsMessage(search.results.length, state), state);
      this.#showCounts(this.#countsWanted ? search.filters : undefined);
      if (search.results.length === 0) await this.#checkIndex(generation);
      else void this.#loadTitles();
    } catch {
      if (generation !== this.#generation) return;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#done(
        navigator.onLine ? 'Search could not load. Check your connection and try again, or browse the exercise list instead.' : INDEX_NOT_SAVED,
        state,
      );
      await this.#checkIndex(generation);
    }
  }

  /**
   * With the titles loaded and every result in them, names the results now, with the status line
   * they will have (written once: it is a live region); the list stays busy until their excerpts are in.
   */
  #nameFirst(state: SearchState, shown: PagefindSearch['results'], status: string) {
    const titles = shown.map((result) => this.#titles?.get(result.id));
    if (titles.length === 0 || !titles.every((title) => title !== undefined)) return;
    this.#list.replaceChildren(...exactFirst(state.query, titles).map(titleItem));
    setText(this.#status, status);
  }

  /**
   * Once, after the first results: the titles file of the index Pagefind loaded (named after its
   * metadata, src/build/pagefind.ts), gzipped like Pagefind's own files: ~5 KB today, ~25 KB at
   * 1,000 exercises. Not on a phone asked to save data. Without it (Save-Data, offline and not
   * saved, a browser without DecompressionStream) results are named when their excerpts arrive.
   */
  async #loadTitles() {
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    if (this.#titlesWanted || saveData || typeof DecompressionStream === 'undefined') return;
    this.#titlesWanted = true;
    const index = loadedIndex(performance.getEntriesByType('resource').map((entry) => entry.name));
    if (!index) return;
    try {
      const response = await fetch(`/pagefind/titles/${index}.pf_titles`);
      if (!response.ok || !response.body) return;
      const json: unknown = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();
      this.#titles = parseTitles(json) ?? undefined;
    } catch {
      // Results are then named when their excerpts arrive, as on the first search.
    }
  }

  /** After no results or an error: if a deploy replaced the index, says so and offers a reload. */
  async #checkIndex(generation: number) {
    const changed = await indexChanged();
    if (generation !== this.#generation) return;
    if (changed) this.#status.textContent = INDEX_REPLACED;
    this.#reload.hidden = !changed;
  }

  /** Adds the next five results and moves focus to the first one added. */
  async #showMore(generation: number) {
    const next = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.#generation) return;
    const query = this.#readForm().query;
    const items = data.map((result) => resultItem(result, query));
    this.#list.append(...items);
    void markUnsaved(items);
    this.#more.hidden = this.#pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  /** How many results each filter value would leave, shown once the reader has opened the filters. */
  #showCounts(counts: Counts | undefined) {
    for (const box of this.#boxes()) {
      const count = counts?.[box.name]?.[box.value];
      setText(box.closest('label')!.querySelector('[data-count]')!, count === undefined ? '' : `(${count})`);
    }
  }
}

customElements.define('ss-search', SearchElement);
