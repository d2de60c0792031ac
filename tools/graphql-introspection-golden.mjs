// Golden files for the introspection tests, from graphql-js:
//   IntrospectionQuery.graphql        getIntrospectionQuery() with every option on
//   <name>.introspection.json         that query executed against buildSchema(<schema>)
//   <name>.printed.graphql            printSchema(buildSchema(<schema>))
//   <name>.client.graphql             printSchema(buildClientSchema(<introspection>))
// Usage: node graphql-introspection-golden.mjs <schema.graphql> <out dir> <name>
// With --check <introspection.json>, prints printSchema(buildClientSchema(<that json>)) instead, so an
// introspection result produced by our engine can be fed to graphql-js directly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, executeSync, getIntrospectionQuery, parse, printSchema } from 'graphql';

const options = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

if (process.argv[2] === '--check') {
  const result = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  process.stdout.write(printSchema(buildClientSchema(result.data)) + '\n');
} else {
  const [schemaPath, outDir, name] = process.argv.slice(2);
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  const query = getIntrospectionQuery(options);
  const result = executeSync({ schema, document: parse(query) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  writeFileSync(join(outDir, 'IntrospectionQuery.graphql'), query);
  writeFileSync(join(outDir, `${name}.introspection.json`), JSON.stringify(result, null, 1) + '\n');
  writeFileSync(join(outDir, `${name}.printed.graphql`), printSchema(schema) + '\n');
  writeFileSync(join(outDir, `${name}.client.graphql`), printSchema(buildClientSchema(result.data)) + '\n');
}
