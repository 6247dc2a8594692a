// Opt-in fault run (not part of `npm run bench`): `npx tsx bench/fault-outage.ts [outage seconds] [per second]`.
// `bhyt serve` (Telegram webhook and Zalo OA) takes a steady load while its Redis is killed and, after the outage,
// started again on the same data; the platforms send again whatever got no 200. Counts the chats never answered
// and those answered twice, and how the webhooks answered during the outage.
import { startRig, stopBot } from "./fault-rig.ts";

const OUTAGE_S = Number(process.argv[2] ?? 10);
const PER_SECOND = Number(process.argv[3] ?? 100);
const LOAD_S = OUTAGE_S + 10;

const rig = await startRig();
const bot = await rig.startBot();
const deliveries: ReturnType<typeof rig.burst> = [];
const sent: Promise<void>[] = [];
const statuses = new Map<number, number>();
const started = Date.now();
let outage: Promise<void> = Promise.resolve();
for (let tick = 0; tick < LOAD_S * 10; tick++) {
  if (tick === 50) {
    // Five seconds in, Redis dies; it comes back OUTAGE_S later with what it had written (AOF).
    outage = rig.redis.kill().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_S * 1000));
      await rig.redis.start();
    });
  }
  for (const d of rig.burst(tick * 1000, PER_SECOND / 10, "hotline bhxh")) {
    deliveries.push(d);
    sent.push(
      rig.deliver(d).then(() => void statuses.set(d.status ?? 0, (statuses.get(d.status ?? 0) ?? 0) + 1)),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, started + (tick + 1) * 100 - Date.now()));
}
await Promise.all(sent);
await outage;
const firstTry = [...statuses].map(([status, n]) => `${n}×${status}`).join(", ");
await rig.resendUntilAcknowledged(deliveries, 5_000, 40);
await rig.settle(deliveries, 240_000);
const { lost, twice } = rig.count(deliveries);
console.log(
  `Redis down ${OUTAGE_S} s under ${PER_SECOND} updates/s (${deliveries.length} in all, a fifth Zalo): first answers ${firstTry}; ` +
    `${deliveries.filter((d) => d.status === 200).length} acknowledged in the end; ${lost} chats never answered; ${twice} answered twice`,
);
await stopBot(bot, "SIGTERM");
await rig.close();
