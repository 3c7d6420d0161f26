/**
 * The plan as HTML, from functions used twice: by the page at build time (the default plan,
 * readable without JavaScript) and by <ss-plan-builder> after every change. Plain strings with
 * every value escaped, so there is one markup to test and style. The week comes first; the whole
 * block sits one tap away in a <details>. Print gets one page per session of this week.
 */
import { longDate, addDays } from './block';
import { formatDose, formatRest } from './dose';
import { DAY_NAMES, PHASE_LABELS, RUN_LABELS, RUN_WORDS, type Block, type BlockWeek, type Plan, type RunType, type Session } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const LOAD_WORDS = { heavy: 'heavy legs', moderate: 'moderate legs', light: 'light legs' } as const;

const listItems = (list: string[]) => list.map((p) => `<li>${esc(p)}</li>`).join('');
const exerciseLink = (slug: string, title: string) => `<a href="/exercises/${esc(slug)}/">${esc(title)}</a>`;
const runsWords = (runs: readonly RunType[]) => (runs.length ? runs.map((r) => RUN_WORDS[r]).join(' + ') : 'rest day');
const runsLabel = (runs: readonly RunType[]) => (runs.length ? runs.map((r) => RUN_LABELS[r]).join(' + ') : RUN_LABELS.rest);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sessionHtml(s: Session): string {
  // Each exercise is a <li data-exercise> with its words in one block, so a movement figure can sit beside them later.
  const items = s.items
    .map((it) => {
      const reg = it.regression
        ? `<p class="sm">Start with: ${it.regression.slug ? exerciseLink(it.regression.slug, it.regression.text) : esc(it.regression.text)}</p>`
        : '';
      return `<li data-exercise="${esc(it.slug)}"><div class="pi"><p><strong>${exerciseLink(it.slug, it.title)}</strong> <b>${esc(formatDose(it.dose))}</b>, <b>${esc(formatRest(it.dose))}</b></p><p class="sm mu">${esc(it.dose.load)}</p>${reg}<p class="sm"><span class="mu">First cue:</span> ${esc(it.cue)}</p></div></li>`;
    })
    .join('');
  const warm = s.warmUp.map((w) => `<li>${w.slug ? exerciseLink(w.slug, w.title) : esc(w.title)}: ${esc(w.text)}</li>`).join('');
  return `<article class="ps" data-day="${s.day}" aria-labelledby="session-${s.day}"><h3 id="session-${s.day}">${esc(s.dayName)}: ${esc(runsWords(s.runs))}, ${esc(LOAD_WORDS[s.lowerLoad])}, about ${s.minutes} minutes</h3><p>${esc(s.reason)}</p>${s.sameDay ? `<p class="sm"><strong>Same day as a run.</strong> ${esc(s.sameDay)}</p>` : ''}<h4>Warm-up</h4><ul class="sm">${warm}</ul><h4>Exercises</h4><ol class="px">${items}</ol><p class="sm"><strong>Cool-down:</strong> ${esc(s.coolDown)}</p></article>`;
}

function weekTable(plan: Plan, start?: string): string {
  const byDay = new Map(plan.sessions.map((s) => [s.day, s]));
  const rows = plan.runs
    .map((runs, day) => {
      const s = byDay.get(day);
      const date = start ? ` <span class="mu">${esc(addDays(start, day).slice(8))}</span>` : '';
      return `<tr><th scope="row">${DAY_NAMES[day]}${date}</th><td>${esc(runsLabel(runs))}</td><td>${s ? `Strength, about ${s.minutes} min` : '<span class="mu">No strength</span>'}</td></tr>`;
    })
    .join('');
  return `<table class="pw"><caption class="sr-only">This week: runs and strength sessions</caption><thead><tr><th scope="col">Day</th><th scope="col">Run</th><th scope="col">Strength</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One sentence summing up the plan, for the page's status message after each change. */
export function planSummary(plan: Plan): string {
  const days = plan.sessions.map((s) => s.dayName);
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? 'no day');
  return `Plan updated: ${plural(plan.sessions.length, 'session')} this week, on ${list}.`;
}

/** "Race in 9 weeks and 3 days: Sunday 12 April 2027." */
export function countdown(race: NonNullable<Block['race']>): string {
  const { daysToGo } = race;
  const when = daysToGo === 0 ? 'Race day is today' : daysToGo < 7 ? `Race in ${plural(daysToGo, 'day')}` : `Race in ${plural(Math.floor(daysToGo / 7), 'week')}${daysToGo % 7 ? ` and ${plural(daysToGo % 7, 'day')}` : ''}`;
  return `${when}: ${longDate(race.date)}.`;
}

function blockTable(block: Block): string {
  const rows = block.weeks
    .map((w) => {
      const days = w.plan.sessions.map((s) => `${s.dayName.slice(0, 3)} (${LOAD_WORDS[s.lowerLoad].replace(' legs', '')})`).join(', ') || 'No lifting';
      const when = w.start ? `<br><span class="mu">from ${esc(longDate(w.start).replace(/^\w+ /, ''))}</span>` : '';
      return `<tr${w.index === 0 ? ' aria-current="true"' : ''}><th scope="row">Week ${w.index + 1}${w.index === 0 ? ' (this week)' : ''}${when}</th><td>${esc(PHASE_LABELS[w.context.phase])}</td><td>${esc(w.focus)}<br><span class="mu">${esc(days)}</span></td></tr>`;
    })
    .join('');
  return `<table class="pw pbk"><caption class="sr-only">The block, week by week</caption><thead><tr><th scope="col">Week</th><th scope="col">Phase</th><th scope="col">Focus and strength days</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The on-screen plan: this week first, then the block behind one tap. */
export function renderBlock(block: Block): string {
  const first = block.weeks[0]!;
  const plan = first.plan;
  const race = block.race ? `<p class="pc" data-countdown><strong>${esc(countdown(block.race))}</strong></p>` : '';
  const unmet = plan.unmet.length
    ? `<section class="pu" aria-labelledby="plan-unmet"><h3 id="plan-unmet">What this plan could not do</h3><ul>${plan.unmet
        .map((u) => `<li><strong>${esc(u.wish)}</strong>: ${esc(u.reason)}</li>`)
        .join('')}</ul></section>`
    : '';
  const weekTitle = `This week${block.weeks.length > 1 ? `: week 1 of ${block.weeks.length}` : ''}, ${PHASE_LABELS[first.context.phase].toLowerCase()}`;
  return `${race}<p>${esc(planSummary(plan).replace('Plan updated: ', 'Your plan: '))}</p><h3>${esc(weekTitle)}</h3><p class="sm mu">${esc(first.focus)}</p>${weekTable(plan, first.start)}${unmet}<div class="pg">${plan.sessions.map(sessionHtml).join('')}</div><details class="pb"><summary>The whole block: ${plural(block.weeks.length, 'week')}</summary>${blockTable(block)}<ul>${listItems(block.notes)}</ul></details><h3>The coming weeks</h3><ul>${listItems(plan.progression)}</ul><h3>Why it looks like this</h3><ul>${listItems(plan.notes)}</ul>`;
}

function placementStrip(week: BlockWeek, session: Session): string {
  const cells = week.plan.runs
    .map((runs, day) => {
      const lift = week.plan.sessions.some((s) => s.day === day);
      const mark = day === session.day ? '<strong>This session</strong>' : lift ? 'Strength' : '';
      return `<td>${esc(DAY_NAMES[day]!.slice(0, 3))}<br>${esc(runsLabel(runs))}${mark ? `<br>${mark}` : ''}</td>`;
    })
    .join('');
  return `<table class="pst"><caption class="sr-only">Where this session sits in the week</caption><tbody><tr>${cells}</tr></tbody></table>`;
}

/**
 * The printed plan: one page per session of this week, each with the week's placement on top,
 * then the exercises with empty columns to write the weight and reps of every set.
 */
export function renderPrint(block: Block): string {
  const week = block.weeks[0]!;
  const total = block.weeks.length;
  return week.plan.sessions
    .map((s) => {
      const sets = Math.max(1, ...s.items.map((it) => it.dose.sets));
      const head = Array.from({ length: sets }, (_, i) => `<th scope="col">Set ${i + 1}</th>`).join('');
      const rows = s.items
        .map((it) => {
          const cells = Array.from({ length: sets }, (_, i) => `<td>${i < it.dose.sets ? '' : '—'}</td>`).join('');
          return `<tr><th scope="row">${esc(it.title)}<br><span class="sm">${esc(it.cue)}</span></th><td>${esc(formatDose(it.dose))}</td>${cells}</tr>`;
        })
        .join('');
      const date = week.start ? `, ${longDate(addDays(week.start, s.day))}` : '';
      return `<section class="print-session"><p class="sm">Week 1${total > 1 ? ` of ${total}` : ''}: ${esc(week.focus)}</p>${placementStrip(week, s)}<h2>${esc(s.dayName)}${esc(date)}: strength, about ${s.minutes} minutes</h2><p class="sm">${esc(s.sameDay ?? s.reason)}</p><p class="sm"><strong>Warm-up:</strong> ${esc(s.warmUp.map((w) => w.title).join(', '))}</p><table class="plog"><thead><tr><th scope="col">Exercise</th><th scope="col">Target</th>${head}</tr></thead><tbody>${rows}</tbody></table><p class="sm">Write the weight and reps of each set. <strong>Cool-down:</strong> ${esc(s.coolDown)}</p></section>`;
    })
    .join('');
}
