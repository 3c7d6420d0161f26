// <ss-routine-timer>, the running timer: loaded by RoutineTimer.astro's small script when the reader
// first presses Start or Mute, or when this tab has a place to resume. It feeds the state machine
// (src/lib/timer/machine.ts) taps and elapsed time, draws what src/lib/timer/view.ts says, plays the
// cues src/lib/timer/cues.ts picks, remembers the place and the sound setting
// (src/lib/timer/storage.ts) and keeps the screen awake while the clock runs.
import { CUES, cueFor } from '../../lib/timer/cues';
import { initialState, step, type TimerEvent, type TimerPlan, type TimerState } from '../../lib/timer/machine';
import {
  parseSound,
  parseState,
  readStored,
  serializeSound,
  serializeState,
  SOUND_KEY,
  writeStored,
} from '../../lib/timer/storage';
import { announcement, timerView } from '../../lib/timer/view';
import { TimerSound } from './sound';

const TICK_MS = 200;
const FIELDS = ['phase', 'count', 'status', 'title', 'side', 'clock', 'reps', 'bar', 'next', 'live', 'notice'] as const;
const ACTS = ['main', 'back', 'skip', 'mute'] as const;

/** sessionStorage or localStorage, or undefined when the browser blocks it. */
function storage(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}

export class RoutineTimerElement extends HTMLElement {
  #plan!: TimerPlan;
  #s!: TimerState;
  #interval = 0;
  #last = 0;
  #muted = false;
  #sound = new TimerSound();
  #lock?: Promise<WakeLockSentinel | void>;
  #ui = {} as Record<(typeof FIELDS)[number], HTMLElement> & Record<(typeof ACTS)[number], HTMLButtonElement>;
  #onVisibility = () => this.#wake();

  connectedCallback() {
    this.#plan = JSON.parse(this.dataset.plan!);
    for (const name of FIELDS) this.#ui[name] = this.querySelector(`[data-${name}]`)!;
    for (const name of ACTS) this.#ui[name] = this.querySelector(`[data-act="${name}"]`)!;
    const sound = parseSound(readStored(storage('localStorage'), SOUND_KEY));
    this.#muted = sound.muted;
    const saved = parseState(this.#plan, readStored(storage('sessionStorage'), this.dataset.key!));
    this.#s = saved.state ?? initialState(this.#plan);
    // A place that could not be used is gone for good; leaving it would repeat the notice on every visit.
    if (!saved.state) writeStored(storage('sessionStorage'), this.dataset.key!, null);
    this.#ui.notice.textContent = [saved.notice, sound.notice].filter(Boolean).join(' ');
    this.addEventListener('click', this);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#render();
  }

  disconnectedCallback() {
    this.#stopClock();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#s = { ...this.#s, running: false };
    this.#wake();
  }

  /** Called by the loader: the tap that loaded this code (`main` or `mute`) and the AudioContext made in it. */
  begin(act?: string, audio?: AudioContext) {
    this.#sound = new TimerSound(audio);
    if (act === 'main' || act === 'mute') this.#press(act);
  }

  handleEvent(event: Event) {
    const act = (event.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (act === 'main' || act === 'back' || act === 'skip' || act === 'mute') this.#press(act);
  }

  #press(act: (typeof ACTS)[number]) {
    this.#sound.unlock();
    this.#ui.notice.textContent = '';
    if (act === 'mute') {
      this.#muted = !this.#muted;
      writeStored(storage('localStorage'), SOUND_KEY, serializeSound(this.#muted));
      this.#render();
      return;
    }
    // Count the time up to the press, so Pause freezes the clock where the reader saw it.
    if (this.#s.running) this.#tick();
    this.#send(act === 'main' ? { type: timerView(this.#plan, this.#s).action.event } : { type: act });
  }

  #tick() {
    const now = performance.now();
    this.#send({ type: 'tick', elapsedMs: now - this.#last });
    this.#last = now;
  }

  #stopClock() {
    clearInterval(this.#interval);
    this.#interval = 0;
  }

  #send(event: TimerEvent) {
    const before = this.#s;
    this.#s = step(this.#plan, before, event);
    if (event.type !== 'tick') this.#last = performance.now();
    if (this.#s.running && !this.#interval) this.#interval = window.setInterval(() => this.#tick(), TICK_MS);
    if (!this.#s.running) this.#stopClock();
    const cue = cueFor(this.#plan, before, this.#s);
    if (cue && !this.#muted) this.#sound.play(CUES[cue]);
    const said = announcement(this.#plan, before, this.#s);
    if (said) this.#ui.live.textContent = said;
    writeStored(storage('sessionStorage'), this.dataset.key!, serializeState(this.#plan, this.#s));
    this.#render();
    // The panel fills the screen from Start, and shrinks back at the end: keep it in view.
    const started = before.phase === 'idle' && this.#s.phase !== 'idle';
    const finished = before.phase !== 'done' && this.#s.phase === 'done';
    if (started || finished) this.scrollIntoView({ block: 'start' });
    if (before.running !== this.#s.running) this.#wake();
  }

  #render() {
    const v = timerView(this.#plan, this.#s);
    const ui = this.#ui;
    this.dataset.stage = v.stage;
    this.dataset.exercise = v.exercise;
    for (const figure of this.querySelectorAll<HTMLElement>('[data-figure-for]')) figure.hidden = figure.dataset.figureFor !== v.exercise;
    if (ui.phase.textContent !== v.word) ui.phase.textContent = v.word;
    for (const name of ['count', 'status', 'side', 'reps', 'next'] as const) {
      if (ui[name].textContent !== v[name]) ui[name].textContent = v[name];
    }
    ui.title.textContent = v.title;
    if (v.href) ui.title.setAttribute('href', v.href);
    else ui.title.removeAttribute('href');
    if (ui.clock.textContent !== v.clock) ui.clock.textContent = v.clock;
    ui.bar.style.transform = `scaleX(${v.progress})`;
    ui.main.textContent = v.action.label;
    ui.main.disabled = false;
    ui.mute.disabled = false;
    ui.mute.setAttribute('aria-pressed', String(this.#muted));
    for (const [button, enabled] of [
      [ui.back, v.canBack],
      [ui.skip, v.canSkip],
    ] as const) {
      // A button that switches off under the reader's focus hands focus to the main button.
      if (!enabled && document.activeElement === button) ui.main.focus();
      button.disabled = !enabled;
    }
  }

  /** Keep the screen on while the clock runs and the page is visible; failure is silent. */
  #wake() {
    const want = this.#s.running && document.visibilityState === 'visible';
    if (want && !this.#lock) {
      this.#lock = navigator.wakeLock?.request('screen').catch(() => {});
    } else if (!want && this.#lock) {
      this.#lock.then((lock) => lock?.release()).catch(() => {});
      this.#lock = undefined;
    }
  }
}

customElements.define('ss-routine-timer', RoutineTimerElement);
