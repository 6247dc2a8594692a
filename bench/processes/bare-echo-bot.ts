// The peer in the Telegram benchmark: a bare grammY bot that echoes text, behind the same HTTP stack
// (@hono/node-server + Hono) and the same fake Bot API as ours. Prints its port, then serves until killed.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Bot, webhookCallback } from "grammy";
import { Hono } from "hono";

const [token, apiRoot, secret] = process.argv.slice(2) as [string, string, string];
const bot = new Bot(token, { client: { apiRoot } });
await bot.init();
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
const app = new Hono().post("/telegram/webhook", webhookCallback(bot, "hono", { secretToken: secret }));
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
server.once("listening", () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
