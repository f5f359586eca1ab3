import { includeGroup } from "./include";

includeGroup("cli");
