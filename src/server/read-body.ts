import type { Context } from "hono";

/** What `readText` returns for a body over the limit. */
export const TOO_LARGE = Symbol("too large");

/** The request body as text, or TOO_LARGE past `maxBytes` (refused from its declared length before reading). */
export async function readText(c: Context, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  const length = c.req.header("content-length");
  if (length !== undefined) {
    if (!/^\d+$/.test(length) || Number(length) > maxBytes) return TOO_LARGE;
    // Node's parser never reads past a declared length, so the body is bounded: read it in one go (no stream).
    return c.req.raw.text();
  }
  const reader = c.req.raw.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parsed JSON, or undefined when the text is not JSON. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
