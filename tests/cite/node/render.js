// Render CSL-JSON items with citeproc-js, the reference CSL processor.
// Reads {style, locales: {code: xml}, locale, items, cite, format} as JSON on stdin and
// writes {bibliography: [[id, entry]...], citations: {id: text}, together} as JSON;
// each id in `cite` is cited alone, as the first citation of a fresh engine, and all of
// them together in one citation (`together`); with `incontext`, the ids in `cite` are also
// cited one after another, each alone, in one document (`incontext`: {id: text, as
// finally rendered}), so disambiguation compares them.
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
  const make = () => {
    const engine = new CSL.Engine(sys, job.style, job.locale);
    engine.setOutputFormat(job.format);
    return engine;
  };
  const citations = {};
  for (const id of job.cite) {
    const engine = make();
    engine.updateItems([id]);
    const result = engine.processCitationCluster(
      { citationItems: [{ id }], properties: { noteIndex: 1 } }, [], []);
    citations[id] = result[1][0][1];
  }
  const engine = make();
  engine.updateItems(Object.keys(items));
  const bibliography = engine.bibliography ? engine.makeBibliography() : false;
  const entries = bibliography
    ? bibliography[0].entry_ids.map((ids, index) => [ids[0], bibliography[1][index]])
    : [];
  const together = make();
  together.updateItems(Object.keys(items));
  const cluster = together.processCitationCluster(
    { citationItems: job.cite.map((id) => ({ id })), properties: { noteIndex: 1 } }, [], []);
  const all = cluster[1][0][1];
  const incontext = {};
  if (job.incontext) {
    const engine = make();
    const pre = [];
    job.cite.forEach((id, index) => {
      const citation = {
        citationID: `c${index}`,
        citationItems: [{ id }],
        properties: { noteIndex: index + 1 },
      };
      const result = engine.processCitationCluster(citation, pre, []);
      for (const [at, text] of result[1]) incontext[job.cite[at]] = text;
      pre.push([citation.citationID, index + 1]);
    });
  }
  process.stdout.write(
    JSON.stringify({ bibliography: entries, citations, together: all, incontext }));
});
