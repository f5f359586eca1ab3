/** @jest-environment jsdom */
// Testing Library registers its cleanup (unmount after each test) when first loaded: here, at the top level, so
// that it runs after every member's tests, not only after those of the member that loaded it first.
import "@testing-library/react";
import { includeGroup } from "./include";

includeGroup("pane");
