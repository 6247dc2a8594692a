import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { ConversationRef } from "../core/types.ts";

/** The `channel` label of every metric, as the webhook paths name channels (/zalo/oa/webhook → zalo_oa). */
export const CHANNEL_LABEL: Record<ConversationRef["channel"], string> = {
  telegram: "telegram",
  zalo: "zalo_oa",
  zalobot: "zalo_bot",
  console: "console",
  http: "http",
};

/** The bot's Prometheus metrics, on their own registry (served at GET /metrics). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "bhyt_" });
  return {
    registry,
    messages: new Counter({
      name: "bhyt_messages_total",
      help: "Messages handled, by channel",
      labelNames: ["channel"],
      registers: [registry],
    }),
    intents: new Counter({
      name: "bhyt_intents_total",
      help: "Messages by recognised intent and band",
      labelNames: ["intent", "band"],
      registers: [registry],
    }),
    handoffs: new Counter({
      name: "bhyt_handoffs_total",
      help: "Requests for a person",
      registers: [registry],
    }),
    reminders: new Counter({
      name: "bhyt_reminders_sent_total",
      help: "Reminders delivered",
      registers: [registry],
    }),
    channelErrors: new Counter({
      name: "bhyt_channel_errors_total",
      help: "Events and deliveries whose handling failed, by channel",
      labelNames: ["channel"],
      registers: [registry],
    }),
    redisErrors: new Counter({
      name: "bhyt_redis_errors_total",
      help: "Redis connection errors",
      registers: [registry],
    }),
    latency: new Histogram({
      name: "bhyt_message_seconds",
      help: "Time to handle one message",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}

/** The metrics. */
export type Metrics = ReturnType<typeof createMetrics>;
