/** Days before the expiry when reminders go out, by default. */
export const DEFAULT_DAYS_BEFORE = [30, 7, 1] as const;
/** Local hour reminders are sent at. */
export const SEND_HOUR = 8;
/** No reminder is sent from this hour… */
export const QUIET_FROM_HOUR = 21;
/** …until this hour (local time). */
export const QUIET_UNTIL_HOUR = 7;

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

/** Moves an instant out of quiet hours (21:00–07:00 local) to the next 07:00. */
export function outOfQuietHours(ms: number): number {
  const hour = localHour(ms);
  if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return ms;
  const local = new Date(ms + OFFSET_MS);
  const day = local.toISOString().slice(0, 10);
  const next = hour >= QUIET_FROM_HOUR ? addDays(day, 1) : day;
  return localTime(next, QUIET_UNTIL_HOUR);
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
