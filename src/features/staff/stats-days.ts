/** The `count` civil days up to and including `today`, oldest first. */
export function civilDaysBefore(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - (count - 1 - i));
    return day.toISOString().slice(0, 10);
  });
}
