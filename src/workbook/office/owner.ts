export const OWNED_SHEETS_SETTING = "junheng.ownedSheets";
