/**
 * The plan as HTML, from one function used twice: by the page at build time (the default plan,
 * readable without JavaScript) and by <ss-plan-builder> after every change. Plain strings with
 * every value escaped, so there is one markup to test and style.
 */
import { formatDose, formatRest } from './dose';
import { DAY_NAMES, RUN_LABELS, type Plan, type Session } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const RUN_SHORT = { rest: 'rest day', easy: 'easy run', hard: 'hard run', long: 'long run', race: 'race' } as const;
const LOAD_WORDS = { heavy: 'heavy legs', moderate: 'moderate legs', light: 'light legs' } as const;

const listItems = (list: string[]) => list.map((p) => `<li>${esc(p)}</li>`).join('');

const exerciseLink = (slug: string, title: string) => `<a href="/exercises/${esc(slug)}/">${esc(title)}</a>`;

function sessionHtml(s: Session, n: number, prefix = ''): string {
  const items = s.items
    .map((it) => {
      const reg = it.regression
        ? `<p class="sm">Start with: ${it.regression.slug ? exerciseLink(it.regression.slug, it.regression.text) : esc(it.regression.text)}</p>`
        : '';
      return `<li><p><strong>${exerciseLink(it.slug, it.title)}</strong> <b>${esc(formatDose(it.dose))}</b>, <b>${esc(formatRest(it.dose))}</b></p><p class="sm mu">${esc(it.dose.load)}</p>${reg}<p class="sm"><span class="mu">First cue:</span> ${esc(it.cue)}</p></li>`;
    })
    .join('');
  const warm = s.warmUp
    .map((w) => `<li>${w.slug ? exerciseLink(w.slug, w.title) : esc(w.title)}: ${esc(w.text)}</li>`)
    .join('');
  return `<article class="ps" data-day="${s.day}" aria-labelledby="${prefix}session-${n}"><h3 id="${prefix}session-${n}">${esc(s.dayName)}: ${esc(RUN_SHORT[s.run])}, ${esc(LOAD_WORDS[s.lowerLoad])}, about ${s.minutes} minutes</h3><p>${esc(s.reason)}</p>${s.sameDay ? `<p class="sm"><strong>Same day as a run.</strong> ${esc(s.sameDay)}</p>` : ''}<h4>Warm-up</h4><ul class="sm">${warm}</ul><h4>Exercises</h4><ol class="px">${items}</ol><p class="sm"><strong>Cool-down:</strong> ${esc(s.coolDown)}</p></article>`;
}

function weekTable(plan: Plan): string {
  const byDay = new Map(plan.sessions.map((s) => [s.day, s]));
  const rows = plan.input.week
    .map((run, day) => {
      const s = byDay.get(day);
      return `<tr><th scope="row">${DAY_NAMES[day]}</th><td>${esc(RUN_LABELS[run])}</td><td>${s ? `Strength, about ${s.minutes} min` : '<span class="mu">No strength</span>'}</td></tr>`;
    })
    .join('');
  return `<table class="pw"><caption class="sr-only">Your week: runs and strength sessions</caption><thead><tr><th scope="col">Day</th><th scope="col">Run</th><th scope="col">Strength</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One sentence summing up the plan, for the page's status message after each change. */
export function planSummary(plan: Plan): string {
  const days = plan.sessions.map((s) => s.dayName);
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : days[0];
  return `Plan updated: ${plan.sessions.length} session${plan.sessions.length === 1 ? '' : 's'}, on ${list}.`;
}

/** The on-screen plan. */
export function renderPlan(plan: Plan): string {
  const unmet = plan.unmet.length
    ? `<section class="pu" aria-labelledby="plan-unmet"><h3 id="plan-unmet">What this plan could not do</h3><ul>${plan.unmet
        .map((u) => `<li><strong>${esc(u.wish)}</strong>: ${esc(u.reason)}</li>`)
        .join('')}</ul></section>`
    : '';
  return `<p>${esc(planSummary(plan).replace('Plan updated: ', 'Your plan: '))}</p>${weekTable(plan)}${unmet}<div class="pg">${plan.sessions.map((x, n) => sessionHtml(x, n)).join('')}</div><h3>The coming weeks</h3><ul>${listItems(plan.progression)}</ul><h3>Why it looks like this</h3><ul>${listItems(plan.notes)}</ul>`;
}

/**
 * The printed plan: one page per week for the coming weeks, each the week's sessions with the
 * focus for that stretch (print CSS hides the screen version and shows this one).
 */
export function renderPrint(plan: Plan, weeks = 4): string {
  let out = '';
  for (let w = 1; w <= weeks; w++) {
    out += `<section class="print-week"><h2>Week ${w}</h2><p>${esc(plan.progression[w > 2 ? 1 : 0] ?? '')}</p>${plan.sessions.map((s, n) => sessionHtml(s, n, `w${w}-`)).join('')}</section>`;
  }
  return out;
}
