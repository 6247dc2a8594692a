// How a message says it is about one person only: living alone, one's own card, one relative bought for.

/** "I live alone", "chỉ có mình tôi": a household of one. */
export const LIVES_ALONE =
  /\b(?:i live alone|i live by myself|i live on my own|living alone|(?:it s |its )?(?:only|just) (?:me|myself|for me)|(?:buy|pay for|get) (?:it |insurance |health insurance |bhyt |a card )?(?:for )?(?:myself|by myself|on my own)|(?<!\bnuoi(?: \w+){1,3} )(?:1|mot) minh\b(?! (?:nuoi|lo|cham|di lam|kiem))|chi co minh (?:toi|em|e|minh)|(?:chi )?minh (?:em|e|toi|tui) thoi|for (?:a single|one single|a lone|one|1) (?:person|adult|individual))\b/;
/** The writer's own card asked, whoever else is named. */
export const OWN_CARD_ONLY =
  /\b(?:my own (?:health )?(?:insurance|card|bhyt)|(?:minh|toi|em|e|tui) (?:mua|dong)(?: bhyt| bao hiem)? (?:1 minh|mot minh|cho rieng minh)|(?:bhyt|the|bao hiem) (?:cua )?rieng (?:toi|em|minh|tui)|(?:can|could|may) i (?:buy|get|join)(?: \w+){0,3} (?:health insurance|insurance|a card|card|bhyt)\b(?![^.?!]*\bfor (?:my|our|us|the|them|her|him|both|all|everyone)\b)(?![^.?!]*\b(?:we|us)\b)|how much (?:is (?:it |(?:household |health )?insurance |the card |a card |bhyt )?|would it be |does it cost )?for me\b(?! (?:and|&))(?![^.?!]*\b(?:we|us|our|and my)\b))\b/;
/** "chỉ mình vợ tôi thôi", "just my wife, 1 person": one member bought for. */
export const ONLY_ONE_MEMBER =
  /\b(?:chi (?:co )?(?:minh|mot minh|1 minh|rieng|mot|1) (?:vo|chong|me|bo|ba|ong|con|chau|be) (?:toi|em|e|minh|tui|no|thoi|ay)|(?:only|just) (?:my |our )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter|her|him|she|he)(?: ,)? (?:1|one) person|for (?:my |our )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter|her|him) (?:alone|only|on (?:her|his) own)|(?:only|just) for (?:my |our )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter|her|him)|cho (?:rieng )?(?:vo|chong|me|bo|ba|ong|con) (?:toi|em|minh|tui) (?:thoi|1 minh|mot minh)|chi (?:co )?(?:vo|chong|me|bo|ba|ong|con) (?:toi|em|minh|tui) thoi|chi con (?:lai )?(?:vo|chong|me|bo|ba|ong|con) (?:toi|em|minh|tui)(?= *[?.!,]? *$)|(?:just|only) (?:for )?(?:her|him)(?= *(?:[?.!,]|$)))\b/;
/** "mua bhyt cho vợ", "buy insurance for my husband": one relative bought for. */
export const FOR_ONE_RELATIVE =
  /\bhow much (?:would|will|does|is) (?:her|his|my (?:wife|husband|mother|mum|mom|father|dad) s) (?:own )?card\b(?! (?:and|&))|\bhow much (?:is (?:it |(?:household |health )?insurance |the card |a card |bhyt )?|would it be |does it cost )?for (?:my )?(?:wife|husband|mother|mum|mom|father|dad|sister|brother|her|him)\b(?! (?:and|&))|\b(?:price|cost) for (?:my )?(?:wife|husband|mother|mum|mom|father|dad|sister|brother|her|him)\b(?! (?:and|&))|\b(?:mua|dong|buy|pay for|get)(?: (?:bhyt|bao hiem|the|health insurance|insurance|household insurance|ho gia dinh|hgd|theo ho gia dinh|tam|them|giup|luon|it|one))* (?:cho|for) (?:my )?(?:vo|chong|me|ma|bo|wife|husband|mother|mum|mom|father|dad|her|him|anh ay|chi ay|ong ay|ba ay|co ay|chu ay)(?: (?:toi|em|minh|tui))?\b(?! (?:va|voi|and|con|&|me|ma|bo|ba|cha))/;
/** "hay phải mua riêng?", "does she buy one separately": the one relative named is bought for on their own. */
export const BUYS_SEPARATELY =
  /\b(?:phai|neu|thi|hay|co|can) (?:mua|dong|tham gia) rieng\b|\b(?:mua|dong) (?:bhyt |the |bao hiem )?rieng cho (?:co ay|chi ay|anh ay|vo|chong|me|bo|ba|ong)\b|\b(?:buy|buys|get|gets|pay|pays for) (?:it |one |a card |(?:her|his) own (?:card|insurance) |insurance |health insurance )?(?:separately|on (?:her|his) own|for (?:her|him)self)\b/;
/** "only me", "just myself". */
export const ONLY_ME = /\b(?:only|just) (?:me|myself)\b/;
