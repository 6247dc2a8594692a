import { describe, expect, it } from "vitest";
import { terminalChatApp } from "../helpers/test-app.ts";

const { redis, chat } = terminalChatApp(2);

describe("terminal chat, piped (sessions in Redis)", () => {
  it("greets, answers the near-poor question with today's figures and its source", async () => {
    const out = await chat(["chào", "hộ cận nghèo đóng bhyt bao nhiêu"], "dialogue-1");
    const [greeting, answer] = out
      .trim()
      .split(/\n\n(?=\S)/)
      .filter(Boolean);
    expect(greeting).toMatch(/chào/i);
    expect(out).toContain("70%");
    expect(out).toContain("34.155 đ");
    expect(out).toContain("Căn cứ:");
    expect(out).toContain("188/2025/NĐ-CP");
    expect(answer).toBeDefined();
  });

  it("turns buttons into a numbered list and understands the number typed back", async () => {
    const out = await chat(["/help", "2"], "dialogue-2");
    const [menu, answer = ""] = out.split(/\(Gõ số để chọn\.\)\n/);
    expect(menu).toMatch(/\n2\. .+\n/);
    expect(menu).not.toContain("Căn cứ:");
    expect(answer).toContain("Căn cứ:");
  });

  it("answers an English question in English", async () => {
    const out = await chat(["how much do students pay for health insurance"], "dialogue-3");
    expect(out).toContain("56,925 VND");
    expect(out).toContain("Legal basis:");
  });

  it("answers both questions of a message that asks two things", async () => {
    const out = await chat(["hộ cận nghèo đóng bhyt bao nhiêu? còn đăng ký thì ở đâu"], "dialogue-8");
    expect(out).toContain("34.155 đ");
    expect(out).toMatch(/Bưu điện/);
    expect(out.match(/Căn cứ:/g)).toHaveLength(2);
  });

  it("answers a long letter's main question, then its other asks, each offered once", async () => {
    const letter =
      "Chào luật sư, tôi là công nhân ở khu công nghiệp, năm ngoái công ty cho nghỉ việc nên thẻ BHYT theo công ty " +
      "đã hết hạn từ tháng 3. Nay tôi muốn mua BHYT hộ gia đình cho cả nhà. Xin hỏi hộ cận nghèo đóng bao nhiêu tiền? " +
      "Còn đăng ký ở đâu? Và thủ tục cần giấy tờ gì? Mong được giải đáp.";
    const out = await chat([letter], "dialogue-9");
    // The main question first; of the other two asks one is answered in full and one offered as a button.
    expect(out.indexOf("Hộ cận nghèo được Nhà nước hỗ trợ ít nhất 70%")).toBe(0);
    expect(out).toContain("Bạn tính cho mấy người?");
    expect(out).toMatch(/Bưu điện|\d\. Nơi đăng ký, đóng BHYT/u);
    expect(out).toMatch(/Mẫu số 2|\d\. Giấy tờ cần chuẩn bị/u);
    // Each other ask once: answered, or offered as one button, never both ways or twice.
    for (const topic of [/\d+\. Nơi đăng ký, đóng BHYT/gu, /\d+\. Giấy tờ cần chuẩn bị/gu])
      expect((out.match(topic) ?? []).length).toBeLessThanOrEqual(1);
    expect(/Bạn có thể đăng ký và đóng BHYT hộ gia đình tại|Mẫu số 2/u.test(out)).toBe(true);
  });

  it("offers the next likeliest topics under a long story's answer, each once", async () => {
    const story =
      "Mẹ tôi năm nay 72 tuổi, ở với vợ chồng tôi, trước đây mẹ có thẻ BHYT theo hộ gia đình nhưng năm ngoái quên " +
      "gia hạn nên thẻ đã hết hạn từ tháng 5. Nay tôi muốn mua lại cho mẹ thì thẻ mới bao lâu sau khi đóng tiền " +
      "mới có giá trị sử dụng?";
    const out = await chat([story], "dialogue-11");
    const [answer = "", maybe = ""] = out.split("Có thể bạn cũng muốn biết:");
    expect(answer).toContain("Căn cứ:");
    const buttons = (part: string) => part.match(/^\d+\. .+$/gmu) ?? [];
    expect(buttons(maybe).length).toBeGreaterThanOrEqual(1);
    const labels = [...buttons(answer), ...buttons(maybe)].map((line) => line.replace(/^\d+\. /u, ""));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("points a question outside health insurance to the service that answers it", async () => {
    const out = await chat(
      [
        "Tôi đóng bảo hiểm xã hội được 8 năm, nay nghỉ việc muốn rút BHXH một lần thì làm ở đâu, mất bao lâu?",
      ],
      "dialogue-10",
    );
    expect(out).toContain("Rút bảo hiểm xã hội một lần là chế độ của bảo hiểm xã hội");
    expect(out).toContain("1900 9068");
    expect(out).not.toContain("Căn cứ:");
  });

  it("remembers the chosen language across conversations (stored in Redis)", async () => {
    await chat(["/lang en"], "dialogue-4");
    const later = await chat(["bhyt hộ gia đình đóng bao nhiêu"], "dialogue-4");
    expect(later).toContain("113,850 VND");
    expect(later).not.toContain("113.850 đ");
  });

  it("tells the user it does not need their ID number, and does not store it", async () => {
    const out = await chat(["cccd của tôi là 079203001234, cận nghèo đóng bao nhiêu"], "dialogue-5");
    expect(out).toContain("không cần số CCCD");
    const stored = await redis.get("bhyt:v1:{console:dialogue-5}:session");
    expect(stored).not.toBeNull();
    expect(stored).not.toContain("079203001234");
  });

  it("falls back politely with the hotline for things outside BHYT", async () => {
    const out = await chat(["thời tiết hà nội ngày mai thế nào"], "dialogue-6");
    expect(out).toContain("1900 9068");
  });

  it("asks to shorten an oversized message instead of cutting it", async () => {
    const out = await chat(["bảo hiểm ".repeat(300)], "dialogue-7");
    expect(out).toMatch(/dài quá \([\d.]+ ký tự\)/);
  });
});
