import { describe, expect, it } from "vitest";
import { EnvSchema } from "../../../src/config/env.schema.ts";
import { addressBehindProxies } from "../../../src/server/client-address.ts";

const PROXY = new Set(["10.0.0.2", "10.0.0.3"]);

describe("the client behind reverse proxies", () => {
  it("is the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(addressBehindProxies("203.0.113.9", "1.2.3.4", PROXY)).toBe("203.0.113.9");
    expect(addressBehindProxies("10.0.0.2", "1.2.3.4", new Set())).toBe("10.0.0.2");
  });

  it("is the right-most forwarded address that is not a trusted proxy (left entries are the client's own claim)", () => {
    expect(addressBehindProxies("10.0.0.2", "1.2.3.4, 203.0.113.9", PROXY)).toBe("203.0.113.9");
    expect(addressBehindProxies("::ffff:10.0.0.2", "203.0.113.9, 10.0.0.3", PROXY)).toBe("203.0.113.9");
    expect(addressBehindProxies("10.0.0.2", "::ffff:198.51.100.4", PROXY)).toBe("198.51.100.4");
  });

  it("falls back to the proxy itself when it forwarded no client", () => {
    expect(addressBehindProxies("10.0.0.2", undefined, PROXY)).toBe("10.0.0.2");
    expect(addressBehindProxies("10.0.0.2", " , 10.0.0.3", PROXY)).toBe("10.0.0.2");
  });

  it("reads TRUSTED_PROXIES as a set of IP addresses and refuses anything else with the reason", () => {
    expect([...EnvSchema.parse({ TRUSTED_PROXIES: "10.0.0.2, ::1" }).TRUSTED_PROXIES]).toEqual([
      "10.0.0.2",
      "::1",
    ]);
    expect(EnvSchema.parse({}).TRUSTED_PROXIES.size).toBe(0);
    const refused = EnvSchema.safeParse({ TRUSTED_PROXIES: "10.0.0.2, proxy.local" });
    expect(refused.error?.issues[0]?.message).toBe('"proxy.local" is not an IP address, like 10.0.0.2');
  });
});
