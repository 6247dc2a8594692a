import type { Locale } from "../content/content.ts";
import type { AnswerValue } from "../core/reply.ts";
import { hoursInEnglish, placeInEnglish } from "./hours-in-english.ts";
import { lawInEnglish } from "./law-in-english.ts";

const NUMBER = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-US") };
const DATE = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** Formats an answer value for a reader: "113.850 đ" / "113,850 VND", "4,5" / "4.5", "01/07/2026" / "1 July 2026". */
export function formatValue(value: AnswerValue | string | number, locale: Locale): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return NUMBER[locale].format(value);
  switch (value.kind) {
    case "vnd":
      return locale === "vi" ? `${NUMBER.vi.format(value.value)} đ` : `${NUMBER.en.format(value.value)} VND`;
    case "percent":
      return NUMBER[locale].format(value.value);
    case "date":
      return DATE[locale].format(new Date(`${value.value}T00:00:00Z`));
    case "text":
      return value.value;
    case "law":
      return locale === "vi" ? value.value : lawInEnglish(value.value);
    case "hours":
      return locale === "vi" ? value.value : hoursInEnglish(value.value);
    case "place":
      return locale === "vi" ? value.value : placeInEnglish(value.value);
  }
}
