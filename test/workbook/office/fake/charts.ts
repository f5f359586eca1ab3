/**
 * Fake charts (ExcelApi 1.1; a series' own type 1.7): a chart made from a source range, its title, position and
 * series. Series come from the source cells when the add runs, as Excel reads them: with seriesBy "Columns" each
 * column is a series; a first row of text names the series and a first column of text (or blanks) holds the
 * categories. (Excel's guess has more cases — numbers in the top-left corner, dates as categories — that Junheng's
 * tables never present.)
 */
import { parseAreas, type Area } from "./a1";
import type { ApiShape } from "./apiShape";
import { FakeClientObject, FakeCollection, type ContextCore, type ObjectPath, type Transaction } from "./core";
import { fakeError } from "./errors";
import { FakeRange } from "./range";
import { cellKey, sheetById, type ChartSeriesState, type ChartState, type SheetState } from "./state";

type SheetLocator = (tx: Transaction) => SheetState | null;

interface ChartTarget {
  readonly sheet: SheetState;
  readonly chart: ChartState;
}

type ChartLocator = (tx: Transaction) => ChartTarget | null;

const CHART_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Area", "XYScatter"];
const SERIES_BY = ["Auto", "Columns", "Rows"];

function byId(sheetId: string, chartId: string): ChartLocator {
  return (tx) => {
    const sheet = sheetById(tx.state, sheetId);
    const chart = sheet?.charts.find((c) => c.id === chartId);
    return sheet && chart ? { sheet, chart } : null;
  };
}

/** Series of a source area read as Excel reads it (see the file comment). */
function seriesOf(sheet: SheetState, area: Area, byColumns: boolean): ChartSeriesState[] {
  const at = (line: number, offset: number) => {
    const [row, col] = byColumns ? [area.top + offset, area.left + line] : [area.top + line, area.left + offset];
    return sheet.cells.get(cellKey(row, col));
  };
  const lines = byColumns ? area.right - area.left + 1 : area.bottom - area.top + 1;
  const length = byColumns ? area.bottom - area.top + 1 : area.right - area.left + 1;
  const isText = (line: number, offset: number) => at(line, offset)?.type === "String";
  const isBlank = (line: number, offset: number) => (at(line, offset)?.type ?? "Empty") === "Empty";
  const named = lines > 1 && Array.from({ length: lines - 1 }, (_, i) => isText(i + 1, 0)).every(Boolean);
  const first = named ? 1 : 0;
  const categories = lines > 1 && Array.from({ length: length - first }, (_, i) => isText(0, first + i) || isBlank(0, first + i)).every(Boolean);
  const series: ChartSeriesState[] = [];
  for (let line = categories ? 1 : 0; line < lines; line++) {
    const cell = at(line, 0);
    const values: Area = byColumns
      ? { top: area.top + first, bottom: area.bottom, left: area.left + line, right: area.left + line }
      : { top: area.top + line, bottom: area.top + line, left: area.left + first, right: area.right };
    series.push({ name: named && cell ? String(cell.value) : `Series${series.length + 1}`, chartType: null, values });
  }
  return series;
}

export class FakeChartTitle extends FakeClientObject<ChartTarget> implements Pick<Excel.ChartTitle, "text"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: ChartLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { text: (t: ChartTarget) => t.chart.title ?? "" };
  }
  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.setProperty("text", value, (t, tx) => {
      tx.guardSheet(t.sheet, "ChartTitle.text");
      t.chart.title = value;
    });
  }
}

interface SeriesTarget {
  readonly sheet: SheetState;
  readonly series: ChartSeriesState;
}

export class FakeChartSeries extends FakeClientObject<SeriesTarget> implements Pick<Excel.ChartSeries, "name" | "chartType"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: (tx: Transaction) => SeriesTarget | null) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { name: (t: SeriesTarget) => t.series.name, chartType: (t: SeriesTarget) => t.series.chartType };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setProperty("name", value, (t, tx) => {
      tx.guardSheet(t.sheet, "ChartSeries.name");
      t.series.name = value;
    });
  }
  get chartType(): Excel.ChartSeries["chartType"] {
    return this.read("chartType");
  }
  set chartType(value: Excel.ChartSeries["chartType"]) {
    const type = String(value);
    this.setProperty(
      "chartType",
      type,
      (t, tx) => {
        tx.guardSheet(t.sheet, "ChartSeries.chartType");
        if (!CHART_TYPES.includes(type)) throw fakeError("InvalidArgument", `Unknown chart type ${type}.`);
        t.series.chartType = type;
      },
      "1.7",
    );
  }
}

export class FakeChartSeriesCollection extends FakeCollection<ChartTarget, FakeChartSeries> implements ApiShape<Excel.ChartSeriesCollection, "getItemAt"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: ChartLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected itemsOf(target: ChartTarget): FakeChartSeries[] {
    return target.chart.series.map((_, i) => this.itemAt(i, this.path("Reference", "ChartSeries", [i])));
  }
  getItemAt(index: number): FakeChartSeries {
    return this.itemAt(index, this.path("Method", "GetItemAt", [index]));
  }
  private itemAt(index: number, path: ObjectPath): FakeChartSeries {
    return new FakeChartSeries(this.context, path, (tx) => {
      const t = this.locator(tx);
      const series = t?.chart.series[index];
      return t && series ? { sheet: t.sheet, series } : null;
    });
  }
}

export class FakeChart extends FakeClientObject<ChartTarget> implements Pick<Excel.Chart, "name">, ApiShape<Excel.Chart, "setPosition" | "delete"> {
  private titleProxy?: FakeChartTitle;
  private seriesProxy?: FakeChartSeriesCollection;

  constructor(context: ContextCore, path: ObjectPath, private readonly locator: ChartLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return { name: (t: ChartTarget) => t.chart.name };
  }
  protected override navigations() {
    return { title: this.title, series: this.series };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setProperty("name", value, (t, tx) => {
      tx.guardSheet(t.sheet, "Chart.name");
      t.chart.name = value;
    });
  }
  get title(): FakeChartTitle {
    return (this.titleProxy ??= new FakeChartTitle(this.context, this.path("Property", "title"), this.locator));
  }
  get series(): FakeChartSeriesCollection {
    return (this.seriesProxy ??= new FakeChartSeriesCollection(this.context, this.path("Property", "series"), this.locator));
  }
  delete(): void {
    this.callMethod("Delete", [], (t, tx) => {
      tx.guardSheet(t.sheet, "Chart.delete");
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
  /** Addresses only (the adapter's use); the chart then covers start's top-left to end's bottom-right. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) throw new Error("fake Excel: setPosition takes addresses");
    this.callMethod("SetPosition", endCell === undefined ? [startCell] : [startCell, endCell], (t, tx) => {
      tx.guardSheet(t.sheet, "Chart.setPosition");
      const start = parseAreas(startCell)[0];
      const end = endCell === undefined ? start : parseAreas(endCell)[0];
      if (end.bottom < start.top || end.right < start.left) throw fakeError("InvalidArgument", "The end cell is above or left of the start cell.");
      t.chart.position = { top: start.top, left: start.left, bottom: end.bottom, right: end.right };
    });
  }
}

export class FakeChartCollection extends FakeCollection<SheetState, FakeChart> implements ApiShape<Excel.ChartCollection, "add"> {
  constructor(context: ContextCore, path: ObjectPath, private readonly locator: SheetLocator) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected itemsOf(sheet: SheetState): FakeChart[] {
    return sheet.charts.map((c) => new FakeChart(this.context, this.path("Reference", "Chart", [c.id]), byId(sheet.id, c.id)));
  }

  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy: Excel.ChartSeriesBy | string = "Auto"): FakeChart {
    if (!(sourceData instanceof FakeRange)) throw new Error("fake Excel: a chart's source must be a range of this fake");
    const source = sourceData;
    const path = this.path("Method", "Add", [String(type), String(seriesBy)]);
    this.context.enqueue({
      path: this.objectPath,
      json: { ActionType: "Method", Name: "Add", ArgumentInfo: { Arguments: [String(type), source.objectPath.id, String(seriesBy)] } },
      since: "1.1",
      write: true,
      run: (tx) => {
        const sheet = this.resolve(tx);
        tx.guardSheet(sheet, "ChartCollection.add");
        if (!CHART_TYPES.includes(String(type))) throw fakeError("InvalidArgument", `Unknown chart type ${String(type)}.`);
        if (!SERIES_BY.includes(String(seriesBy))) throw fakeError("InvalidArgument", `Unknown seriesBy ${String(seriesBy)}.`);
        const data = source.resolve(tx);
        if (data.areas.length !== 1) throw fakeError("InvalidArgument", "A chart's source must be one range.");
        const area = data.areas[0];
        const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && area.bottom - area.top >= area.right - area.left);
        const id = tx.newId("chart");
        sheet.charts.push({
          id,
          name: `Chart ${sheet.charts.length + 1}`,
          type: String(type),
          source: { sheetId: data.sheet.id, area: { ...area } },
          seriesBy: String(seriesBy),
          title: null,
          position: null,
          series: seriesOf(data.sheet, area, byColumns),
        });
        tx.bindings.set(path.id, `${sheet.id}|${id}`);
      },
    });
    return new FakeChart(this.context, path, (tx) => {
      const bound = tx.binding(path);
      if (!bound) return null;
      const [sheetId, chartId] = bound.split("|");
      return byId(sheetId, chartId)(tx);
    });
  }
}
