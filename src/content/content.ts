import type { Locale } from "../core/locale.ts";
import type { PolicyData } from "../policy/policy-data.ts";
import type { Intent } from "./schemas/intent.schema.ts";
import type { Place } from "./schemas/places.schema.ts";
import type {
  AbbreviationsFile,
  AnswerText,
  LinksFile,
  LongExample,
  OutsideServicesFile,
  TypedRepliesFile,
} from "./schemas/shared.schema.ts";
import type { Triage } from "./schemas/triage.schema.ts";

export { LOCALES, type Locale } from "../core/locale.ts";

/** An intent and the file it came from. */
export type LoadedIntent = Intent & { file: string };

/** Everything loaded from intents/ and locales/, validated and frozen. */
export interface Content {
  intents: ReadonlyMap<string, LoadedIntent>;
  answers: Readonly<Record<Locale, ReadonlyMap<string, AnswerText>>>;
  /** UI strings per locale (locales/<lng>/common.json), nested as written. */
  common: Readonly<Record<Locale, Record<string, unknown>>>;
  policy: PolicyData;
  links: LinksFile;
  abbreviations: AbbreviationsFile;
  /** What a typed reply to the bot's own yes/no question means ("ok", "dạ được", "thôi khỏi"). */
  typedReplies: TypedRepliesFile;
  /** Long questions as citizens write them (a story, then one or more asks), trained on beside the examples. */
  longExamples: readonly LongExample[];
  /** Where questions close to health insurance belong (pensions, unemployment benefit, tax…). */
  outside: OutsideServicesFile["services"];
  /** The "who pays?" decision tree. */
  triage: Triage;
  /** Where to enroll and pay: collection agents, post offices, commune offices, BHXH offices (intents/places/). */
  places: readonly Place[];
  /** A short hash of all content, for caches and logs. */
  version: string;
}
