/** The first `max` characters of a text, cut between characters, never inside one (an emoji stays whole or goes). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}
