import type { Turn } from "./handler.ts";

// "bà đi khám…", "how much does his card pay": the one relative remembered, spoken of without their name.
const PRONOUN = /\b(?:ba|ong|cu|ba ay|ong ay|ba cu|ong cu|he|she|his|her|him)\b/;

/** The group of the only relative remembered, when the message speaks of someone without naming them. */
export function pronounFor(turn: Turn, folded: string): string | undefined {
  const { self: _writer, ...relatives } = turn.session.people ?? {};
  const people = Object.entries(relatives);
  const said = PRONOUN.exec(folded)?.[0];
  if (people.length !== 1 || said === undefined) return undefined;
  // ("Ông nhà bà … đang nhận trợ cấp", then "nếu bà đi khám…": "bà" is not the husband remembered.)
  const [who, group] = people[0]!;
  const other = (SHE.test(said) && MALE.test(who)) || (HE.test(said) && FEMALE.test(who));
  return other ? undefined : group;
}
const SHE = /^(?:ba|ba ay|ba cu|she|her)$/;
const HE = /^(?:ong|ong ay|ong cu|he|his|him)$/;
const MALE = /^(?:grandfather|father|husband|brother|son)$/;
const FEMALE = /^(?:grandmother|mother|wife|sister|daughter)$/;
