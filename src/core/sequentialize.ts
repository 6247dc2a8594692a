import type { ConversationRef } from "./types.ts";

/** Runs a chat's turn while no other process runs one for that chat (a Redis lock in production). */
export type ChatLock = <T>(ref: ConversationRef, turn: () => Promise<T>) => Promise<T>;

/** Runs tasks with the same key one after another (messages of one chat in order); different keys run freely. */
export function createSequencer() {
  const tails = new Map<string, Promise<unknown>>();
  return function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
