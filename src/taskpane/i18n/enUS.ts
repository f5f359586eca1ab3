/** The task pane in English, for Office set to English. Findings and rule texts from the engine stay Chinese. */
import type { Catalog } from "./zhCN";

export const enUS: Catalog = {
  common: {
    /** Between items of a list. */
    separator: ", ",
  },
  app: {
    name: "Junheng",
    tagline: "Compulsory education balance: statistics check",
    intro: "Open the township (or school) statistics register, choose a rule pack, then select Start check. Cells are only coloured; no value is changed.",
  },
  pack: {
    label: "Rule pack",
  },
  previous: {
    label: "Last year's data",
    hint: "Choose last year's register (or last year's checked workbook) to compare students and school conditions year on year.",
    choose: "Choose last year's workbook…",
    loading: "Reading last year's data…",
    chosen: (name: string) => `Chosen: ${name}`,
    remove: "Do not compare with last year",
    carryOver: "Carry over last year's rectification status and checklist entries",
  },
  run: {
    start: "Start check",
    running: "Checking…",
    finished: (errors: number, warnings: number) => `Check finished: ${errors} errors, ${warnings} warnings.`,
    cancel: "Cancel check",
    cancelled: "Check cancelled; the workbook was not changed.",
    stale: "The workbook has changed: check it again",
    staleDetail: (sheet: string) => `"${sheet}" changed after the check, so the results and colours may no longer match it. Writing result sheets, standards or explanations waits for a new check.`,
    recheck: "Check again",
    notWritten: "Some highlights could not be written",
    lockedSheets: (sheets: string) => `"${sheets}" is protected, so its cells were not coloured (the results below are complete). To colour them, unprotect the sheet and check again.`,
  },
  phase: {
    read: "Read the workbook",
    recognise: "Recognise headers",
    check: "Check",
    highlight: "Highlight",
    listLabel: "Check steps",
    step: (index: number, total: number, name: string) => `Step ${index} of ${total}: ${name}`,
    done: "done",
    current: "in progress",
    pending: "waiting",
  },
  summary: {
    label: "Check summary",
    error: "Errors",
    warning: "Warnings",
    below: "Below standard",
    veto: "Vetoes",
    scope: (schools: number, units: number) => `${schools} schools, ${units} evaluation units in the difference coefficients`,
    info: (n: number) => `${n} notes on the evaluation method`,
    allClear: "No errors or warnings found.",
  },
  legend: {
    label: "Highlight colours in the register",
    error: "Error",
    warning: "Warning",
    below: "Below standard",
  },
  veto: {
    title: "Veto items",
    hugeClasses: "Classes of 66 or more",
    dangerous: "Dangerous buildings",
    dropout: "Dropout above the control line",
    township: "Whole township",
    dropoutDetail: (value: string, target: string) => `dropout rate ${value}, above the target ${target}`,
    hugeClassDetail: (count: number) => `${count} classes of 66 or more`,
    goTo: "Go to",
    heading: (what: string, where: string) => `${what} (${where}): `,
  },
  severity: {
    error: "Error",
    warning: "Warning",
    info: "Note",
  },
  tabs: {
    label: "Result views",
    findings: "Findings",
    indicators: "Indicators",
    balance: "Coefficients",
    rectification: "Rectification",
  },
  filter: {
    severityLabel: "Filter by severity",
    toggle: (label: string, n: number) => `${label} (${n})`,
    searchLabel: "Search findings",
    searchPlaceholder: "School name, rule id or message",
    shown: (shown: number, total: number) => `Showing ${shown} of ${total}`,
    none: "No finding matches.",
  },
  findings: {
    township: "Whole township (no single school)",
    noSheet: "(not on one sheet)",
    schoolCount: (n: number) => `${n}`,
    itemLabel: (severity: string, rule: string, message: string, where: string) => `${severity} ${rule}: ${message}. Go to ${where}`,
    help: "About this rule",
    explanation: "Explanation",
    example: "Wrong entry",
    fix: "How to fix",
    helpFor: (finding: string) => `About this rule: ${finding}`,
    explainFor: (finding: string) => `Add explanation: ${finding}`,
    explained: "Explained",
    explain: "Add explanation",
    ruleUnknown: "This rule has no explanation.",
  },
  selection: {
    title: (where: string) => `Findings at the selected cell ${where}`,
    close: "Close",
  },
  indicators: {
    students: (n: number) => `${n} students`,
    passed: "Meets standards",
    failed: (n: number) => `${n} below standard`,
    notJudged: "Not judged",
    excluded: "Not counted",
    below: "Below standard",
    indicator: "Indicator",
    value: "Value",
    standard: "Standard",
    ceiling: (value: string) => `≤ ${value}`,
    floor: (value: string) => `≥ ${value}`,
    dataErrors: (rules: string) => `The school's data has errors (${rules}); read with care`,
    none: "No evaluation units.",
  },
  balance: {
    heading: (stage: string, n: number) => `${stage} (${n} schools counted)`,
    composite: "Composite coefficient",
    eachRule: (threshold: number) => `Each coefficient at most ${threshold}`,
    threshold: "Threshold",
    verdict: "Verdict",
    passed: "Met",
    failed: "Not met",
    unknown: "Cannot judge",
    whatIf: "After rectification",
    indicator: "Indicator",
    mean: "Township mean",
    cv: "Coefficient",
    contributions: "Each school's contribution",
    contributionsHint: "The school's share of the weighted variance of the indicator in its stage; shares add up to 100%",
    more: (n: number, total: number) => `Show ${n} more (${total} schools)`,
    contributionIndicator: "Indicator",
    school: "School",
    share: "Share",
    noUnits: "No school is counted; no coefficient is computed.",
    notComputed: "cannot compute",
  },
  stage: {
    primary: "Primary",
    junior: "Junior secondary",
  },
  rectification: {
    items: (n: number) => `${n} items`,
    gap: "Gap",
    action: "Action",
    responsible: "Responsible",
    deadline: "Deadline",
    status: "Status",
    none: "Nothing to rectify.",
    noGap: "—",
  },
  actions: {
    label: "Write to the workbook",
    writeSheets: "Write result sheets",
    writeStandards: "Write standards sheet",
    clear: "Clear highlights",
    written: (names: string) => `Sheets written: ${names}`,
    cleared: "The highlights of this check are cleared.",
    explained: "Explanation recorded.",
  },
  report: {
    download: "Download self-evaluation report (Word)",
    preparing: "Preparing the report…",
    started: (fileName: string) => `"${fileName}" is ready. If the download did not start, click Write result sheets: the report goes into this workbook's report sheet, ready to copy into Word.`,
    failed: (detail: string) =>
      `Files cannot be downloaded here (${detail}). Click Write result sheets instead: the report goes into this workbook's report sheet, ready to copy into Word; or open this workbook in Excel on the web and download it there.`,
  },
  archive: {
    label: "Archive tables (several years)",
    hint: "Add earlier years' registers to make, with the open workbook, the tables of coefficients, school indicators and findings by year. Each year comes from the statistics year in the file's fill-in notes and can be changed in its box.",
    choose: "Add earlier workbooks…",
    year: (name: string) => `Statistics year of ${name}`,
    yearPlaceholder: "Year",
    remove: (name: string) => `Remove ${name}`,
    removeShort: "Remove",
    write: "Write archive tables",
    download: "Download archive tables",
    working: "Making the archive tables…",
    written: (names: string) => `Sheets written: ${names}`,
    downloaded: (fileName: string) => `"${fileName}" is ready. If the download did not start, click Write archive tables to put them into this workbook.`,
    added: (n: number) => `${n} earlier ${n === 1 ? "workbook" : "workbooks"} added`,
    openWorkbook: "The open workbook",
  },
  explainDialog: {
    title: "Add explanation",
    text: "Explanation",
    textHint: "Give the reason (repeaters, transfers, a plan being carried out)",
    author: "Written by",
    save: "Save explanation",
    cancel: "Cancel",
    required: "Enter the explanation and who wrote it.",
  },
  errors: {
    title: "Could not finish",
    structureProtected: "The workbook's structure is protected, so no result sheets can be added. Unprotect the workbook (Review → Protect Workbook) and try again.",
    clearProtected: (sheet: string) => `"${sheet}" is protected, so its colours cannot be cleared. Unprotect the sheet and try again.`,
    sheetMissing: (sheet: string) => `The sheet "${sheet}" is gone, so nothing was coloured: it may have been renamed or deleted since the check. Check again, then retry.`,
    notJunhengs: (sheet: string) => `"${sheet}" was not made by Junheng, so nothing was written, to keep its contents. Check again, then retry.`,
    resultProtected: (sheet: string) => `The result sheet "${sheet}" is protected, so the results were not written. Unprotect it in Excel and try again.`,
    /** Excel's failures: Excel's own message (in Office's language, so English here) and code, and what to do. */
    // The adapter's Chinese message is the second parameter, as in zh-CN, which shows it; here it is not used.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    fromExcel: ({ code, message }: { readonly code: string; readonly message: string }, _chinese: string) => {
      const said = message ? ` Excel says: "${message}"` : "";
      switch (code) {
        case "AccessDenied":
          return `Excel refused the change (AccessDenied).${said} The sheet or workbook may be protected: unprotect it in Excel and try again.`;
        case "ItemNotFound":
          return `Excel could not find a sheet or cell Junheng needed (ItemNotFound).${said} It may have been renamed or deleted: check the workbook again, then retry.`;
        case "ApiNotFound":
          return `This version of Excel lacks a feature Junheng needs (ApiNotFound).${said} Use Excel for Microsoft 365 or Excel on the web.`;
        case "RequestPayloadSizeLimitExceeded":
        case "ResponsePayloadSizeLimitExceeded":
          return `The register is more than Excel can pass at once (${code}).${said} Split it into smaller workbooks and try again.`;
        default:
          return `Excel reported an error (${code}).${said} Close the add-in, open it again and retry.`;
      }
    },
    unexpected: (detail: string) => `Unexpected error: ${detail}`,
    dismiss: "Dismiss message",
  },
};
