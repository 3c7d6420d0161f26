/**
 * <ss-search>: searches with Pagefind as the reader types. The rules (filters, the address,
 * messages) live in src/lib/search.ts; this element reads the form, asks Pagefind, writes results.
 *
 * What loads when: Pagefind (its script, WebAssembly and index metadata) on the first focus of the
 * box or the first search; each index chunk with the words that need it; five result excerpts at a
 * time; filter data only when a filter is chosen or the filter panel is opened.
 */
import {
  hasFilters,
  pagefindFilters,
  readSearchParams,
  resultKind,
  resultsMessage,
  searchParams,
  type Filters,
  type SearchFilter,
  type SearchState,
} from '../../lib/search';
import { INDEX_NOT_SAVED, INDEX_REPLACED, indexChanged, markUnsaved } from './saved-search';

/** The parts of Pagefind's API the page uses (pagefind.js, written into dist/ by Pagefind). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  filters(): Promise<Counts>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: { data(): Promise<PagefindResult> }[];
  filters: Counts;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

const PAGE_SIZE = 5;
const DELAY_MS = 150;
// A variable, so the bundler leaves the import to the browser: the file exists only after Pagefind runs.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await module.options({
      // Exact words over prefixes, and less reward for repeating a word: "SL RDL" finds the
      // single-leg page before the Romanian deadlift, whose text says "RDL" many times.
      ranking: { termSimilarity: 10, termSaturation: 2 },
      // Search on the main thread: Pagefind's web worker is a second copy of pagefind.js
      // (~12 KB gzipped) on every first search, for searches that take milliseconds here.
      noWorker: true,
    });
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function resultItem(result: PagefindResult): HTMLLIElement {
  const item = element('li');
  item.append(element('p', 'result-kind', resultKind(result.url)));
  const heading = element('h2', 'result-title');
  const link = element('a', undefined, result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  const excerpt = element('p', 'result-excerpt');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  // Up to two sections of the page where the words are most often, in page order.
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
      const a = element('a', undefined, sub.title);
      a.href = sub.url;
      const p = element('p');
      p.append(...excerptNodes(sub.excerpt));
      li.append(a, p);
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
  #notice = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts up with every search, so a slow answer never replaces a newer one. */
  #generation = 0;
  #pending: PagefindSearch['results'] = [];
  #countsWanted = false;

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

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search(0);
    });
    this.#input.addEventListener('input', () => this.#search(DELAY_MS));
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
    this.#more.addEventListener('click', () => void this.#showMore(this.#generation, true));

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
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  async #run() {
    const generation = ++this.#generation;
    this.#reload.hidden = true;
    const state = this.#readForm();
    const params = searchParams(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    const chosen = Object.values(state.filters).flat().length;
    this.#panel.querySelector('[data-chosen]')!.textContent = chosen > 0 ? `(${chosen} chosen)` : '';

    if (!state.query && !hasFilters(state.filters)) {
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = this.#notice;
      this.#showCounts(undefined);
      return;
    }
    try {
      const engine = await loadPagefind();
      // Filter data: loaded by Pagefind for the filters in use, or all of it once counts are wanted.
      if (this.#countsWanted) await engine.filters();
      const search = await engine.search(state.query || null, { filters: pagefindFilters(state.filters) });
      if (generation !== this.#generation) return;
      this.#pending = [...search.results];
      this.#list.replaceChildren();
      await this.#showMore(generation, false);
      if (generation !== this.#generation) return;
      this.#status.textContent = this.#notice + resultsMessage(search.results.length, state);
      this.#showCounts(this.#countsWanted ? search.filters : undefined);
      if (search.results.length === 0) await this.#checkIndex(generation);
    } catch {
      if (generation !== this.#generation) return;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = navigator.onLine
        ? 'Search could not load. Check your connection and try again, or browse the exercise list instead.'
        : INDEX_NOT_SAVED;
      await this.#checkIndex(generation);
    }
  }

  /** After no results or an error: if a deploy replaced the index, says so and offers a reload. */
  async #checkIndex(generation: number) {
    const changed = await indexChanged();
    if (generation !== this.#generation) return;
    if (changed) this.#status.textContent = INDEX_REPLACED;
    this.#reload.hidden = !changed;
  }

  /** Adds the next five results; after a click, focus moves to the first one added. */
  async #showMore(generation: number, moveFocus: boolean) {
    const next = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.#generation) return;
    const items = data.map(resultItem);
    this.#list.append(...items);
    void markUnsaved(items);
    this.#more.hidden = this.#pending.length === 0;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  /** How many results each filter value would leave, shown once the reader has opened the filters. */
  #showCounts(counts: Counts | undefined) {
    for (const box of this.#boxes()) {
      const count = counts?.[box.name]?.[box.value];
      box.closest('label')!.querySelector('[data-count]')!.textContent = count === undefined ? '' : `(${count})`;
    }
  }
}

customElements.define('ss-search', SearchElement);
