// Render a document's citations in order with citeproc-js, the reference CSL processor.
// Reads {style, locales: {code: xml}, locale, items, citations, format} as JSON on stdin,
// where each citation is a list of cites ({id, locator, label, prefix, suffix}) and
// citation i is note i + 1; writes the rendered citations as a JSON list.
"use strict";
const CSL = require("citeproc");

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const job = JSON.parse(input);
  const items = Object.fromEntries(job.items.map((item) => [String(item.id), item]));
  const sys = {
    retrieveLocale: (code) => job.locales[code] || job.locales["en-US"],
    retrieveItem: (id) => items[id],
  };
  const engine = new CSL.Engine(sys, job.style, job.locale);
  const citations = job.citations.map((cites, index) => ({
    citationID: `C${index + 1}`,
    citationItems: cites,
    properties: { noteIndex: index + 1 },
  }));
  const rendered = engine.rebuildProcessorState(citations, job.format);
  process.stdout.write(JSON.stringify(rendered.map((entry) => entry[2])));
});
