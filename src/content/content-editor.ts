import type { Content } from "./content.ts";
import { applyEdits, type ContentEdits, ContentEditsSchema } from "./content-edits.ts";

/** One change an admin makes: an answer text in one language, or one more example for an intent. */
export type ContentChange =
  | {
      type: "answer";
      intent: string;
      locale: "vi" | "en";
      text: { title: string; body: string; more?: string };
    }
  | { type: "example"; intent: string; locale: "vi" | "en"; text: string };

/** Where versions live (Redis in production). */
export interface VersionStore {
  get(version: number): Promise<{ edits: unknown } | undefined>;
  current(): Promise<number>;
  add(edits: unknown, author: string, note: string): Promise<number>;
  announce(version: number): Promise<void>;
}

/**
 * Edits to answers and examples without a redeploy. Each change is checked with the start-up rules, saved as a
 * new version (author, time), switched to in this instance and announced to the others. A change that breaks
 * anything is refused with the reasons, and the version in force keeps serving. Any version can be restored.
 */
export function createContentEditor(deps: {
  base: Content;
  versions: VersionStore;
  reload: (content: Content) => Promise<void>;
  today: () => string;
}) {
  async function editsOf(version: number): Promise<ContentEdits> {
    const saved = await deps.versions.get(version);
    return saved ? ContentEditsSchema.parse(saved.edits) : ContentEditsSchema.parse({});
  }

  // The version this instance serves (-1: the files, before any version was applied).
  let serving = -1;

  /** Builds and switches to a version's content; false (and nothing switched) when it no longer checks out. */
  async function activate(version: number): Promise<{ ok: true } | { ok: false; issues: string[] }> {
    const { content, issues } = applyEdits(deps.base, await editsOf(version), deps.today());
    if (!content) return { ok: false, issues };
    serving = version;
    await deps.reload(content);
    return { ok: true };
  }

  /** The edits in force with `change` applied, and the content they make (or why they make none). */
  async function withChange(change: ContentChange) {
    const edits = await editsOf(await deps.versions.current());
    if (change.type === "answer")
      edits.answers[change.intent] = { ...edits.answers[change.intent], [change.locale]: change.text };
    else {
      const byLocale = edits.examples[change.intent] ?? {};
      byLocale[change.locale] = [...(byLocale[change.locale] ?? []), change.text];
      edits.examples[change.intent] = byLocale;
    }
    const applied = applyEdits(deps.base, edits, deps.today());
    // An example the topic already has teaches nothing and would only be counted twice.
    if (change.type === "example" && applied.content) {
      const same = (applied.content.intents.get(change.intent)?.examples[change.locale] ?? []).filter(
        (example) => example.trim().toLowerCase() === change.text.trim().toLowerCase(),
      );
      if (same.length > 1)
        return { edits, issues: [`"${change.text}" is already an example of ${change.intent}`] };
    }
    return { edits, ...applied };
  }

  return {
    /** The content as the files have it (version 0). */
    base: deps.base,
    activate,
    /**
     * Follows a version another instance (or this one) announced: switched to unless this instance already serves
     * it (its own change or rollback), so an announcement arriving late never undoes a later switch.
     */
    follow: async (version: number) => (version === serving ? { ok: true as const } : activate(version)),
    /** The content a change would make, checked like a save, without saving it (for a preview). */
    async preview(change: ContentChange): Promise<{ content: Content } | { issues: string[] }> {
      const { content, issues } = await withChange(change);
      return content ? { content } : { issues };
    },
    async change(change: ContentChange, author: string): Promise<{ version: number } | { issues: string[] }> {
      const { edits, content, issues } = await withChange(change);
      if (!content) return { issues };
      const version = await deps.versions.add(
        edits,
        author,
        `${change.type} ${change.intent} (${change.locale})`,
      );
      serving = version;
      await deps.reload(content);
      await deps.versions.announce(version);
      return { version };
    },
    /**
     * Puts a version's texts back in force as a new version (who and when are kept, like any change); `restored`
     * is the version whose texts were put back. With `intent`, only that topic's texts and examples go back: the
     * other topics keep what is in force (another admin's edits are not undone).
     */
    async rollback(
      version: number,
      author = "admin",
      intent?: string,
    ): Promise<{ version: number; restored: number } | { issues: string[] }> {
      if (version !== 0 && !(await deps.versions.get(version)))
        return { issues: [`version ${version} does not exist`] };
      const old = await editsOf(version);
      const edits = intent ? withTopicFrom(await editsOf(await deps.versions.current()), old, intent) : old;
      const { content, issues } = applyEdits(deps.base, edits, deps.today());
      if (!content) return { issues };
      const added = await deps.versions.add(
        edits,
        author,
        `rollback ${version}${intent ? ` ${intent}` : ""}`,
      );
      serving = added;
      await deps.reload(content);
      await deps.versions.announce(added);
      return { version: added, restored: version };
    },
    /** The edits in force, for export back to the files. */
    current: async () => editsOf(await deps.versions.current()),
  };
}

/** The content editor. */
export type ContentEditor = ReturnType<typeof createContentEditor>;

// The edits in force with one topic's answers and added examples as `from` has them.
function withTopicFrom(current: ContentEdits, from: ContentEdits, intent: string): ContentEdits {
  const answers = { ...current.answers };
  const examples = { ...current.examples };
  delete answers[intent];
  delete examples[intent];
  if (from.answers[intent]) answers[intent] = from.answers[intent];
  if (from.examples[intent]) examples[intent] = from.examples[intent];
  return { answers, examples };
}
