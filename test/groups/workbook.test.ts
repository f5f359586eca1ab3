import { includeGroup } from "./include";

includeGroup("workbook");
