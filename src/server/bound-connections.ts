import type { Server } from "node:net";

/** Most connections one instance holds open at once; more wait in the kernel's backlog or are refused. */
export const MAX_CONNECTIONS = 1_000;
// A client that sends its headers or body slowly holds memory for as long as the server waits: a request gets 15 s
// in all and its headers 10 s, far more than any webhook or chat message needs.
const REQUEST_TIMEOUT_MS = 15_000;
const HEADERS_TIMEOUT_MS = 10_000;

/** Bounds what slow or numerous clients can hold: request and header timeouts, and a connection cap. */
export function boundConnections(server: Server): void {
  const http = server as Server & { requestTimeout?: number; headersTimeout?: number };
  http.requestTimeout = REQUEST_TIMEOUT_MS;
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  server.maxConnections = MAX_CONNECTIONS;
}
