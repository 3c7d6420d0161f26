// Plays the timer's cues (src/lib/timer/cues.ts): tones made on the spot with Web Audio, no sound
// files, and a buzz where the browser can vibrate. The AudioContext comes from a tap (browsers
// start sound only from one); without Web Audio the cues still vibrate.
import type { Cue } from '../../lib/timer/cues';

/** Loud enough to hear across a room, short of harsh: a square wave at a fifth of full scale. */
const VOLUME = 0.2;

export class TimerSound {
  #ctx: AudioContext | undefined;

  constructor(ctx?: AudioContext) {
    this.#ctx = ctx;
  }

  /** Call from a tap: makes or wakes the AudioContext so later cues can sound. */
  unlock() {
    try {
      this.#ctx ??= new AudioContext();
      if (this.#ctx.state === 'suspended') void this.#ctx.resume().catch(() => {});
    } catch {
      // No Web Audio: vibration alone.
    }
  }

  play(cue: Cue) {
    navigator.vibrate?.([...cue.vibrate]);
    const ctx = this.#ctx;
    if (!ctx) return;
    const now = ctx.currentTime;
    for (const tone of cue.tones) {
      const start = now + tone.atMs / 1000;
      const end = start + tone.ms / 1000;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'square';
      osc.frequency.value = tone.hz;
      // A few milliseconds of fade in and out, so a note doesn't click.
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(VOLUME, start + 0.005);
      gain.gain.setValueAtTime(VOLUME, end - 0.02);
      gain.gain.linearRampToValueAtTime(0, end);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(end);
    }
  }
}
