import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/dialogue/create-bot.ts";
import { chatLines, createTestApp, fixedClock, testRedis } from "../helpers/test-app.ts";

const redis = testRedis(3);
let bot: Bot;

beforeAll(async () => {
  await redis.flushdb();
  ({ bot } = await createTestApp(redis, fixedClock("2026-11-23T03:00:00Z")));
});
afterAll(() => redis.quit());

const chat = (lines: string[], userId: string) => chatLines(bot, lines, userId);

describe("contribution calculator in the conversation", () => {
  it("asks only what is missing, one question at a time, then gives the breakdown", async () => {
    const out = await chat(["nhà tôi 4 người thì đóng bảo hiểm y tế bao nhiêu?", "12"], "calc-1");
    expect(out).toContain("mấy tháng");
    expect(out).toContain("Người thứ 4: 56.925 đ");
    expect(out).toContain("318.780 đ/tháng, tức 3.825.360 đ cho 12 tháng");
    expect(out).toContain("Nghị định 161/2026/NĐ-CP");
  });

  it("answers at once when the message says everything", async () => {
    const out = await chat(["bhyt hộ gia đình 5 người đóng 12 tháng hết bao nhiêu"], "calc-2");
    expect(out).not.toContain("mấy tháng");
    expect(out).toContain("4.371.840 đ cho 12 tháng");
  });

  it("leaves household members already insured elsewhere off the ladder", async () => {
    const out = await chat(
      ["nhà tôi 5 người, 2 người đã có thẻ ở công ty, đóng bhyt hộ gia đình 12 tháng bao nhiêu"],
      "calc-10",
    );
    expect(out).toContain("3.142.260 đ cho 12 tháng");
    expect(out).toContain("Không tính 2 người");
  });

  it("uses the rules in force on a later date and says so", async () => {
    const out = await chat(["từ tháng 7 năm sau đóng bhyt hộ gia đình 3 người 6 tháng bao nhiêu"], "calc-3");
    expect(out).toContain("01/07/2027");
    expect(out).toContain("Nếu Nhà nước thay đổi lương cơ sở");
    expect(out).toContain(`${(113_850 + 79_695 + 68_310) * 6}`.replace(/\B(?=(\d{3})+$)/g, "."));
  });

  it("says which base applies when a change falls inside the period, and that a top-up is unconfirmed", async () => {
    const out = await chat(["hộ gia đình 5 người đóng 12 tháng từ ngày 1/3/2026 bao nhiêu"], "calc-4");
    expect(out).toContain("4.043.520 đ cho 12 tháng");
    expect(out).toContain("Từ 01/07/2026: lương cơ sở 2.530.000 đ (Nghị định 161/2026/NĐ-CP)");
    expect(out).toContain("chưa có hướng dẫn chính thức");
    expect(out).toContain("218.880 đ");
  });

  it("walks a generic request through group and people with numbered answers", async () => {
    const out = await chat(["tính giúp tôi tiền bảo hiểm y tế", "2", "3"], "calc-5");
    expect(out).toContain("Bạn thuộc nhóm nào?");
    expect(out).toContain("Bạn tính cho mấy người?");
    // No province has its own near-poor level in force today, so the province is not asked.
    expect(out).not.toContain("Bạn ở tỉnh/thành nào?");
    expect(out).toContain("102.465 đ/tháng");
  });

  it("refuses an impossible period or date with the reason, keeps what it had, and asks again", async () => {
    const months = await chat(["nhà 3 người đóng bhyt hộ gia đình bao nhiêu", "4", "6"], "calc-6");
    expect(months).toContain("3, 6 hoặc 12 tháng. Bạn chọn");
    expect(months).toContain(`${(113_850 + 79_695 + 68_310) * 6}`.replace(/\B(?=(\d{3})+$)/g, "."));
    const date = await chat(
      ["hộ gia đình 2 người đóng 12 tháng ngày 31/2/2027 hết bao nhiêu", "1/3/2027"],
      "calc-7",
    );
    expect(date).toContain("Ngày này không có thật");
    expect(date).toContain("01/03/2027");
    expect(date).toContain(`${(113_850 + 79_695) * 12}`.replace(/\B(?=(\d{3})+$)/g, "."));
  });

  it("gives an employee's split from a salary typed in words", async () => {
    const out = await chat(["lương 10 triệu thì người lao động đóng bhyt bao nhiêu"], "calc-8");
    expect(out).toContain("công ty đóng 300.000 đ (3%, tức 3.600.000 đ/năm), bạn đóng 150.000 đ");
  });

  it("drops the question when the user asks something else, so a later number is a menu pick", async () => {
    const out = await chat(
      ["nhà tôi 4 người đóng bhyt bao nhiêu", "đăng ký bhyt hộ gia đình ở đâu"],
      "calc-9",
    );
    expect(out).toContain("Bưu điện");
    const session = JSON.parse((await redis.get("bhyt:v1:{console:calc-9}:session")) ?? "{}");
    expect(session.flow?.id).not.toBe("calc");
  });
});

describe("calculator: odd answers keep what was gathered", () => {
  it("reads a province answered in one syllable, an abbreviation or with a typo", async () => {
    for (const [answer, name, amount] of [
      ["Huế", "Huế", "56.925 đ/tháng"],
      ["hcm", "TP. Hồ Chí Minh", "Bạn không phải đóng"],
      ["Dong Thapp", "Đồng Tháp", "56.925 đ/tháng"],
    ]) {
      // TP.HCM has its own level for pupils, so a pupil is asked the province (a university student is not).
      const out = await chat(["học sinh cấp 3 đóng bhyt 12 tháng bao nhiêu", answer!], `calc-p-${answer}`);
      expect(out).toContain("Bạn ở tỉnh/thành nào?");
      expect(out).toContain(amount!);
      expect(out).toContain(name!);
    }
  });

  it("runs a command typed while a question waits, instead of reading it as a wrong answer", async () => {
    const out = await chat(["hộ 4 người đóng bao nhiêu", "/lang en", "12"], "calc-cmd");
    expect(out.match(/mấy tháng/g)).toHaveLength(1);
    expect(out).toContain("English");
    // The question was dropped: "12" is read afresh, in English, not as the months of the calculation.
    expect(out).not.toContain("3.825.360");
  });

  it("asks again when a short answer does not fit, instead of forgetting the question", async () => {
    const out = await chat(["người lao động đóng bhyt bao nhiêu", "2", "50", "10 triệu"], "calc-11");
    expect(out).toContain("Tiền lương tháng dùng để đóng BHXH");
    expect(out).toContain("chưa đọc được số tiền lương");
    expect(out).toContain("bạn đóng 150.000 đ");
  });

  it("does not subtract people insured elsewhere twice when the members question already left them out", async () => {
    const out = await chat(["đóng bhyt hộ gia đình 12 tháng bao nhiêu, 2 đứa đã có thẻ rồi", "3"], "calc-16");
    expect(out).toContain("Nhà bạn có bao nhiêu người");
    expect(out).toContain(`${(113_850 + 79_695 + 68_310) * 12}`.replace(/\B(?=(\d{3})+$)/g, "."));
  });

  it("takes everything an answer says, not only what was asked", async () => {
    const out = await chat(["tính tiền bhyt giúp tôi", "hộ cận nghèo ở Đồng Tháp, 3 người"], "calc-12");
    expect(out).not.toContain("Bạn ở tỉnh/thành nào?");
    expect(out).toContain(`${34_155 * 3}`.replace(/\B(?=(\d{3})+$)/g, "."));
  });

  it("treats a former province before the merger as its own province", async () => {
    const out = await chat(["hộ cận nghèo ở Tiền Giang đóng bhyt ngày 1/10/2024 bao nhiêu", "1"], "calc-13");
    expect(out).toContain("Trước 12/6/2025, Tiền Giang là tỉnh riêng");
    expect(out).toContain("31.590 đ/tháng");
  });

  it("drops the pending question when another button is pressed", async () => {
    await chat(["nhà tôi 4 người thì đóng bảo hiểm y tế bao nhiêu?"], "calc-14");
    const session = JSON.parse((await redis.get("bhyt:v1:{console:calc-14}:session")) ?? "{}");
    expect(session.flow.awaiting).toBe("months");
    const after = await bot.handle({
      ref: { channel: "console", userId: "calc-14" },
      action: "intent:enroll.where",
      receivedAt: new Date(),
    });
    expect(after.replies[0]!.text).toContain("Bưu điện");
    const stored = JSON.parse((await redis.get("bhyt:v1:{console:calc-14}:session")) ?? "{}");
    expect(stored.flow?.id).not.toBe("calc");
  });

  it("keeps the menu when a message is refused for being empty or too long", async () => {
    const out = await chat(["tính tiền bhyt giúp tôi", "x".repeat(2500), "1"], "calc-15");
    expect(out).toMatch(/dài quá/);
    expect(out).toContain("Nhà bạn có bao nhiêu người");
  });
});

describe('"who pays?" triage', () => {
  it("ignores a forged step name instead of crashing", async () => {
    const reply = await bot.handle({
      ref: { channel: "console", userId: "triage-2" },
      action: "triage:constructor",
      receivedAt: new Date(),
    });
    expect(reply.replies.length).toBeGreaterThan(0);
  });

  it("places a person in a payer group and leads to the answer, enrollment and the calculator", async () => {
    const out = await chat(["ai sẽ đóng bhyt cho tôi, tôi thuộc nhóm nào", "2", "2", "6", "1"], "triage-1");
    expect(out).toContain("hợp đồng lao động từ đủ 1 tháng");
    expect(out).toContain("lương hưu");
    expect(out).toContain("Trẻ em dưới 6 tuổi");
    expect(out).toContain("hỗ trợ một phần tiền đóng");
    const last = out
      .trim()
      .split(/\n\n(?=\S)/)
      .slice(-2)
      .join("\n");
    expect(last).toMatch(/Hộ cận nghèo/);
    expect(last).toContain("Tính số tiền cho tôi");
  });
});

describe("where an answer's figures come from", () => {
  it("names the base salary the amounts use, with its decree and date, on the day asked", async () => {
    const ask = async (at: string, text: string) => {
      const { bot: botAt } = await createTestApp(redis, fixedClock(at));
      const response = await botAt.handle({
        ref: { channel: "console", userId: `figures-${at}` },
        text,
        receivedAt: new Date(at),
      });
      return response.replies.map((r) => r.text).join("\n");
    };
    const now = await ask("2026-11-23T03:00:00Z", "hộ cận nghèo đóng bhyt bao nhiêu");
    expect(now).toContain("34.155 đ/tháng");
    expect(now).toContain("mức lương cơ sở 2.530.000 đ áp dụng từ 01/07/2026 (Nghị định 161/2026/NĐ-CP)");
    const earlier = await ask("2026-03-01T03:00:00Z", "hộ cận nghèo đóng bhyt bao nhiêu");
    expect(earlier).toContain("mức lương cơ sở 2.340.000 đ áp dụng từ 01/07/2024");
    // An answer without amounts has no such line, even when its percentages come from the same data.
    expect(await ask("2026-11-23T03:00:00Z", "mất thẻ bhyt thì làm lại thế nào")).not.toContain(
      "lương cơ sở",
    );
    expect(await ask("2026-11-23T03:00:00Z", "hộ nghèo có phải đóng bhyt không")).not.toContain("💰");
  });
});
