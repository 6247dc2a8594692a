import type { Session, SessionStore } from "./session.ts";

/** Sessions in memory: for unit tests and for one-shot commands run without Redis. */
export function createMemorySessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  const key = (ref: { channel: string; userId: string }) => `${ref.channel}:${ref.userId}`;
  return {
    load: async (ref) => sessions.get(key(ref)),
    save: async (ref, session) => {
      sessions.set(key(ref), structuredClone(session));
    },
    delete: async (ref) => {
      sessions.delete(key(ref));
    },
  };
}
