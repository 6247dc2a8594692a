import type { StatedCase } from "./stated-cases.ts";

// "the hotline is only in Vietnamese? I don't speak Vietnamese well", "tổng đài có nói tiếng Anh không".
const HOTLINE = /\b(?:hotline|tong dai|1900 ?9068|call centre|call center|phone line)\b/;
const LANGUAGE =
  /\b(?:english|tieng anh|vietnamese only|only (?:in )?vietnamese|speak vietnamese|don t speak|do not speak|ngoai ngu|foreign language)\b/;
const HOTLINE_WORDS = 30;

/** Whether the hotline speaks English is not confirmed: said so, with what to do instead. */
export const HOTLINE_LANGUAGE: StatedCase = {
  maxWords: HOTLINE_WORDS,
  needs: [HOTLINE, LANGUAGE],
  key: "hotline_language",
  next: ["contact.hotline", "handoff.human"],
  topic: "contact.hotline",
};
