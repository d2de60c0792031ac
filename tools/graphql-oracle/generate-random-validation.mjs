// Writes a seeded random validation corpus: valid corpus documents with random token edits that still parse,
// each with the errors graphql-js 16.15.0's validate(schema, document, specifiedRules) reports for it.
//
// Usage: node tools/graphql-oracle/generate-random-validation.mjs [count=2000] [seed=20261125]
// Output: tests/Gaoqing.Graph.GraphQL.Tests/Differential/RandomValidation.golden.json
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, here, schema, seededRandom } from './random-corpus-setup.mjs';

const { parse, validate, specifiedRules, Lexer, Source, TokenKind } = graphql;
const count = Number(process.argv[2] ?? 2000);
const { random, pick } = seededRandom(Number(process.argv[3] ?? 20261125));

const names = new Set(['F', 'G', 'Unknown', 'x', 'a', '__typename', '__schema', '__type', 'skip', 'include', 'deprecated']);
for (const type of Object.values(schema.getTypeMap())) {
  names.add(type.name);
  if ('getFields' in type) for (const field of Object.values(type.getFields())) {
    names.add(field.name);
    for (const arg of field.args ?? []) names.add(arg.name);
  }
  if ('getValues' in type) for (const value of type.getValues()) names.add(value.name);
}
const vocabulary = [...names];
const literals = ['1', '-7', '2147483648', '1.5', '"text"', '"""block"""', 'true', 'false', 'null', 'BROWN', 'SIT', '[1, 2]', '["a", null]', '{ requiredField: true }', '{ id: "1" }', '{}', '$v', '$x'];
const inserts = [' @skip(if: true)', ' @include(if: $v)', ' @deprecated', ' @unknown', ' ...F', ' ... on Dog { name }', ' alias: name', ' x: hello', ' __typename', ' dog { name }', '(x: 1)', '(if: true)'];
const tails = ['', '\nfragment F on Dog { name nickname }', '\nfragment F on Cat { ...F }', '\nfragment G on Pet { name }', '\nquery Extra($v: Boolean) { hello }', '\n{ hello }'];

const corpus = readdirSync(join(here, 'corpus')).filter((f) => f.endsWith('.graphql')).sort()
  .map((f) => readFileSync(join(here, 'corpus', f), 'utf8'))
  .filter((text) => { try { return validate(schema, parse(text)).length === 0; } catch { return false; } });

function tokens(text) {
  const lexer = new Lexer(new Source(text));
  const found = [];
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) found.push(token);
  return found;
}

function mutate(text) {
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) {
    const all = tokens(text);
    if (all.length === 0) break;
    const token = pick(all);
    const choice = random();
    let replacement;
    if (choice < 0.4 && token.kind === TokenKind.NAME) replacement = pick(vocabulary);
    else if (choice < 0.65 && [TokenKind.INT, TokenKind.FLOAT, TokenKind.STRING, TokenKind.BLOCK_STRING, TokenKind.NAME].includes(token.kind)) replacement = pick(literals);
    else if (choice < 0.9) replacement = text.slice(token.start, token.end) + pick(inserts);
    else replacement = '';
    text = text.slice(0, token.start) + replacement + text.slice(token.end);
  }
  return text + pick(tails);
}

const cases = [];
const seen = new Set();
let attempts = 0;
while (cases.length < count && attempts < count * 50) {
  attempts += 1;
  const document = mutate(pick(corpus));
  if (seen.has(document)) continue;
  let ast;
  try { ast = parse(document); } catch { continue; }
  seen.add(document);
  let errors;
  try {
    errors = validate(schema, ast, specifiedRules).map((e) => ({ message: e.message, locations: e.locations ?? undefined }));
  } catch {
    // graphql-js's SingleFieldSubscriptionsRule throws on @skip/@include with a variable or a non-boolean in a
    // subscription (it evaluates them with no variables); such documents have no reference answer.
    continue;
  }
  cases.push({ document, errors });
}
const out = join(here, '..', '..', 'tests', 'Gaoqing.Graph.GraphQL.Tests', 'Differential', 'RandomValidation.golden.json');
writeFileSync(out, '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
const invalid = cases.filter((c) => c.errors.length > 0).length;
console.log(`${cases.length} documents (${invalid} invalid, ${cases.length - invalid} valid) from ${corpus.length} valid corpus documents`);
