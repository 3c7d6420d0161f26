// The routine timer (<ss-routine-timer>, ../RoutineTimer.astro) set up for one session card of the
// plan: loaded by plan-builder.ts on the first press of a card's "Start session". The page holds
// one timer panel; it moves into the card pressed and takes that session's sets and rests
// (src/lib/timer/session.ts), the card's figures and its own place in sessionStorage, one per
// session day. Its own small loader then loads the running timer on the press of its Start.
import type { Session } from '../../lib/plan/types';
import { SESSION_REST_NOTE, sessionTimerPlan } from '../../lib/timer/session';
import { stateKey } from '../../lib/timer/storage';
import { panelHelp, timerKind } from '../../lib/timer/view';

/** Puts the timer panel `host` into `card` set for `session`, unless it is already there. Returns true when it moved. */
export function placeSessionTimer(host: HTMLElement, card: Element, session: Session): boolean {
  const key = stateKey(`/plan/session-${session.day}`);
  if (host.dataset.key === key && card.contains(host)) return false;
  const plan = sessionTimerPlan(session.items);
  // Out of the page first: a session running in another card stops, its place kept for later.
  host.remove();
  host.dataset.plan = JSON.stringify(plan);
  host.dataset.key = key;
  host.dataset.kind = timerKind(plan);
  const help = host.querySelector('[data-help]');
  if (help) help.textContent = panelHelp(plan, SESSION_REST_NOTE);
  // Each exercise's still figure from the card, shown while that exercise is on the timer.
  const box = host.querySelector('[data-figure-box]');
  for (const old of host.querySelectorAll('[data-figure-for]')) old.remove();
  for (const item of card.querySelectorAll<HTMLElement>('li[data-exercise]')) {
    const still = item.querySelector('.slot-figure');
    if (!still || !item.dataset.exercise) continue;
    const figure = document.createElement('div');
    figure.className = 'timer-figure';
    figure.dataset.figureFor = item.dataset.exercise;
    figure.hidden = true;
    figure.append(still.cloneNode(true));
    box?.append(figure);
  }
  card.querySelector('.psb')?.after(host);
  return true;
}
