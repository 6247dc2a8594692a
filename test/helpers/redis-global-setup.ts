import type { TestProject } from "vitest/node";
import { startRedisServer } from "./processes.ts";

/** Starts a throw-away redis-server (random port, temp dir) for the whole test run; never touches the user's Redis. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startRedisServer();
  project.provide("redisUrl", server.url);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
