// Writes the golden outputs of graphql-js for every document of the differential corpus.
//
// For each corpus/NAME.graphql (with an optional corpus/NAME.json holding { variables, operationName })
// it records what graphql-js 16 says, in this order, stopping at the first stage that fails:
//   parse    -> the syntax error (message, locations)
//   validate -> validate(schema, document) with specifiedRules: each error (message, locations)
//   execute  -> execute({ schema, document, rootValue, variableValues, operationName }): data and errors
// Subscription operations are validated but not executed.
//
// Usage: node tools/graphql-oracle/generate-golden.mjs   (after `cd tools && npm ci --ignore-scripts`)
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const graphql = require('graphql');
const { buildSchema, parse, validate, specifiedRules, execute, getOperationAST, version } = graphql;

if (version !== '16.15.0') {
  throw new Error(`graphql ${version} is installed; the golden files are defined by 16.15.0`);
}

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, 'corpus');
const outDir = join(here, '..', '..', 'tests', 'Gaoqing.Graph.GraphQL.Tests', 'Differential', 'Golden');
const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));
const rootValue = JSON.parse(readFileSync(join(here, 'root-value.json'), 'utf8'));

const plain = (error) => {
  const out = { message: error.message };
  if (error.locations) out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  if (error.path) out.path = error.path;
  return out;
};

function golden(source, request) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { stage: 'parse', errors: [plain(error)] };
  }
  const validationErrors = validate(schema, document, specifiedRules);
  if (validationErrors.length > 0) {
    return { stage: 'validate', errors: validationErrors.map(plain) };
  }
  const operation = getOperationAST(document, request.operationName ?? null);
  if (operation && operation.operation === 'subscription') {
    return { stage: 'validate', errors: [] };
  }
  const result = execute({
    schema,
    document,
    rootValue,
    variableValues: request.variables ?? null,
    operationName: request.operationName ?? null,
  });
  if (typeof result.then === 'function') throw new Error('execution must be synchronous over JSON data');
  const plainResult = {};
  if (result.errors) plainResult.errors = result.errors.map(plain);
  if ('data' in result) plainResult.data = result.data;
  return { stage: 'execute', result: JSON.parse(JSON.stringify(plainResult)) };
}

mkdirSync(outDir, { recursive: true });
const names = readdirSync(corpusDir).filter((f) => f.endsWith('.graphql')).map((f) => f.slice(0, -'.graphql'.length)).sort();
const counts = { parse: 0, validate: 0, execute: 0 };
for (const name of names) {
  const source = readFileSync(join(corpusDir, `${name}.graphql`), 'utf8');
  const requestFile = join(corpusDir, `${name}.json`);
  const request = existsSync(requestFile) ? JSON.parse(readFileSync(requestFile, 'utf8')) : {};
  const entry = { name, document: source };
  if (request.variables !== undefined) entry.variables = request.variables;
  if (request.operationName !== undefined) entry.operationName = request.operationName;
  Object.assign(entry, golden(source, request));
  counts[entry.stage] += 1;
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(entry, null, 2) + '\n');
}
for (const stale of readdirSync(outDir)) {
  if (stale.endsWith('.json') && !names.includes(stale.slice(0, -'.json'.length))) rmSync(join(outDir, stale));
}
console.log(`${names.length} documents: ${counts.parse} parse errors, ${counts.validate} stopped at validation, ${counts.execute} executed`);
