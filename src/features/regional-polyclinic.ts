import { foldWords } from "../core/fold.ts";
import { t, text } from "../core/reply.ts";
import type { Outcome, Turn } from "./handler.ts";

const REGIONAL_POLYCLINIC =
  /\b(?:phong kham da khoa khu vuc|pkdkkv|pk da khoa khu vuc|regional (?:polyclinic|general clinic|clinic))\b/;

/**
 * "khám ở phòng khám đa khoa khu vực có được trả 100% không": out-patient care at a regional polyclinic, a
 * primary-level facility, is paid in full (policy.md §5, Law 51/2024/QH15 Art. 22). Undefined for other questions.
 */
export function answerRegionalPolyclinic(turn: Turn): Outcome | undefined {
  if (!REGIONAL_POLYCLINIC.test(` ${foldWords(turn.text)} `)) return undefined;
  return {
    replies: [text(t("common:regional_polyclinic"))],
    session: { lastIntent: "benefit.levels", misses: 0 },
  };
}
