// How people type what the slot readers read, said plainly before they read it.

/** "2 kids (3 years and 9 years)", "my son, 4 yrs": children's ages written without "old". */
export const CHILD_AGES =
  /\b(?:kids?|children|child|sons?|daughters?|boys?|girls?)\b[ ,]*(?:\d{1,2} ?(?:years?|yrs?|y)\b(?! old)(?:[ ,]*(?:and|&|,)[ ,]*)?)+/g;
/** "mk 19t đi làm cty": "mk" for "mình" (the writer) in teen code, beside an age or what they do. */
export const WRITER_MK =
  /\bmk\b(?= (?:\d|di |lam |dang |la |o |hoc |va |voi |thi |muon |chi |cung |nam |tu ))|(?<=\b(?:nha|cua|cho|ma|vo chong|bo me) )mk\b/g;
/** "e 30t, chồng 32t": "t" after a person's number is "tuổi" (an amount says "tr" or "k"). */
export const PERSON_AGE_T =
  /\b(e|em|toi|minh|tui|dua|chong|vo|ck|vk|bo|me|ma|cha|con|be|chau|ong|ba|anh|chi|noi|ngoai|trai|gai|lon|nho|ut|xa) (\d{1,3}) ?t\b/g;
/** "2 cụ", "hai cụ" (two old people), which fold as "2 củ" (two million) does: told apart before folding. */
export const ELDERS_COUNTED = /((?:^|\s)(?:\d|hai|ba|bốn))\s*cụ(?=\s|$|[,.?!])/giu;
/** "con gái lớp 6 con trai 3 tuổi": a second child named right after the first's grade or age, a clause of its own. */
export const SECOND_CHILD =
  /\b((?:lop|grade) \d{1,2}|\d{1,2} tuoi)( (?:con (?:trai|gai|ut|lon|nho)|thang (?:lon|nho|ut|cu)|be (?:lon|nho|ut)|chau (?:trai|gai)))\b/g;
// "3 đứa con 15t, 11t, 5t": after one age written "15t" is read as "15 tuổi", the ages listed after it are ages too
// (a pass reads one more of them: the slot fold makes three).
/** An age written "Nt" right after an age in a list. */
export const LISTED_AGE_T = /(?<=\btuoi\s*(?:,|va|and)\s*)(\d{1,2}) ?t\b/g;
