/**
 * <ss-plan-builder>: upgrades the server-rendered form and plan. It reads the inputs, calls the
 * engine in src/lib/plan and writes the result; every decision lives in the engine. Start-up
 * order: a plan link in the address bar wins, else the last plan saved on this device, else the
 * defaults already on the page.
 *
 * What loads when: this file (link decoding, form wiring) loads with the page. The engine and
 * renderer (./engine.ts) load as soon as the plan must differ from the one in the HTML, or when
 * the reader first focuses the form; storage (zod) only when something was saved or is to be
 * saved; the calendar library (ics) only when its button is pressed.
 */
import { STORAGE_KEY, defaultInput, type PlanExercise, type PlanInput } from '../../lib/plan/types';
import { decodeInput, encodeInput } from '../../lib/plan/url';

const engine = () => import('./engine');
const storage = () => import('../../lib/plan/storage');

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

class PlanBuilder extends HTMLElement {
  #catalogue: PlanExercise[] = [];
  #form: HTMLFormElement | null = null;
  #input: PlanInput | null = null;
  #status: HTMLElement | null = null;
  #notice: HTMLElement | null = null;
  /** Counts updates so that a slow one never overwrites a newer plan. */
  #version = 0;

  async connectedCallback() {
    this.#form = this.querySelector('form');
    this.#status = this.querySelector('[data-status]');
    this.#notice = this.querySelector('[data-notice]');
    try {
      this.#catalogue = JSON.parse(this.querySelector('[data-catalogue]')?.textContent ?? '[]');
    } catch {
      return; // the page's own data is broken: leave the server-rendered plan as it is
    }
    let start = { input: defaultInput(), ignored: [] as string[] };
    if (location.search.length > 1) start = decodeInput(location.search);
    else if (localStore()?.getItem(STORAGE_KEY)) start = (await storage()).loadInput(localStore());
    this.#fill(start.input);
    this.#showNotice(start.ignored);
    // The HTML already shows the default plan; anything else is drawn by the engine.
    this.#input = defaultInput();
    void this.#update(start.input, false);

    this.#form?.addEventListener('focusin', () => void engine(), { once: true });
    this.#form?.addEventListener('input', () => void this.#update(this.#read(), true));
    this.#form?.addEventListener('change', () => void this.#update(this.#read(), true));
    this.#form?.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-needs-js]')?.removeAttribute('disabled');
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.disabled = false;
      button.addEventListener('click', () => this.#act(button.dataset.action));
    }
  }

  /**
   * The form's values, read as a link would be: the form's names are the link's parameters, so
   * decodeInput does all the checking. A typed minutes value out of range keeps the last good one.
   */
  #read(): PlanInput {
    const data = new FormData(this.#form ?? undefined);
    const query = new URLSearchParams();
    for (const key of ['s', 'm', 'ph', 'xp', 'pl']) query.set(key, String(data.get(key) ?? ''));
    query.set('eq', data.getAll('eq').join(',') || 'bodyweight');
    query.set('wk', Array.from({ length: 7 }, (_, i) => data.get(`wk${i}`)).join('-'));
    const emphasis = data.getAll('em').join(',');
    if (emphasis) query.set('em', emphasis);
    const { input, ignored } = decodeInput(query.toString());
    if (this.#input && ignored.length) input.minutes = this.#input.minutes;
    return input;
  }

  /** Sets every control from an input, through the same link parameters. */
  #fill(input: PlanInput) {
    const query = new URLSearchParams(encodeInput(input));
    query.get('wk')!.split('-').forEach((code, i) => query.set(`wk${i}`, code));
    for (const el of this.#form?.elements ?? []) {
      if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || !el.name) continue;
      const value = query.get(el.name) ?? '';
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        el.checked = (el.type === 'radio' ? [value] : value.split(',')).includes(el.value);
      } else el.value = value;
    }
  }

  async #update(input: PlanInput, announce: boolean) {
    const changed = !this.#input || encodeInput(this.#input) !== encodeInput(input);
    this.#input = input;
    history.replaceState(history.state, '', location.pathname + encodeInput(input) + location.hash);
    if (!changed) return;
    const version = ++this.#version;
    const { buildPlan, planSummary, renderPlan, renderPrint } = await engine();
    if (version !== this.#version) return;
    const plan = buildPlan(input, this.#catalogue);
    const view = this.querySelector('[data-plan]');
    const print = this.querySelector('[data-print]');
    if (view) view.innerHTML = renderPlan(plan);
    if (print) print.innerHTML = renderPrint(plan);
    if (announce) this.#say(planSummary(plan));
    void storage().then((s) => s.saveInput(localStore(), input));
  }

  #say(text: string) {
    if (this.#status) this.#status.textContent = text;
  }

  #showNotice(ignored: string[]) {
    if (!this.#notice) return;
    this.#notice.textContent = ignored.length
      ? `Some settings could not be used and were replaced by defaults: ${ignored.join('; ')}.`
      : '';
  }

  async #act(action: string | undefined) {
    if (action === 'print') return window.print();
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(location.href);
        this.#say('Link copied. Anyone who opens it sees this plan.');
      } catch {
        this.#say('Could not copy automatically; copy the address from your browser’s address bar instead.');
      }
      return;
    }
    if (action === 'ics' && this.#input) {
      try {
        const [{ buildPlan }, { planToIcs }] = await Promise.all([engine(), import('../../lib/plan/ics')]);
        const text = planToIcs(buildPlan(this.#input, this.#catalogue), new Date(), undefined, location.origin);
        const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'strongstride-plan.ics';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        this.#say('Calendar file downloaded: one event per session for the next four weeks.');
      } catch {
        this.#say('Sorry, the calendar file could not be made.');
      }
    }
  }
}

if (!customElements.get('ss-plan-builder')) customElements.define('ss-plan-builder', PlanBuilder);
