// Why a change was refused, in the clerk's words, beside the field it is about ({name}, {link}… filled in).
/** The refusals' words in each language, read through the console's labels (`labels.issue`). */
export const ISSUE_WORDS = {
  vi: {
    unknownVariable:
      "{name} không phải số liệu điền tự động của chủ đề này. Chỉ dùng các số liệu ghi ở đầu trang, hoặc viết thẳng con số.",
    linkNotAllowed:
      "Đường dẫn {link} không nằm trong danh sách trang chính thức được phép. Dùng trang chính thức (ví dụ https://dichvucong.gov.vn) hoặc nhờ người vận hành thêm trang này.",
    translatorSyntax: 'Có ký hiệu "$t(" hoặc "{{-" mà bot không hiển thị được; hãy viết thành chữ thường.',
    tooLong: 'Dài {length} ký tự, cần dưới {limit}: đưa phần chi tiết sang ô "Xem thêm" hoặc viết gọn lại.',
    titleTooLong: "Tiêu đề tối đa 40 ký tự (đây là chữ trên nút bấm).",
    empty: "Ô này không được để trống.",
    duplicateExample: "Câu này đã là câu hỏi mẫu của chủ đề.",
    noVersion: "Không có phiên bản này; chọn một phiên bản trong danh sách.",
  },
  en: {
    unknownVariable:
      "{name} is not one of this topic's filled-in figures. Use only the figures listed at the top, or write the number itself.",
    linkNotAllowed:
      "The link {link} is not on the list of allowed official sites. Use an official site (e.g. https://dichvucong.gov.vn) or ask the operator to add it.",
    translatorSyntax: 'It contains "$t(" or "{{-", which the bot cannot show; write it as plain text.',
    tooLong: 'It is {length} characters; keep it under {limit}: move details to "More" or shorten it.',
    titleTooLong: "The title is at most 40 characters (it is the text on a button).",
    empty: "This field cannot be empty.",
    duplicateExample: "This is already an example question of the topic.",
    noVersion: "There is no such version; pick one from the list.",
  },
} as const;
