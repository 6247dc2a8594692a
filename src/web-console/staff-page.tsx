import type { Context, Hono, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ADDED_PRINCIPAL } from "../core/principals.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { CsrfField, Layout } from "./layout.tsx";

// The page's own words (the menu's name for it is in labels.ts).
const WORDS = {
  vi: {
    intro:
      "Cán bộ nhận trò chuyện người dân xin gặp người và xem số liệu. Thêm hoặc bớt cán bộ ở đây; người bị bớt ra khỏi bảng điều khiển ngay lần bấm tiếp theo.",
    principal: "Mã tài khoản",
    help: "Mã có dạng telegram:12345678 hoặc zalo:8839201 (số tài khoản của người đó trên Telegram hoặc Zalo).",
    add: "Thêm cán bộ",
    remove: "Bớt",
    added: "Đã thêm cán bộ {who}. Người đó gõ /console cho bot để nhận đường dẫn đăng nhập.",
    already: "{who} đã là cán bộ.",
    removed: "Đã bớt {who}.",
    fixed:
      "{who} được người vận hành đặt trong biến STAFF, không bớt được ở đây: nhờ người vận hành sửa STAFF.",
    invalid: "«{who}» không phải mã tài khoản: viết như telegram:12345678 hoặc zalo:8839201.",
    none: "Chưa có cán bộ nào.",
  },
  en: {
    intro:
      "Staff take the chats of citizens who ask for a person and see the numbers. Add or remove staff here; a removed person is out of the console at their next click.",
    principal: "Account",
    help: "Written like telegram:12345678 or zalo:8839201 (the person's account number on Telegram or Zalo).",
    add: "Add staff member",
    remove: "Remove",
    added: "{who} is now staff. They type /console to the bot to get a sign-in link.",
    already: "{who} is already staff.",
    removed: "{who} was removed.",
    fixed:
      "{who} is set by the operator in STAFF and cannot be removed here: ask the operator to change STAFF.",
    invalid: "“{who}” is not an account: write it like telegram:12345678 or zalo:8839201.",
    none: "No staff yet.",
  },
} as const;

const said = (template: string, who: string) => template.replace("{who}", who);

/** Admins add and remove staff members (the ones added in chat or here; those set in STAFF stay). */
export function mountStaffPage(
  app: Hono<ConsoleEnv>,
  deps: Pick<ConsoleDeps, "desk">,
  adminOnly: MiddlewareHandler<ConsoleEnv>,
): void {
  app.use("/console/staff", adminOnly);
  app.use("/console/staff/*", adminOnly);

  const page = async (c: Context<ConsoleEnv>, notice?: string, status: ContentfulStatusCode = 200) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const words = WORDS[session.locale];
    const staff = await deps.desk.listStaff();
    return c.html(
      <Layout labels={labels} session={session} heading={labels.staffPage}>
        {notice && <p class={status === 200 ? "ok" : "error"}>{notice}</p>}
        <p>{words.intro}</p>
        {staff.length === 0 && <p>{words.none}</p>}
        <table>
          <tbody>
            {staff.map((who) => (
              <tr>
                <td>{who}</td>
                <td>
                  <form method="post" action="/console/staff/remove">
                    <CsrfField session={session} />
                    <input type="hidden" name="principal" value={who} />
                    <button type="submit">{words.remove}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/console/staff">
          <CsrfField session={session} />
          <label for="principal">{words.principal}</label>
          <input
            type="text"
            id="principal"
            name="principal"
            maxlength={80}
            placeholder="telegram:12345678"
            required
          />
          <p class="muted">{words.help}</p>
          <button class="primary" type="submit">
            {words.add}
          </button>
        </form>
      </Layout>,
      status,
    );
  };
  const principalIn = async (c: Context<ConsoleEnv>) =>
    String((await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)).principal ?? "").trim();

  app.get("/console/staff", (c) => page(c));
  app.post("/console/staff", async (c) => {
    const words = WORDS[c.get("session").locale];
    const who = await principalIn(c);
    if (!ADDED_PRINCIPAL.test(who)) return page(c, said(words.invalid, who), 400);
    return page(c, said((await deps.desk.addStaff(who)) ? words.added : words.already, who));
  });
  app.post("/console/staff/remove", async (c) => {
    const words = WORDS[c.get("session").locale];
    const who = await principalIn(c);
    if (await deps.desk.removeStaff(who)) return page(c, said(words.removed, who));
    const listed = (await deps.desk.listStaff()).includes(who);
    return page(c, said(listed ? words.fixed : words.invalid, who), 400);
  });
}
