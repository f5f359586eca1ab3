import { includeGroup } from "./include";

includeGroup("corpus");
