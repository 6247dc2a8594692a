import { describe, expect, it } from "vitest";
import { terminalChatApp } from "../helpers/test-app.ts";

const { redis, chat } = terminalChatApp(5);

describe("where to enroll, from a commune typed loosely", () => {
  it("lists the places of the commune named in the question, best first, marked as sample data", async () => {
    const out = await chat(["mua bhyt hộ gia đình ở xã Hợp Thành ở đâu"], "where-1");
    expect(out).toContain("Nơi hỏi, đăng ký, đóng BHYT ở Hợp Thành (Tuyên Quang)");
    const agent = out.indexOf("Điểm thu BHXH, BHYT xã Hợp Thành");
    const office = out.indexOf("BHXH cơ sở Sơn Dương");
    expect(agent).toBeGreaterThan(-1);
    expect(office).toBeGreaterThan(agent);
    expect(out).toContain("dữ liệu mẫu");
    expect(out).toContain("không bao giờ hỏi mã OTP");
  });

  it("asks for the commune when none is given, and finds it typed without marks or with a typo", async () => {
    const out = await chat(["đăng ký bhyt ở đâu", "Tan Trao"], "where-2");
    expect(out).toContain("Bạn ở xã/phường nào?");
    expect(out).toContain("Nơi hỏi, đăng ký, đóng BHYT ở Tân Trào");
    const typo = await chat(["đóng bhyt ở đâu vậy", "xa Hop Thnh"], "where-3");
    expect(typo).toContain("Nơi hỏi, đăng ký, đóng BHYT ở Hợp Thành");
  });

  it("says plainly when it has no list for a commune, and still gives the general answer", async () => {
    const out = await chat(["đóng bhyt ở phường Bến Nghé ở đâu"], "where-4");
    expect(out).toContain("chưa có danh sách nơi đóng BHYT ở Bến Nghé");
    expect(out).toContain("dichvucong.gov.vn");
  });

  it("lets the user ask something else instead of naming a commune", async () => {
    await chat(["đăng ký bhyt ở đâu", "hộ cận nghèo đóng bao nhiêu tiền một tháng vậy ad"], "where-5");
    const session = JSON.parse((await redis.get("bhyt:v1:{console:where-5}:session")) ?? "{}");
    expect(session.flow).toBeUndefined();
    expect(session.lastIntent).toBe("contribution.near_poor");
  });
});
