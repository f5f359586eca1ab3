/**
 * What the WPS tests need: the WPS add-in (dist/wps when `npm run build` made it of this tree, else a quick build of
 * its config, quickBuild.js, in a temporary folder) and the fake ET bundle the Chromium test injects, built in one
 * webpack run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { freshBuild, quickBuild } from "./webHarness";

export const FAKE_ET_SCRIPT = "fake-et.js";

/** What `npm run build:wps` is made from (it reuses the web page's config, so those inputs count too). */
const WPS_BUILD_INPUTS = ["src", "webpack.wps.config.js", "webpack.web.config.js", "webpack.csp.js", "webpack.minify.js", "webpack.icons.js", "tsconfig.json", "package.json", "package-lock.json"];

export interface WpsSite {
  /** The add-in's pages (index.html, ribbon.xml, …). */
  readonly site: string;
  /** The folder holding FAKE_ET_SCRIPT, the fake ET as one script. */
  readonly fakeDir: string;
  dispose(): void;
}

export async function wpsSite(): Promise<WpsSite> {
  const temporary: string[] = [];
  const folder = (prefix: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  const fakeDir = folder("junheng-wps-fake-");
  const built = freshBuild("dist/wps/index.html", WPS_BUILD_INPUTS);
  const site = built ?? folder("junheng-wps-");
  const fake = path.join(fakeDir, FAKE_ET_SCRIPT);
  await quickBuild(built ? { fake } : { wps: site, fake });
  return { site, fakeDir, dispose: () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
}
