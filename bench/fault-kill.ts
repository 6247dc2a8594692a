// Opt-in fault run (not part of `npm run bench`): `npx tsx bench/fault-kill.ts [runs] [updates]`.
// Each run starts `bhyt serve` (Telegram webhook and Zalo OA, Redis with AOF, fake APIs), sends it a burst of
// updates and events (one chat each; a fifth of them Zalo), kills it with SIGKILL while it works, starts it again
// and re-sends everything that did not get a 200, as the platforms do; then counts the chats that never got a
// reply and those that got the same reply twice.
import { startRig, stopBot } from "./fault-rig.ts";

const RUNS = Number(process.argv[2] ?? 6);
const UPDATES = Number(process.argv[3] ?? 1000);

const rig = await startRig();
for (let run = 1; run <= RUNS; run++) {
  let bot = await rig.startBot();
  rig.reset();
  const deliveries = rig.burst(run * 100_000, UPDATES, "hotline bhxh");
  const killAt = 300 + Math.floor(Math.random() * 1200);
  const sending = Promise.all(deliveries.map(rig.deliver));
  await new Promise((resolve) => setTimeout(resolve, killAt));
  await stopBot(bot, "SIGKILL");
  await sending;
  bot = await rig.startBot();
  // A claim cut off by the kill lapses after its lease (and a stored event is taken again after 10 s); the
  // platforms keep sending meanwhile.
  await rig.resendUntilAcknowledged(deliveries, 15_000, 12);
  await rig.settle(deliveries, 240_000);
  const acked = deliveries.filter((d) => d.status === 200).length;
  const { lost, twice } = rig.count(deliveries);
  console.log(
    `run ${run}: killed at ${killAt} ms; ${acked}/${UPDATES} acknowledged; ${lost} chats never answered; ${twice} answered twice`,
  );
  await stopBot(bot, "SIGTERM");
}
await rig.close();
