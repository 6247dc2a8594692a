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

// Every message asks for today's date; the answer is remembered for the minute it was asked in.
let cachedMinute = Number.NaN;
let cachedDate = "";

/** The civil date (YYYY-MM-DD) of an instant in Asia/Ho_Chi_Minh. */
export function civilDate(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedDate = CIVIL.format(instant);
    cachedMinute = minute;
  }
  return cachedDate;
}
