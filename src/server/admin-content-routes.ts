import type { Context, Hono } from "hono";
import { z } from "zod";
import type { ContentEditor } from "../content/content-editor.ts";
import type { StaffDesk } from "../features/staff/staff-desk.ts";
import type { ContentVersions } from "../infra/redis-content-versions.ts";

const Locale = z.enum(["vi", "en"]);
const Author = z.string().trim().min(1).max(80).default("admin");
const AnswerBody = z.strictObject({
  title: z.string(),
  body: z.string(),
  more: z.string().optional(),
  author: Author,
});
const ExampleBody = z.strictObject({ locale: Locale, text: z.string(), author: Author });

/**
 * Content editing on the admin API (mounted behind the bearer check): answers and examples, versions,
 * rollback, turning an unanswered question into an example, and export of the edits in force.
 */
export function mountAdminContentRoutes(
  app: Hono,
  deps: { editor: ContentEditor; versions: ContentVersions; desk: StaffDesk },
): void {
  const outcome = (c: Context, result: { version: number } | { issues: string[] }) =>
    "issues" in result ? c.json({ error: "rejected", issues: result.issues }, 422) : c.json(result);
  const invalid = (c: Context, error: z.ZodError) =>
    c.json(
      { error: "invalid request", issues: error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) },
      400,
    );

  app.get("/admin/content/versions", async (c) =>
    c.json({
      current: await deps.versions.current(),
      versions: (await deps.versions.list()).map(({ edits: _edits, ...v }) => v),
    }),
  );
  app.get("/admin/content/export", async (c) => c.json(await deps.editor.current()));
  app.put("/admin/content/answers/:intent/:locale", async (c) => {
    const locale = Locale.safeParse(c.req.param("locale"));
    const body = AnswerBody.safeParse(await c.req.json().catch(() => undefined));
    if (!locale.success) return invalid(c, locale.error);
    if (!body.success) return invalid(c, body.error);
    const { author, ...text } = body.data;
    return outcome(
      c,
      await deps.editor.change(
        { type: "answer", intent: c.req.param("intent"), locale: locale.data, text },
        author,
      ),
    );
  });
  app.post("/admin/content/examples/:intent", async (c) => {
    const body = ExampleBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return invalid(c, body.error);
    const { author, locale, text } = body.data;
    return outcome(
      c,
      await deps.editor.change({ type: "example", intent: c.req.param("intent"), locale, text }, author),
    );
  });
  app.post("/admin/content/rollback", async (c) => {
    const body = z
      .strictObject({ version: z.number().int().min(0), author: Author })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return invalid(c, body.error);
    return outcome(c, await deps.editor.rollback(body.data.version, body.data.author));
  });
  app.post("/admin/unanswered/promote", async (c) => {
    const body = z
      .strictObject({
        group: z.string().min(1),
        intent: z.string().min(1),
        locale: Locale.default("vi"),
        author: Author,
      })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return invalid(c, body.error);
    const group = (await deps.desk.topUnanswered(5000)).find((g) => g.key === body.data.group);
    if (!group) return c.json({ error: "no such group" }, 404);
    const { intent, locale, author } = body.data;
    const result = await deps.editor.change({ type: "example", intent, locale, text: group.example }, author);
    // Handled: the group leaves the list of missed questions.
    if (!("issues" in result)) await deps.desk.dismissUnanswered(group.key);
    return outcome(c, result);
  });
}
