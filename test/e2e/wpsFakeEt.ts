/**
 * Bundled for Chromium by the WPS pane test and injected before the page's own scripts: what WPS 表格 provides to an
 * add-in page — `window.Application` — as the recording fake ET holding the sample register. The fake itself is
 * exposed as `junhengFakeEt`, for the test to look at what the pane wrote.
 */
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { sampleRegister } from "../../src/domain/sample/sample";
import { FakeEt } from "../workbook/wps/fake/app";

const et = new FakeEt(layoutRegister(sampleRegister()).grid);
Object.assign(window, { Application: et.application, junhengFakeEt: et });
