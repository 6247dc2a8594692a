// Opt-in fault run (not part of `npm run bench`): `npx tsx bench/fault-sigterm.ts [runs] [updates] [deadline s]`.
// Each run sends `bhyt serve` a burst of updates and events, stops it with SIGTERM while it works, and measures the
// time to exit against STOP_DEADLINE_SECONDS; then starts it again, the platforms send again what got no 200, and
// the chats never answered and answered twice are counted.
import { startRig, stopBot } from "./fault-rig.ts";

const RUNS = Number(process.argv[2] ?? 10);
const UPDATES = Number(process.argv[3] ?? 500);
const DEADLINE_S = Number(process.argv[4] ?? 10);

const rig = await startRig({ STOP_DEADLINE_SECONDS: String(DEADLINE_S) });
let within = 0;
for (let run = 1; run <= RUNS; run++) {
  let bot = await rig.startBot();
  rig.reset();
  const deliveries = rig.burst(run * 100_000, UPDATES, "hộ gia đình 4 người đóng bao nhiêu");
  const stopAt = 200 + Math.floor(Math.random() * 800);
  const sending = Promise.all(deliveries.map(rig.deliver));
  await new Promise((resolve) => setTimeout(resolve, stopAt));
  const stop = await stopBot(bot, "SIGTERM");
  if (stop.code === 0 && stop.ms <= DEADLINE_S * 1000) within++;
  await sending;
  bot = await rig.startBot();
  await rig.resendUntilAcknowledged(deliveries, 5_000, 12);
  await rig.settle(deliveries, 240_000);
  const { lost, twice } = rig.count(deliveries);
  const acked = deliveries.filter((d) => d.status === 200).length;
  console.log(
    `run ${run}: SIGTERM at ${stopAt} ms, exit ${stop.code} after ${stop.ms} ms (deadline ${DEADLINE_S} s); ` +
      `${acked}/${UPDATES} acknowledged; ${lost} chats never answered; ${twice} answered twice`,
  );
  await stopBot(bot, "SIGTERM");
}
console.log(`SIGTERM exit within the deadline in ${within} of ${RUNS} runs`);
await rig.close();
