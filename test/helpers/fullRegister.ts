/**
 * A register as statisticians' files are: the sample (it has errors, so its sheets get highlighted) plus a chart,
 * an image, a pivot table with its cache, notes (one on an empty cell), a plain and a cross-sheet (x14) validation
 * list, constant and dynamic names, a print area, a password-protected sheet, custom document properties, a
 * sheet of awkward values (`_x000D_`, control characters, quotePrefix) and, as .xlsm, a VBA project. The parts are
 * written as XML here with fflate; nothing comes from outside the repository.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { sampleRegister } from "../../src/domain/sample/sample";
import { registerWorkbook } from "../../src/workbook/exceljs/registerWorkbook";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The smallest valid PNG: one transparent pixel. */
const PNG = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));

/** Stand-in for a VBA project: an OLE header and some bytes; the copy must carry it byte for byte. */
const VBA = Uint8Array.from({ length: 4096 }, (_, i) => (i < 8 ? [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i] : (i * 31) % 251));

const rels = (...items: string[]) => `${XML}<Relationships xmlns="${PKG_REL}">${items.join("")}</Relationships>`;
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

function insertBefore(xml: string, marker: string, added: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  return xml.slice(0, at) + added + xml.slice(at);
}

const chart = `${XML}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>各校在校生</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>学生与班级!$B$5:$B$10</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>学生与班级!$C$5:$C$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const anchor = (from: number, body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${from + 6}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
const drawing =
  `${XML}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}" xmlns:c="${C}">` +
  anchor(12, `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`) +
  anchor(20, `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`) +
  `</xdr:wsDr>`;

const comments = `${XML}<comments xmlns="${MAIN}"><authors><author>王老师</author></authors><commentList><comment ref="B5" authorId="0"><text><r><t>已电话核实</t></r></text></comment><comment ref="AZ40" authorId="0"><text><r><t>空单元格上的批注</t></r></text></comment></commentList></comments>`;
const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>39</x:Row><x:Column>51</x:Column></x:ClientData></v:shape></xml>`;

const pivotCache = `${XML}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A4:C10" sheet="学生与班级"/></cacheSource><cacheFields count="1"><cacheField name="学校名称" numFmtId="0"><sharedItems count="2"><s v="甲"/><s v="乙"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`;
const pivotRecords = `${XML}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/></r><r><x v="1"/></r></pivotCacheRecords>`;
const pivotTable = `${XML}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="7" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" outline="1" outlineData="1"><location ref="A3:A6" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="0"/></rowFields></pivotTableDefinition>`;

const custom = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>勐往乡中心学校</vt:lpwstr></property></Properties>`;

/** Values that a rewrite through exceljs used to change: a literal _x000D_, control characters, a text-prefixed number. */
const awkward = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">_x005F_x000D_
第二行</t></is></c><c r="B1" t="inlineStr"><is><t>a_x0001_b_x0000_c</t></is></c><c r="C1" s="0" t="inlineStr"><is><t>0012</t></is></c><c r="D1"><v>42736</v></c></row></sheetData><sheetProtection algorithmName="SHA-512" hashValue="q7i0E1nQ1cC2GmYLJm9s1tM9gK0w5gE3sNnYbq1hXq0=" saltValue="c2FsdHNhbHRzYWx0c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

export interface FullRegister {
  readonly bytes: Uint8Array;
  /** The sheet that holds the chart, image, notes, validations and protection, and gets highlighted. */
  readonly decoratedSheet: string;
}

export async function fullRegister(macros: boolean): Promise<FullRegister> {
  const parts: Zippable = unzipSync(await registerWorkbook(sampleRegister()).toBuffer());
  const text = (name: string) => strFromU8(parts[name] as Uint8Array);
  const put = (name: string, content: string | Uint8Array) => (parts[name] = typeof content === "string" ? strToU8(content) : content);

  // 学生与班级 (sheet3): drawing with a chart and an image, notes, validations, password protection.
  let sheet = text("xl/worksheets/sheet3.xml");
  sheet = insertBefore(sheet, "<mergeCells", `<sheetProtection algorithmName="SHA-512" hashValue="pZx1uXkO0lP4dHlq+o0xC1QsbS3i9rTL3k8cz8hKp7k=" saltValue="bGpkc2Fsa2pkc2FsaQ==" spinCount="100000" sheet="1" objects="1" scenarios="1" formatCells="0"/>`);
  sheet = insertBefore(sheet, "<pageMargins", `<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="C5:AN200"><formula1>0</formula1></dataValidation></dataValidations>`);
  sheet = insertBefore(
    sheet,
    "</worksheet>",
    `<drawing r:id="rIdDrawing"/><legacyDrawing r:id="rIdVml"/><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>填报说明!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B5:B200</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
  );
  if (!sheet.includes('xmlns:r="')) sheet = sheet.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
  put("xl/worksheets/sheet3.xml", sheet);
  put("xl/worksheets/_rels/sheet3.xml.rels", rels(rel("rIdDrawing", "drawing", "../drawings/drawing1.xml"), rel("rIdVml", "vmlDrawing", "../drawings/vmlDrawing1.vml"), rel("rIdComments", "comments", "../comments1.xml")));
  put("xl/drawings/drawing1.xml", drawing);
  put("xl/drawings/_rels/drawing1.xml.rels", rels(rel("rId1", "chart", "../charts/chart1.xml"), rel("rId2", "image", "../media/image1.png")));
  put("xl/charts/chart1.xml", chart);
  put("xl/media/image1.png", PNG);
  put("xl/comments1.xml", comments);
  put("xl/drawings/vmlDrawing1.vml", vml);

  // A pivot table on a sheet of its own, and the awkward values on another.
  put("xl/worksheets/sheet8.xml", `${XML}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
  put("xl/worksheets/_rels/sheet8.xml.rels", rels(rel("rId1", "pivotTable", "../pivotTables/pivotTable1.xml")));
  put("xl/pivotTables/pivotTable1.xml", pivotTable);
  put("xl/pivotTables/_rels/pivotTable1.xml.rels", rels(rel("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")));
  put("xl/pivotCache/pivotCacheDefinition1.xml", pivotCache);
  put("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels(rel("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")));
  put("xl/pivotCache/pivotCacheRecords1.xml", pivotRecords);
  put("xl/worksheets/sheet9.xml", awkward);

  let workbook = text("xl/workbook.xml");
  workbook = insertBefore(workbook, "</sheets>", `<sheet name="透视" sheetId="8" r:id="rIdPivotSheet"/><sheet name="用户备注" sheetId="9" r:id="rIdNotes"/>`);
  workbook = insertBefore(
    workbook,
    "<calcPr",
    `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">学校基本情况!$A$1:$AN$14</definedName><definedName name="学校名单">OFFSET(学校基本情况!$B$3,0,0,COUNTA(学校基本情况!$B:$B)-2,1)</definedName><definedName name="标准班额">45</definedName><definedName name="统计年度" comment="常量">"2016"</definedName></definedNames>`,
  );
  workbook = insertBefore(workbook, "</workbook>", `<pivotCaches><pivotCache cacheId="7" r:id="rIdPivotCache"/></pivotCaches>`);
  put("xl/workbook.xml", workbook);
  let workbookRels = text("xl/_rels/workbook.xml.rels");
  workbookRels = insertBefore(workbookRels, "</Relationships>", rel("rIdPivotSheet", "worksheet", "worksheets/sheet8.xml") + rel("rIdNotes", "worksheet", "/xl/worksheets/sheet9.xml") + rel("rIdPivotCache", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml") + (macros ? `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` : ""));
  put("xl/_rels/workbook.xml.rels", workbookRels);
  put("_rels/.rels", insertBefore(text("_rels/.rels"), "</Relationships>", rel("rIdCustom", "custom-properties", "docProps/custom.xml")));
  put("docProps/custom.xml", custom);

  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const sml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  let types = text("[Content_Types].xml");
  types = insertBefore(
    types,
    "</Types>",
    `<Default Extension="png" ContentType="image/png"/>` +
      override("/xl/worksheets/sheet8.xml", `${sml}.worksheet+xml`) +
      override("/xl/worksheets/sheet9.xml", `${sml}.worksheet+xml`) +
      override("/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml") +
      override("/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") +
      override("/xl/comments1.xml", `${sml}.comments+xml`) +
      override("/xl/pivotTables/pivotTable1.xml", `${sml}.pivotTable+xml`) +
      override("/xl/pivotCache/pivotCacheDefinition1.xml", `${sml}.pivotCacheDefinition+xml`) +
      override("/xl/pivotCache/pivotCacheRecords1.xml", `${sml}.pivotCacheRecords+xml`) +
      override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml") +
      (macros ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : ""),
  );
  if (!types.includes('Extension="vml"')) types = insertBefore(types, "</Types>", `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`);
  if (macros) {
    types = types.replace(`${sml}.sheet.main+xml`, "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    put("xl/vbaProject.bin", VBA);
  }
  put("[Content_Types].xml", types);
  return { bytes: zipSync(parts), decoratedSheet: "学生与班级" };
}
