import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../config/load-config.ts";
import { redactText } from "../infra/logger.ts";
import { UsageError } from "./bootstrap.ts";
import { askCommand } from "./commands/ask.ts";
import { calcCommand } from "./commands/calc.ts";
import { chatCommand } from "./commands/chat.ts";
import { classifyCommand } from "./commands/classify.ts";
import { consoleLinkCommand } from "./commands/console-link.ts";
import { contentCheckCommand } from "./commands/content-check.ts";
import { contentExportCommand } from "./commands/content-export.ts";
import { evalCommand } from "./commands/eval.ts";
import { modelBuildCommand } from "./commands/model-build.ts";
import { placesCommand } from "./commands/places.ts";
import { serveCommand } from "./commands/serve.ts";

const USAGE = `Usage: npm run --silent bhyt -- <command> [options]

  chat [--lang vi|en] [--user ID]          chat in the terminal (piped input: one reply per line)
  ask [--lang vi|en] [--json] <text>       one message in, the reply out
  classify                                 JSON lines {"q"} on stdin → intent, confidence, alternatives
  eval <file.jsonl> [--json] [--orders N]    accuracy report for lines {"q","intent"[,"also"]}; --orders: mean of N training orders
  eval --fit-bands [--precision 0.97]      band thresholds fitted on the long examples
  calc --group G [--members N] [--months 3|6|12] [--salary VND] [--date YYYY-MM-DD] [--province CODE]
       [--insured-elsewhere N] [--lang vi|en] [--json]
                                           contribution calculation with the date and legal basis of every figure
  places import <file.csv|yaml> [--dir DIR]
                                           check a province's list of places and install it under intents/places/
  serve                                    HTTP server (webhooks, message API, health) and the configured channels
  content export [--dir DIR]               write the admin edits in force (Redis) into the content files
  content check [--dir DIR]                validate intents/ and locales/ (of DIR, default this project)
  console link <principal>                 a one-time sign-in link to the web console (/console) for an admin or staff
  model build                              train the intent model for the content and keep it for a quick start
`;

/** Runs one command-line command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // "bhyt calc --help" prints the usage, like "bhyt help".
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case "chat":
        await chatCommand(rest);
        return 0;
      case "ask":
        await askCommand(rest);
        return 0;
      case "classify":
        await classifyCommand();
        return 0;
      case "eval":
        await evalCommand(rest);
        return 0;
      case "calc":
        await calcCommand(rest);
        return 0;
      case "places":
        return await placesCommand(rest);
      case "serve":
        await serveCommand();
        return 0;
      case "model":
        if (rest[0] !== "build") throw new UsageError(USAGE);
        return await modelBuildCommand();
      case "console":
        if (rest[0] !== "link") throw new UsageError(USAGE);
        return await consoleLinkCommand(rest[1]);
      case "content": {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { dir: { type: "string" } },
        });
        const dir = values.dir ? path.resolve(values.dir) : undefined;
        if (positionals[0] === "export") return await contentExportCommand(dir);
        if (positionals[0] !== "check") throw new UsageError(USAGE);
        return await contentCheckCommand(dir);
      }
      case undefined:
      case "help":
      case "--help":
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    // An unknown or malformed option is a usage mistake, not a crash: say which, then how to call.
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_")) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 1;
    }
    // An unexpected error may quote a Bot API URL (with the token) or a citizen's message.
    process.stderr.write(
      `${redactText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
