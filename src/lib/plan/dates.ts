/**
 * Calendar days as "YYYY-MM-DD" strings. Arithmetic runs in UTC on whole days, so no time zone or
 * clock change can move a session to another day. Kept small and apart from the engine: the
 * page's first script uses it to put dates on the plan already in the HTML.
 */
import { DAY_NAMES } from './types';

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const toTime = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** "YYYY-MM-DD" when it names a real calendar day between 2000 and 2199, else undefined. */
export function calendarDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const y = Number(value.slice(0, 4));
  return toDate(toTime(value)) === value && y >= 2000 && y < 2200 ? value : undefined;
}

/** The reader's local calendar day, "YYYY-MM-DD". */
export const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Days from `a` to `b`. */
export const daysBetween = (a: string, b: string) => Math.round((toTime(b) - toTime(a)) / DAY_MS);
export const addDays = (date: string, days: number) => toDate(toTime(date) + days * DAY_MS);
/** Monday 0 … Sunday 6. */
export const weekday = (date: string) => (new Date(toTime(date)).getUTCDay() + 6) % 7;
export const mondayOf = (date: string) => addDays(date, -weekday(date));

/** "14 March 2027". */
export const dayMonthYear = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
/** "Sunday 14 March 2027". */
export const longDate = (date: string) => `${DAY_NAMES[weekday(date)]} ${dayMonthYear(date)}`;

/**
 * How a date shows on the plan: `day` the day of the month in the week's table, `from` the start
 * of a week in the block's table, `on` a session's date after its day's name on its printed page.
 */
export const DATE_FORMATS = {
  day: (date: string) => String(Number(date.slice(8, 10))),
  from: (date: string) => `from ${dayMonthYear(date)}`,
  on: (date: string) => `, ${dayMonthYear(date)}`,
} as const;
export type DateFormat = keyof typeof DATE_FORMATS;
