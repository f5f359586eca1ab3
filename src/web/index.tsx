/** The web page's entry (webpack.web.config.js): mounts WebApp. */
import "../taskpane/noEval";
import { createRoot } from "react-dom/client";
import { WebApp } from "./WebApp";
import { checkInWorker } from "../taskpane/createCheckWorker";
import { readInWorker } from "./createReadWorker";

const root = document.getElementById("root");
if (root) createRoot(root).render(<WebApp engine={checkInWorker} reader={readInWorker} />);
