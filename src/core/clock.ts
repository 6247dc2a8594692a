/** Port for the current time, so tests can fix "today". */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The time zone dates are shown and scheduled in. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";
const CIVIL = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The civil date (YYYY-MM-DD) of an instant in Asia/Ho_Chi_Minh. */
export function civilDate(instant: Date): string {
  return CIVIL.format(instant);
}
