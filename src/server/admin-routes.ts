import type { Hono } from "hono";
import { z } from "zod";
import { civilDate } from "../core/clock.ts";
import { ADDED_PRINCIPAL, PRINCIPAL_RULE } from "../core/principals.ts";
import type { StaffDesk } from "../features/staff/staff-desk.ts";
import { civilDaysBefore } from "../features/staff/stats-days.ts";
import type { FailureThrottle } from "../infra/failure-throttle.ts";
import { clientAddress } from "./client-address.ts";
import { secretMatches } from "./secret-header.ts";

const Principal = z.string().regex(ADDED_PRINCIPAL, PRINCIPAL_RULE);
/** Wrong admin tokens one address may try in a minute before it is refused until the minute ends. */
export const WRONG_TOKENS_PER_MINUTE = 10;

/**
 * The admin API under /admin, for the bearer `ADMIN_TOKEN` only (401 otherwise): day-by-day stats, the most
 * frequent unanswered questions, and the staff list admins can extend.
 */
export function mountAdminRoutes(
  app: Hono,
  admin: { token: string; desk: StaffDesk },
  guard: { throttle: FailureThrottle; trustedProxies?: ReadonlySet<string> },
): void {
  app.use("/admin/*", async (c, next) => {
    const client = clientAddress(c, guard.trustedProxies);
    if (await guard.throttle.blocked(client)) {
      c.header("Retry-After", "60");
      return c.json({ error: "too many wrong tokens; wait a minute" }, 429);
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (!secretMatches(bearer, admin.token)) {
      await guard.throttle.failed(client);
      return c.json({ error: "unauthorized" }, 401);
    }
    await next();
  });
  const number = (value: string | undefined, fallback: number, max: number) =>
    Math.min(max, Math.max(1, Number.parseInt(value ?? "", 10) || fallback));

  app.get("/admin/stats", async (c) => {
    const days = civilDaysBefore(civilDate(new Date()), number(c.req.query("days"), 7, 90));
    return c.json({ days: await admin.desk.stats(days) });
  });
  app.get("/admin/unanswered", async (c) =>
    c.json({ groups: await admin.desk.topUnanswered(number(c.req.query("limit"), 20, 200)) }),
  );
  app.get("/admin/staff", async (c) => c.json({ staff: await admin.desk.listStaff() }));
  app.post("/admin/staff", async (c) => {
    const parsed = z
      .strictObject({ principal: Principal })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return c.json({ error: "invalid request", issues: parsed.error.issues.map((i) => i.message) }, 400);
    return c.json({ added: await admin.desk.addStaff(parsed.data.principal) });
  });
  app.delete("/admin/staff/:principal", async (c) => {
    const parsed = Principal.safeParse(c.req.param("principal"));
    if (!parsed.success) return c.json({ error: "invalid principal" }, 400);
    return c.json({ removed: await admin.desk.removeStaff(parsed.data) });
  });
}
