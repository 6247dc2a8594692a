import { COUNT, countOf, DAYS_IN, UNIT_GAP } from "./slots/numbers.ts";

const UNIT = "(ngay|tuan|thang|days?|weeks?|months?)";
// Days late can run past 99 ("quá hạn 100 ngày").
const AMOUNT = COUNT.replace("\\d{1,2}", "\\d{1,3}");
// "đóng trễ 4 tháng", "quá hạn 100 ngày", "late by 2 months", "overdue 3 weeks"; "hết hạn 4 tháng rồi", "expired 5
// months ago" (not "hết hạn 4 tháng nữa", still to come).
const LATE_BEFORE = new RegExp(
  `\\b(?:tre|muon|cham|qua han|late by|overdue(?: by)?|lapsed(?: for)?) (?:\\w+ )?${AMOUNT}${UNIT_GAP}${UNIT}\\b`,
);
const ENDED_AGO = new RegExp(
  `\\b(?:het han|expired|ended) (?:duoc |da )?${AMOUNT}${UNIT_GAP}${UNIT} (?:roi|nay|ago)\\b`,
);
// "4 months late", "2 tuần quá hạn"; "10 ngày sau mới đóng" (after the end, with the end or "quá hạn" said before).
const LATE_AFTER = new RegExp(
  `\\b${AMOUNT}${UNIT_GAP}${UNIT} (?:late|overdue|qua han|sau (?:moi|thi|roi) (?:dong|gia han|nop))\\b`,
);

/** How late a renewal is said to be, in days (a month as 30); undefined when not said. */
export function latenessOf(
  folded: string,
): { count: number; unit: "day" | "week" | "month"; days: number } | undefined {
  const found = LATE_BEFORE.exec(folded) ?? ENDED_AGO.exec(folded) ?? LATE_AFTER.exec(folded);
  const count = found?.[1] === undefined ? undefined : countOf(found[1]);
  if (!found || !count) return undefined;
  const per = DAYS_IN[found[2]!.replace(/s$/, "")] ?? 1;
  return { count, unit: per === 30 ? "month" : per === 7 ? "week" : "day", days: count * per };
}
