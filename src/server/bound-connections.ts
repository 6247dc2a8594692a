import type { IncomingMessage, ServerResponse } from "node:http";
import type { Server, Socket } from "node:net";

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

/**
 * Tracks open connections so a stop can close every one not serving a request: a browser keeps spare connections
 * that send nothing (and asks again on kept-alive ones), which would otherwise hold the stop until its deadline.
 * Returns the function that starts draining: idle connections close at once, busy ones once their reply is sent.
 */
export function drainableConnections(server: Server): () => void {
  const requests = new Map<Socket, number>();
  let draining = false;
  server.on("connection", (socket: Socket) => {
    requests.set(socket, 0);
    socket.once("close", () => requests.delete(socket));
    if (draining) socket.destroySoon();
  });
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    requests.set(socket, (requests.get(socket) ?? 0) + 1);
    response.once("close", () => {
      const left = (requests.get(socket) ?? 1) - 1;
      requests.set(socket, left);
      if (draining && left === 0) socket.destroySoon();
    });
  });
  return () => {
    draining = true;
    for (const [socket, count] of requests) if (count === 0) socket.destroySoon();
  };
}
