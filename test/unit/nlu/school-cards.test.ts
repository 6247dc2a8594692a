import { describe, expect, it } from "vitest";
import { foldForSlots } from "../../../src/nlu/slots/extract-slots.ts";
import { schoolCardsOf } from "../../../src/nlu/slots/school-cards.ts";

describe("school cards beside a household's sum", () => {
  it.each([
    ["nhà 6 người, con lớn học lớp 10, con nhỏ 3 tuổi, bố có lương hưu", { pupils: 1, students: 0 }],
    ["nha e 5 ng, 1 dua hoc dai hoc, 1 dua hoc cap 3", { pupils: 1, students: 1 }],
    ["family of 4, my son is at university and my daughter is in grade 8", { pupils: 1, students: 1 }],
    ["nhà 5 người, 2 đứa đi học có thẻ ở trường rồi, chồng đi làm công ty", { pupils: 2, students: 0 }],
  ])("counts the pupils and students of %j", (message, cards) => {
    expect(schoolCardsOf(foldForSlots(message))).toEqual(cards);
  });

  it.each([
    "nhà 4 người, vợ là giáo viên trường cấp 2",
    "nhà 3 người, bố có lương hưu",
    "nhà 4 người, mua bhyt hộ gia đình 12 tháng",
  ])("names no school card in %j", (message) => {
    expect(schoolCardsOf(foldForSlots(message))).toBeUndefined();
  });
});
