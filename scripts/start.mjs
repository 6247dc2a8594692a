// `npm start`: runs the compiled bot (dist/) with plain `node`, building it first when there is no build or a file
// it is built from (src/, tsconfig, the lockfile) is newer than the build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stamp = path.join(root, "dist/.built");

const newest = (file) => {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
};

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sources = Math.max(...["src", "tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((f) => newest(path.join(root, f))));
if (sources > built) {
  process.stderr.write("Building (sources changed since the last build)…\n");
  const result = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(pathToFileURL(path.join(root, "dist/main.js")).href);
