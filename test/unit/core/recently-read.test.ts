import { describe, expect, it } from "vitest";
import { recentlyRead } from "../../../src/core/recently-read.ts";

describe("recentlyRead", () => {
  it("reads a text once while it is among the last few, and again once it has been pushed out", () => {
    const read: string[] = [];
    const length = recentlyRead((text: string) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([length("ab"), length("ab"), length("abc"), length("ab")]).toEqual([2, 2, 3, 2]);
    expect(read).toEqual(["ab", "abc"]);
    length("abcd"); // "ab" is the oldest now and goes out
    length("ab");
    expect(read).toEqual(["ab", "abc", "abcd", "ab"]);
  });

  it("keeps undefined as a result instead of reading again", () => {
    let reads = 0;
    const none = recentlyRead((_text: string) => {
      reads++;
      return undefined;
    });
    none("x");
    none("x");
    expect(reads).toBe(1);
  });

  it("freezes what it shares, so one caller cannot change what the next one gets", () => {
    const words = recentlyRead((text: string) => text.split(" "));
    const first = words("a b");
    expect(() => first.push("c")).toThrow(TypeError);
    expect(words("a b")).toEqual(["a", "b"]);
  });
});
