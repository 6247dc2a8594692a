import { foldWords } from "../../core/fold.ts";
import { type TextRef, t, text } from "../../core/reply.ts";
import { asksHowMuch } from "../../nlu/how-much.ts";
import { day } from "../../policy/answer-vars.ts";
import type { Outcome, Turn } from "../handler.ts";

// "Hà Giang nhập vào tỉnh nào rồi", "Quảng Nam sáp nhập với đâu", "which province is Ha Giang part of now".
const MERGER_ASKED =
  /\b(?:nhap (?:vao|voi|ve)|sap nhap|hop nhat|gop (?:vao|voi|chung)|thuoc (?:ve )?tinh (?:nao|gi)|(?:gio|bay gio|hien nay|nay) (?:la|thuoc|o) tinh (?:nao|gi)|tinh moi|merged?|merger|part of (?:which|what)|(?:which|what) province (?:is|does|did|was))\b/;

/** "Bình Dương" said of today: that it is now part of the merged province whose rules apply. */
export function formerProvinceNote(turn: Turn, former: string, code: string): TextRef | undefined {
  const { provinces, mergedOn } = turn.content.policy;
  const province = provinces.find((p) => p.code === code);
  if (!province) return undefined;
  return t("common:province_merger.former", {
    province: province.name[turn.locale],
    date: day(mergedOn),
    former,
  });
}

/**
 * "giờ Hà Giang nhập vào tỉnh nào rồi": the province a former one is part of since the merger (NQ 202/2025/QH15),
 * or the former provinces a merged one took in. Undefined unless the message asks about a merger and names one.
 */
export function answerProvinceMerger(turn: Turn): Outcome | undefined {
  const folded = ` ${foldWords(turn.text)} `;
  // (A price asked beside the merger, "…giờ nhập về An Giang rồi, 1 năm bao nhiêu", is the sum's, which names it.)
  if (!MERGER_ASKED.test(folded) || asksHowMuch(turn.text)) return undefined;
  const { provinces, mergedOn } = turn.content.policy;
  const named = (name: string) => new RegExp(`\\b${foldWords(name)}\\b`).test(folded);
  const vars = (province: (typeof provinces)[number]) => ({
    province: province.name[turn.locale],
    date: day(mergedOn),
  });
  const lines: TextRef[] = provinces.flatMap((province) =>
    province.former_names
      .filter(named)
      .map((former) => t("common:province_merger.former", { ...vars(province), former })),
  );
  if (lines.length === 0)
    for (const province of provinces)
      if (province.former_names.length > 0 && named(province.name.vi))
        lines.push(
          t("common:province_merger.merged", {
            ...vars(province),
            formers: province.former_names.join(", "),
          }),
        );
  if (lines.length === 0) return undefined;
  return { replies: [text(...lines, t("common:province_merger.cards"))] };
}
