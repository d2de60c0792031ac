// Writes graphql-js's execution result for every case of an execution corpus, run (without validation,
// like our executor) against buildSchema(<schema.graphql>) and a JSON root value.
// Usage: node graphql-execute-golden.mjs <schema.graphql> <root.json> <cases.json> <golden.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, execute, parse } from 'graphql';

const [schemaPath, rootPath, casesPath, goldenPath] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const rootValue = JSON.parse(readFileSync(rootPath, 'utf8'));
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
const results = [];
for (const { query, variables, operationName } of cases) {
  const result = await execute({ schema, document: parse(query), rootValue, variableValues: variables, operationName });
  results.push(JSON.parse(JSON.stringify(result)));
}
writeFileSync(goldenPath, JSON.stringify(results, null, 1) + '\n');
