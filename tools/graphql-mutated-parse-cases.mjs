// Makes a seeded corpus of broken documents: each is a document of the parse corpus with one to three
// random edits (deleted characters, inserted punctuation, quotes, escapes, keywords, control characters).
// Expected answers then come from graphql-parse-golden.mjs. Documents with UTF-16 surrogates are left
// out because JSON readers reject unpaired ones.
// Usage: node graphql-mutated-parse-cases.mjs <parse cases.json> <out.json> [seed] [count]
import { readFileSync, writeFileSync } from 'node:fs';

const [casesPath, outPath, seedText = '12345', countText = '2000'] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
let state = Number(seedText) >>> 0;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};
const inserts = ['{', '}', '(', ')', '[', ']', '"', '\\', '$', '@', '.', ':', '=', '!', '|', '&', '#', '\n', '\r', 'u', '0', '-', 'e',
  '\u0000', "'", ' ', '"""', '...', 'on ', 'fragment ', 'query ', 'extend ', '1', 'x', '\t', ',', '\u00e9', '\\u', '\\u{'];
const out = [];
while (out.length < Number(countText)) {
  let text = cases[Math.floor(random() * cases.length)];
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
    const at = Math.floor(random() * (text.length + 1));
    text = random() < 0.4 && text.length > 0
      ? text.slice(0, at) + text.slice(at + 1)
      : text.slice(0, at) + inserts[Math.floor(random() * inserts.length)] + text.slice(at);
  }
  if (!/[\ud800-\udfff]/.test(text)) out.push(text);
}
writeFileSync(outPath, JSON.stringify(out, null, 1) + '\n');
