// Render many styles with citeproc-js, one job a line, for benchmarks/style_sweep.py.
// The first line is {locales: dir, items: [...]}: the folder of citeproc-py's locale files
// and the records. Each further line is {name, style, locale}; for each one this writes a
// line {name, bibliography: [[id, entry]...], citations: {id: text}, sortkeys: {id: [key...]}}
// (or {name, error}).
// Each citation is the record cited alone, as the first citation, with only that record
// known; the bibliography has every record (citeproc-js leaves out entries that print
// nothing, so the caller pairs entries by id).
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const CSL = require("citeproc");

let setup = null;
let items = {};
const localeCache = {};

function retrieveLocale(code) {
  if (!(code in localeCache)) {
    const file = path.join(setup.locales, `locales-${code}.xml`);
    localeCache[code] = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  }
  return localeCache[code] || retrieveLocale("en-US");
}

function render(job) {
  const sys = { retrieveLocale, retrieveItem: (id) => items[id] };
  const engine = new CSL.Engine(sys, job.style, job.locale);
  engine.setOutputFormat(job.format || "text");
  const citations = {};
  for (const id of Object.keys(items)) {
    engine.updateItems([id]);
    citations[id] = engine.makeCitationCluster([{ id }]);
  }
  engine.updateItems(Object.keys(items));
  // The bibliography sort keys (undefined ones become null), to explain order differences.
  const sortkeys = {};
  for (const id of Object.keys(items)) {
    const entry = engine.registry.registry[id];
    sortkeys[id] = entry && entry.sortkeys ? entry.sortkeys.map((key) => (key === undefined ? null : key)) : [];
  }
  let entries = [];
  if (engine.bibliography) {
    const made = engine.makeBibliography();
    if (made) {
      // Entries that print nothing are left out of the strings but not of entry_ids.
      let ids = made[0].entry_ids.map((group) => String(group[0]));
      if (ids.length !== made[1].length) {
        const empty = new Set(made[0].bibliography_errors.map((error) => String(error.itemID)));
        ids = ids.filter((id) => !empty.has(id));
      }
      if (ids.length !== made[1].length) throw new Error("entries cannot be paired with ids");
      entries = ids.map((id, index) => [id, made[1][index]]);
    }
  }
  return { name: job.name, bibliography: entries, citations, sortkeys };
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (!line.trim()) return;
  const job = JSON.parse(line);
  if (setup === null) {
    setup = job;
    items = Object.fromEntries(job.items.map((item) => [String(item.id), item]));
    return;
  }
  let result;
  try {
    result = render(job);
  } catch (error) {
    result = { name: job.name, error: String(error && error.message ? error.message : error) };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
