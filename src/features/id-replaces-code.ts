import { t, text } from "../core/reply.ts";
import { asksIdReplacesCode } from "../nlu/app-readings.ts";
import type { Outcome, Turn } from "./handler.ts";

/**
 * "từ khi nào số căn cước thay cho mã số bhxh": since 1/8/2025 the personal ID number is the BHXH code (CV 1804), and
 * where it is used. Undefined for other questions.
 */
export function answerIdReplacesCode(turn: Turn, intent: string): Outcome | undefined {
  if (!asksIdReplacesCode(turn.text)) return undefined;
  return { replies: [text(t("common:id_replaces_code"))], session: { lastIntent: intent, misses: 0 } };
}
