/**
 * One measurement in its own process (started by run.ts with --expose-gc), so every pass starts as cold as a
 * user's `junheng check` and register sizes never share a heap:
 *   child register <schools> <file>        writes the synthetic register
 *   child pass <file> <memory: 0 | 1>      one pass of the exceljs path (stages.ts)
 *   child office <schools>                 the Office.js adapter on the fake (office.ts)
 *   child exceljs-read <file>              exceljs reading the file, nothing else (command.ts)
 *   child command-phases <file> <dir> [docx]  the check command's steps, each timed (command.ts)
 *   child command <file> <dir>             the check command as a whole (command.ts)
 * The result goes back over the IPC channel with the process's peak RSS.
 */
import { commandPhases, exceljsRead, wholeCommand } from "./command";
import { runOffice } from "./office";
import { runPass, writeRegister } from "./stages";

async function measured(args: readonly string[]): Promise<object> {
  const [kind, a, b] = args;
  if (kind === "register") {
    await writeRegister(Number(a), b);
    return {};
  }
  if (kind === "pass") return runPass(a, b === "1");
  if (kind === "office") return runOffice(Number(a));
  if (kind === "exceljs-read") return exceljsRead(a);
  if (kind === "command-phases") return commandPhases(a, b, args[3] === "docx");
  if (kind === "command") return wholeCommand(a, b);
  throw new Error(`unknown bench child: ${args.join(" ")}`);
}

measured(process.argv.slice(2))
  .then((result) => {
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;
    process.send?.({ ...result, maxRssBytes }, () => process.disconnect());
  })
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
