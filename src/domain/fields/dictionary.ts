/**
 * The field dictionary: every register sheet and column Junheng reads (docs/workbook-format.md §1.2), with the header
 * paths and aliases it recognises. Data, not logic: header recognition and the validation rules read it.
 */
import type { ClassBandKey, FieldDef, FieldId, FieldType, QualificationKey, SheetDef, SheetId, StageFieldKey, StageId, TeachingRoomKey, TitleKey } from "./types";

interface FieldSpec {
  label: string;
  path: string[];
  aliases?: string[][];
  type: FieldType;
  required?: boolean;
  values?: string[];
  valueAliases?: Record<string, string>;
  moneyUnit?: "元" | "万元";
  unit?: string;
}

function field(id: FieldId, spec: FieldSpec): FieldDef {
  const { valueAliases, ...rest } = spec;
  return { id, aliases: [], required: false, ...rest, ...(valueAliases ? { valueAliases: new Map(Object.entries(valueAliases)) } : {}) };
}

export const STAGES: readonly { id: StageId; label: string; grades: readonly string[]; gradeAliases: readonly string[] }[] = [
  { id: "primary", label: "小学", grades: ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"], gradeAliases: [] },
  { id: "junior", label: "初中", grades: ["七年级", "八年级", "九年级"], gradeAliases: ["初一", "初二", "初三"] },
];

export const STAGE_LABEL: Record<StageId, string> = { primary: "小学", junior: "初中" };

/** Class-size bands of 基础基212: lower and upper bound of students per class (upper null = open). */
export const CLASS_SIZE_BANDS: readonly { key: ClassBandKey; label: string; min: number; max: number | null; aliases: string[] }[] = [
  { key: "band25", label: "25人及以下", min: 1, max: 25, aliases: ["25人以下"] },
  { key: "band26", label: "26-35人", min: 26, max: 35, aliases: [] },
  { key: "band36", label: "36-45人", min: 36, max: 45, aliases: [] },
  { key: "band46", label: "46-55人", min: 46, max: 55, aliases: [] },
  { key: "band56", label: "56-65人", min: 56, max: 65, aliases: [] },
  { key: "band66", label: "66人及以上", min: 66, max: null, aliases: ["66人以上"] },
];

export const QUALIFICATIONS: readonly { key: QualificationKey; label: string; aliases: string[] }[] = [
  { key: "postgrad", label: "研究生", aliases: ["研究生毕业"] },
  { key: "bachelor", label: "本科", aliases: ["本科毕业"] },
  { key: "associate", label: "专科", aliases: ["专科毕业", "大专"] },
  { key: "highSchool", label: "高中(中专、中师)", aliases: ["高中", "中专", "中师", "高中(中专)", "高中阶段"] },
  { key: "belowHigh", label: "高中以下", aliases: ["高中以下学历", "高中阶段以下"] },
];

export const TITLES: readonly { key: TitleKey; label: string; aliases: string[] }[] = [
  { key: "fullSenior", label: "正高级", aliases: [] },
  { key: "viceSenior", label: "副高级", aliases: [] },
  { key: "intermediate", label: "中级", aliases: [] },
  { key: "assistant", label: "助理级", aliases: [] },
  { key: "junior", label: "员级", aliases: [] },
  { key: "none", label: "未定职级", aliases: ["未评职称", "未定级"] },
];

export const SCHOOL_TYPES = [
  "小学",
  "小学教学点",
  "初级中学",
  "九年一贯制学校",
  "完全中学",
  "十二年一贯制学校",
  "特殊教育学校",
  "其他",
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The compulsory-education stages each school type runs; null where the type does not say (特教, 其他). */
export const STAGES_BY_TYPE: Readonly<Record<SchoolType, readonly StageId[] | null>> = {
  小学: ["primary"],
  小学教学点: ["primary"],
  初级中学: ["junior"],
  九年一贯制学校: ["primary", "junior"],
  完全中学: ["junior"],
  十二年一贯制学校: ["primary", "junior"],
  特殊教育学校: null,
  其他: null,
};

export function stagesOfType(type: string | null): readonly StageId[] | null {
  return type !== null && type in STAGES_BY_TYPE ? STAGES_BY_TYPE[type as SchoolType] : null;
}

export const SPONSORS = ["县级政府", "其他政府部门", "民办", "其他"] as const;
export const URBAN_RURAL = ["城区", "镇区", "乡村"] as const;
export type UrbanRural = (typeof URBAN_RURAL)[number];
const YES_NO = ["是", "否"];
const YES_NO_ALIASES = { Y: "是", N: "否", y: "是", n: "否", "√": "是", "×": "否", 有: "是", 无: "否" };

/** Paths for a per-stage field, in the layouts registers use: `小学/X`, `小学X`, `X/小学`. */
function stagePaths(stage: string, names: readonly string[]): string[][] {
  return names.flatMap((name) => [[stage, name], [stage + name]]);
}

function stageField(stage: (typeof STAGES)[number], key: StageFieldKey, label: string, names: string[], type: FieldType, required = false, extra: string[][] = []): FieldDef {
  const [first, ...rest] = stagePaths(stage.label, names);
  return field(`${stage.id}.${key}`, {
    label: stage.label + label,
    path: first,
    aliases: [...rest, ...extra],
    type,
    required,
    unit: type === "count" ? "人" : undefined,
  });
}

const codeField = field("code", {
  label: "学校标识码",
  path: ["学校标识码"],
  aliases: [["学校代码"], ["标识码"], ["学校识别码"], ["学校标识"]],
  type: "code",
  required: true,
});

const nameField = field("name", {
  label: "学校名称",
  path: ["学校名称"],
  aliases: [["校名"], ["学校"], ["单位名称"]],
  type: "text",
  required: true,
});

const schoolSheet: SheetDef = {
  id: "schools",
  name: "学校基本情况",
  aliases: ["基本情况", "基础基111", "学校情况"],
  table: "基础基111",
  keyField: "code",
  nameField: "name",
  fields: [
    codeField,
    nameField,
    field("type", {
      label: "办学类型",
      path: ["办学类型"],
      aliases: [["学校类型"], ["办学类型名称"]],
      type: "enum",
      required: true,
      values: [...SCHOOL_TYPES],
      valueAliases: {
        教学点: "小学教学点",
        初中: "初级中学",
        中学: "初级中学",
        九年一贯制: "九年一贯制学校",
        完中: "完全中学",
        十二年一贯制: "十二年一贯制学校",
        特教学校: "特殊教育学校",
        特殊教育: "特殊教育学校",
      },
    }),
    field("sponsor", {
      label: "举办者",
      path: ["举办者"],
      aliases: [["举办者类型"], ["办别"], ["举办者性质"]],
      type: "enum",
      values: [...SPONSORS],
      valueAliases: { 县级人民政府: "县级政府", 县级教育部门: "县级政府", 教育部门: "县级政府", 公办: "县级政府", 民办学校: "民办" },
    }),
    field("urbanRural", {
      label: "城乡分类",
      path: ["城乡分类"],
      aliases: [["城乡类型"], ["城乡分类代码"], ["城乡属性"]],
      type: "enum",
      required: true,
      values: [...URBAN_RURAL],
      // The statistics system's 城乡分类代码 and its category names map onto the three classes.
      valueAliases: {
        "111": "城区", "112": "城区", 主城区: "城区", 城乡结合区: "城区", 城市: "城区",
        "121": "镇区", "122": "镇区", "123": "镇区", 镇中心区: "镇区", 镇乡结合区: "镇区", 特殊区域: "镇区", 县镇: "镇区",
        "210": "乡村", "220": "乡村", 乡中心区: "乡村", 村庄: "乡村", 农村: "乡村",
      },
    }),
    field("village", { label: "所属村委会", path: ["所属村委会"], aliases: [["村委会"], ["所在村委会"]], type: "text" }),
    field("countsAsSchool", {
      label: "是否计校数",
      path: ["是否计校数"],
      aliases: [["计校数"]],
      type: "enum",
      values: YES_NO,
      valueAliases: YES_NO_ALIASES,
    }),
    field("parentCode", {
      label: "上级学校标识码",
      path: ["上级学校标识码"],
      aliases: [["上级学校代码"], ["所属学校标识码"], ["主校标识码"]],
      type: "code",
    }),
    field("boarding", {
      label: "是否寄宿制",
      path: ["是否寄宿制"],
      aliases: [["寄宿制"], ["是否寄宿制学校"]],
      type: "enum",
      values: YES_NO,
      valueAliases: YES_NO_ALIASES,
    }),
  ],
};

function studentFields(stage: (typeof STAGES)[number]): FieldDef[] {
  const grades = stage.grades.map((grade, i) =>
    // The index makes a number, not a literal: FieldId lists grade1–6 of 小学 and grade1–3 of 初中, as STAGES has.
    field(`${stage.id}.grade${i + 1}` as FieldId, {
      label: stage.label + grade,
      path: [stage.label, grade],
      aliases: [[grade], [stage.label + grade], ...(stage.gradeAliases[i] ? [[stage.label, stage.gradeAliases[i]], [stage.gradeAliases[i]]] : [])],
      type: "count",
      unit: "人",
    }),
  );
  const bands = CLASS_SIZE_BANDS.map((band) =>
    field(`${stage.id}.${band.key}`, {
      label: `${stage.label}${band.label}班数`,
      path: [stage.label, band.label],
      aliases: [...band.aliases.map((a) => [stage.label, a]), [stage.label + band.label]],
      type: "count",
      unit: "个",
    }),
  );
  return [
    ...grades,
    stageField(stage, "total", "在校生合计", ["合计", "在校生数", "在校学生数", "学生数", "在校生"], "count", true),
    stageField(stage, "female", "其中女生", ["其中女生", "女生"], "count"),
    stageField(stage, "minority", "其中少数民族", ["其中少数民族", "少数民族"], "count"),
    stageField(stage, "entrants", "招生数", ["招生数", "招生", "新生数"], "count"),
    stageField(stage, "expectedGraduates", "预计毕业生数", ["预计毕业生数", "预计毕业生"], "count"),
    { ...stageField(stage, "classes", "班数", ["班数", "班级数"], "count", true), unit: "个" },
    ...bands,
    stageField(stage, "prevYearStudents", "上学年初在校生", ["上学年初在校生", "上学年初在校生数"], "count"),
    stageField(stage, "dropouts", "学年内辍学人数", ["学年内辍学人数", "辍学人数", "辍学学生数"], "count"),
  ];
}

const studentSheet: SheetDef = {
  id: "students",
  name: "学生与班级",
  aliases: ["学生", "班级", "学生情况", "基础基212", "基础基312", "基础基313"],
  table: "基础基212/312/313",
  keyField: "code",
  nameField: "name",
  fields: [
    codeField,
    nameField,
    ...STAGES.flatMap(studentFields),
    field("senior.students", {
      label: "高中在校生",
      path: ["高中在校生"],
      aliases: [["高中", "在校生"], ["高中", "合计"], ["高中在校生数"]],
      type: "count",
      unit: "人",
    }),
  ],
};

function staffFields(stage: (typeof STAGES)[number]): FieldDef[] {
  const teacherPaths = (name: string) => [["专任教师", stage.label, name], [stage.label, "专任教师", name]];
  const teacherField = (key: StageFieldKey, item: { label: string; aliases: readonly string[] }) =>
    stageField(stage, key, item.label, [item.label, ...item.aliases], "count", false, [item.label, ...item.aliases].flatMap(teacherPaths));
  return [
    stageField(stage, "fullTime", "专任教师", ["专任教师", "专任教师数", "专任教师合计"], "count", true, [
      ["专任教师", stage.label],
      ["专任教师", stage.label, "合计"],
      [stage.label, "专任教师", "合计"],
    ]),
    ...QUALIFICATIONS.map((item) => teacherField(`edu.${item.key}`, item)),
    ...TITLES.map((item) => teacherField(`title.${item.key}`, item)),
    stageField(stage, "keyTeachers", "县级及以上骨干教师", ["县级及以上骨干教师", "县级以上骨干教师", "骨干教师"], "count"),
    stageField(stage, "peTeachers", "体育专任教师", ["体育专任教师", "体育教师"], "count"),
    stageField(stage, "artTeachers", "艺术(音乐、美术)专任教师", ["艺术(音乐、美术)专任教师", "艺术专任教师", "音乐美术专任教师", "艺术教师"], "count"),
  ];
}

const staffSheet: SheetDef = {
  id: "staff",
  name: "教职工",
  aliases: ["教师", "教职工情况", "基础基422"],
  table: "基础基422",
  keyField: "code",
  nameField: "name",
  fields: [
    codeField,
    nameField,
    field("staffTotal", {
      label: "教职工数",
      path: ["教职工数"],
      aliases: [["教职工"], ["教职工合计"], ["教职工", "合计"], ["教职工总数"]],
      type: "count",
      required: true,
      unit: "人",
    }),
    ...STAGES.flatMap(staffFields),
  ],
};

const area = (id: FieldId, label: string, path: string[], aliases: string[][] = [], required = false) =>
  field(id, { label, path, aliases, type: "area", required, unit: "㎡" });

const TEACHING_ROOMS: readonly [TeachingRoomKey, string][] = [
  ["classrooms", "教室"],
  ["labs", "实验室"],
  ["library", "图书室"],
  ["computerRooms", "微机室"],
  ["languageLabs", "语音室"],
  ["gym", "体育馆"],
];

const buildingSheet: SheetDef = {
  id: "buildings",
  name: "校舍",
  aliases: ["校舍情况", "基础基512"],
  table: "基础基512",
  keyField: "code",
  nameField: "name",
  fields: [
    codeField,
    nameField,
    area("totalArea", "校舍建筑面积合计", ["校舍建筑面积合计"], [["校舍建筑面积"], ["校舍建筑面积", "合计"], ["校舍总面积"], ["校舍面积"]], true),
    area("dangerous", "其中危房", ["其中危房"], [["危房"], ["危房面积"], ["校舍建筑面积", "其中危房"]]),
    area("teaching.total", "教学及辅助用房合计", ["教学及辅助用房", "合计"], [["教学及辅助用房"], ["教学及辅助用房面积"], ["教学及辅助用房合计"]], true),
    ...TEACHING_ROOMS.map(([key, label]) => area(`teaching.${key}`, label, ["教学及辅助用房", label], [[label]])),
    area("admin", "行政办公用房", ["行政办公用房"], [["行政办公用房面积"]]),
    area("living", "生活用房", ["生活用房"], [["生活用房面积"]]),
    area("other", "其他用房", ["其他用房"], [["其他用房面积"]]),
  ],
};

export const TEACHING_ROOM_FIELDS = TEACHING_ROOMS.map(([key]) => `teaching.${key}` as const);

const facilitySheet: SheetDef = {
  id: "facilities",
  name: "场地与装备",
  aliases: ["办学条件", "基础基522", "场地装备"],
  table: "基础基522",
  keyField: "code",
  nameField: "name",
  fields: [
    codeField,
    nameField,
    area("siteArea", "占地面积", ["占地面积"], [["学校占地面积"], ["占地总面积"]], true),
    area("greenArea", "绿化用地面积", ["绿化用地面积"], [["绿化面积"], ["绿化用地"]]),
    area("sportsArea", "运动场地面积", ["运动场地面积"], [["运动场面积"], ["体育运动场地面积"], ["运动场地"]], true),
    field("books", { label: "图书", path: ["图书"], aliases: [["图书册数"], ["图书藏量"], ["藏书"]], type: "count", required: true, unit: "册" }),
    field("computers", { label: "计算机", path: ["计算机"], aliases: [["计算机台数"], ["计算机数"], ["计算机", "合计"]], type: "count", unit: "台" }),
    field("teachingComputers", {
      label: "其中教学用计算机",
      path: ["其中教学用计算机"],
      aliases: [["教学用计算机"], ["计算机", "其中教学用"], ["计算机", "其中教学用计算机"]],
      type: "count",
      unit: "台",
    }),
    field("multimediaRooms", { label: "网络多媒体教室", path: ["网络多媒体教室"], aliases: [["网络多媒体教室数"], ["多媒体教室"]], type: "count", unit: "间" }),
    field("equipmentValue", {
      label: "教学仪器设备资产值",
      path: ["教学仪器设备资产值"],
      aliases: [["教学仪器设备值"], ["仪器设备值"], ["教学仪器设备资产总值"]],
      type: "money",
      required: true,
      moneyUnit: "万元",
    }),
  ],
};

const count = (id: FieldId, label: string, path: string[], aliases: string[][] = []) =>
  field(id, { label, path, aliases, type: "count", unit: "人" });

const villageSheet: SheetDef = {
  id: "villages",
  name: "普及与控辍",
  aliases: ["村委会", "普及情况", "控辍保学", "入学情况"],
  table: "普及与控辍",
  keyField: "village",
  fields: [
    field("village", { label: "村委会", path: ["村委会"], aliases: [["村委会名称"], ["村(居)委会"], ["行政村"]], type: "text", required: true }),
    count("primaryAge", "小学适龄儿童数", ["小学", "适龄儿童数"], [["小学适龄儿童数"], ["小学适龄儿童"]]),
    count("primaryEnrolled", "小学适龄儿童已入学", ["小学", "其中已入学"], [["小学", "已入学"], ["小学已入学"], ["小学适龄儿童数", "其中已入学"]]),
    count("juniorAge", "初中适龄少年数", ["初中", "适龄少年数"], [["初中适龄少年数"], ["初中适龄少年"]]),
    count("juniorEnrolled", "初中适龄少年已入学", ["初中", "其中已入学"], [["初中", "已入学"], ["初中已入学"], ["初中适龄少年数", "其中已入学"]]),
    count("disabled.visual", "三类残疾(视力)", ["三类残疾适龄儿童少年", "视力"], [["视力残疾"]]),
    count("disabled.hearing", "三类残疾(听力言语)", ["三类残疾适龄儿童少年", "听力言语"], [["听力言语残疾"]]),
    count("disabled.intellectual", "三类残疾(智力)", ["三类残疾适龄儿童少年", "智力"], [["智力残疾"]]),
    count("disabledEnrolled.regular", "残疾儿童随班就读", ["已入学", "随班就读"], [["随班就读"]]),
    count("disabledEnrolled.special", "残疾儿童在特教学校", ["已入学", "特教学校"], [["特教学校"], ["特殊教育学校"]]),
    count("disabledEnrolled.home", "残疾儿童送教上门", ["已入学", "送教上门"], [["送教上门"]]),
  ],
};

export const REGISTER_SHEETS: readonly SheetDef[] = [schoolSheet, studentSheet, staffSheet, buildingSheet, facilitySheet, villageSheet];

export function sheetDef(id: SheetId): SheetDef {
  const def = REGISTER_SHEETS.find((s) => s.id === id);
  if (!def) throw new Error(`unknown sheet ${id}`);
  return def;
}

export function fieldDef(sheet: SheetId, id: FieldId): FieldDef {
  const def = sheetDef(sheet).fields.find((f) => f.id === id);
  if (!def) throw new Error(`unknown field ${sheet}.${id}`);
  return def;
}

/** The optional key–value sheet with the register's metadata; command-line options override it. */
export const FILL_INFO_SHEET = { name: "填报说明", aliases: ["说明", "填报信息"], keys: ["乡镇", "县", "统计年度", "学年", "填报人", "联系电话", "数据日期"] } as const;

/** Sheets Junheng writes; never read as register sheets. */
export const OUTPUT_SHEET_NAMES = ["审核结果", "指标计算", "差异系数", "整改清单", "工作进度", "自评报告", "考核自查", "标准参数", "审核说明", "自评报告模板", "历年差异系数", "历年学校指标", "历年审核与整改", "_junheng"] as const;
