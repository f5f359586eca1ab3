import { includeGroup } from "./include";

includeGroup("more");
