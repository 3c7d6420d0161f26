/**
 * The plan as HTML, from functions used twice: by the page at build time (the default plan,
 * readable without JavaScript) and by <ss-plan-builder> after every change. Plain strings with
 * every value escaped, so there is one markup to test and style. The week comes first; the whole
 * block sits one tap away in a <details>. Print gets one page per session of this week.
 */
import { addDays, DATE_FORMATS, longDate, type DateFormat } from './dates';
import { formatDose, formatRest } from './dose';
import { DAY_NAMES, PHASE_LABELS, RUN_LABELS, RUN_WORDS, type Block, type BlockWeek, type RunType, type Session } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const LOAD_WORDS = { heavy: 'heavy legs', moderate: 'moderate legs', light: 'light legs' } as const;

const listItems = (list: string[]) => list.map((p) => `<li>${esc(p)}</li>`).join('');
const exerciseLink = (slug: string, title: string) => `<a href="/exercises/${esc(slug)}/">${esc(title)}</a>`;
const runsWords = (runs: readonly RunType[]) => (runs.length ? runs.map((r) => RUN_WORDS[r]).join(' + ') : 'rest day');
const runsLabel = (runs: readonly RunType[]) => (runs.length ? runs.map((r) => RUN_LABELS[r]).join(' + ') : RUN_LABELS.rest);
/** "75 s" and "2.5 min" never split across lines. */
const keepUnits = (html: string) => html.replace(/(\d) (s|min)\b/g, '$1&nbsp;$2');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A date `offset` days after the block's first Monday. Without dates (the default plan built into
 * the HTML, which cannot know today) the span stays empty and the page fills it in
 * (plan-builder.ts), so the first screen is dated as soon as it is seen.
 */
const dateSpan = (start: string | undefined, offset: number, format: DateFormat) =>
  `<span data-offset="${offset}" data-format="${format}">${start ? esc(DATE_FORMATS[format](addDays(start, offset))) : ''}</span>`;
/** The block's first Monday: a week's start less its index. */
const blockStart = (block: Block) => (block.weeks[0]?.start ? block.weeks[0].start : undefined);

function sessionHtml(s: Session): string {
  // Each exercise is a <li data-exercise> with its words in one block: the slot its movement figure fills (fillFigureSlots in src/lib/figure/file.ts).
  const items = s.items
    .map((it) => {
      const reg = it.regression
        ? `<p class="sm">Start with: ${it.regression.slug ? exerciseLink(it.regression.slug, it.regression.text) : esc(it.regression.text)}</p>`
        : '';
      return `<li data-exercise="${esc(it.slug)}"><div class="pi"><p><strong>${exerciseLink(it.slug, it.title)}</strong> <b>${esc(formatDose(it.dose))}</b>, ${keepUnits(esc(formatRest(it.dose)))}</p><p class="sm mu">${esc(it.dose.load)}</p>${reg}<p class="sm"><span class="mu">First cue:</span> ${esc(it.cue)}</p></div></li>`;
    })
    .join('');
  const warm = s.warmUp.map((w) => `<li>${w.slug ? exerciseLink(w.slug, w.title) : esc(w.title)}: ${esc(w.text)}</li>`).join('');
  // The Start button runs the session timer in the card; it needs JavaScript, so it starts disabled (plan-builder.ts).
  const start = `<p class="psb"><button type="button" class="pbt" data-start="${s.day}" disabled>Start session<span class="sr-only">: ${esc(s.dayName)}</span></button></p>`;
  return `<article class="ps" data-day="${s.day}" aria-labelledby="session-${s.day}"><h3 id="session-${s.day}">${esc(s.dayName)}: ${esc(runsWords(s.runs))}, ${esc(LOAD_WORDS[s.lowerLoad])}, about ${s.minutes} minutes</h3>${start}<p>${esc(s.reason)}</p>${s.sameDay ? `<p class="sm"><strong>Same day as a run.</strong> ${esc(s.sameDay)}</p>` : ''}<h4>Warm-up</h4><ul class="sm">${warm}</ul><h4>Exercises</h4><ol class="px">${items}</ol><p class="sm"><strong>Cool-down:</strong> ${esc(s.coolDown)}</p></article>`;
}

function weekTable(week: BlockWeek, start: string | undefined): string {
  const { plan } = week;
  const byDay = new Map(plan.sessions.map((s) => [s.day, s]));
  const rows = plan.runs
    .map((runs, day) => {
      const s = byDay.get(day);
      return `<tr><th scope="row">${DAY_NAMES[day]} <span class="mu">${dateSpan(start, week.index * 7 + day, 'day')}</span></th><td>${esc(runsLabel(runs))}</td><td>${s ? `Strength, about ${s.minutes} min` : '<span class="mu">No strength</span>'}</td></tr>`;
    })
    .join('');
  return `<table class="pw"><caption class="sr-only">This week: runs and strength sessions</caption><thead><tr><th scope="col">Day</th><th scope="col">Run</th><th scope="col">Strength</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One sentence summing up the week shown: the plan's first line, and after `lead` the page's status message after each change. */
export function planSummary(block: Block, lead?: string): string {
  const { plan } = block.weeks[block.now]!;
  const days = plan.sessions.map((s) => s.dayName);
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? 'no day');
  const text = `${plural(plan.sessions.length, 'session')} ${block.upcoming ? 'in week 1' : 'this week'}, on ${list}.`;
  return lead ? `${lead}: ${text}` : text;
}

/** "Race in 9 weeks and 3 days: Sunday 12 April 2027." */
export function countdown(race: NonNullable<Block['race']>): string {
  const { daysToGo } = race;
  const when = daysToGo === 0 ? 'Race day is today' : daysToGo < 7 ? `Race in ${plural(daysToGo, 'day')}` : `Race in ${plural(Math.floor(daysToGo / 7), 'week')}${daysToGo % 7 ? ` and ${plural(daysToGo % 7, 'day')}` : ''}`;
  return `${when}: ${longDate(race.date)}.`;
}

function blockTable(block: Block): string {
  const start = blockStart(block);
  const rows = block.weeks
    .map((w) => {
      const days = w.plan.sessions.map((s) => `${s.dayName.slice(0, 3)} (${LOAD_WORDS[s.lowerLoad].replace(' legs', '')})`).join(', ') || 'No lifting';
      const now = w.index === block.now && !block.upcoming;
      return `<tr${now ? ' aria-current="true"' : ''}><th scope="row">Week ${w.index + 1}${now ? ' (this week)' : ''}<br><span class="mu">${dateSpan(start, w.index * 7, 'from')}</span></th><td>${esc(PHASE_LABELS[w.context.phase])}</td><td>${esc(w.focus)}<br><span class="mu">${esc(days)}</span></td></tr>`;
    })
    .join('');
  return `<table class="pw pbk"><caption class="sr-only">The block, week by week</caption><thead><tr><th scope="col">Week</th><th scope="col">Phase</th><th scope="col">Focus and strength days</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The on-screen plan: this week's sessions first (on a phone the first one starts within the
 * first screen), then what the plan could not do, the week at a glance, and the block behind one tap.
 */
export function renderBlock(block: Block): string {
  const week = block.weeks[block.now]!;
  const { plan } = week;
  const start = blockStart(block);
  const race = block.race ? `<p class="pc" data-countdown><strong>${esc(countdown(block.race))}</strong></p>` : '';
  const unmet = plan.unmet.length
    ? `<section class="pu" aria-labelledby="plan-unmet"><h3 id="plan-unmet">What this plan could not do</h3><ul>${plan.unmet
        .map((u) => `<li><strong>${esc(u.wish)}</strong>: ${esc(u.reason)}</li>`)
        .join('')}</ul></section>`
    : '';
  const of = block.weeks.length > 1 ? ` of ${block.weeks.length}` : '';
  const weekTitle = block.upcoming
    ? `Week 1${of}, starting ${longDate(week.start!)}, ${PHASE_LABELS[week.context.phase].toLowerCase()}`
    : `This week${of ? `: week ${week.index + 1}${of}` : ''}, ${PHASE_LABELS[week.context.phase].toLowerCase()}`;
  return `${race}<p>${esc(planSummary(block))}</p><h3>${esc(weekTitle)}</h3><p class="sm mu">${esc(week.focus)}</p><div class="pg">${plan.sessions.map(sessionHtml).join('')}</div>${unmet}<h3>This week at a glance</h3>${weekTable(week, start)}<details class="pb"><summary>The whole block: ${plural(block.weeks.length, 'week')}</summary>${blockTable(block)}<ul>${listItems(block.notes)}</ul></details><h3>The coming weeks</h3><ul>${listItems(plan.progression)}</ul><h3>Why it looks like this</h3><ul>${listItems(plan.notes)}</ul>`;
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
  const week = block.weeks[block.now]!;
  const total = block.weeks.length;
  const start = blockStart(block);
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
      return `<section class="print-session"><p class="sm">Week ${week.index + 1}${total > 1 ? ` of ${total}` : ''}: ${esc(week.focus)}</p>${placementStrip(week, s)}<h2>${esc(s.dayName)}${dateSpan(start, week.index * 7 + s.day, 'on')}: strength, ${esc(LOAD_WORDS[s.lowerLoad])}, about ${s.minutes} minutes</h2><p class="sm">${esc(s.reason)}${s.sameDay ? ` ${esc(s.sameDay)}` : ''}</p><p class="sm"><strong>Warm-up:</strong> ${esc(s.warmUp.map((w) => w.title).join(', '))}</p><table class="plog"><thead><tr><th scope="col">Exercise</th><th scope="col">Target</th>${head}</tr></thead><tbody>${rows}</tbody></table><p class="sm">Write the weight and reps of each set. <strong>Cool-down:</strong> ${esc(s.coolDown)}</p></section>`;
    })
    .join('');
}
