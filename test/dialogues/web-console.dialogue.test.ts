import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChannelNotifier } from "../../src/channels/channel-notifier.ts";
import { civilDate } from "../../src/core/clock.ts";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { createRedisConsoleInbox } from "../../src/infra/redis-console-inbox.ts";
import { createRedisConsoleSessions } from "../../src/infra/redis-console-sessions.ts";
import { createRedisHandoffDesk } from "../../src/infra/redis-handoff-desk.ts";
import { createRedisStaffDesk } from "../../src/infra/redis-staff-desk.ts";
import { createServer } from "../../src/server/create-server.ts";
import { mountConsole } from "../../src/web-console/console-routes.tsx";
import { signInLink } from "../../src/web-console/sign-in-link.ts";
import { botTrial } from "../../src/web-console/try-bot.tsx";
import { editableApp, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(20);
const desk = createRedisStaffDesk(redis, { admins: ["telegram:boss"], staff: ["zalo:clerk"] });
const sessions = createRedisConsoleSessions(redis);
const handoff = createRedisHandoffDesk(redis);
// Citizens here chat in the terminal: what staff send them waits in their inbox.
const inbox = createRedisConsoleInbox(redis);
const outbound: Parameters<typeof createChannelNotifier>[0]["outbound"] = { console: inbox };
const notifier = createChannelNotifier({ locale: "vi", logger: createLogger("silent"), outbound });
const API_TOKEN = "console-test-api-token-abcdef";
let bot: Bot;
let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  await redis.flushdb();
  const { app, editor, versions } = await editableApp(redis, { staffDesk: desk, handoff, notifier });
  bot = app.bot;
  outbound.translator = app.translator;
  const server = createServer({
    bot,
    webhooks: [],
    ready: async () => true,
    logger: createLogger("silent"),
    apiToken: API_TOKEN,
  });
  mountConsole(server, {
    sessions,
    editor,
    versions,
    desk,
    handoff,
    notifier,
    current: app.current,
    understand: app.understand,
    tryBot: botTrial(app.bot),
    today: () => "2026-11-23",
  });
  // Every console route the server has, found from the server itself: a new page cannot be left out.
  routes = server.routes
    .filter(
      (r) => r.path.startsWith("/console") && r.method !== "ALL" && !PUBLIC.has(`${r.method} ${r.path}`),
    )
    .map((r) => [
      r.method,
      r.path.replace(/:[a-z]+/g, (param) => (param === ":intent" ? "contact.hotline" : "1")),
    ]);
  const listening = serve({
    fetch: server.fetch,
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((resolve) => listening.once("listening", resolve));
  base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  stop = () => new Promise<void>((resolve) => listening.close(() => resolve()));
});
afterAll(async () => {
  await stop();
  await redis.quit();
});

/** A signed-in console user: its cookie and CSRF token, and requests made with them. */
async function signIn(principal: string) {
  const made = await signInLink(principal, { desk, sessions, publicUrl: base });
  if ("refused" in made) throw new Error(made.refused);
  const token = new URL(made.link).searchParams.get("token")!;
  const response = await fetch(`${base}/console/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ token }),
    redirect: "manual",
  });
  expect(response.status).toBe(303);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const home = await (await fetch(`${base}/console`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(home)![1]!;
  const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  const post = (path: string, fields: Record<string, string>, withCsrf = true) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ ...fields, ...(withCsrf ? { _csrf: csrf } : {}) }),
      redirect: "manual",
    });
  return { cookie, csrf, get, post, token, setCookie: response.headers.get("set-cookie")! };
}

const say = (userId: string, text: string) =>
  bot.handle({ ref: { channel: "console", userId }, text, receivedAt: new Date() });

const ask = async (text: string) =>
  (await bot.handle({ ref: { channel: "http", userId: `c${Math.random()}` }, text, receivedAt: new Date() }))
    .replies[0]!.text;

// Routes anyone may reach: the sign-in page and form, and the stylesheet and script.
const PUBLIC = new Set(["GET /console/sign-in", "POST /console/sign-in", "GET /console/assets/:file"]);
let routes: [string, string][] = [];

describe("web console: who gets in", () => {
  it("refuses every page without a session (pages send to sign-in, changes get 401), and with an API token", async () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    for (const [method, path] of routes) {
      const attempts: Record<string, string>[] = [
        {},
        { authorization: `Bearer ${API_TOKEN}` },
        { cookie: "bhyt_console=forged" },
      ];
      for (const headers of attempts) {
        const response = await fetch(`${base}${path}`, { method, headers, redirect: "manual" });
        if (method === "GET") {
          expect(response.status, path).toBe(303);
          expect(response.headers.get("location")).toBe("/console/sign-in");
        } else expect(response.status, path).toBe(401);
      }
    }
  });

  it("gives sign-in links only to admins and staff a platform vouches for; a link works once", async () => {
    for (const who of ["telegram:someone", "http:boss", "console:intruder", "boss"])
      expect(await signInLink(who, { desk, sessions, publicUrl: base })).toHaveProperty("refused");
    const admin = await signIn("telegram:boss");
    expect(admin.setCookie).toMatch(/HttpOnly/);
    expect(admin.setCookie).toMatch(/SameSite=Strict/);
    expect(admin.setCookie).toMatch(/Path=\/console/);
    const again = await fetch(`${base}/console/sign-in`, {
      method: "POST",
      body: new URLSearchParams({ token: admin.token }),
    });
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("Đường dẫn không dùng được");
  });

  it("refuses changes without the session's CSRF token, or with another session's", async () => {
    const admin = await signIn("telegram:boss");
    const other = await signIn("telegram:boss");
    const form = { locale: "vi", title: "Tổng đài", body: "Gọi {{hotline}}." };
    expect((await admin.post("/console/answers/contact.hotline", form, false)).status).toBe(403);
    const forged = await fetch(`${base}/console/answers/contact.hotline`, {
      method: "POST",
      headers: { cookie: admin.cookie },
      body: new URLSearchParams({ ...form, _csrf: other.csrf }),
    });
    expect(forged.status).toBe(403);
    // A form another site's page posts, even with the right token, is refused by its Origin.
    const elsewhere = await fetch(`${base}/console/answers/contact.hotline`, {
      method: "POST",
      headers: { cookie: admin.cookie, origin: "https://evil.example.com" },
      body: new URLSearchParams({ ...form, _csrf: admin.csrf }),
    });
    expect(elsewhere.status).toBe(403);
    expect(await ask("số tổng đài bhxh")).not.toBe("Gọi 1900 9068.");
  });

  it("keeps staff out of every admin page, and lets them see chats and the numbers", async () => {
    const clerk = await signIn("zalo:clerk");
    const adminRoutes = routes.filter(([, path]) => /^\/console\/(answers|unanswered|staff)/.test(path));
    expect(adminRoutes.length).toBeGreaterThanOrEqual(12);
    for (const [method, path] of adminRoutes) {
      const response = method === "GET" ? await clerk.get(path) : await clerk.post(path, { version: "0" });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect((await clerk.get("/console/chats")).status).toBe(200);
    expect((await clerk.get("/console/stats")).status).toBe(200);
    expect(await (await clerk.get("/console")).text()).not.toContain('href="/console/answers"');
  });

  it("lets an admin add and remove staff on a page, in plain words, and keeps STAFF set by the operator", async () => {
    const admin = await signIn("telegram:boss");
    const page = await (await admin.get("/console/staff")).text();
    expect(page).toContain("zalo:clerk");
    expect(page).toContain('href="/console/staff"');
    const added = await admin.post("/console/staff", { principal: " telegram:6100 " });
    expect(await added.text()).toContain("Đã thêm cán bộ telegram:6100");
    const newcomer = await signIn("telegram:6100");
    expect((await newcomer.get("/console/chats")).status).toBe(200);
    const bad = await admin.post("/console/staff", { principal: "http:someone" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("«http:someone» không phải mã tài khoản");
    // A group chat is nobody to give a role to.
    expect((await admin.post("/console/staff", { principal: "telegram:-1001234567" })).status).toBe(400);
    const fixed = await admin.post("/console/staff/remove", { principal: "zalo:clerk" });
    expect(fixed.status).toBe(400);
    expect(await fixed.text()).toContain("biến STAFF");
    expect(
      await (await admin.post("/console/staff/remove", { principal: "telegram:6100" })).text(),
    ).toContain("Đã bớt telegram:6100");
    expect((await newcomer.get("/console/chats")).status).toBe(303);
    expect(await desk.listStaff()).toEqual(["zalo:clerk"]);
  });

  it("shuts staff out at their next request once an admin removes them, and signs them out", async () => {
    expect(await desk.addStaff("telegram:6000")).toBe(true);
    const helper = await signIn("telegram:6000");
    expect((await helper.get("/console/chats")).status).toBe(200);
    expect(await desk.removeStaff("telegram:6000")).toBe(true);
    expect((await helper.get("/console/chats")).status).toBe(303);
    expect((await helper.post("/console/language", {})).status).toBe(401);
    // Added back, the old cookie still does not work: the session was ended, not only refused.
    await desk.addStaff("telegram:6000");
    expect((await helper.get("/console/stats")).status).toBe(303);
    await desk.removeStaff("telegram:6000");
  });

  it("says in the clerk's words when a topic, a version or a form is missing", async () => {
    const admin = await signIn("telegram:boss");
    const topic = await admin.get("/console/answers/no.such_topic");
    expect(topic.status).toBe(404);
    expect(await topic.text()).toContain("Không có chủ đề này");
    const version = await admin.get("/console/answers/history/99999");
    expect(version.status).toBe(404);
    expect(await version.text()).toContain("Không có phiên bản này");
    const form = await admin.post("/console/answers/contact.hotline", { title: "x" });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain("Biểu mẫu gửi lên thiếu ô");
  });

  it("sends a strict Content-Security-Policy and a same-origin referrer policy on every console page", async () => {
    const admin = await signIn("telegram:boss");
    for (const path of ["/console", "/console/answers", "/console/sign-in"]) {
      const response = await admin.get(path);
      expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(response.headers.get("content-security-policy")).not.toContain("unsafe-inline");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("web console: answers", () => {
  it("previews an edit as Telegram and Zalo show it, figures filled in, without saving it", async () => {
    const admin = await signIn("telegram:boss");
    const preview = await (
      await admin.post("/console/answers/contact.hotline/preview", {
        locale: "vi",
        title: "Tổng đài",
        body: "Gọi {{hotline}} nhé <script>alert(1)</script>",
      })
    ).text();
    expect(preview).toContain("Gọi 1900 9068 nhé");
    expect(preview).toContain("&lt;script&gt;");
    expect(preview).not.toContain("<script>alert");
    expect(preview.match(/class="phone"/g)).toHaveLength(2);
    expect(await ask("số tổng đài bhxh")).not.toContain("nhé");
  });

  it("saves an edit as a version the bot uses at once, and goes back to the files with one click", async () => {
    const admin = await signIn("telegram:boss");
    // Line breaks as a browser sends them from a textarea (CR LF) are kept as plain LF.
    const saved = await admin.post("/console/answers/contact.hotline", {
      locale: "vi",
      title: "Tổng đài BHXH",
      body: "Gọi tổng đài {{hotline}} (miễn phí).\r\nCả thứ Bảy.",
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toMatch(/Đã lưu phiên bản \d+/);
    expect(await ask("số tổng đài bhxh")).toContain("Gọi tổng đài 1900 9068 (miễn phí).\nCả thứ Bảy.");
    const history = await (await admin.get("/console/answers/history")).text();
    expect(history).toContain("telegram:boss");
    // In the clerk's words and Vietnam's time, not the note's internal id and UTC.
    expect(history).toContain("Sửa câu trả lời «Tổng đài BHXH» (tiếng Việt)");
    expect(history).toContain("Lúc (giờ Việt Nam)");
    const version = /history\/(\d+)">Sửa câu trả lời «Tổng đài BHXH»/.exec(history)![1]!;
    // The diff is of the answer's lines: the old line removed, then the new ones.
    const diff = await (await admin.get(`/console/answers/history/${version}`)).text();
    expect(diff).toContain("«Tổng đài BHXH» · tiếng Việt · Nội dung");
    expect(diff).toMatch(
      /<del>- [^<]*<\/del>(?:[^<]*)<ins>\+ Gọi tổng đài \{\{hotline\}\} \(miễn phí\)\.\n<\/ins><ins>\+ Cả thứ Bảy\.\n<\/ins>/,
    );
    expect(diff).not.toContain('"answers"');
    const rolledBack = await admin.post("/console/answers/rollback", { version: "0" });
    expect(rolledBack.status).toBe(200);
    expect(await ask("số tổng đài bhxh")).not.toContain("(miễn phí)");
    // Going back is a version too: who did it and when, and it asks before acting.
    const afterRollback = await rolledBack.text();
    expect(afterRollback).toContain("Đưa tất cả chủ đề về phiên bản 0");
    expect(afterRollback).toContain("hx-confirm=");
    // The topic's own history lists only its changes.
    const own = await (await admin.get("/console/answers/history?intent=card.lost_reissue")).text();
    expect(own).not.toContain("Sửa câu trả lời «Tổng đài BHXH»");
  });

  it("puts one topic back from its own history and leaves another admin's edit of another topic", async () => {
    const admin = await signIn("telegram:boss");
    const edit = (intent: string, title: string, body: string) =>
      admin.post(`/console/answers/${intent}`, { locale: "vi", title, body });
    expect((await edit("contact.hotline", "Tổng đài", "Gọi {{hotline}} (bản A).")).status).toBe(200);
    const hotlineVersion = /Đã lưu phiên bản (\d+)/.exec(
      await (await edit("contact.hotline", "Tổng đài", "Gọi {{hotline}} (bản B).")).text(),
    )![1]!;
    expect((await edit("card.lookup", "Tra cứu thẻ", "Tra cứu trên VssID (của đồng nghiệp).")).status).toBe(
      200,
    );
    const own = await (await admin.get("/console/answers/history?intent=contact.hotline")).text();
    expect(own).toContain('name="intent" value="contact.hotline"');
    expect(own).toContain("Các chủ đề khác giữ nguyên");
    const back = await admin.post("/console/answers/rollback", {
      version: String(Number(hotlineVersion) - 1),
      intent: "contact.hotline",
    });
    expect(back.status).toBe(200);
    const page = await back.text();
    expect(page).toContain("Đưa «Tổng đài» về như phiên bản");
    expect(page).toMatch(/\d+ \(đang dùng\)/);
    expect(await ask("số tổng đài bhxh")).toContain("(bản A)");
    expect(await ask("tra cứu thẻ bhyt ở đâu")).toContain("(của đồng nghiệp)");
    expect((await admin.post("/console/answers/rollback", { version: "0" })).status).toBe(200);
  });

  it("tries the bot from a topic's page with the content in force, and the try leaves no trace", async () => {
    const admin = await signIn("telegram:boss");
    const page = await (await admin.get("/console/answers/contact.hotline")).text();
    // The try box comes before the examples; teaching the bot a question is a separate form below them.
    expect(page.indexOf('action="/console/answers/contact.hotline/try"')).toBeLessThan(
      page.indexOf('action="/console/answers/contact.hotline/examples"'),
    );
    expect(page.indexOf("Câu hỏi mẫu")).toBeLessThan(page.indexOf("Dạy bot thêm một cách hỏi"));
    await admin.post("/console/answers/contact.hotline", {
      locale: "vi",
      title: "Tổng đài BHXH",
      body: "Gọi {{hotline}} (bản thử).",
    });
    const day = civilDate(new Date());
    await desk.flush();
    const before = (await desk.stats([day]))[day]?.messages ?? 0;
    const tried = await admin.post("/console/answers/contact.hotline/try", {
      locale: "vi",
      question: "cho hỏi số điện thoại tổng đài bảo hiểm",
    });
    const reply = await tried.text();
    expect(tried.status).toBe(200);
    expect(reply).toContain("Bot hiểu là chủ đề: Tổng đài BHXH");
    expect(reply).toContain("Gọi 1900 9068 (bản thử).");
    // A question the bot cannot place, and a request for a person: answered, but nothing kept or opened.
    const unsure = await (
      await admin.post("/console/answers/contact.hotline/try", {
        locale: "vi",
        question: "<script>x</script> abc",
      })
    ).text();
    expect(unsure).not.toContain("<script>");
    expect(unsure).toContain("chưa chắc");
    await admin.post("/console/answers/contact.hotline/try", {
      locale: "vi",
      question: "cho tôi gặp cán bộ",
    });
    await desk.flush();
    expect((await desk.stats([day]))[day]?.messages ?? 0).toBe(before);
    expect(JSON.stringify(await desk.topUnanswered(50))).not.toContain("abc");
    expect(await handoff.activeFor({ channel: "console", userId: "try:telegram:boss" })).toBeUndefined();
    expect(await redis.keys("*try:telegram:boss*")).toEqual([]);
    expect(
      (await admin.post("/console/answers/contact.hotline/try", { locale: "vi", question: " " })).status,
    ).toBe(400);
    expect((await admin.post("/console/answers/rollback", { version: "0" })).status).toBe(200);
  });

  it("shows the topic's answer as a citizen now gets it right after a save, and on request in the try box", async () => {
    const admin = await signIn("telegram:boss");
    const saved = await (
      await admin.post("/console/answers/contact.hotline", {
        locale: "vi",
        title: "Tổng đài BHXH",
        body: "Gọi {{hotline}} (bản vừa lưu).",
      })
    ).text();
    // At the top, next to "saved": the reply as Telegram shows it, with the figure filled in.
    expect(saved.indexOf("Người dân chọn chủ đề này giờ nhận được")).toBeLessThan(
      saved.indexOf('name="body"'),
    );
    expect(saved).toContain("Gọi 1900 9068 (bản vừa lưu).");
    const shown = await (
      await admin.post("/console/answers/contact.hotline/try", { locale: "vi", question: "", topic: "1" })
    ).text();
    expect(shown).toContain("Gọi 1900 9068 (bản vừa lưu).");
    // A question the bot answers with another topic says why the edited text is not there.
    const other = await (
      await admin.post("/console/answers/contact.hotline/try", {
        locale: "vi",
        question: "mất thẻ bhyt làm sao",
      })
    ).text();
    expect(other).toContain("không thấy nội dung bạn sửa");
    expect((await admin.post("/console/answers/rollback", { version: "0" })).status).toBe(200);
  });

  it("lets any answer use the hotline it lists as usable, and the bot fills it in", async () => {
    const admin = await signIn("telegram:boss");
    const page = await (await admin.get("/console/answers/contribution.household?locale=vi")).text();
    expect(page).toContain("{{hotline}}");
    const title = /name="title"[^>]*value="([^"]*)"/.exec(page)?.[1] ?? "BHYT hộ gia đình";
    const body = /<textarea[^>]*name="body"[^>]*>([^<]*)</.exec(page)![1]!.replaceAll("&amp;", "&");
    const saved = await admin.post("/console/answers/contribution.household", {
      locale: "vi",
      title,
      body: `${body}\nHỏi thêm: gọi {{hotline}}.`,
    });
    expect(saved.status).toBe(200);
    expect(await ask("bhyt hộ gia đình đóng thế nào")).toContain("Hỏi thêm: gọi 1900 9068.");
    await admin.post("/console/answers/contribution.household", { locale: "vi", title, body });
  });

  it("adds an example question from the topic's page, and refuses a duplicate", async () => {
    const admin = await signIn("telegram:boss");
    const text = "bà con ơi gọi số nào để hỏi bảo hiểm y tế";
    const added = await admin.post("/console/answers/contact.hotline/examples", { locale: "vi", text });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain(`<li>${text}</li>`);
    const again = await admin.post("/console/answers/contact.hotline/examples", { locale: "vi", text });
    expect(again.status).toBe(422);
    // Said in the clerk's words, not the file checker's.
    const notice = await again.text();
    expect(notice).toContain("Chưa lưu: Câu này đã là câu hỏi mẫu của chủ đề.");
    expect(notice).not.toContain("is already an example of");
    const rollback = await admin.post("/console/answers/rollback", { version: "999999" });
    expect(rollback.status).toBe(422);
    expect(await rollback.text()).toContain("Không có phiên bản này");
  });

  it("refuses a broken edit with the reason next to the form, keeps what was typed, and keeps serving", async () => {
    const admin = await signIn("telegram:boss");
    const before = await ask("số tổng đài bhxh");
    const typed = "Xem https://evil.example.com/bhyt ngay {{hotline}}";
    const title = "Một tiêu đề quá dài cho một nút bấm trên điện thoại";
    const post = (fields: { title: string; body: string }) =>
      admin.post("/console/answers/contact.hotline", { locale: "vi", ...fields });
    const refused = await post({ title: "T", body: typed });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain("Chưa lưu: xem lý do ngay dưới ô cần sửa.");
    // Each reason under the field it is about, in plain words, with what was typed kept.
    expect(/id="body-error">([^<]*)</.exec(page)?.[1]).toContain(
      "Đường dẫn https://evil.example.com/bhyt không nằm trong danh sách trang chính thức",
    );
    expect(page).not.toContain("intents/_shared/links.yaml");
    expect(page).toContain(`>${typed}</textarea>`);
    const long = await (await post({ title, body: "Gọi {{hotline}}." })).text();
    expect(/id="title-error">([^<]*)</.exec(long)?.[1]).toContain("Tiêu đề tối đa 40 ký tự");
    const unknown = await (await post({ title: "Tổng đài", body: "Gọi {{so_xa}}." })).text();
    expect(/id="body-error">([^<]*)</.exec(unknown)?.[1]).toContain(
      "{{so_xa}} không phải số liệu điền tự động của chủ đề này",
    );
    expect(long).toContain(`value="${title}"`);
    expect(await ask("số tổng đài bhxh")).toBe(before);
  });
});

describe("web console: what the bot missed, and the numbers", () => {
  it("lists missed questions escaped, with the bot's guess; adding one as an example retrains the bot", async () => {
    const question = "<script>alert('x')</script> thẻ bhyt của bà ngoại bị ướt nhòe chữ thì sao";
    await desk.recordUnanswered(question, { channel: "telegram", userId: "77" });
    const admin = await signIn("telegram:boss");
    const page = await (await admin.get("/console/unanswered")).text();
    expect(page).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert");
    // Guesses by the topic's name, not its code.
    expect(page).toMatch(/Bot đoán: [^<(]+ \(\d+%\)/);
    expect(page).not.toMatch(/Bot đoán: [a-z_]+\.[a-z_.]+ \(/);
    const group = /name="group" value="([^"]+)"/.exec(page)![1]!;
    const promoted = await admin.post("/console/unanswered/promote", {
      group,
      intent: "card.lost_reissue",
      locale: "vi",
    });
    expect(promoted.status).toBe(200);
    const after = await promoted.text();
    expect(after).toMatch(/Đã thêm làm câu mẫu; bot giờ đoán: Mất, hỏng thẻ BHYT/);
    // Handled, it leaves the list.
    expect(after).not.toContain(`value="${group}"`);
  });

  it("pages through many missed questions with their total, and adds one to a topic typed from the list of all", async () => {
    // Sixty different wordings (letters, since numbers do not make a question different).
    const word = (i: number) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26), 120, 122);
    for (let i = 0; i < 60; i++)
      await desk.recordUnanswered(`hỏi chuyện ${word(i)} ${word(i + 7)} mấy hôm nay`, {
        channel: "telegram",
        userId: `9${i}`,
      });
    const admin = await signIn("telegram:boss");
    const first = await (await admin.get("/console/unanswered")).text();
    const total = Number(/(\d+) nhóm câu hỏi · trang 1\/(\d+)/.exec(first)?.[1]);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(first).toContain('href="/console/unanswered?page=2"');
    // One shared list of every topic, not one per row.
    expect(first.match(/<datalist/g)).toHaveLength(1);
    const second = await (await admin.get("/console/unanswered?page=2")).text();
    const firstGroups = [...first.matchAll(/name="group" value="([^"]+)"/g)].map((m) => m[1]);
    const secondGroups = [...second.matchAll(/name="group" value="([^"]+)"/g)].map((m) => m[1]);
    expect(secondGroups.length).toBeGreaterThan(0);
    expect(secondGroups.some((g) => firstGroups.includes(g))).toBe(false);
    const group = secondGroups[0]!;
    const unknown = await admin.post("/console/unanswered/promote?page=2", {
      group,
      intent: "",
      other: "no.such.topic",
      locale: "vi",
    });
    expect(unknown.status).toBe(400);
    const added = await admin.post("/console/unanswered/promote?page=2", {
      group,
      intent: "contact.hotline",
      other: "tra cuu the bhyt",
      locale: "vi",
    });
    expect(added.status).toBe(200);
    const addedPage = await added.text();
    expect(addedPage).toContain("Đã thêm làm câu mẫu");
    // The page stays where the clerk was.
    expect(addedPage).toContain("trang 2/");
  });

  it("groups one missed question however it was put, counts it towards a new topic, and takes it off the list", async () => {
    const wordings = [
      "bảo hiểm xe máy bắt buộc mua ở đâu",
      "cho tôi hỏi về bảo hiểm xe máy bắt buộc, mua ở đâu ạ?",
      "ad ơi bao hiem xe may bat buoc thi mua o dau vay",
    ];
    for (const [i, wording] of wordings.entries())
      await desk.recordUnanswered(wording, { channel: "telegram", userId: `8${i}` });
    const admin = await signIn("telegram:boss");
    const page = await (await admin.get("/console/unanswered")).text();
    const group = /name="group" value="([^"]*bao[^"]*may[^"]*)"/.exec(page)![1]!;
    expect((await admin.post("/console/unanswered/new-topic", { group, topic: "" })).status).toBe(400);
    const counted = await (
      await admin.post("/console/unanswered/new-topic", { group, topic: "Bảo hiểm xe máy" })
    ).text();
    expect(counted).toContain("Đã tính vào chủ đề mới «Bảo hiểm xe máy»");
    expect(counted).toMatch(/<td>Bảo hiểm xe máy<\/td><td>3×<\/td>/);
    expect(counted).not.toContain(`value="${group}"`);
  });

  it("draws messages per day and downloads them as CSV", async () => {
    await desk.count("2026-11-20", ["messages", "messages", "fallback"]);
    await desk.count("2026-11-21", ["messages"]);
    const clerk = await signIn("zalo:clerk");
    const page = await (await clerk.get("/console/stats?from=2026-11-19&to=2026-11-23")).text();
    // Messages, handoffs and reminders per day: three charts of five days each.
    expect(page.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(page.match(/<g>/g)).toHaveLength(15);
    expect(page).toContain("<title>2026-11-20: 2</title>");
    // A range typed backwards is the same range, not an empty page.
    const backwards = await (await clerk.get("/console/stats?from=2026-11-23&to=2026-11-19")).text();
    expect(backwards.match(/<g>/g)).toHaveLength(15);
    expect(backwards).toContain("stats.csv?from=2026-11-19&amp;to=2026-11-23");
    const csv = await (await clerk.get("/console/stats.csv?from=2026-11-19&to=2026-11-21")).text();
    expect(csv.split("\n")).toEqual([
      "day,messages,clarify,fallback,handoffs,handoffs_taken,handoff_wait_minutes,reminders_scheduled,reminders_sent",
      "2026-11-19,0,0,0,0,0,0,0,0",
      "2026-11-20,2,0,1,0,0,0,0,0",
      "2026-11-21,1,0,0,0,0,0,0,0",
      "",
    ]);
  });
});

describe("web console: chats with a person", () => {
  /** The id of the open case of `principal`, as the queue page lists it to `viewer`. */
  const caseOf = async (viewer: Awaited<ReturnType<typeof signIn>>, principal: string) => {
    const rows = (await (await viewer.get("/console/chats")).text()).split("<tr>");
    return /\/console\/chats\/(\d+)"/.exec(rows.find((row) => row.includes(principal))!)![1]!;
  };

  it("keeps what a waiting citizen asks and the bot answers in the chat staff read when they take it", async () => {
    await say("cit-2", "tôi muốn gặp cán bộ");
    const answered = (await say("cit-2", "thẻ bhyt hết hạn thì sao")).replies[0]!.text;
    const clerk = await signIn("zalo:clerk");
    const id = await caseOf(clerk, "console:cit-2");
    expect((await clerk.post(`/console/chats/${id}/take`, {})).status).toBe(200);
    const chat = await (await clerk.get(`/console/chats/${id}/messages`)).text();
    expect(chat).toMatch(/tôi muốn gặp cán bộ[\s\S]*thẻ bhyt hết hạn thì sao[\s\S]*Bot<\/strong>/);
    expect(chat).toContain(answered.slice(0, 30));
    await clerk.post(`/console/chats/${id}/return`, {});
  });

  it("puts a chat back in the queue when the staff member holding it is removed, and the bot answers meanwhile", async () => {
    await desk.addStaff("telegram:6300");
    await say("cit-3", "cho tôi gặp cán bộ");
    const helper = await signIn("telegram:6300");
    const id = await caseOf(helper, "console:cit-3");
    expect((await helper.post(`/console/chats/${id}/take`, {})).status).toBe(200);
    await desk.removeStaff("telegram:6300");
    // The citizen's next message is not passed to the removed person: the bot answers, and others can take it.
    expect((await say("cit-3", "hotline bhxh")).replies.map((r) => r.text).join("\n")).toContain("1900 9068");
    const clerk = await signIn("zalo:clerk");
    expect((await clerk.post(`/console/chats/${id}/take`, {})).status).toBe(200);
    await clerk.post(`/console/chats/${id}/return`, {});
  });

  it("shows the queue with waiting times; staff take a chat, read it, reply, and hand it back to the bot", async () => {
    await say("cit-1", "mẹ tôi 76 tuổi, CCCD 001234567890, có được thẻ miễn phí không");
    await say("cit-1", "tôi muốn gặp cán bộ");
    const clerk = await signIn("zalo:clerk");
    const queue = await (await clerk.get("/console/chats")).text();
    expect(queue).toContain("console:cit-1");
    expect(queue).toMatch(/Chờ \d+ phút/);
    const id = await caseOf(clerk, "console:cit-1");
    expect((await clerk.post(`/console/chats/${id}/reply`, { message: "chưa nhận" })).status).toBe(409);
    await desk.flush();
    const takenBefore = (await desk.stats(["2026-11-23"]))["2026-11-23"]?.handoffs_taken ?? 0;
    expect((await clerk.post(`/console/chats/${id}/take`, {})).status).toBe(200);
    await desk.flush();
    expect((await desk.stats(["2026-11-23"]))["2026-11-23"]?.handoffs_taken).toBe(takenBefore + 1);
    expect((await inbox.take("cit-1")).join("\n")).toMatch(/cán bộ/i);
    // The citizen writes; the staff member reads it in the console (personal numbers hidden).
    // The bot stays out of it (only its usual warning about personal numbers).
    const replies = (await say("cit-1", "thẻ của con tôi 0912345678 bị mất")).replies.map((r) => r.text);
    expect(replies).toEqual([expect.stringContaining("không cần số CCCD")]);
    const chat = await (await clerk.get(`/console/chats/${id}/messages`)).text();
    expect(chat).toContain("tôi muốn gặp cán bộ");
    // What was asked and answered before the citizen asked for a person, in order, numbers hidden, Vietnam time.
    expect(chat).toMatch(
      /Người dân<\/strong>.*\n?mẹ tôi 76 tuổi[\s\S]*Bot<\/strong>[\s\S]*tôi muốn gặp cán bộ/,
    );
    expect(chat).not.toContain("001234567890");
    expect(chat).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(chat).toContain("bị mất");
    expect(chat).not.toContain("0912345678");
    const sent = await clerk.post(`/console/chats/${id}/reply`, {
      message: "Chị mang CCCD của cháu ra xã nhé <b>",
    });
    expect(await sent.text()).toContain("Đã gửi cho người dân.");
    expect((await inbox.take("cit-1")).join("\n")).toContain("Chị mang CCCD của cháu ra xã nhé <b>");
    // Another staff member cannot take or answer it.
    const boss = await signIn("telegram:boss");
    expect((await boss.post(`/console/chats/${id}/take`, {})).status).toBe(409);
    expect((await clerk.post(`/console/chats/${id}/return`, {})).status).toBe(200);
    expect((await inbox.take("cit-1")).length).toBe(1);
    expect(await (await clerk.get("/console/chats")).text()).not.toContain("console:cit-1");
    expect((await say("cit-1", "hotline bhxh")).replies[0]!.text).toContain("1900 9068");
  });
});
