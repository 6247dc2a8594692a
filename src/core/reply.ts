/** A value an answer text can show; formatted per language when rendered. */
export type AnswerValue =
  | { kind: "vnd"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "date"; value: string }
  | { kind: "text"; value: string }
  /** A legal citation: shown as issued in Vietnamese, with kinds and parts translated in English. */
  | { kind: "law"; value: string }
  /** Opening hours as an office typed them in Vietnamese: days and joining words translated in English. */
  | { kind: "hours"; value: string }
  /** A place's name or address as the province listed it in Vietnamese: its "sample" marks translated in English. */
  | { kind: "place"; value: string };

/** A translatable text: an i18n key and its variables. */
export interface TextRef {
  key: string;
  /** A variable may itself be a text to translate (a relative's name in a line of a sum). */
  vars?: Record<string, AnswerValue | string | number | TextRef>;
  /** Lines shown under this text, one per line (a breakdown, a list of members). */
  lines?: TextRef[];
}

/** A button: its label and the action it sends back when pressed. */
export interface Choice {
  label: TextRef;
  action: string;
  /** The choice a typed yes or no picks ("ok", "dạ được", "thôi khỏi"), when the question asked is yes/no. */
  means?: "yes" | "no";
}

/** What a handler wants to say, before translation and channel formatting. */
export type Reply =
  | { kind: "text"; parts: TextRef[] }
  | { kind: "choices"; parts: TextRef[]; choices: Choice[] };

/** A translatable text reference. */
export function t(key: string, vars?: TextRef["vars"]): TextRef {
  return vars ? { key, vars } : { key };
}

/** A text followed by lines, one per line. */
export function withLines(head: TextRef, lines: TextRef[]): TextRef {
  return { ...head, lines };
}

/** A reply of one or more paragraphs of text. */
export function text(...parts: TextRef[]): Reply {
  return { kind: "text", parts };
}

/** A reply with buttons (or a numbered list where the channel has no buttons). */
export function choices(parts: TextRef[], options: Choice[]): Reply {
  return options.length > 0 ? { kind: "choices", parts, choices: options } : { kind: "text", parts };
}

/** A reply after translation: text and buttons with their labels, ready for a channel to format. */
export interface RenderedReply {
  text: string;
  buttons: { label: string; action: string }[];
}

/** Fails the type check when a union case is not handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** The replies of one turn with each button offered once: a later reply drops a choice an earlier one already has. */
export function withoutRepeatedChoices(replies: readonly Reply[]): Reply[] {
  const offered = new Set<string>();
  return replies.map((reply) => {
    if (reply.kind !== "choices") return reply;
    const fresh = reply.choices.filter((choice) => !offered.has(choice.action));
    for (const choice of fresh) offered.add(choice.action);
    return fresh.length === reply.choices.length ? reply : choices(reply.parts, fresh);
  });
}
