// Opt-in fault run (not part of `npm run bench`): `npx tsx bench/fault-kill.ts [runs] [updates]`.
// Each run starts `bhyt serve` (Telegram webhook mode, Redis with AOF, a fake Bot API), sends it a burst of updates
// (one chat each), kills it with SIGKILL while it works, starts it again and re-sends every update that did not get
// a 200, as Telegram does; then counts the chats that never got a reply and those that got two.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeTelegram, textUpdate } from "../test/helpers/fake-telegram.ts";
import { freePort, startRedisServer, until } from "../test/helpers/processes.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOKEN = "424242:KILL-token_abcdefghijklmnopqrst";
const SECRET = "kill-secret";
const RUNS = Number(process.argv[2] ?? 6);
const UPDATES = Number(process.argv[3] ?? 1000);

const redis = await startRedisServer({ aof: true });
const fake = await startFakeTelegram(TOKEN);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

function startBot(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      REDIS_URL: redis.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      LOG_LEVEL: "silent",
    },
  });
}
const ready = () =>
  until(
    () =>
      fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      ),
    60_000,
  );
const post = (update: unknown) =>
  fetch(`${base}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(update),
  }).then(
    (r) => r.status,
    () => 0,
  );

const rows: string[] = [];
for (let run = 1; run <= RUNS; run++) {
  let bot = startBot();
  await ready();
  fake.reset();
  const updates = Array.from({ length: UPDATES }, (_, i) =>
    textUpdate(run * 100_000 + i, run * 100_000 + i, "hotline bhxh"),
  );
  const statuses = new Map<number, number>();
  const killAt = 300 + Math.floor(Math.random() * 1200);
  const sending = Promise.all(updates.map(async (u) => statuses.set(u.update_id, await post(u))));
  await new Promise((resolve) => setTimeout(resolve, killAt));
  bot.kill("SIGKILL");
  await sending;
  bot = startBot();
  await ready();
  // Telegram sends again every update it got no 200 for, until it does.
  for (let round = 0; round < 10; round++) {
    const again = updates.filter((u) => statuses.get(u.update_id) !== 200);
    if (again.length === 0) break;
    // A claim cut off by the kill lapses after its lease; Telegram keeps trying meanwhile.
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 15_000));
    await Promise.all(again.map(async (u) => statuses.set(u.update_id, await post(u))));
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const replies = new Map<number, number>();
  for (const call of fake.callsOf("sendMessage")) {
    const chat = Number((call.params as { chat_id: number }).chat_id);
    replies.set(chat, (replies.get(chat) ?? 0) + 1);
  }
  const acked = [...statuses.values()].filter((s) => s === 200).length;
  const lost = updates.filter((u) => !replies.has(u.message.chat.id)).length;
  const twice = [...replies.values()].filter((n) => n > 1).length;
  rows.push(
    `run ${run}: killed at ${killAt} ms; ${acked}/${UPDATES} acknowledged; ${lost} chats never answered; ${twice} answered twice`,
  );
  console.log(rows.at(-1));
  bot.kill("SIGTERM");
  await new Promise((resolve) => bot.once("exit", resolve));
}
await fake.close();
await redis.stop();
