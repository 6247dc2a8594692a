import { hasVietnameseMarks } from "../core/fold.ts";
import type { Content } from "./content.ts";
import { type ContentIssue, contentError } from "./content-issue.ts";

// A word with Vietnamese marks is a Vietnamese word (or a Vietnamese name). Names and terms an English answer keeps in Vietnamese are short ("BHXH cơ sở", "Mẫu số 2", "Tháp Mười"); four
// Vietnamese words in a row are a sentence left untranslated. Quoted text is a label as the app shows it
// ("Quên mật khẩu"), kept so the reader can find it.
const QUOTED = /"[^"]*"|“[^”]*”/gu;
const LONGEST_KEPT_RUN = 3;
// "1/7/2026" reads as 7 January to many English readers: dates are written in words ("1 July 2026").
const NUMERIC_DATE = /(?<![\d/])(?:[1-9]|[12]\d|3[01])\/(?:[1-9]|1[0-2])(?:\/\d{4})?(?![\d/])/u;
// "BHXH cơ sở" means nothing to an English reader on its own: it follows its English name, in brackets.
const BARE_LOCAL_OFFICE = /(?<!\()BHXH cơ sở|BHXH cơ sở(?!\))/u;
// "BHYT" and "BHXH" are explained where an answer first uses them: "health insurance (BHYT)". In a document number
// ("490/QĐ-BHXH") they are part of the number.
const ACRONYM = /(?<![/-])\b(BHYT|BHXH)\b/u;

/** English answers with a Vietnamese sentence left in them (a run of Vietnamese words longer than a name). */
export function checkEnglishAnswers(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [id, answer] of content.answers.en) {
    for (const part of ["title", "body", "more"] as const) {
      const text = answer[part];
      if (!text) continue;
      const plain = text.replace(/\{\{[^}]*\}\}/g, " ");
      const run = vietnameseRun(plain.replace(QUOTED, " "));
      const date = NUMERIC_DATE.exec(plain)?.[0];
      const acronym = ACRONYM.exec(plain.replace(QUOTED, " "));
      // Titles are short labels shown as buttons, away from any answer that would explain the term.
      const inTitle = part === "title" && acronym;
      const unexplained =
        part !== "title" && acronym && plain.replace(QUOTED, " ")[acronym.index - 1] !== "(";
      const problems = [
        run && `has Vietnamese left in the English answer: "${run}"; translate it (names may stay)`,
        date && `writes the date "${date}" in numbers; write it in words ("1 July 2026")`,
        unexplained &&
          `uses "${acronym[1]}" before saying what it is; write "${acronym[1] === "BHYT" ? "health insurance (BHYT)" : "social insurance (BHXH)"}" the first time`,
        inTitle &&
          `uses "${acronym[1]}" in a title, which is shown as a button; write "${acronym[1] === "BHYT" ? "health insurance" : "social insurance"}"`,
        BARE_LOCAL_OFFICE.test(plain) &&
          `names "BHXH cơ sở" without its English name; write "the local social insurance office (BHXH cơ sở)"`,
      ];
      for (const problem of problems.filter(Boolean))
        issues.push(
          contentError(
            `locales/en/answers/${id.split(".")[0]}.json`,
            `${id.split(".").slice(1).join(".")}.${part}`,
            problem as string,
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
