import { includeGroup } from "./include";

includeGroup("domain");
