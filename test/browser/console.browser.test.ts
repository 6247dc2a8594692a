/// <reference lib="dom" />
import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startFakeTelegram, textUpdate } from "../helpers/fake-telegram.ts";
import { type ServeProcess, startServe, until } from "../helpers/processes.ts";

// Headless Chromium (Debian's `chromium`, installed by .ci/run) drives the console of a real `bhyt serve`, with
// Redis and a fake Bot API; screenshots of the main pages go to test-results/console/ for review.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = path.resolve("test-results/console");
const TOKEN = "777111:CONSOLE-token_abcdefghijklmnopq";
const SECRET = "console_secret";
const ADMIN = "telegram:4242";
const STAFF = "telegram:5353";
const env = {
  REDIS_URL: `${inject("redisUrl")}/21`,
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  ADMINS: ADMIN,
  STAFF,
};
let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
let serve: ServeProcess;
let browser: Browser;
let updateId = 1;
const dialogs: string[] = [];
const confirms: string[] = [];
// What the browser reports breaking the Content-Security-Policy (an inline script or style htmx might add).
const violations: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install chromium)`);
  mkdirSync(SHOTS, { recursive: true });
  fake = await startFakeTelegram(TOKEN);
  serve = await startServe({
    ...env,
    TELEGRAM_API_ROOT: fake.apiRoot,
    PUBLIC_URL: "https://bhyt.example.vn",
    // As behind a reverse proxy on this machine: the browser's X-Forwarded-For names the client.
    TRUSTED_PROXIES: "127.0.0.1",
  });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await fake?.close();
});

/** A one-time sign-in link made the way an operator makes it: `bhyt console link <principal>`. */
async function signInLink(principal: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "console", "link", principal],
    { env: { ...process.env, ...env, LOG_LEVEL: "silent", PUBLIC_URL: serve.base } },
  );
  return stdout.split("\n")[0]!;
}

/** A new browser window (its own cookies), its requests sent with `headers` as a proxy would add them. */
async function newWindow(headers: Record<string, string> = {}): Promise<Page> {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setExtraHTTPHeaders(headers);
  return page;
}

/** A new browser window signed in as `principal`; any alert() fails the test. */
async function signedIn(principal: string, headers: Record<string, string> = {}): Promise<Page> {
  const page = await newWindow(headers);
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("dialog", (dialog) => {
    // The console asks before going back to a version (a confirm); an alert is only ever a script that ran.
    if (dialog.type() === "confirm") {
      confirms.push(dialog.message());
      void dialog.accept();
      return;
    }
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(await signInLink(principal));
  await Promise.all([page.waitForNavigation(), page.click("button.primary")]);
  return page;
}

/** A citizen's message to the bot through the Telegram webhook; resolves with the bot's reply texts. */
async function tell(chat: number, text: string): Promise<string> {
  const before = fake.callsOf("sendMessage").length;
  const response = await fetch(`${serve.base}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(textUpdate(updateId++, chat, text)),
  });
  expect(response.status).toBe(200);
  return fake
    .callsOf("sendMessage")
    .slice(before)
    .filter((call) => (call.params as { chat_id: number }).chat_id === chat)
    .map((call) => (call.params as { text: string }).text)
    .join("\n");
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const bodyText = (page: Page) => page.$eval("body", (body) => body.textContent ?? "");

describe("the web console in a real browser", () => {
  it("signs an admin in with a one-time link; the link does not work twice", async () => {
    const link = await signInLink(ADMIN);
    const page = await signedIn(ADMIN);
    // An admin lands on the answers, the search box ready.
    expect(page.url()).toMatch(/\/console\/answers$/);
    // Chromium applies autofocus once the new tab has focus, a moment after the load event.
    await page
      .waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === "q", {
        timeout: 3000,
      })
      .catch(() => undefined);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("q");
    await shot(page, "home");
    await page.goto(link);
    await Promise.all([page.waitForNavigation(), page.click("button.primary")]);
    await page.goto(link);
    await Promise.all([page.waitForNavigation(), page.click("button.primary")]);
    expect(await bodyText(page)).toContain("Đường dẫn không dùng được");
  }, 30_000);

  it("edits an answer with a live preview, the bot uses it, and one click goes back", async () => {
    const page = await signedIn(ADMIN);
    await page.goto(`${serve.base}/console/answers`);
    // The list narrows as the topic is typed, without diacritics and without pressing Enter.
    await page.type('input[name="q"]', "tong dai");
    await page.waitForFunction(() => document.querySelectorAll("#topics tbody tr").length === 1, {
      timeout: 5_000,
    });
    await Promise.all([page.waitForNavigation(), page.click('a[href="/console/answers/contact.hotline"]')]);
    await page.$eval("#body", (area) => {
      (area as HTMLTextAreaElement).value = "";
    });
    await page.type("#body", "Gọi tổng đài {{hotline}}, miễn phí, cả thứ Bảy.");
    // htmx posts the form as it is typed and swaps the preview in (under the strict CSP).
    await page.waitForFunction(
      () => document.querySelector("#preview")?.textContent?.includes("Gọi tổng đài 1900 9068, miễn phí"),
      { timeout: 5_000 },
    );
    await shot(page, "answer-edit");
    expect(violations).toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click("form button.primary")]);
    expect(await bodyText(page)).toMatch(/Đã lưu phiên bản \d+/);
    // The page's own "try the bot" box answers with what was just saved, without leaving the console.
    await page.type("#question", "tổng đài bảo hiểm số mấy");
    await page.click(".try button");
    await page.waitForFunction(
      () => document.querySelector("#try-result")?.textContent?.includes("miễn phí, cả thứ Bảy"),
      { timeout: 5_000 },
    );
    await shot(page, "try-bot");
    expect(await tell(901, "số tổng đài bhxh")).toContain("miễn phí, cả thứ Bảy");
    await page.goto(`${serve.base}/console/answers/history`);
    await shot(page, "history");
    await page.click('input[name="version"][value="0"] ~ button');
    await page.waitForFunction(
      () => document.body.innerText.includes("Đã đưa lại nội dung của phiên bản 0"),
      {
        timeout: 5_000,
      },
    );
    expect(confirms).toEqual([expect.stringContaining("Đưa TẤT CẢ chủ đề về như phiên bản này?")]);
    // The history now shows the rollback as a version, by this admin.
    expect(await bodyText(page)).toContain("Đưa tất cả chủ đề về phiên bản 0");
    await until(async () => !(await tell(902, "số tổng đài bhxh")).includes("cả thứ Bảy"), 5_000);
  }, 40_000);

  it("adds a missed question as an example; a <script> in a question never runs", async () => {
    await tell(903, "<script>alert('x')</script> xyzzy plugh quạ quạ");
    const page = await signedIn(ADMIN);
    await page.goto(`${serve.base}/console/unanswered`);
    expect(await bodyText(page)).toContain("<script>alert('x')</script>");
    await shot(page, "unanswered");
    await page.select('select[name="intent"]', "contact.hotline");
    await Promise.all([
      page.waitForNavigation(),
      page.click('form[action^="/console/unanswered/promote"] button'),
    ]);
    expect(await bodyText(page)).toContain("Đã thêm làm câu mẫu; bot giờ đoán:");
    expect(dialogs).toEqual([]);
  }, 30_000);

  it("never runs a <script> an admin types into an answer: not in the list, editor, preview, history or diff", async () => {
    const page = await signedIn(ADMIN);
    const planted = `<script>alert("body")</script><img src=x onerror="alert('img')">`;
    await page.goto(`${serve.base}/console/answers/card.lost_reissue`);
    await page.$eval("#title", (input) => {
      (input as HTMLInputElement).value = "";
    });
    await page.type("#title", `Mất thẻ <script>alert("title")</script>`);
    await page.$eval("#body", (area) => {
      (area as HTMLTextAreaElement).value = "";
    });
    await page.type("#body", `Làm lại thẻ tại xã. ${planted}`);
    await page.waitForFunction(
      () => document.querySelector("#preview")?.textContent?.includes("Làm lại thẻ tại xã"),
      {
        timeout: 5_000,
      },
    );
    await Promise.all([page.waitForNavigation(), page.click("form button.primary")]);
    expect(await bodyText(page)).toMatch(/Đã lưu phiên bản \d+/);
    const version = /Đã lưu phiên bản (\d+)/.exec(await bodyText(page))![1];
    for (const path of [
      "/console/answers?q=mat the",
      "/console/answers/card.lost_reissue",
      "/console/answers/history",
    ])
      await page.goto(`${serve.base}${path}`);
    await page.goto(`${serve.base}/console/answers/history/${version}`);
    // The text is on the page as text; no <img> was made from it and nothing ran.
    expect(await bodyText(page)).toContain(`<img src=x onerror="alert('img')">`);
    expect(await page.$$eval("img", (images) => images.length)).toBe(0);
    expect(dialogs).toEqual([]);
    // The citizen gets it escaped on Telegram too (the fake Bot API saw it as HTML text).
    expect(await tell(906, "tôi làm mất thẻ bhyt rồi")).toContain("&lt;script&gt;");
    await page.goto(`${serve.base}/console/answers/history`);
    await page.click(`input[name="version"][value="${Number(version) - 1}"] ~ button`);
    await page.waitForFunction(() => document.body.innerText.includes("Đã đưa lại nội dung"), {
      timeout: 5_000,
    });
  }, 40_000);

  it("refuses the 11th wrong sign-in link from one person behind the proxy, not the next person", async () => {
    // Wrong attempts are counted per clock minute: the eleven are made within one, not across its end.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    const guesser = await newWindow({ "x-forwarded-for": "203.0.113.50" });
    for (let i = 0; i < 10; i++) {
      await guesser.goto(`${serve.base}/console/sign-in?token=guess-${i}`);
      await Promise.all([guesser.waitForNavigation(), guesser.click("button.primary")]);
      expect(await bodyText(guesser)).toContain("Đường dẫn không dùng được");
    }
    await guesser.goto(`${serve.base}/console/sign-in?token=guess-10`);
    const [refused] = await Promise.all([guesser.waitForNavigation(), guesser.click("button.primary")]);
    expect(refused?.status()).toBe(429);
    expect(await bodyText(guesser)).toContain("Đợi một phút");
    // Someone else behind the same proxy still signs in.
    const other = await signedIn(STAFF, { "x-forwarded-for": "203.0.113.51" });
    expect(await bodyText(other)).toContain(STAFF);
  }, 40_000);

  it("sets the session cookie Secure (and HttpOnly, SameSite=Strict) when the proxy says the page is HTTPS", async () => {
    const page = await signedIn(STAFF, { "x-forwarded-proto": "https" });
    const cookie = (await page.cookies()).find((c) => c.name === "bhyt_console");
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "Strict" });
    const plainPage = await signedIn(STAFF);
    expect((await plainPage.cookies()).find((c) => c.name === "bhyt_console")?.secure).toBe(false);
  }, 30_000);

  it("lets staff take a chat, read it, reply to the citizen on Telegram, and hand it back", async () => {
    await tell(904, "cho tôi gặp cán bộ");
    const page = await signedIn(STAFF);
    await page.goto(`${serve.base}/console/chats`);
    expect(await bodyText(page)).toContain("telegram:904");
    await shot(page, "chats");
    await Promise.all([page.waitForNavigation(), page.click('a[href^="/console/chats/"]')]);
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/take"] button')]);
    expect(await tell(904, "con tôi 3 tuổi thì sao ạ")).toBe("");
    // The conversation reloads itself while the page is open.
    await page.waitForFunction(() => document.querySelector("#transcript")?.textContent?.includes("3 tuổi"), {
      timeout: 8_000,
    });
    await page.type("#message", "Trẻ dưới 6 tuổi được cấp thẻ miễn phí, chị nhé.");
    const before = fake.callsOf("sendMessage").length;
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/reply"] button')]);
    expect(await bodyText(page)).toContain("Đã gửi cho người dân.");
    const sent = fake.callsOf("sendMessage").slice(before);
    expect(sent.map((call) => (call.params as { text: string }).text).join("\n")).toContain(
      "Trẻ dưới 6 tuổi được cấp thẻ miễn phí",
    );
    await shot(page, "chat");
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/return"] button')]);
    expect(await tell(904, "hotline bhxh")).toContain("1900 9068");
  }, 40_000);

  it("sends a staff member who types /console a link that signs them in; a citizen gets the help", async () => {
    expect(await tell(905, "/console")).not.toContain("/console/sign-in");
    const reply = await tell(5353, "/console");
    const link = /https:\/\/bhyt\.example\.vn(\/console\/sign-in\?token=[\w-]+)/.exec(reply);
    expect(link).not.toBeNull();
    const page = await (await browser.createBrowserContext()).newPage();
    await page.goto(`${serve.base}${link![1]}`);
    await Promise.all([page.waitForNavigation(), page.click("button.primary")]);
    expect(await bodyText(page)).toContain(STAFF);
  }, 30_000);

  it("lets an admin add a staff member on the Staff page, who can then sign in", async () => {
    const page = await signedIn(ADMIN);
    await Promise.all([page.waitForNavigation(), page.click('nav a[href="/console/staff"]')]);
    await page.type("#principal", "telegram:6200");
    await Promise.all([page.waitForNavigation(), page.click("form button.primary")]);
    expect(await bodyText(page)).toContain("Đã thêm cán bộ telegram:6200");
    await shot(page, "staff");
    const newcomer = await signedIn("telegram:6200");
    expect(await bodyText(newcomer)).toContain("telegram:6200");
  }, 30_000);

  it("shows the numbers as a chart, on a phone screen too", async () => {
    const page = await signedIn(STAFF);
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${serve.base}/console/stats`);
    const bars = await page.$$eval(
      "svg.chart rect",
      (rects) => rects.filter((r) => Number(r.getAttribute("height")) > 0).length,
    );
    expect(bars).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "stats-phone");
    // English is one click away, and the page stays the same.
    await Promise.all([page.waitForNavigation(), page.click('form[action="/console/language"] button')]);
    expect(page.url()).toContain("/console/stats");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Numbers");
  }, 30_000);
});
