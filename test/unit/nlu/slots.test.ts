import { beforeAll, describe, expect, it } from "vitest";
import { namedGroupReading } from "../../../src/nlu/named-group.ts";
import { ageOf, agesOf } from "../../../src/nlu/slots/age.ts";
import {
  createSlotExtractor,
  type ExtractSlots,
  foldForSlots,
  slotsFor,
} from "../../../src/nlu/slots/extract-slots.ts";
import { insuredElsewhereOf } from "../../../src/nlu/slots/insured-elsewhere.ts";
import { realContent } from "../../helpers/real-content.ts";
import { scored } from "../../helpers/scored-intent.ts";

const TODAY = "2026-11-23";
let extract: ExtractSlots;
beforeAll(async () => {
  extract = createSlotExtractor((await realContent()).policy.provinces);
});

describe("household size", () => {
  it.each([
    ["nhà tôi 4 người thì đóng bhyt bao nhiêu", 4],
    ["gia dinh minh 5 thanh vien", 5],
    ["nha 3 ng dong bhyt hgd", 3],
    ["hộ có bốn nhân khẩu", 4],
    ["2 vợ chồng và 2 con", 4],
    ["vợ chồng tôi với 3 đứa con", 5],
    ["bố mẹ và vợ chồng em", 4],
    ["a family of four", 4],
    ["we are 6 people", 6],
  ])("%s → %i", (text, size) => {
    expect(extract(text, TODAY).householdSize).toBe(size);
  });
  it("is not read from ages, money or unrelated numbers", () => {
    expect(extract("bé 4 tuổi đóng bao nhiêu", TODAY).householdSize).toBeUndefined();
    expect(extract("đóng 1.263.600đ cho 12 tháng", TODAY).householdSize).toBeUndefined();
  });
});

describe("members already insured elsewhere", () => {
  it.each([
    ["nhà 5 người, 2 người đã có thẻ bhyt ở công ty", 2],
    ["1 đứa có bhyt ở trường rồi", 1],
    ["two of them already have insurance", 2],
    // The household's count is not the number insured when someone else is named as having the card.
    ["nhà mình 6 người nhưng ông xã có bhyt cơ quan đóng rồi", 1],
    ["nhà 3 người mà mẹ tôi có thẻ hưu trí rồi", 1],
  ])("%s → %i", (text, count) => {
    expect(extract(text, TODAY).insuredElsewhere).toBe(count);
  });
  it("is not read from a plain household size", () => {
    expect(extract("nhà 5 người đóng bao nhiêu", TODAY).insuredElsewhere).toBeUndefined();
  });
});

describe("salary", () => {
  it.each([
    ["lương 10 triệu", 10_000_000],
    ["luong 10tr5", 10_500_000],
    ["lương 8,5 triệu", 8_500_000],
    ["lương 8.500.000đ", 8_500_000],
    ["salary 12000000 vnd", 12_000_000],
    ["lương 500k", 500_000],
    ["lương em 7 triệu rưỡi", 7_500_000],
    ["6 củ rưỡi", 6_500_000],
    ["lương 7 triệu 500", 7_500_000],
    ["lương 7 triệu 5", 7_500_000],
    ["7tr5", 7_500_000],
    ["lương bảy triệu", 7_000_000],
    ["mười triệu", 10_000_000],
    ["7.500k", 7_500_000],
    ["lương 7 triệu, 3 tháng", 7_000_000],
  ])("%s → %i", (text, amount) => {
    expect(extract(text, TODAY).salary).toBe(amount);
  });
  it("reads two old people ('2 cụ', 'hai cụ') as people, not two million ('2 củ')", () => {
    expect(extract("mẹ 68, bố 76, mua bhyt cho 2 cụ bao nhiêu", TODAY).salary).toBeUndefined();
    expect(extract("hai cụ nhà tôi đóng bao nhiêu", TODAY).salary).toBeUndefined();
    expect(extract("lương 2 củ thì đóng bao nhiêu", TODAY).salary).toBe(2_000_000);
  });
  it("does not read a date as an amount", () => {
    expect(extract("từ 1/7/2026", TODAY).salary).toBeUndefined();
  });
  it("does not take thousands said without a salary word for a salary", () => {
    expect(extract("so they are overcharging me 141k a month?", TODAY).salary).toBeUndefined();
    expect(extract("trừ thừa 291 nghìn mỗi tháng", TODAY).salary).toBeUndefined();
  });
});

describe("months", () => {
  it.each([
    ["đóng 3 tháng hết bao nhiêu", 3],
    ["dong 6 thang", 6],
    ["đóng cả năm", 12],
    ["đóng nửa năm", 6],
    ["how much for 12 months", 12],
    ["đóng sáu tháng", 6],
  ])("%s → %i", (text, months) => {
    expect(extract(text, TODAY).months).toBe(months);
  });
  it("does not take a month's name or a baby's age for a period", () => {
    expect(extract("từ tháng 3 đóng bao nhiêu", TODAY).months).toBeUndefined();
    expect(extract("bé 3 tháng tuổi", TODAY).months).toBeUndefined();
  });
  it("is kept only for intents that declare it (payment questions)", () => {
    const slots = extract("thẻ còn 3 tháng nữa hết hạn", TODAY);
    expect(slots.months).toBe(3);
    expect(slotsFor(slots, ["date"]).months).toBeUndefined();
    expect(slotsFor(slots, ["months"]).months).toBe(3);
  });
});

describe("payer group", () => {
  it.each([
    ["hộ cận nghèo đóng bao nhiêu", "near_poor"],
    ["ho ngheo co phai dong khong", "poor"],
    ["sinh viên năm nhất", "student"],
    ["tre duoi 6 tuoi", "child_under6"],
    ["hộ nông lâm ngư nghiệp có mức sống trung bình", "agri_household"],
    ["công nhân công ty may", "employee"],
    ["bhyt hộ gia đình", "household"],
    ["I'm a student", "student"],
  ])("%s → %s", (text, group) => {
    expect(extract(text, TODAY).payerGroup).toBe(group);
  });
});

describe("province", () => {
  it.each([
    ["đóng bhyt ở Đồng Tháp", "dong_thap", undefined],
    ["o dong thap dong bao nhieu", "dong_thap", undefined],
    ["hộ cận nghèo ở Hà Giang", "tuyen_quang", "Hà Giang"],
    ["tôi ở tiền giang", "dong_thap", "Tiền Giang"],
    ["mua bhyt ở sài gòn", "ho_chi_minh", undefined],
    ["tp hcm", "ho_chi_minh", undefined],
    ["ở tỉnh Quang Nom", "da_nang", "Quảng Nam"],
    ["in Da Nang", "da_nang", undefined],
  ])("%s → %s", (text, code, formerName) => {
    const province = extract(text, TODAY).province;
    expect(province?.code).toBe(code);
    expect(province?.formerName).toBe(formerName);
  });
  it("finds nothing where no place is named", () => {
    expect(extract("đóng bhyt ở đâu", TODAY).province).toBeUndefined();
    expect(extract("hai người đóng bao nhiêu", TODAY).province).toBeUndefined();
  });
});

describe("commune", () => {
  it.each([
    ["mua bhyt ở xã Hợp Thành, tỉnh Tuyên Quang", { kind: "xa", name: "Hợp Thành" }],
    ["phường Bến Nghé thì nộp ở đâu", { kind: "phuong", name: "Bến Nghé" }],
    ["xa Dong Hoa dong o dau", { kind: "xa", name: "Dong Hoa" }],
  ])("%s", (text, commune) => {
    expect(extract(text, TODAY).commune).toEqual(commune);
  });
  it("does not read 'xã hội' (society) or 'xa' (far) as a commune", () => {
    expect(extract("bảo hiểm xã hội tự nguyện", TODAY).commune).toBeUndefined();
    expect(extract("nha o xa qua", TODAY).commune).toBeUndefined();
  });
});

describe("dates", () => {
  it.each([
    ["thẻ hết hạn 15/3/2027", "2027-03-15"],
    ["het han ngay 1-7-2027", "2027-07-01"],
    ["từ tháng 6 năm sau", "2027-06-01"],
    ["từ tháng 7/2026", "2026-07-01"],
    ["từ tháng 12", "2026-12-01"],
    ["từ tháng 3", "2027-03-01"],
    ["hết hạn 20/1", "2027-01-20"],
    ["tháng sau", "2026-12-01"],
    ["expires on 5 March 2027", "2027-03-05"],
    ["from next July", "2027-07-01"],
  ])("%s → %s", (text, iso) => {
    expect(extract(text, TODAY).date).toMatchObject({ iso });
  });
  it("reports a date that does not exist instead of guessing", () => {
    expect(extract("hết hạn 31/2/2027", TODAY).date).toEqual({ invalid: "31/2/2027" });
    expect(extract("hết hạn 12/13/2027", TODAY).date).toEqual({ invalid: "12/13/2027" });
  });
});

describe("a short message that names a payer group", () => {
  const oos = scored("out_of_scope", 0.6);
  const elderly = scored("contribution.elderly_social", 0.23);
  it("is asked about that group when the group is the next likeliest, and answered when it is close behind", () => {
    expect(namedGroupReading("hưởng trợ cấp xã hội thì sao", oos, [elderly])).toEqual({
      reading: elderly,
      sure: false,
    });
    expect(namedGroupReading("trợ cấp xã hội", oos, [{ ...elderly, confidence: 0.55 }])?.sure).toBe(true);
  });
  it("is answered when the group's own intent leads, close to another question about paying (review D18)", () => {
    const student = scored("contribution.student", 0.62);
    const calculator = scored("contribution.calculator", 0.58);
    expect(namedGroupReading("tính tiền bhyt sinh viên", student, [calculator])).toEqual({
      reading: student,
      sure: true,
    });
    expect(
      namedGroupReading("tính tiền bhyt sinh viên", student, [scored("benefit.maternity", 0.58)]),
    ).toBeUndefined();
  });
  it("is only asked about when another intent comes between", () => {
    const other = scored("benefit.levels", 0.5);
    expect(namedGroupReading("hưởng trợ cấp xã hội thì sao", oos, [other, elderly])).toEqual({
      reading: elderly,
      sure: false,
    });
  });
  it("is left alone when long, when no group is named, or when the group is not among the likeliest", () => {
    const story = "mẹ tôi năm nay bảy mươi tuổi đang hưởng trợ cấp xã hội hằng tháng ở xã";
    expect(namedGroupReading(story, oos, [elderly])).toBeUndefined();
    expect(namedGroupReading("lương hưu bao nhiêu", oos, [elderly])).toBeUndefined();
    expect(namedGroupReading("trợ cấp xã hội thì sao", oos, [scored("benefit.levels", 0.3)])).toBeUndefined();
  });
});

describe("people left out of a household's count", () => {
  const left = (text: string) => insuredElsewhereOf(foldForSlots(text));
  it("counts people insured elsewhere, with words between them and their cover", () => {
    expect(left("nhà tôi 4 người, 1 đứa đang học cấp 3 có bhyt ở trường rồi")).toBe(1);
    expect(left("nhà 5 người, 2 người đã có thẻ ở công ty")).toBe(2);
  });
  it("counts children under 6 when the household is counted, once even when their card is named", () => {
    expect(left("nhà 4 người trong đó có 1 bé 2 tuổi")).toBe(1);
    expect(left("nhà 5 người có 2 cháu dưới 6 tuổi")).toBe(2);
    expect(left("nhà 3 người có con 5 tháng tuổi")).toBe(1);
    expect(left("4 people, one is a child of 2")).toBe(1);
    expect(left("nhà 5 người, chồng em có bhyt công ty rồi, bé 2 tuổi")).toBe(2);
    expect(left("nhà 4 người, bé 2 tuổi có thẻ trẻ em rồi")).toBe(1);
  });
  it("takes a child of school age named only by age as a pupil, unless out of school or no household is counted", () => {
    expect(left("nhà 4 người, con lớn 7 tuổi")).toBe(1);
    expect(left("nhà 5 người: vợ chồng tôi, 3 đứa con 16, 9 và 4 tuổi")).toBe(3);
    expect(left("nhà 4 người, con lớn 15 tuổi nghỉ học ở nhà phụ bố mẹ")).toBeUndefined();
    expect(left("nhà 3 người, con 17 tuổi đi làm thuê")).toBeUndefined();
    expect(left("nhà 5 người có 2 cháu dưới 6 tuổi")).toBe(2);
    expect(left("con 3 tuổi có phải mua bhyt không")).toBeUndefined();
    expect(left("con 8 tuổi mua bhyt hộ gia đình bao nhiêu")).toBeUndefined();
  });
});

describe("ages", () => {
  it("reads someone's age, not the bound of an age group", () => {
    expect(ageOf(foldForSlots("còn con lớn 7 tuổi thì sao"))).toBe(7);
    expect(ageOf(foldForSlots("còn trẻ em dưới 6 tuổi thì thế nào"))).toBeUndefined();
    expect(ageOf(foldForSlots("what about children under 6 years old"))).toBeUndefined();
    expect(agesOf(foldForSlots("người trên 80 tuổi, mẹ em 68 tuổi"))).toEqual([68]);
    expect(agesOf(foldForSlots("từ 65 đến dưới 75 tuổi, bố 70 tuổi"))).toEqual([70]);
  });
});
