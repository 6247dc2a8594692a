import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load-config.ts";

describe("configuration", () => {
  it("applies the contract's defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: "0.0.0.0",
      DEFAULT_LOCALE: "vi",
      LOG_LEVEL: "info",
      ADMINS: [],
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      REMINDER_QUIET_HOURS: { from: 21, until: 7 },
    });
    expect(config.channels).toEqual({ telegram: false, zaloOa: false, zaloBot: false });
  });

  it("refuses a short or guessable bearer token (review L2)", () => {
    expect(() => loadConfig({ ADMIN_TOKEN: "aaaaaaaaaaaaaaaaaaaaaaaaaaaa" })).toThrow(
      /ADMIN_TOKEN: is too easy to guess/,
    );
    expect(() => loadConfig({ API_TOKEN: "short-token" })).toThrow(
      /API_TOKEN: must be at least 24 characters/,
    );
    expect(loadConfig({ ADMIN_TOKEN: "3f9c2a7e1b8d4c6f0a5e9b2d7c1f4a8e" }).ADMIN_TOKEN).toHaveLength(32);
  });

  it("refuses an http: principal as admin or staff: the message API does not identify its callers (review F2)", () => {
    expect(() => loadConfig({ ADMINS: "telegram:1,http:ops" })).toThrow(
      /ADMINS: "http:ops" is not a principal .*cannot be staff or admin/,
    );
    expect(() => loadConfig({ STAFF: "http:helpdesk" })).toThrow(/STAFF: "http:helpdesk"/);
    expect(loadConfig({ STAFF: "zalobot:abc,console:officer-1" }).STAFF).toEqual([
      "zalobot:abc",
      "console:officer-1",
    ]);
  });

  it("lists every bad variable in one message, without echoing secrets", () => {
    try {
      loadConfig({
        PORT: "eighty",
        DEFAULT_LOCALE: "fr",
        ADMINS: "telegram:1,bob",
        TELEGRAM_BOT_TOKEN: "secret-value",
        REDIS_URL: "localhost:6379",
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect((error as ConfigError).problems).toHaveLength(5);
      for (const name of ["PORT", "DEFAULT_LOCALE", "ADMINS", "TELEGRAM_BOT_TOKEN", "REDIS_URL"])
        expect(message).toContain(`${name}:`);
      expect(message).not.toContain("secret-value");
    }
  });

  it("reads reminder quiet hours as from-until local hours and refuses anything else", () => {
    expect(loadConfig({ REMINDER_QUIET_HOURS: "20-6" }).REMINDER_QUIET_HOURS).toEqual({ from: 20, until: 6 });
    for (const bad of ["21:00-07:00", "25-7", "evening"])
      expect(() => loadConfig({ REMINDER_QUIET_HOURS: bad })).toThrow(
        /REMINDER_QUIET_HOURS: must be local hours/,
      );
  });

  it("reaches Redis one way: a URL, Sentinels or Cluster nodes, with the password never echoed", () => {
    expect(loadConfig({ REDIS_URL: "redis://r:6379/0" }).redis).toEqual({ url: "redis://r:6379/0" });
    expect(
      loadConfig({ REDIS_SENTINELS: "10.0.0.5:26379, 10.0.0.6:26379", REDIS_PASSWORD: "pw-1" }).redis,
    ).toEqual({
      sentinels: [
        { host: "10.0.0.5", port: 26379 },
        { host: "10.0.0.6", port: 26379 },
      ],
      name: "mymaster",
      password: "pw-1",
    });
    expect(loadConfig({ REDIS_CLUSTER_NODES: "[::1]:7000,redis_node_2:7001" }).redis).toEqual({
      cluster: [
        { host: "::1", port: 7000 },
        { host: "redis_node_2", port: 7001 },
      ],
    });
    expect(
      loadConfig({ REDIS_SENTINELS: "s:26379", REDIS_SENTINEL_PASSWORD: "sp", REDIS_SENTINEL_NAME: "bhyt" })
        .redis,
    ).toEqual({ sentinels: [{ host: "s", port: 26379 }], name: "bhyt", sentinelPassword: "sp" });
    expect(loadConfig({}).redis).toBeUndefined();
    expect(() => loadConfig({ REDIS_URL: "redis://r", REDIS_CLUSTER_NODES: "r:7000" })).toThrow(
      /REDIS_URL, REDIS_CLUSTER_NODES: set only one way/,
    );
    expect(() => loadConfig({ REDIS_SENTINELS: "sentinel-without-port", REDIS_PASSWORD: "hunter2" })).toThrow(
      /REDIS_SENTINELS: "sentinel-without-port" is not host:port/,
    );
  });

  it("parses principals and switches channels on by their tokens", () => {
    const config = loadConfig({
      ADMINS: "telegram:12345, zalo:8839201",
      TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    });
    expect(config.ADMINS).toEqual(["telegram:12345", "zalo:8839201"]);
    expect(config.channels.telegram).toBe(true);
  });

  it("requires both halves of the Zalo OA signature settings", () => {
    expect(() => loadConfig({ ZALO_OA_APP_ID: "123" })).toThrow(/ZALO_OA_SECRET_KEY: must be set/);
  });

  it("requires what refreshing the Zalo OA token needs, and then switches the OA on", () => {
    const oa = { ZALO_OA_APP_ID: "123", ZALO_OA_SECRET_KEY: "k", ZALO_OA_ACCESS_TOKEN: "at" };
    expect(() => loadConfig(oa)).toThrow(/ZALO_APP_SECRET, ZALO_OA_REFRESH_TOKEN: both must be set/);
    const config = loadConfig({ ...oa, ZALO_APP_SECRET: "s", ZALO_OA_REFRESH_TOKEN: "rt" });
    expect(config.channels.zaloOa).toBe(true);
  });
});
