import { describe, expect, it } from "vitest";
import { readExpiries } from "../../../src/features/reminders/read-expiries.ts";

const TODAY = "2026-11-23";
const cardsOf = (text: string) => readExpiries(text, TODAY).cards.map((c) => [c.label, c.expiry]);

describe("reading expiry dates per person", () => {
  it.each([
    [
      "vợ 20/5/2027 còn chồng 1/6/2027",
      [
        ["vợ", "2027-05-20"],
        ["chồng", "2027-06-01"],
      ],
    ],
    [
      "bố 15/3/2027 rồi mẹ 20/4/2027",
      [
        ["bố", "2027-03-15"],
        ["mẹ", "2027-04-20"],
      ],
    ],
    [
      "dad 15/3/2027 then mum 30/4/2027",
      [
        ["dad", "2027-03-15"],
        ["mum", "2027-04-30"],
      ],
    ],
    [
      "ông 1/2/2027 với bà 2/2/2027; con 3/2/2027",
      [
        ["ông", "2027-02-01"],
        ["bà", "2027-02-02"],
        ["con", "2027-02-03"],
      ],
    ],
    [
      "bố 15/3/2027 mẹ 20/4/2027",
      [
        ["bố", "2027-03-15"],
        ["mẹ", "2027-04-20"],
      ],
    ],
    ["vợ và chồng 1/6/2027", [["vợ chồng", "2027-06-01"]]],
    ["bố mẹ cùng hết hạn cuối tháng 4", [["bố mẹ", "2027-04-30"]]],
    ["bé Na tháng 6 năm sau", [["bé Na", "2027-06-01"]]],
    ["March 15, 2027", [["", "2027-03-15"]]],
  ])("%s", (text, cards) => {
    expect(cardsOf(text)).toEqual(cards);
  });

  it.each([
    "tháng 6 năm sau",
    "thẻ bhyt nhà tôi 5 người hết hạn 30/6/2027, nhắc tôi nhé",
    "15 March 2027",
    "remind me to renew our cards 15/3/2027",
    "the end of April",
    "đầu năm sau",
  ])("leaves no filler as a label: %s", (text) => {
    expect(cardsOf(text).map(([label]) => label)).toEqual([""]);
  });

  it("keeps names that fold like fillers", () => {
    expect(cardsOf("me 15/3/2027")).toEqual([["me", "2027-03-15"]]);
    expect(cardsOf("em gái 3/3/2027")).toEqual([["em gái", "2027-03-03"]]);
    expect(cardsOf("con út 3/3/2027")).toEqual([["con út", "2027-03-03"]]);
    expect(cardsOf("remind me: dad 3/3/2027")).toEqual([["dad", "2027-03-03"]]);
  });

  it("says which words gave a day it assumed", () => {
    expect(readExpiries("mẹ cuối tháng 4", TODAY).cards[0]?.assumed).toBe("cuối tháng 4");
    expect(readExpiries("mẹ 30/4/2027", TODAY).cards[0]?.assumed).toBeUndefined();
  });

  it("sorts expired cards, dates that do not exist and people without a date", () => {
    expect(readExpiries("bố 15/11/2026, mẹ 31/2/2027, con 1/6/2027, bà nội", TODAY)).toEqual({
      cards: [{ label: "con", expiry: "2027-06-01" }],
      expired: [{ label: "bố", expiry: "2026-11-15" }],
      notDates: ["31/2/2027"],
      unread: ["bà nội"],
    });
  });

  it("reports a name before a comma and another person as missing its date", () => {
    expect(readExpiries("mẹ, bố 15/3/2027", TODAY)).toMatchObject({
      cards: [{ label: "bố" }],
      unread: ["mẹ"],
    });
  });

  it("counts a card expiring today as not expired yet", () => {
    expect(readExpiries("het han 23/11/2026", TODAY).cards).toEqual([{ label: "", expiry: TODAY }]);
  });
});
