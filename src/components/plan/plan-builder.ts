/**
 * <ss-plan-builder>: upgrades the server-rendered form and plan. It reads the inputs, calls the
 * engine in src/lib/plan and writes the result; every decision lives in the engine.
 *
 * Start-up: a link with plan settings shows that plan; a link with none of them (say only
 * ?utm_source=x), or no link, shows the plan saved on this device, else the defaults already on
 * the page. A linked plan never overwrites the saved one: the reader chooses "Save as my plan" or
 * "Back to my plan". Changes to the reader's own plan are saved as they happen; when storage
 * is blocked the builder still works and says it cannot remember.
 *
 * The form and the plan never disagree: at start the form is filled and enabled only once the
 * plan it describes is drawn, and the plan region carries data-state="busy" (and aria-busy)
 * from a change until the new plan is drawn and, for the reader's own plan, saved; then
 * data-state="ready".
 *
 * What loads when: this file (link decoding, form wiring) loads with the page. The engine and
 * renderer (./engine.ts) and the exercise catalogue they plan from (its own file, named in the
 * element's data-catalogue) load as soon as the plan must differ from the one in the HTML, or when
 * the reader first focuses the form; storage only when something was saved or is to be saved;
 * the calendar library (ics) only when its button is pressed; the session timer (./session-timer.ts
 * and the routine timer's own code) only when a card's "Start session" is pressed.
 *
 * Plan first: when the page opens with a plan (PLAN_FIRST_SCRIPT set data-view="plan" while the
 * page was read), the form is folded into a one-line summary of the runner's week; Edit
 * (aria-expanded) opens it under the summary and moves focus to its first control, and "Show the
 * plan" folds it again and moves focus to the plan. Opening and folding happen below the control
 * pressed, so the reader's place on the page stays put.
 *
 * When the catalogue cannot be had (offline with the page not saved, a damaged file), the plan
 * shown stays and a notice says why. At start (a plan link or a saved plan to draw) the page keeps
 * its starting plan, dated, with the form disabled as without JavaScript; a change the builder
 * cannot plan is undone in the form. Nothing is saved until a plan is drawn from the catalogue, so
 * a failed load never replaces the reader's saved plan; the next change tries the file again.
 */
import { fillFigureSlots } from '../../lib/figure/file';
import { addDays, DATE_FORMATS, localDate, mondayOf, type DateFormat } from '../../lib/plan/dates';
import { weekSummary } from '../../lib/plan/summary';
import { planNotice, type StuckPlan } from '../../lib/plan/notice';
import { DEFAULT_INPUT, defaultInput, STORAGE_KEY, type Block, type PlanExercise, type PlanInput } from '../../lib/plan/types';
import { decodeInput, encodeInput, isPlanLink, SECOND_CODES } from '../../lib/plan/url';

const engine = () => import('./engine');
/** The engine with the catalogue it plans from. */
type Planner = { engine: Awaited<ReturnType<typeof engine>>; catalogue: PlanExercise[] };
const storage = () => import('../../lib/plan/storage');

/** localStorage, or undefined when the browser blocks it (private modes, policies). */
function localStore(): Storage | undefined {
  try {
    const store = window.localStorage;
    store.getItem(STORAGE_KEY);
    return store;
  } catch {
    return undefined;
  }
}

/** Today in the reader's time zone, "YYYY-MM-DD". */
const today = () => localDate(new Date());

/** The catalogue from its file, read by the engine; an Error says what went wrong, in words for the notice. */
async function loadCatalogue(url: string): Promise<PlanExercise[]> {
  const [{ parseCatalogue }, response] = await Promise.all([
    engine(),
    fetch(url).catch(() => {
      throw new Error('the site could not be reached');
    }),
  ]);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return parseCatalogue(await response.text(), url);
}

const CANNOT_REMEMBER = 'this browser is not letting the page save, so your plan will not be remembered on this device (copy the link to keep it)';

class PlanBuilder extends HTMLElement {
  /** The engine with the catalogue, once both have loaded; a failed load is forgotten, so the next need tries again. */
  #planner: Promise<Planner> | undefined;
  /** Why the catalogue could not be loaded, the last time it was tried (empty once it is in): the notice leads with it. */
  #failure = '';
  /** Which plan could not be drawn at start, if one could not (the page's plan stays, the form stays disabled). */
  #stuck: StuckPlan | undefined;
  /** The input of the plan shown, which a change the builder cannot plan goes back to (the HTML's is the default). */
  #shown: PlanInput = defaultInput();
  #form: HTMLFormElement | null = null;
  #region: HTMLElement | null = null;
  #input: PlanInput = defaultInput();
  /** `mine`: changes are saved; `linked`: a plan from a link, not saved unless asked. */
  #mode: 'mine' | 'linked' = 'mine';
  #saved: Awaited<ReturnType<Awaited<ReturnType<typeof storage>>['loadInput']>> | undefined;
  #notices: string[] = [];
  /** What the plan shown could not use (a race date in the past, a block already over). */
  #blockNotices: string[] = [];
  /** The block drawn, once the engine has drawn one (the HTML's own plan has none until a session starts). */
  #block: Block | undefined;
  /** Counts updates so that a slow one never overwrites a newer plan. */
  #version = 0;

  async connectedCallback() {
    this.#form = this.querySelector('form');
    this.#region = this.querySelector('[data-plan-region]');
    const store = localStore();
    if (store?.getItem(STORAGE_KEY)) this.#saved = (await storage()).loadInput(store);
    let start = { input: defaultInput(), ignored: [] as string[] };
    if (isPlanLink(location.search)) {
      start = decodeInput(location.search);
      if (this.#saved?.found && encodeInput(this.#saved.input) !== encodeInput(start.input)) this.#mode = 'linked';
    } else if (this.#saved) {
      start = { input: this.#saved.input, ignored: this.#saved.ignored };
    }
    this.#notices = [...start.ignored];
    if (!store) this.#notices.push(CANNOT_REMEMBER);
    if (this.#saved && !this.#saved.writable) this.#mode = 'linked';
    this.#showLinked();

    // The HTML shows the default plan, undated (the build cannot know today): it gets its dates
    // here without the engine. Any other plan is drawn first, then the form is filled and
    // enabled, so the two never disagree.
    const address = location.href;
    const drawn = encodeInput(start.input) === encodeInput({ ...DEFAULT_INPUT } as PlanInput);
    this.#setView(this.dataset.view === 'plan' ? 'plan' : 'form');
    if (drawn) {
      this.#input = start.input;
      this.#showSummary();
      this.#date();
      this.#showNotice();
    } else if (!(await this.#update(start.input, { announce: false, save: false }))) {
      // The plan asked for cannot be drawn: the page's plan stays, dated, and only Print works;
      // the address keeps the link, so a reload tries again.
      const own = this.#saved?.found && encodeInput(this.#saved.input) === encodeInput(start.input);
      history.replaceState(history.state, '', address);
      this.#stuck = isPlanLink(location.search) && !own ? 'the plan from your link' : 'your saved plan';
      this.querySelector<HTMLElement>('[data-linked]')?.setAttribute('hidden', '');
      this.#showNotice();
      this.#date();
      const print = this.querySelector<HTMLButtonElement>('[data-action="print"]');
      if (print) print.disabled = false;
      print?.addEventListener('click', () => window.print());
      return;
    }
    this.#fill(this.#input);
    if (drawn) history.replaceState(history.state, '', location.pathname + encodeInput(this.#input) + location.hash);

    this.#form?.addEventListener('focusin', () => void this.#plan().catch(() => this.#showNotice()), { once: true });
    this.#form?.addEventListener('input', () => void this.#update(this.#read(false), { announce: true, save: true }));
    this.#form?.addEventListener('change', () => void this.#update(this.#read(true), { announce: true, save: true }).then(() => this.#fill(this.#input)));
    this.#form?.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-needs-js]')?.removeAttribute('disabled');
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.disabled = false;
      button.addEventListener('click', () => void this.#act(button.dataset.action));
    }
    this.querySelector('[data-plan]')?.addEventListener('click', (event) => {
      const start = (event.target as Element).closest<HTMLElement>('[data-start]');
      if (start) void this.#startSession(Number(start.dataset.start));
    });
    this.#enableStarts();
  }

  #enableStarts() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-start]')) button.disabled = false;
  }

  /** Runs the page's timer panel in a session's card, for that session's sets and rests. */
  async #startSession(day: number) {
    const loaded = await Promise.all([this.#plan(), import('./session-timer')]).catch(() => this.#showNotice());
    if (!loaded) return;
    const [{ engine: { buildBlock }, catalogue }, { placeSessionTimer }] = loaded;
    this.#block ??= buildBlock(this.#input, catalogue, today());
    const session = this.#block.weeks[this.#block.now]?.plan.sessions.find((s) => s.day === day);
    const card = this.querySelector(`[data-plan] [data-day="${day}"]`);
    const host = this.querySelector<HTMLElement>('ss-routine-timer');
    const main = host?.querySelector<HTMLButtonElement>('[data-act="main"]');
    if (!session || !card || !host || !main) return;
    if (!placeSessionTimer(host, card, session)) return main.focus();
    // The panel still shows the HTML's session until the timer's code has drawn this one.
    const defined = !!customElements.get(host.localName);
    if (!defined) host.hidden = true;
    main.click();
    await customElements.whenDefined(host.localName);
    host.hidden = false;
    main.focus();
  }

  /**
   * The form's values, read as a link would be: the form's names are the link's parameters, so
   * decodeInput does all the checking. On `change` (a finished entry) its notes on clipped or
   * ignored values are shown; while typing they wait.
   */
  #read(commit: boolean): PlanInput {
    const data = new FormData(this.#form ?? undefined);
    const text = (key: string) => String(data.get(key) ?? '');
    const query = new URLSearchParams();
    for (const key of ['s', 'm', 'ph', 'xp', 'pl', 'pr']) query.set(key, text(key));
    query.set('eq', data.getAll('eq').join(',') || 'bodyweight');
    const days = Array.from({ length: 7 }, (_, i) => {
      const second = text(`wk${i}b`);
      return text(`wk${i}`) + text(`t${i}a`).replace(':', '') + (second && second !== SECOND_CODES.none ? `.${second}${text(`t${i}b`).replace(':', '')}` : '');
    });
    query.set('wk', days.join('-'));
    const emphasis = data.getAll('em').join(',');
    if (emphasis) query.set('em', emphasis);
    if (text('rd')) query.set('rd', text('rd'));
    if (text('sd')) query.set('sd', text('sd'));
    if (text('lt')) query.set('lt', text('lt').replace(':', ''));
    const { input, ignored } = decodeInput(query.toString());
    if (commit) this.#notices = ignored;
    return input;
  }

  /** Sets every control from an input. */
  #fill(input: PlanInput) {
    const values: Record<string, string> = {
      s: String(input.sessions), m: String(input.minutes), ph: new URLSearchParams(encodeInput(input)).get('ph')!, xp: input.experience,
      pl: input.placement, pr: input.priority, rd: input.raceDate, sd: input.startDate, lt: input.liftTime, eq: input.equipment.join(','), em: input.emphasis.join(','),
    };
    const codes = new URLSearchParams(encodeInput(input)).get('wk')!.split('-');
    codes.forEach((code, i) => {
      const [first = '', second] = code.split('.');
      values[`wk${i}`] = first.replace(/\d+$/, '');
      values[`wk${i}b`] = second ? second.replace(/\d+$/, '') : 'none';
      values[`t${i}a`] = input.times[i]?.[0] ?? '';
      values[`t${i}b`] = input.times[i]?.[1] ?? '';
    });
    for (const el of this.#form?.elements ?? []) {
      if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || !el.name) continue;
      const value = values[el.name] ?? '';
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        el.checked = (el.type === 'radio' ? [value] : value.split(',')).includes(el.value);
      } else if (el.value !== value) el.value = value;
    }
  }

  /** Dates the undated plan from the HTML: each empty date slot is a number of days after this Monday. */
  #date() {
    const monday = mondayOf(today());
    for (const slot of this.querySelectorAll<HTMLElement>('[data-offset]:empty')) {
      const format = DATE_FORMATS[slot.dataset.format as DateFormat];
      if (format) slot.textContent = format(addDays(monday, Number(slot.dataset.offset)));
    }
  }

  /** What leads the page: the form (a first visit), the plan under a summary line, or both with the form open. */
  #setView(view: 'form' | 'plan' | 'edit') {
    this.dataset.view = view;
    this.querySelector('[data-action="edit"]')?.setAttribute('aria-expanded', String(view === 'edit'));
  }

  #showSummary() {
    const summary = this.querySelector('[data-week-summary]');
    if (summary) summary.textContent = weekSummary(this.#input);
  }

  #setState(state: 'busy' | 'ready') {
    this.#region?.setAttribute('data-state', state);
    if (state === 'busy') this.#region?.setAttribute('aria-busy', 'true');
    else this.#region?.removeAttribute('aria-busy');
  }

  /**
   * The engine and the catalogue, loading them on first need. A failure is kept in #failure for
   * the notice (which the caller shows) and forgotten for the next call, which tries again.
   */
  #plan(): Promise<Planner> {
    const url = this.dataset.catalogue ?? '';
    this.#planner ??= Promise.all([engine(), loadCatalogue(url)]).then(
      ([engine, catalogue]) => {
        this.#failure = '';
        return { engine, catalogue };
      },
      (error: unknown) => {
        this.#planner = undefined;
        this.#failure = error instanceof Error ? error.message : String(error);
        throw error;
      },
    );
    return this.#planner;
  }

  /**
   * Shows the plan for `input`. Resolves false when the catalogue could not be loaded: the plan
   * shown stays, and the form, the summary and the link go back to it.
   */
  async #update(input: PlanInput, { announce, save }: { announce: boolean; save: boolean }): Promise<boolean> {
    const version = ++this.#version;
    this.#setState('busy');
    this.#input = input;
    this.#block = undefined;
    this.#showSummary();
    history.replaceState(history.state, '', location.pathname + encodeInput(input) + location.hash);
    let planner: Planner;
    try {
      planner = await this.#plan();
    } catch {
      if (version !== this.#version) return false;
      this.#input = this.#shown;
      this.#showSummary();
      this.#fill(this.#input);
      history.replaceState(history.state, '', location.pathname + encodeInput(this.#input) + location.hash);
      this.#showNotice();
      this.#setState('ready');
      return false;
    }
    // Saved once the plan can be drawn (at once when the catalogue is in, which the form's first
    // focus loads), so a change that cannot be planned never replaces the saved plan.
    const saving = save && this.#mode === 'mine' ? this.#save() : undefined;
    const { buildBlock, planSummary, renderBlock, renderPrint } = planner.engine;
    await saving;
    if (version !== this.#version) return true;
    const block = buildBlock(input, planner.catalogue, today());
    this.#block = block;
    this.#shown = input;
    const view = this.querySelector('[data-plan]');
    const print = this.querySelector('[data-print]');
    // A timer running in a card goes home first (stopping, its place kept), or it would be lost with the card.
    const timer = view?.querySelector('ss-routine-timer');
    if (timer) this.querySelector('[data-timer-home]')?.append(timer);
    if (view) view.innerHTML = fillFigureSlots(renderBlock(block));
    this.#enableStarts();
    if (print) print.innerHTML = renderPrint(block);
    this.#blockNotices = block.notices;
    this.#showNotice();
    this.#setState('ready');
    if (announce) this.#say(planSummary(block, 'Plan updated'));
    return true;
  }

  async #save(): Promise<boolean> {
    const s = await storage();
    const ok = s.saveInput(localStore(), this.#input, this.#saved?.extra);
    if (!ok && !this.#notices.includes(CANNOT_REMEMBER)) {
      this.#notices.push(CANNOT_REMEMBER);
      this.#showNotice();
    }
    return ok;
  }

  #showLinked() {
    const bar = this.querySelector<HTMLElement>('[data-linked]');
    if (bar) bar.hidden = this.#mode !== 'linked';
    const back = this.querySelector<HTMLElement>('[data-has-saved]');
    if (back) back.hidden = !this.#saved?.found;
  }

  #say(text: string) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  #showNotice() {
    const notice = this.querySelector('[data-notice]');
    const settings = [...this.#notices, ...this.#blockNotices];
    if (notice) notice.textContent = planNotice({ settings, failure: this.#failure, stuck: this.#stuck, savedKept: !!this.#saved?.found });
  }

  async #act(action: string | undefined) {
    if (action === 'print') return window.print();
    if (action === 'edit') {
      const open = this.dataset.view !== 'edit';
      this.#setView(open ? 'edit' : 'plan');
      if (open) this.querySelector<HTMLElement>('[data-settings] select')?.focus();
      return;
    }
    if (action === 'show-plan') {
      this.#setView('plan');
      const heading = this.querySelector<HTMLElement>('#plan-title');
      heading?.scrollIntoView({ block: 'start' });
      return heading?.focus({ preventScroll: true });
    }
    if (action === 'reset') {
      this.#notices = this.#notices.filter((n) => n === CANNOT_REMEMBER);
      await this.#update(defaultInput(), { announce: true, save: true });
      this.#fill(this.#input);
      return this.#say('Reset: the starting plan, ready for a new runner.');
    }
    if (action === 'save') {
      const s = await storage();
      this.#mode = 'mine';
      const ok = s.saveInput(localStore(), this.#input, this.#saved?.extra);
      this.#saved = { ...s.loadInput(localStore()), available: ok };
      this.#showLinked();
      return this.#say(ok ? 'Saved: this is now your plan on this device.' : 'Could not save: this browser is not letting the page remember plans.');
    }
    if (action === 'back' && this.#saved?.found) {
      this.#mode = 'mine';
      this.#showLinked();
      this.#notices = [...this.#saved.ignored];
      await this.#update(this.#saved.input, { announce: false, save: false });
      this.#fill(this.#input);
      return this.#say('Back to your saved plan.');
    }
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(location.href);
        this.#say('Link copied. Anyone who opens it sees this plan; their own saved plan stays as it is.');
      } catch {
        this.#say('Could not copy automatically; copy the address from your browser’s address bar instead.');
      }
      return;
    }
    if (action === 'ics') {
      try {
        const [{ engine: { buildBlock }, catalogue }, { planToIcs }] = await Promise.all([this.#plan(), import('../../lib/plan/ics')]);
        const block = buildBlock(this.#input, catalogue, today());
        const text = planToIcs(block, location.origin, today());
        const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'strongstride-plan.ics';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        this.#say(`Calendar file downloaded: every session still to come in the ${block.weeks.length}-week block, at the times the plan gives.`);
      } catch {
        this.#showNotice();
        this.#say('Sorry, the calendar file could not be made.');
      }
    }
  }
}

if (!customElements.get('ss-plan-builder')) customElements.define('ss-plan-builder', PlanBuilder);
