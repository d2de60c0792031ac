// Writes a seeded random corpus aimed at field merging (OverlappingFieldsCanBeMerged): selection sets built from
// a few response keys, fields of several types, arguments, inline fragments and named fragments, each with the
// errors graphql-js 16.15.0's validate(schema, document, specifiedRules) reports for it.
//
// Usage: node tools/graphql-oracle/generate-random-merges.mjs [count=600] [seed=7]
// Output: tests/Gaoqing.Graph.GraphQL.Tests/Differential/RandomMerges.golden.json
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, here, schema, seededRandom } from './random-corpus-setup.mjs';

const { parse, validate, specifiedRules } = graphql;
const count = Number(process.argv[2] ?? 600);
const { random, pick } = seededRandom(Number(process.argv[3] ?? 7));

const keys = ['x', 'y', 'name'];
const typeConditions = ['Dog', 'Cat', 'Pet', 'Being', 'Canine', 'CatOrDog', 'Human', 'Node'];
const leafFields = ['name', 'nickname', 'barkVolume', 'meowVolume', 'lives', 'id', 'iq', '__typename', 'name(surname: true)', 'name(surname: $s)', 'doesKnowCommand(dogCommand: SIT)', 'doesKnowCommand(dogCommand: HEEL)', 'isAtLocation(x: 1, y: 2)', 'isAtLocation(y: 2, x: 1)', 'tags', 'commands'];
const objectFields = ['owner', 'mother', 'pets', 'relatives', 'friends'];

function selection(depth, fragments) {
  const items = [];
  const size = 1 + Math.floor(random() * 3);
  for (let i = 0; i < size; i++) {
    const r = random();
    const alias = random() < 0.6 ? pick(keys) + ': ' : '';
    if (r < 0.45) items.push(alias + pick(leafFields));
    else if (r < 0.65 && depth < 2) items.push(alias + pick(objectFields) + ' { ' + selection(depth + 1, fragments) + ' }');
    else if (r < 0.85 && depth < 2) items.push('... on ' + pick(typeConditions) + ' { ' + selection(depth + 1, fragments) + ' }');
    else items.push('...' + pick(fragments));
  }
  return items.join(' ');
}

function documentText() {
  const fragments = ['A', 'B', 'C'];
  const used = fragments.slice(0, 1 + Math.floor(random() * 3));
  const root = pick(['pet', 'dog', 'catOrDog', 'canine', 'being']);
  let text = `query Q($s: Boolean) { ${root} { ${selection(0, used)} } }`;
  for (const name of used) text += `\nfragment ${name} on ${pick(typeConditions)} { ${selection(1, used)} }`;
  return text;
}

const cases = [];
const seen = new Set();
let attempts = 0;
while (cases.length < count && attempts < count * 20) {
  attempts += 1;
  const document = documentText();
  if (seen.has(document)) continue;
  seen.add(document);
  let errors;
  try {
    errors = validate(schema, parse(document), specifiedRules).map((e) => ({ message: e.message, locations: e.locations ?? undefined }));
  } catch {
    continue;
  }
  cases.push({ document, errors });
}
const out = join(here, '..', '..', 'tests', 'Gaoqing.Graph.GraphQL.Tests', 'Differential', 'RandomMerges.golden.json');
writeFileSync(out, '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
const conflicts = cases.filter((c) => c.errors.some((e) => e.message.includes(' conflict because '))).length;
console.log(`${cases.length} documents, ${conflicts} with merge conflicts, ${cases.filter((c) => c.errors.length === 0).length} valid`);
