/** What to do about a Zalo API error code (Zalo answers errors with HTTP 200 and a non-zero `error`). */
export type ZaloErrorKind = "refresh" | "window" | "retry" | "human" | "other";

const KINDS: Record<number, ZaloErrorKind> = {
  [-216]: "refresh", // access token invalid
  [-220]: "refresh", // access token expired
  [-230]: "window", // the user has not interacted with the OA in the past 7 days
  [-232]: "window", // no interaction, or the last one expired
  [-213]: "window", // the user does not follow the OA
  [-32]: "retry", // rate limit
  [-209]: "human", // app not activated
  [-212]: "human", // API not registered
  [-221]: "human", // OA not verified
  [-223]: "human", // not authorized
  [-224]: "human", // OA package too low
  [-320]: "human", // Zalo Cloud Account not linked
  [-321]: "human", // Zalo Cloud Account has no balance
};

/** A Zalo API error with its code, the message Zalo gave, and what it means for us. */
export class ZaloApiError extends Error {
  readonly kind: ZaloErrorKind;
  constructor(
    readonly code: number,
    message: string,
    readonly status = 200,
  ) {
    super(`Zalo API error ${code}: ${message}`);
    this.name = "ZaloApiError";
    this.kind = KINDS[code] ?? (status >= 500 ? "retry" : "other");
  }
}
