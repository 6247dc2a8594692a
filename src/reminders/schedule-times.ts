/** Days before the expiry when reminders go out, by default. */
export const DEFAULT_DAYS_BEFORE = [30, 7, 1] as const;
/** Local hour reminders are sent at. */
export const SEND_HOUR = 8;
/** Local hours when no reminder is sent: from `from` (inclusive) until `until` (exclusive), possibly over midnight. */
export interface QuietHours {
  from: number;
  until: number;
}
/** No reminder is sent from 21:00 until 07:00 local time unless the operator sets other hours. */
export const DEFAULT_QUIET_HOURS: QuietHours = { from: 21, until: 7 };

// Asia/Ho_Chi_Minh has been UTC+7 all year since 1975 (no daylight saving), so local time is a fixed offset.
const OFFSET_MS = 7 * 3600 * 1000;

/** Epoch ms of a local (Asia/Ho_Chi_Minh) date and hour. */
export function localTime(date: string, hour: number): number {
  return Date.parse(`${date}T00:00:00Z`) + hour * 3600 * 1000 - OFFSET_MS;
}

/** The local hour (0–23) of an instant. */
export function localHour(ms: number): number {
  return new Date(ms + OFFSET_MS).getUTCHours();
}

/** Moves an instant out of quiet hours (by default 21:00–07:00 local) to the hour they end. */
export function outOfQuietHours(ms: number, quiet: QuietHours = DEFAULT_QUIET_HOURS): number {
  const hour = localHour(ms);
  const overMidnight = quiet.from > quiet.until;
  const isQuiet = overMidnight
    ? hour >= quiet.from || hour < quiet.until
    : hour >= quiet.from && hour < quiet.until;
  if (!isQuiet) return ms;
  const day = new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
  // Past midnight the quiet time ends today; before midnight (over-midnight hours) it ends tomorrow.
  return localTime(overMidnight && hour >= quiet.from ? addDays(day, 1) : day, quiet.until);
}

/** Reads "21-7" (from-until, local hours) as quiet hours; equal hours ("0-0") mean none. */
export function parseQuietHours(text: string): QuietHours | undefined {
  const match = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const [from, until] = [Number(match[1]), Number(match[2])];
  return from <= 23 && until <= 23 ? { from, until } : undefined;
}

/** When each reminder for a card expiring on `expiry` goes out: 08:00 local, `daysBefore` days earlier; past ones are left out. */
export function reminderTimes(
  expiry: string,
  now: number,
  daysBefore: readonly number[] = DEFAULT_DAYS_BEFORE,
) {
  return daysBefore
    .map((days) => ({ daysBefore: days, at: localTime(addDays(expiry, -days), SEND_HOUR) }))
    .filter((t) => t.at > now);
}

/** A civil date moved by whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one civil date to another (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same calendar date a year later (29 February becomes 28 February). */
export function sameDateNextYear(date: string): string {
  const year = Number(date.slice(0, 4)) + 1;
  const candidate = `${year}${date.slice(4)}`;
  return new Date(`${candidate}T00:00:00Z`).toISOString().startsWith(candidate) ? candidate : `${year}-02-28`;
}

/** "13/02" in Ho Chi Minh City time. */
export function shortLocalDate(at: number): string {
  const [, month, dayOfMonth] = new Date(at + 7 * 3600 * 1000).toISOString().slice(0, 10).split("-");
  return `${dayOfMonth}/${month}`;
}
