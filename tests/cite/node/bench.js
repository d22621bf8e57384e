// Time citeproc-js on rounds of records, for benchmarks/cite_speed.py.
// Reads {style, locales: dir, locale, rounds: [[item...]...]} as JSON on stdin and writes
// {seconds: [...], entries: [...]}: for each round, the time to register its records and
// make the bibliography with one engine built beforehand, and the number of entries.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const job = JSON.parse(input);
  let items = {};
  const sys = {
    retrieveLocale: (code) => {
      const file = path.join(job.locales, `locales-${code}.xml`);
      return fs.readFileSync(fs.existsSync(file) ? file : path.join(job.locales, "locales-en-US.xml"), "utf8");
    },
    retrieveItem: (id) => items[id],
  };
  const engine = new CSL.Engine(sys, job.style, job.locale);
  engine.setOutputFormat("text");
  const seconds = [];
  const entries = [];
  for (const round of job.rounds) {
    items = Object.fromEntries(round.map((item) => [String(item.id), item]));
    const start = process.hrtime.bigint();
    engine.updateItems(Object.keys(items));
    const made = engine.makeBibliography();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    entries.push(made[1].length);
  }
  process.stdout.write(JSON.stringify({ seconds, entries }));
});
