/**
 * Ribbon function file (manifest <FunctionFile>). The only button uses ShowTaskpane, so there are no
 * functions to register; Office still loads this page with the ribbon and expects Office.onReady to run.
 * Compiled to ES5 like bootstrap.ts: the function file runs in the same old webviews.
 */
Office.onReady(function () {
  // Nothing to register yet: ExecuteFunction buttons would be added with Office.actions.associate here.
});
