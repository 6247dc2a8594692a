import { buildRecognizer } from "../../nlu/build-recognizer.ts";
import { modelDirOf, settingsOrExit } from "../bootstrap.ts";

/** `model build`: trains the intent model for the content and keeps it in MODEL_DIR, for a quick start. */
export async function modelBuildCommand(): Promise<number> {
  const { config, content } = await settingsOrExit();
  const dir = modelDirOf(config);
  const { source, buildMs } = buildRecognizer(content, {}, dir);
  process.stdout.write(
    `Intent model ${source === "prebuilt" ? "already built" : "built"} in ${dir} (${Math.round(buildMs)} ms).\n`,
  );
  return 0;
}
