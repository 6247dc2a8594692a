// How Vietnamese legal citations read in English: document numbers stay as issued, kinds and parts are translated
// ("Luật BHYT sửa đổi 51/2024/QH15 (Điều 12 khoản 3)" → "Law 51/2024/QH15 amending the Law on Health Insurance
// (Art. 12 cl. 3)"). Checked in order; each replaces whole words only.
const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
const GLOSSARY: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [/Luật BHYT sửa đổi ([^\s;,()]+)/gu, "Law $1 amending the Law on Health Insurance"],
  [/Luật BHYT ([^\s;,()]+)/gu, "Law on Health Insurance $1"],
  [/sửa đổi bởi Luật/gu, "amended by Law"],
  [/Luật ([^\s;,()]+)/gu, "Law $1"],
  [/Nghị định ([^\s;,()]+)/gu, "Decree $1"],
  [/Nghị quyết ([^\s;,()]+) của Bộ Chính trị/gu, "Politburo Resolution $1"],
  [/Nghị quyết ([^\s;,()]+)/gu, "Resolution $1"],
  [/\bNQ ([^\s;,()]+)/gu, "Resolution $1"],
  [/Thông tư ([^\s;,()]+)/gu, "Circular $1"],
  [/(?:Quyết định|\bQĐ) ([^\s;,()]+)/gu, "Decision $1"],
  [/(?:Công văn|\bCV) ([^\s;,()]+)/gu, "Official Letter $1"],
  [/\bKH ([^\s;,()]+)/gu, "Plan $1"],
  [/kế hoạch năm (\d{4}) của huyện ([^,;)]+)/gu, "$2 district's plan for $1"],
  [/giữ quy định của/gu, "keeping the rules of"],
  [
    /về tổ chức BHXH tỉnh và BHXH cơ sở/gu,
    "on the organisation of provincial and local social insurance offices",
  ],
  [/số định danh cá nhân thay mã số BHXH/gu, "personal ID number replaces the BHXH code"],
  [/Hướng dẫn sử dụng ứng dụng VssID của BHXH Việt Nam/gu, "Vietnam Social Security's VssID user guide"],
  [/Mẫu số (\d+)/gu, "Form $1"],
  [
    /\btừ (\d{1,2})\/(\d{1,2})\/(\d{4})/gu,
    (_match: string, day: string, month: string, year: string) =>
      `in force from ${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`,
  ],
  [/\bthêm (\d+)%/gu, "a further $1%"],
  [/Điều (\d+)/gu, "Art. $1"],
  [/khoản (\d+)/gu, "cl. $1"],
  [/điểm (\p{L})/gu, "pt. $1"],
  [/(?<=\s)và(?=\s)/gu, "and"],
  [/ TP\.HCM/gu, " of Ho Chi Minh City"],
  [/TP\.HCM/gu, "Ho Chi Minh City"],
];

/** A legal citation as English readers see it; the document numbers are kept as issued. */
export function lawInEnglish(citation: string): string {
  return GLOSSARY.reduce(
    (text, [pattern, english]) =>
      typeof english === "string" ? text.replace(pattern, english) : text.replace(pattern, english),
    citation,
  );
}
