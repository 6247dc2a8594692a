// `npm run build`: compiles src/ to JavaScript in dist/ (plain `node` runs it), copies the console's assets, and
// prebuilds the intent model for the content in intents/ (read at start instead of training).
import { spawnSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync(path.join(root, "dist"), { recursive: true, force: true });
run([createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"]);
cpSync(path.join(root, "src/web-console/assets"), path.join(root, "dist/web-console/assets"), { recursive: true });
run(["dist/cli/main.js", "model", "build"]);
writeFileSync(path.join(root, "dist/.built"), `${new Date().toISOString()}\n`);
