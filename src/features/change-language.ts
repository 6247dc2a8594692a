import type { Locale } from "../content/content.ts";
import { encodeAction } from "../core/actions.ts";
import { choices, t, text } from "../core/reply.ts";
import type { Outcome } from "./handler.ts";

/** /lang: with a language, switch to it and remember; without, offer the choice. */
export function changeLanguage(target?: Locale): Outcome {
  if (!target) {
    const option = (locale: Locale) => ({
      label: t(`common:button.${locale}`),
      action: encodeAction({ type: "lang", locale }),
    });
    return { replies: [choices([t("common:language.choose")], [option("vi"), option("en")])] };
  }
  return { replies: [text(t("common:language.set"))], session: { locale: target } };
}
