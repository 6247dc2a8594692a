// Older people write to the bot as to a younger person: "Chào em, nhà chị có chị 35 tuổi, chồng chị 38…". The
// bot is "em"; the writer calls herself "chị" (or himself "anh"). Read so, the writer is "tôi" and the bot "bạn".
const ADDRESSES_BOT_AS_EM = /\b(?:chao|hi|alo|oi|nho|giup|hoi|cam on|cho) em\b|\bem (?:oi|a)\b/;
const KIN_AS_SELF = /\b(?:chi|anh)\b/;
// "nhà chị", "chồng chị", "cho chị hỏi", "chị 35 tuổi", "chị muốn": the pronoun in the writer's own places.
// (Not "chị gái", "anh trai", "chị dâu", "anh rể": relatives; not "chỉ" (only), which folds the same.)
const SELF_PLACES: [RegExp, string][] = [
  [
    /\b(nha|chong|vo|con|me chong|bo chong|me vo|bo vo|em chong|em vo|cho|giup|voi|va|cua|ong xa|ba xa) (chi|anh)\b(?! (?:gai|trai|dau|re|ho|ca|ruot|chong|vo)\b)/g,
    "$1 toi",
  ],
  [/\b(chi|anh) (\d{2}) tuoi\b/g, "toi $2 tuoi"],
  [
    /(^ |[,.] |\bthi |\bma )(chi|anh) (muon|hoi|can|dinh|dang|la|o nha|lam|khong|ko|chua|da|nghe|tinh|mua|dong)\b/g,
    "$1toi $3",
  ],
];

/** Folded text with the writer's kin pronoun ("chị", "anh") read as "tôi" when the writer calls the bot "em". */
export function speakerAsWriter(folded: string): string {
  if (!ADDRESSES_BOT_AS_EM.test(folded) || !KIN_AS_SELF.test(folded)) return folded;
  let read = folded.replace(/\b(chao|hi|alo|cam on) em\b/g, "$1 ban").replace(/\bem (oi|a)\b/g, "ban $1");
  for (const [place, writer] of SELF_PLACES) read = read.replace(place, writer);
  return read;
}
