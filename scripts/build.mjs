// `npm run build`: type-checks src/, bundles it with its dependencies into dist/cli/ (plain `node` runs it, reading one
// file instead of some 900 modules), copies the console's assets, and prebuilds the intent model for the content in
// intents/ (read at start instead of training).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync(path.join(root, "dist"), { recursive: true, force: true });
run([createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--noEmit"]);
// Every bundle sits in dist/cli/, two levels below the project as its sources are: the paths the code finds from its
// own place (the project root, the console's assets, the training worker beside it) stay right.
await build({
  absWorkingDir: root,
  entryPoints: {
    "cli/main": "src/cli/main.ts",
    "cli/start": "src/main.ts",
    "cli/train-worker": "src/nlu/train-worker.ts",
  },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  chunkNames: "cli/[name]-[hash]",
  minifyWhitespace: true,
  legalComments: "none",
  logLevel: "warning",
  // Bundled CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
});
writeFileSync(path.join(root, "dist/main.js"), 'import "./cli/start.js";\n');
mkdirSync(path.join(root, "dist/cli"), { recursive: true });
cpSync(path.join(root, "src/web-console/assets"), path.join(root, "dist/cli/assets"), { recursive: true });
// htmx beside the bundle too: the image runs without node_modules.
cpSync(createRequire(import.meta.url).resolve("htmx.org/dist/htmx.min.js"), path.join(root, "dist/cli/assets/htmx.min.js"));
run(["dist/cli/main.js", "model", "build"]);
writeFileSync(path.join(root, "dist/.built"), `${new Date().toISOString()}\n`);
