import { encodeAction } from "../../core/actions.ts";
import { choices, type Reply, type TextRef, t } from "../../core/reply.ts";
import { day, vnd } from "../../policy/answer-vars.ts";
import { calculateContribution } from "../../policy/contribution/calculate-contribution.ts";
import type { PolicyData } from "../../policy/policy-data.ts";
import type { ReminderEntry } from "../../reminders/reminder.ts";
import { addDays, daysFrom } from "../../reminders/schedule-times.ts";
import { intentChoice } from "../answer-intent.ts";

/** A short, stable tag of a member label, so a button can say which card it is about without the label itself. */
export function labelTag(label: string): string {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * The reminder message: whose card expires when, what renewing costs at the rules in force today (the household's
 * amount when the user gave its size), how to renew, the anti-scam note, and "remind me tomorrow" / "I renewed".
 */
export function reminderReply(entry: ReminderEntry, policy: PolicyData, today: string): Reply {
  const days = Math.max(0, daysFrom(today, entry.expiry));
  const head = entry.label
    ? t("common:reminders.due", { who: entry.label, expiry: day(entry.expiry), days })
    : t("common:reminders.due_household", { expiry: day(entry.expiry), days });
  const calc = calculateContribution(policy, {
    group: "household",
    date: today,
    months: 12,
    members: Math.max(1, entry.members),
  });
  const amount: TextRef =
    entry.members > 0
      ? t("common:reminders.due_amount", { total: vnd(calc.total.period), members: entry.members })
      : t("common:reminders.due_amount_one", { amount: vnd(calc.members[0]!.period) });
  const value = `${entry.expiry.replace(/-/g, "")}.${labelTag(entry.label)}`;
  return choices(
    [head, amount, t("common:reminders.due_steps"), t("common:safety.payment")],
    [
      {
        label: t("common:reminders.button.renewed"),
        action: encodeAction({ type: "rem", field: "renewed", value }),
      },
      {
        label: t("common:reminders.button.snooze"),
        action: encodeAction({ type: "rem", field: "snooze", value }),
      },
      intentChoice("enroll.where"),
      intentChoice("enroll.online_payment"),
    ],
  );
}

/**
 * Whether a delivered reminder's button value is one the bot writes: the card's expiry as 8 digits and its label
 * tag in base 36; a card in a delivered reminder expired at most a year ago and expires within five years.
 */
export function buttonExpiryValid(compact: string, tag: string, expiry: string, today: string): boolean {
  if (!/^\d{8}$/.test(compact) || !/^[0-9a-z]{0,8}$/.test(tag)) return false;
  const parsed = new Date(`${expiry}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== expiry) return false;
  return expiry >= addDays(today, -366) && expiry <= addDays(today, 5 * 366);
}
