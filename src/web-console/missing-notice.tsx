import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { Layout } from "./layout.tsx";

// What is missing when a console request names something that is not there, or a form comes back incomplete.
const WORDS = {
  vi: {
    topic: "Không có chủ đề này. Chọn một chủ đề trong danh sách «Câu trả lời».",
    form: "Biểu mẫu gửi lên thiếu ô. Tải lại trang rồi thử lại.",
    question: "Câu hỏi này vừa được người khác xử lý (đã thêm làm câu mẫu hoặc bỏ khỏi danh sách).",
  },
  en: {
    topic: "There is no such topic. Pick one from the Answers list.",
    form: "The form came back with fields missing. Reload the page and try again.",
    question: "Someone else has just handled this question (added it as an example or took it off the list).",
  },
} as const;

/** What is missing, in the clerk's words and language. */
export type Missing = keyof (typeof WORDS)["vi"] | "version";

/** The words for what is missing, in the session's language (a version's are the version form's own). */
export const missingWords = (c: Context<ConsoleEnv>, what: Missing): string => {
  const locale = c.get("session").locale;
  return what === "version" ? labelsFor(locale).issue.noVersion : WORDS[locale][what];
};

/** A console page saying what is missing, with the menu to go on from (404, or 400 for a form). */
export function missingPage(c: Context<ConsoleEnv>, what: Missing): Response | Promise<Response> {
  const session = c.get("session");
  const labels = labelsFor(session.locale);
  const status: ContentfulStatusCode = what === "form" ? 400 : 404;
  return c.html(
    <Layout labels={labels} session={session} heading={labels.title}>
      <p class="error">{missingWords(c, what)}</p>
    </Layout>,
    status,
  );
}
