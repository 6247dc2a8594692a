import { afterAll, describe, expect, it } from "vitest";
import { type ServeProcess, startServe, until } from "../helpers/processes.ts";
import { type RedisTopology, startCluster, startSentinelGroup } from "../helpers/redis-topologies.ts";

// The README's larger deployments, for real: `bhyt serve` reaching Redis through Sentinel, and on a Redis Cluster.
const ADMIN_TOKEN = "deployments-admin-token-01";
const running: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const thing of running.reverse()) await thing.stop();
});

const ask = async (bot: ServeProcess, userId: string, text: string) => {
  const response = await fetch(`${bot.base}/api/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId, text }),
  });
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  const body = (await response.json()) as { replies: { text: string }[] };
  return body.replies.map((r) => r.text).join("\n");
};

/** Sessions, reminders (Lua scripts), content edits (pub/sub) and "forget me" on one deployment. */
async function exercise(bot: ServeProcess, other: ServeProcess) {
  await ask(bot, "walk", "hộ gia đình đóng bhyt bao nhiêu");
  expect(await ask(other, "walk", "2")).toContain("bao nhiêu người");
  expect(await ask(bot, "walk", "3")).toContain("mấy tháng");
  expect(await ask(other, "walk", "6")).toContain("3 người, đóng 6 tháng");

  await ask(bot, "keeper", "nhắc tôi gia hạn thẻ bhyt hết hạn 15/3/2027");
  await ask(bot, "keeper", "1");
  expect(await ask(other, "keeper", "/nhacnho")).toContain("15/03/2027");

  const edit = await fetch(`${bot.base}/admin/content/answers/contact.hotline/vi`, {
    method: "PUT",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ title: "Tổng đài", body: "Gọi {{hotline}} (bản sửa chung)." }),
  });
  expect(edit.status).toBe(200);
  await until(async () =>
    (await ask(other, "content", "số tổng đài bhxh là gì")).includes("(bản sửa chung)"),
  );

  await ask(other, "keeper", "/xoadulieu");
  await ask(other, "keeper", "1");
  expect(await ask(bot, "keeper", "/nhacnho")).not.toContain("15/03/2027");
}

async function twoBots(env: Record<string, string>) {
  const bots = await Promise.all([startServe({ ADMIN_TOKEN, ...env }), startServe({ ADMIN_TOKEN, ...env })]);
  running.push(...bots);
  return bots;
}

describe("larger Redis deployments", () => {
  it("works through Sentinel, and follows a failover to the promoted replica", async () => {
    const sentinel = await startSentinelGroup();
    running.push(sentinel);
    const [a, b] = await twoBots({ REDIS_SENTINELS: sentinel.nodes });
    await exercise(a!, b!);

    await ask(a!, "before-failover", "/lang en");
    await sentinel.kill(sentinel.master);
    await until(
      async () => (await ask(a!, "after-failover", "how much do students pay")).includes("VND"),
      30_000,
    );
    // The session written before the failover was replicated: the language choice is still there.
    expect(await ask(b!, "before-failover", "hộ cận nghèo đóng bao nhiêu")).toContain("VND");
  }, 90_000);

  it("works on a three-master Redis Cluster", async () => {
    const cluster: RedisTopology = await startCluster();
    running.push(cluster);
    const [a, b] = await twoBots({ REDIS_CLUSTER_NODES: cluster.nodes });
    await exercise(a!, b!);
  }, 90_000);
});
