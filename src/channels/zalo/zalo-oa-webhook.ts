import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { WebhookRoute } from "../../server/create-server.ts";

/** The header Zalo signs OA webhook events with. */
export const ZALO_SIGNATURE_HEADER = "X-ZEvent-Signature";

/**
 * Checks `mac=<hex>`: plain SHA-256 (not HMAC) over app id + the exact body received + the body's timestamp +
 * the OA secret key. The `mac=` prefix is optional; the comparison takes constant time.
 */
export function zaloSignatureValid(
  raw: string,
  header: string | undefined,
  appId: string,
  secretKey: string,
): boolean {
  if (!header) return false;
  let timestamp = "";
  try {
    timestamp = String((JSON.parse(raw) as { timestamp?: unknown }).timestamp ?? "");
  } catch {
    return false;
  }
  const expected = createHash("sha256").update(`${appId}${raw}${timestamp}${secretKey}`).digest();
  const given = Buffer.from(header.replace(/^mac=/, "").trim(), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const Id = z.union([z.string(), z.number()]).transform(String);

/** The OA events the bot reads; ids stay strings (they exceed 2^53). Other fields are ignored. */
export const ZaloOaEventSchema = z.looseObject({
  event_name: z.string(),
  timestamp: Id.optional(),
  sender: z.looseObject({ id: Id }).optional(),
  follower: z.looseObject({ id: Id }).optional(),
  message: z.looseObject({ text: z.string().optional(), msg_id: Id.optional() }).optional(),
});
/** A parsed OA event. */
export type ZaloOaEvent = z.infer<typeof ZaloOaEventSchema>;

/** The id that makes an event unique, for ignoring Zalo's re-deliveries. */
export function zaloEventId(event: ZaloOaEvent): string {
  return (
    event.message?.msg_id ??
    `${event.event_name}:${event.sender?.id ?? event.follower?.id ?? ""}:${event.timestamp ?? ""}`
  );
}

// A signed event is only good for a while: an old one is a replay (its dedupe key may have expired), one from the
// future a forgery or a broken clock. The past window covers Zalo re-sending while the bot answered 503 (an outage);
// the dedupe key lives 48 hours, far longer than the window.
const OLDEST_MS = 15 * 60_000;
const NEWEST_MS = 2 * 60_000;

/** Why an event's timestamp (milliseconds, as Zalo sends it) is not fresh at `now`, or undefined when it is. */
export function staleness(timestamp: string | undefined, now: Date): string | undefined {
  if (!timestamp || !/^\d{10,16}$/.test(timestamp)) return "the event has no timestamp";
  const age = now.getTime() - Number(timestamp);
  if (age > OLDEST_MS) return "the event is too old (a replay?)";
  if (age < -NEWEST_MS) return "the event is dated in the future";
  return undefined;
}

/**
 * The OA webhook route: the signature checked over the exact bytes, events parsed and dated within a window of
 * `now`, then stored (`store`) and acknowledged; they are answered from the store.
 */
export function zaloOaRoute(
  appId: string,
  secretKey: string,
  store: (event: ZaloOaEvent) => Promise<void>,
  now: () => Date = () => new Date(),
): WebhookRoute {
  return {
    path: "/zalo/oa/webhook",
    // Zalo wants an answer within 2 seconds: storing takes a Redis round trip, answering may take longer.
    stores: true,
    verify: (raw, header) => zaloSignatureValid(raw, header(ZALO_SIGNATURE_HEADER), appId, secretKey),
    problem: (body) => {
      const event = ZaloOaEventSchema.safeParse(body);
      return event.success ? staleness(event.data.timestamp, now()) : "not a Zalo OA event";
    },
    handle: (body) => store(ZaloOaEventSchema.parse(body)),
  };
}
