import { describe, expect, it } from "vitest";
import { dateOf, dateSpanOf } from "../../../src/nlu/slots/dates.ts";
import { foldForSlots } from "../../../src/nlu/slots/extract-slots.ts";

const TODAY = "2026-11-23";
const read = (text: string) => dateSpanOf(foldForSlots(text), TODAY);

describe("parts of a month or a year", () => {
  it.each([
    ["cuối tháng 4", "2027-04-30"],
    ["cuoi thang 2", "2027-02-28"],
    ["cuối tháng 2/2028", "2028-02-29"],
    ["đầu tháng 5", "2027-05-01"],
    ["giữa tháng 12", "2026-12-15"],
    ["cuối tháng 6 năm sau", "2027-06-30"],
    ["cuối tháng 11 năm nay", "2026-11-30"],
    ["cuối tháng này", "2026-11-30"],
    ["đầu tháng sau", "2026-12-01"],
    ["đầu năm sau", "2027-01-01"],
    ["cuối năm nay", "2026-12-31"],
    ["cuối năm", "2026-12-31"],
    ["cuối năm 2027", "2027-12-31"],
    ["end of April", "2027-04-30"],
    ["the end of february 2028", "2028-02-29"],
    ["early May", "2027-05-01"],
    ["mid-December", "2026-12-15"],
    ["late June next year", "2027-06-30"],
    ["end of next month", "2026-12-31"],
    ["beginning of next year", "2027-01-01"],
  ])("%s → %s", (text, iso) => {
    expect(read(text)).toMatchObject({ slot: { iso }, dayAssumed: true });
  });

  it("says when the day was typed and when it was assumed", () => {
    expect(read("het han 15/3/2027")?.dayAssumed).toBe(false);
    expect(read("tháng 6 năm sau")).toMatchObject({ slot: { iso: "2027-06-01" }, dayAssumed: true });
    expect(read("15 March 2027")?.dayAssumed).toBe(false);
  });

  it("gives where the date was read, so the words can be taken out of a name", () => {
    const folded = foldForSlots("con út tháng 6 năm sau");
    const span = dateSpanOf(folded, TODAY)!;
    expect(folded.slice(span.index, span.index + span.length).trim()).toBe("thang 6 nam sau");
  });

  it("still reports a date that does not exist", () => {
    expect(dateOf(foldForSlots("31/2/2027"), TODAY)).toEqual({ invalid: "31/2/2027" });
    expect(dateOf(foldForSlots("cuối tháng 13"), TODAY)).toMatchObject({ invalid: "cuoi thang 13" });
  });
});
