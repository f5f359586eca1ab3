/**
 * The add-in's pages carry a Content-Security-Policy that lets only their own files and office.js run. The pages
 * are built by webpack.config.js itself (HtmlWebpackPlugin and its templates), with one-line entry scripts in
 * place of the pane so the build takes a second; what is checked is the HTML a user's Excel loads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

const CDN = "https://appsforoffice.microsoft.com";

async function buildPages(env: Record<string, unknown>): Promise<Record<string, string>> {
  const out = mkdtempSync(path.join(tmpdir(), "junheng-csp-"));
  const stub = path.join(out, "stub.js");
  writeFileSync(stub, "document.title = document.title;\n");
  const config = makeConfig(env, { mode: "production" });
  const plugins = (config.plugins ?? []).filter((p) => p?.constructor.name === "HtmlWebpackPlugin");
  const built: Configuration = { ...config, context: ROOT, entry: { taskpane: stub, commands: stub }, module: { rules: [] }, plugins, output: { ...config.output, path: out, clean: false } };
  await new Promise<void>((resolve, reject) =>
    webpack(built, (error, stats) => (error ? reject(error) : stats?.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve())),
  );
  return Object.fromEntries(["taskpane.html", "commands.html"].map((name) => [name, readFileSync(path.join(out, name), "utf8")]));
}

/** The attributes of every `tag` element, quoted or not (the production build minifies the HTML). */
function elements(html: string, tag: string): { attributes: Record<string, string>; body: string }[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>(?:([\\s\\S]*?)</${tag}>)?`, "gi");
  return [...html.matchAll(pattern)].map((m) => ({
    attributes: Object.fromEntries([...m[1].matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ""])),
    body: m[2] ?? "",
  }));
}

/** The policy of a page's <meta http-equiv> tag, as directive → sources. */
function policyOf(html: string): Record<string, string[]> {
  const metas = elements(html, "meta").filter((m) => m.attributes["http-equiv"] === "Content-Security-Policy");
  expect(metas).toHaveLength(1);
  const entries = metas[0].attributes.content.split(";").map((d) => d.trim().split(/\s+/));
  return Object.fromEntries(entries.map(([name, ...sources]) => [name, sources]));
}

const STRICT = {
  "default-src": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

describe("Content-Security-Policy of the add-in pages", () => {
  let pages: Record<string, string>;
  beforeAll(async () => {
    pages = await buildPages({});
  }, 60_000);

  it.each(["taskpane.html", "commands.html"])("%s allows only itself and office.js from Microsoft's CDN, and nothing else", (name) => {
    expect(policyOf(pages[name])).toEqual({ ...STRICT, "script-src": ["'self'", CDN] });
  });

  it.each(["taskpane.html", "commands.html"])("%s sets the policy before any script, and every script it loads is allowed", (name) => {
    const html = pages[name];
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    const scripts = elements(html, "script");
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const { attributes, body } of scripts) {
      expect(body.trim()).toBe("");
      const src = attributes.src ?? "";
      expect([src, src === `${CDN}/lib/1/hosted/office.js` || /^[\w.-]+\.js$/.test(src)]).toEqual([src, true]);
    }
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it("with office.js served from the add-in's own folder, the CDN is not allowed either", async () => {
    const local = await buildPages({ localOfficeJs: true });
    for (const html of Object.values(local)) {
      expect(policyOf(html)).toEqual({ ...STRICT, "script-src": ["'self'"] });
      expect(elements(html, "script")[0].attributes.src).toBe("office-js/office.js");
    }
  }, 60_000);

  it("uses no eval-based source maps, so the dev server runs under the same policy", () => {
    for (const mode of ["development", "production"]) expect(String(makeConfig({}, { mode }).devtool)).not.toMatch(/eval/);
  });
});
