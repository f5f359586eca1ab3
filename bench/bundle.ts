/**
 * Size of the production task pane: webpack.config.js built in production mode into build/bench/addin (dist/ is
 * left alone), then every script measured raw and gzip. "First render" is what Excel loads before the pane shows:
 * the entry (bootstrap, the host check) and the "pane" chunk group it import()s (the React pane and its vendor
 * chunk); everything else (the Word writer …) loads on demand.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

export interface ScriptSize {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface BundleResult {
  readonly entry: ScriptSize[];
  readonly firstRender: { readonly rawBytes: number; readonly gzipBytes: number; readonly files: string[] };
  readonly lazy: ScriptSize[];
}

interface Stats {
  readonly assets: readonly { readonly name: string }[];
  readonly namedChunkGroups: Record<string, { readonly assets: readonly { readonly name: string }[] }>;
}

/** The task pane's entry and the chunk group bootstrap.ts import()s after the host check (webpackChunkName "pane"). */
const ENTRY = "taskpane";
const PANE = "pane";

function sizeOf(dir: string, file: string): ScriptSize {
  const bytes = fs.readFileSync(path.join(dir, file));
  // Level 6 is zlib's default and what servers typically use on the fly; a precompressed level 9 is ~1 % smaller.
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length };
}

export function buildAndMeasure(root: string): BundleResult {
  const out = path.join(root, "build", "bench", "addin");
  const statsFile = path.join(root, "build", "bench", "addin-stats.json");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  execFileSync(process.execPath, [cli, "--mode", "production", "--config", path.join(root, "webpack.config.js"), "--output-path", out, "--json", statsFile], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as Stats;
  const scripts = (names: readonly { readonly name: string }[]) => names.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const entry = scripts(stats.namedChunkGroups[ENTRY]?.assets ?? []);
  const pane = scripts(stats.namedChunkGroups[PANE]?.assets ?? []);
  if (entry.length === 0 || pane.length === 0) throw new Error(`webpack stats lack the "${ENTRY}" entry or the "${PANE}" chunk group`);
  const first = [...new Set([...entry, ...pane])];
  const firstSizes = first.map((f) => sizeOf(out, f));
  const commands = new Set(scripts(stats.namedChunkGroups.commands?.assets ?? []));
  return {
    entry: entry.map((f) => sizeOf(out, f)),
    firstRender: {
      rawBytes: firstSizes.reduce((n, s) => n + s.rawBytes, 0),
      gzipBytes: firstSizes.reduce((n, s) => n + s.gzipBytes, 0),
      files: first,
    },
    lazy: scripts(stats.assets)
      .filter((f) => !first.includes(f) && !commands.has(f))
      .map((f) => sizeOf(out, f)),
  };
}
