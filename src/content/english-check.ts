import { hasVietnameseMarks } from "../core/fold.ts";
import type { Content } from "./content.ts";
import { type ContentIssue, contentError } from "./content-issue.ts";

// A word with Vietnamese marks is a Vietnamese word (or a Vietnamese name). Names and terms an English answer keeps in Vietnamese are short ("BHXH cơ sở", "Mẫu số 2", "Tháp Mười"); four
// Vietnamese words in a row are a sentence left untranslated. Quoted text is a label as the app shows it
// ("Quên mật khẩu"), kept so the reader can find it.
const QUOTED = /"[^"]*"|“[^”]*”/gu;
const LONGEST_KEPT_RUN = 3;

/** English answers with a Vietnamese sentence left in them (a run of Vietnamese words longer than a name). */
export function checkEnglishAnswers(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [id, answer] of content.answers.en) {
    for (const part of ["title", "body", "more"] as const) {
      const text = answer[part];
      if (!text) continue;
      const run = vietnameseRun(text.replace(/\{\{[^}]*\}\}/g, " ").replace(QUOTED, " "));
      if (run)
        issues.push(
          contentError(
            `locales/en/answers/${id.split(".")[0]}.json`,
            `${id.split(".").slice(1).join(".")}.${part}`,
            `has Vietnamese left in the English answer: "${run}"; translate it (names may stay)`,
          ),
        );
    }
  }
  return issues;
}

function vietnameseRun(text: string): string | undefined {
  let run: string[] = [];
  for (const word of text.split(/[\s,.;:()“”"!?]+/u).filter(Boolean)) {
    run = hasVietnameseMarks(word) ? [...run, word] : [];
    if (run.length > LONGEST_KEPT_RUN) return run.join(" ");
  }
  return undefined;
}
