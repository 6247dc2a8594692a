import { createHash, timingSafeEqual } from "node:crypto";

/** Compares a header with the configured secret in constant time (both hashed, so lengths never leak). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}
