// Times graphql-js 16 on the benchmark query of bench/graphql (parse; validate; execute + JSON.stringify against
// buildSchema and the JSON root value), the same work Gaoqing.Graph.Bench.GraphQL measures for our engine.
// Usage: node bench/graphql-js-bench.mjs   (after `cd tools && npm ci`)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tools/package.json', import.meta.url));
const { buildSchema, execute, parse, validate } = require('graphql');
const read = (name) => readFileSync(new URL(`graphql/${name}`, import.meta.url), 'utf8');

const schema = buildSchema(read('schema.graphql'));
const query = read('query.graphql');
const rootValue = JSON.parse(read('root.json'));
const document = parse(query);
const variableValues = { id: 'd1' };

function measure(name, work) {
  for (let i = 0; i < 2000; i++) work();
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const iterations = 2000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) work();
    rounds.push(Number(process.hrtime.bigint() - start) / iterations / 1000);
  }
  rounds.sort((a, b) => a - b);
  console.log(`graphql-js ${name}: median ${rounds[2].toFixed(2)} us/op (min ${rounds[0].toFixed(2)})`);
}

measure('parse', () => parse(query));
measure('validate', () => validate(schema, document));
measure('execute', () => JSON.stringify(execute({ schema, document, rootValue, variableValues })));
