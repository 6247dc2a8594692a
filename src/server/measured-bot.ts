import type { Bot } from "../dialogue/create-bot.ts";
import { CHANNEL_LABEL, type Metrics } from "../infra/metrics.ts";

/** The bot, counting every message it handles (by channel, intent and band) and timing it, for /metrics. */
export function measureBot(bot: Bot, metrics: Metrics): Bot {
  return {
    async handle(message) {
      const stop = metrics.latency.startTimer();
      try {
        const response = await bot.handle(message);
        metrics.messages.inc({ channel: CHANNEL_LABEL[message.ref.channel] });
        const understood = response.understood;
        if (understood) metrics.intents.inc({ intent: understood.intent, band: understood.band });
        if (understood?.intent === "handoff.human") metrics.handoffs.inc();
        return response;
      } finally {
        stop();
      }
    },
  };
}
