// Parses a WebVTT file with the webvtt-parser package, strictly, and prints its cues as JSON:
// {"errors": [...], "cues": [{"start": s, "end": s, "text": "..."}]}. Exit 0 either way; the test judges.
const fs = require("fs");
const { WebVTTParser } = require("webvtt-parser");
const text = fs.readFileSync(process.argv[2], "utf8");
const tree = new WebVTTParser().parse(text, "metadata");
console.log(JSON.stringify({
  errors: tree.errors.map((e) => `${e.line}:${e.col} ${e.message}`),
  cues: tree.cues.map((c) => ({ start: c.startTime, end: c.endTime, text: c.text })),
}));
