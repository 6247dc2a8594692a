import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisReminderStore } from "../../src/infra/redis-reminder-store.ts";
import { localHour } from "../../src/reminders/schedule-times.ts";
import { startFakeTelegram, textUpdate } from "../helpers/fake-telegram.ts";
import {
  type RedisProcess,
  type ServeProcess,
  startRedisServer,
  startServe,
  until,
} from "../helpers/processes.ts";

// Two `bhyt serve` processes on one redis-server, as behind a load balancer: whichever gets a message, the
// citizen talks to one bot.
const TOKEN = "222222:TWO-instances_abcdefghijklmnop";
const SECRET = "two_instances_secret";
const ADMIN_TOKEN = "two-instances-admin-token";
const STAFF_CHAT = 900;

let redis: RedisProcess;
let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
let a: ServeProcess;
let b: ServeProcess;

beforeAll(async () => {
  redis = await startRedisServer({ aof: true });
  fake = await startFakeTelegram(TOKEN);
  // Quiet hours set away from the current hour, so the reminder workers may send whatever time the test runs.
  const hour = localHour(Date.now());
  const env = {
    REDIS_URL: redis.url,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ADMIN_TOKEN,
    STAFF: `telegram:${STAFF_CHAT}`,
    REMINDER_QUIET_HOURS: `${(hour + 2) % 24}-${(hour + 3) % 24}`,
    // As behind a reverse proxy on this machine: X-Forwarded-For names the client.
    TRUSTED_PROXIES: "127.0.0.1",
  };
  [a, b] = await Promise.all([startServe(env), startServe(env)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await fake?.close();
  await redis?.stop();
});

const ask = async (bot: ServeProcess, userId: string, text: string) => {
  const response = await fetch(`${bot.base}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId, text }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { replies: { text: string }[] };
  return body.replies.map((r) => r.text).join("\n");
};

const postUpdate = (bot: ServeProcess, update: unknown) =>
  fetch(`${bot.base}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(update),
  });

const sentTo = (chat: number) =>
  fake.callsOf("sendMessage").filter((c) => String(c.params.chat_id) === String(chat));

describe("two bhyt serve processes on one Redis", () => {
  it("continue one conversation whichever instance gets each message", async () => {
    expect(await ask(a, "walk", "hộ gia đình đóng bhyt bao nhiêu")).toContain("người thứ hai trở đi"); // choice 2: calculate
    expect(await ask(b, "walk", "2")).toContain("bao nhiêu người");
    expect(await ask(a, "walk", "4")).toContain("mấy tháng");
    const breakdown = await ask(b, "walk", "12");
    expect(breakdown).toContain("4 người, đóng 12 tháng");
    expect(breakdown).toMatch(/Cộng: [\d.]+ đ\/tháng/);
  }, 30_000);

  it("take one chat's messages in turn even when they reach both instances at the same moment", async () => {
    // Each user switches to English on A while asking something on B: neither turn may overwrite the other's
    // conversation state, so the English choice always survives.
    const users = Array.from({ length: 20 }, (_, i) => `racer-${i}`);
    await Promise.all(
      users.flatMap((user) => [ask(a, user, "/lang en"), ask(b, user, "hộ gia đình đóng bao nhiêu")]),
    );
    const next = await Promise.all(users.map((user) => ask(b, user, "sinh viên đóng bao nhiêu")));
    expect(next.filter((reply) => reply.includes("VND"))).toHaveLength(users.length);
  }, 30_000);

  it("count one user's messages together for the rate limit", async () => {
    if (Date.now() % 60_000 > 45_000) await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000)));
    for (let i = 0; i < 30; i++)
      expect(await ask(i % 2 ? a : b, "flooder", "chào")).not.toContain("nhanh quá");
    expect(await ask(a, "flooder", "chào")).toContain("Bạn gửi nhanh quá");
  }, 30_000);

  it("refuse a client that used up its wrong sign-in links or admin tokens on either, and only that client", async () => {
    if (Date.now() % 60_000 > 45_000) await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000)));
    // The left-most address is whatever the client wrote; the proxy appended the real one.
    const from = (client: string) => ({ "x-forwarded-for": `198.51.100.7, ${client}` });
    const signIn = (bot: ServeProcess, client: string) =>
      fetch(`${bot.base}/console/sign-in`, {
        method: "POST",
        headers: from(client),
        body: new URLSearchParams({ token: "a-guessed-link" }),
      });
    const admin = (bot: ServeProcess, client: string) =>
      fetch(`${bot.base}/admin/staff`, { headers: { ...from(client), authorization: "Bearer guessed" } });
    for (let i = 0; i < 10; i++) {
      expect((await signIn(i % 2 ? a : b, "203.0.113.5")).status).toBe(401);
      expect((await admin(i % 2 ? b : a, "203.0.113.8")).status).toBe(401);
    }
    for (const bot of [a, b]) {
      const refused = await signIn(bot, "203.0.113.5");
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("60");
      expect(await refused.text()).toContain("Đợi một phút");
      expect((await admin(bot, "203.0.113.8")).status).toBe(429);
    }
    // Changing the part the client writes does not get around it; another person behind the proxy is not locked out.
    const forged = await fetch(`${a.base}/console/sign-in`, {
      method: "POST",
      headers: { "x-forwarded-for": "192.0.2.99, 203.0.113.5" },
      body: new URLSearchParams({ token: "x" }),
    });
    expect(forged.status).toBe(429);
    expect((await signIn(b, "203.0.113.6")).status).toBe(401);
    expect((await admin(b, "203.0.113.6")).status).toBe(401);
  }, 30_000);

  it("answer a Telegram update delivered to both instances once", async () => {
    const update = textUpdate(5001, 4242, "sinh viên đóng bhyt bao nhiêu");
    const statuses = await Promise.all([postUpdate(a, update), postUpdate(b, update)]);
    // One instance answers; the other, finding it in hand, answers 200 if it was done by then, else 503 so that
    // Telegram sends it again (a handler can die mid-way); the re-send then finds it done.
    expect(statuses.map((r) => r.status)).toContain(200);
    expect(statuses.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    await fake.until(() => sentTo(4242).length >= 1);
    // (Marked done just after the reply is sent: the re-send may come a moment before, and is refused until then.)
    let resent = 0;
    for (let i = 0; i < 20 && resent !== 200; i++) {
      resent = (await postUpdate(b, update)).status;
      if (resent !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(resent).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for a duplicate, if one were coming
    expect(sentTo(4242)).toHaveLength(1);
  }, 30_000);

  it("share reminders: set on one, listed on the other, each due one sent once by the two workers", async () => {
    await ask(a, "keeper", "nhắc tôi gia hạn thẻ bhyt hết hạn 15/3/2027");
    await ask(a, "keeper", "1");
    expect(await ask(b, "keeper", "/nhacnho")).toContain("15/03/2027");

    const client = new Redis(redis.url);
    const store = createRedisReminderStore(client);
    const chats = Array.from({ length: 40 }, (_, i) => 7000 + i);
    for (const chat of chats) {
      const ref = { channel: "telegram" as const, userId: String(chat) };
      const entry = { ref, label: "", expiry: "2099-03-15", daysBefore: 7, locale: "vi" as const };
      await store.schedule(ref, [{ entry: { ...entry, attempts: 0, members: 2 }, at: Date.now() - 1000 }]);
    }
    await client.quit();
    // Both workers poll every 5 s; give them two rounds to race for the claims.
    await fake.until(() => chats.every((chat) => sentTo(chat).length >= 1), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 5500));
    expect(chats.map((chat) => sentTo(chat).length)).toEqual(chats.map(() => 1));
  }, 45_000);

  it("share the handoff desk: a case opened on one is taken, answered and closed from the other", async () => {
    const citizen = 4300;
    await postUpdate(a, textUpdate(6001, citizen, "tôi muốn gặp cán bộ tư vấn trực tiếp"));
    await fake.until(() => sentTo(STAFF_CHAT).some((c) => String(c.params.text).includes("/take")));
    const id = /#(\d+)/.exec(String(sentTo(STAFF_CHAT).at(-1)!.params.text))![1]!;

    await postUpdate(b, textUpdate(6002, STAFF_CHAT, `/take ${id}`));
    await fake.until(() => sentTo(citizen).some((c) => String(c.params.text).includes("Một cán bộ đã nhận")));
    // The citizen writes to instance A; the staff member hears it, and the bot stays silent.
    const before = sentTo(citizen).length;
    await postUpdate(a, textUpdate(6003, citizen, "con tôi 5 tuổi có được miễn phí không"));
    await fake.until(() => sentTo(STAFF_CHAT).some((c) => String(c.params.text).includes("con tôi 5 tuổi")));
    expect(sentTo(citizen)).toHaveLength(before);

    await postUpdate(b, textUpdate(6004, STAFF_CHAT, `/reply ${id} Trẻ dưới 6 tuổi được Nhà nước đóng.`));
    await fake.until(() => sentTo(citizen).some((c) => String(c.params.text).includes("Trẻ dưới 6 tuổi")));
    await postUpdate(a, textUpdate(6005, STAFF_CHAT, `/close ${id}`));
    await fake.until(() =>
      sentTo(STAFF_CHAT).some((c) => String(c.params.text).includes(`Đã kết thúc #${id}`)),
    );
  }, 30_000);

  it("switch content together: an edit through one instance serves on the other, and so does the rollback", async () => {
    const admin = (bot: ServeProcess, method: string, route: string, body: unknown) =>
      fetch(`${bot.base}${route}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const question = "số tổng đài bhxh là gì";
    // A new user for each look: polling as one user would soon meet the per-user rate limit.
    let looks = 0;
    const look = (bot: ServeProcess) => ask(bot, `content-${looks++}`, question);
    const original = await look(b);
    const edit = await admin(a, "PUT", "/admin/content/answers/contact.hotline/vi", {
      title: "Tổng đài, liên hệ BHXH",
      body: "Gọi tổng đài {{hotline}} (bản sửa trên máy A).",
      author: "two-instances",
    });
    expect(edit.status).toBe(200);
    await until(async () => (await look(b)).includes("(bản sửa trên máy A)"), 15_000);

    expect((await admin(b, "POST", "/admin/content/rollback", { version: 0 })).status).toBe(200);
    await until(async () => (await look(a)) === original, 15_000);
  }, 30_000);
});
