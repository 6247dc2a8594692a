import type { Locale } from "../../content/content.ts";
import { UsageError } from "../bootstrap.ts";

/** Checks a --lang value. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === "vi" || value === "en") return value;
  throw new UsageError(`--lang must be vi or en (got "${value}").`);
}
