/**
 * @jest-environment jsdom
 */
// jsdom only for its namespace-aware DOMParser; the schema check runs libxml2 (xmllint-wasm) in a worker.
// Offline: `office-addin-manifest validate` needs Microsoft's service, so the test checks the XSDs kept in
// schemas/office-manifest/ (see its PROVENANCE.md) plus what the XSDs cannot express (host name, resids, https,
// icon sizes).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const repo = path.resolve(__dirname, "../..");
// Resolved from the repository, never from the cwd: the schemas travel with every clone.
const schemaDir = path.join(repo, "schemas/office-manifest");
const ENTRY_XSD = "OfficeAppManifestV1_1.xsd";
const DEV_ORIGIN = "https://localhost:3000/";

const manifestText = readFileSync(path.join(repo, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(manifestText, "application/xml");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

function all(ns: string, name: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}
function one(ns: string, name: string): Element {
  const found = all(ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}
function children(el: Element, name: string): Element[] {
  return Array.from(el.children).filter((c) => c.localName === name);
}

/** Resource definitions under <Resources>, by id, with the kind (Image, Url, ShortString, LongString). */
function resources(): Map<string, { kind: string; el: Element }> {
  const map = new Map<string, { kind: string; el: Element }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of all(NS.bt, kind)) {
      for (const el of Array.from(group.children)) {
        const id = el.getAttribute("id") ?? "";
        expect(map.has(id)).toBe(false); // duplicate ids would make a resid ambiguous
        map.set(id, { kind: kind.slice(0, -1), el });
      }
    }
  }
  return map;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("is well-formed", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(NS.app);
    expect(doc.documentElement.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
  });

  test("validates against the Office add-in manifest XSDs (offline)", async () => {
    expect(existsSync(path.join(schemaDir, ENTRY_XSD))).toBe(true);
    const others = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd") && f !== ENTRY_XSD);
    const read = (fileName: string) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), "utf8") });
    const result = await validateXML({
      xml: [{ fileName: "manifest.xml", contents: manifestText }],
      schema: [read(ENTRY_XSD)],
      preload: others.map(read), // the entry XSD imports these by relative schemaLocation
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("targets Excel workbooks with a GUID Id and read/write permission", () => {
    const hosts = all(NS.app, "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]); // the XSD accepts any host name, so check the spelling here
    const overrideHosts = all(NS.ov, "Host").map((h) => h.getAttributeNS(NS.xsi, "type"));
    expect(overrideHosts).toEqual(["Workbook"]);
    expect(one(NS.app, "Id").textContent?.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(NS.app, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  test("requires ExcelApi (1.7) so Office 2016 perpetual does not offer the add-in", () => {
    const requirements = one(NS.app, "Requirements");
    const sets = all(NS.app, "Set", requirements).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toContainEqual(["ExcelApi", "1.7"]);
  });

  test("defaults to zh-CN with an en-US override for the name, the description and every string", () => {
    expect(one(NS.app, "DefaultLocale").textContent?.trim()).toBe("zh-CN");
    const localized = [one(NS.app, "DisplayName"), one(NS.app, "Description")];
    localized.push(...all(NS.bt, "ShortStrings").flatMap((g) => children(g, "String")));
    localized.push(...all(NS.bt, "LongStrings").flatMap((g) => children(g, "String")));
    expect(localized.length).toBeGreaterThan(2);
    for (const el of localized) {
      const label = `${el.localName} ${el.getAttribute("id") ?? ""}`;
      expect([label, el.getAttribute("DefaultValue")?.trim()]).not.toEqual([label, ""]);
      const en = children(el, "Override").filter((o) => o.getAttribute("Locale") === "en-US");
      expect([label, en.length]).toEqual([label, 1]);
      expect([label, en[0]!.getAttribute("Value")?.trim() !== ""]).toEqual([label, true]);
    }
  });

  test("every resid resolves to a resource of the right kind", () => {
    const defs = resources();
    // Which kind each referencing element needs (Title/Description are strings of either length by context).
    const expectedKind: Record<string, string[]> = {
      Image: ["Image"],
      SourceLocation: ["Url"],
      FunctionFile: ["Url"],
      LearnMoreUrl: ["Url"],
      Label: ["ShortString"],
      Title: ["ShortString"],
      Description: ["LongString"],
    };
    const refs = Array.from(doc.getElementsByTagName("*")).filter((el) => el.hasAttribute("resid"));
    expect(refs.length).toBeGreaterThan(5);
    for (const el of refs) {
      const resid = el.getAttribute("resid")!;
      const def = defs.get(resid);
      expect([el.localName, resid, def !== undefined]).toEqual([el.localName, resid, true]);
      expect([el.localName, resid, expectedKind[el.localName]?.includes(def!.kind)]).toEqual([el.localName, resid, true]);
    }
    // Every defined resource is used (a stale one usually means a typo in a resid).
    const used = new Set(refs.map((el) => el.getAttribute("resid")));
    expect([...defs.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("has a Home-tab ribbon button that opens the task pane, and a function file", () => {
    const tab = one(NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = one(NS.ov, "Action");
    expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    const url = (resid: string | null) => resources().get(resid ?? "")?.el.getAttribute("DefaultValue");
    // Path only: a deployment copy of the manifest swaps the origin (README), the page names stay.
    expect(url(children(action, "SourceLocation")[0]!.getAttribute("resid"))).toMatch(/^https:\/\/[^?#]+\/taskpane\.html$/);
    expect(url(one(NS.ov, "FunctionFile").getAttribute("resid"))).toMatch(/^https:\/\/[^?#]+\/commands\.html$/);
  });

  test("SupportUrl and LearnMoreUrl point at the help page shipped with the add-in", () => {
    const learnMore = resources().get(one(NS.ov, "LearnMoreUrl").getAttribute("resid") ?? "")?.el.getAttribute("DefaultValue");
    for (const url of [one(NS.app, "SupportUrl").getAttribute("DefaultValue"), learnMore]) expect(url).toMatch(/^https:\/\/[^?#]+\/help\.html$/);
    expect(existsSync(path.join(repo, "src/taskpane/help.html"))).toBe(true);
    expect(readFileSync(path.join(repo, "webpack.config.js"), "utf8")).toContain('{ from: "src/taskpane/help.html", to: "help.html" }');
  });

  test("every English text is given for every en-* locale, not only en-US", () => {
    const english = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-ZA", "en-SG"];
    const texts = Array.from(doc.getElementsByTagName("*")).filter((el) => Array.from(el.children).some((c) => c.localName === "Override"));
    expect(texts.length).toBeGreaterThan(5);
    for (const el of texts) {
      const overrides = Array.from(el.children).filter((c) => c.localName === "Override");
      const value = overrides.find((o) => o.getAttribute("Locale") === "en-US")?.getAttribute("Value");
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(english);
      expect(new Set(overrides.map((o) => o.getAttribute("Value")))).toEqual(new Set([value]));
    }
  });

  test("every URL is https", () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      for (const attr of ["DefaultValue", "Value"]) {
        const v = el.getAttribute(attr);
        if (v && /^[a-z][a-z0-9+.-]*:/i.test(v)) urls.push(v);
      }
    }
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("every icon under the dev origin exists in assets/ at its declared pixel size", () => {
    const defs = resources();
    const icons: Array<{ url: string; size: number }> = [
      { url: one(NS.app, "IconUrl").getAttribute("DefaultValue")!, size: 32 },
      { url: one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const ref of all(NS.bt, "Image").filter((el) => el.hasAttribute("size"))) {
      const url = defs.get(ref.getAttribute("resid")!)!.el.getAttribute("DefaultValue")!;
      icons.push({ url, size: Number(ref.getAttribute("size")) });
    }
    expect(icons.length).toBeGreaterThanOrEqual(6);
    // Icons on another origin (a deployment copy) cannot be checked offline; the committed manifest uses the dev one.
    for (const { url, size } of icons.filter((i) => i.url.startsWith(`${DEV_ORIGIN}assets/`))) {
      const file = path.join(repo, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
      expect([url, existsSync(file)]).toEqual([url, true]);
      expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
    }
  });
});
