import { foldWords } from "../core/fold.ts";

// "kê bố vào danh sách hộ gia đình", "tính vào hộ", "list my dad on the household form": someone put on the list of
// those who join as a household.
const ON_THE_LIST =
  /\b(?:ke|khai|dua|ghi|them|tinh|cho) (?:\w+ ){0,4}?(?:vao|trong|chung) (?:\w+ ){0,2}?(?:danh sach (?:\w+ ){0,2}?ho|ho gia dinh|hgd|ho|so ho)\b|\b(?:list|include|add|count|put|name)\w* (?:\w+ ){0,5}?(?:in|on|into|as part of) (?:the |our |my )?(?:household|family) (?:list|form|insurance|card|plan)?/;
// …asked as yes or no: "có cần … không", "có phải … không", "do I need to".
const YES_NO =
  /\b(?:co can|can|co phai|phai|co bat buoc|khong|ko|k|hong|chua|do i|do we|should|must|have to|need to|does (?:he|she) (?:need|have) to)\b/;

/** Whether a message asks if someone must be put on the household's list for insurance ("có cần kê bố vào…"). */
export function asksListedInHousehold(text: string): boolean {
  const folded = ` ${foldWords(text.replaceAll("'", " "))} `;
  return ON_THE_LIST.test(folded) && YES_NO.test(folded);
}
