// Checks a running API's schema against the contract with graphql-js: buildClientSchema on the API's introspection
// must succeed, and every type, field, argument, default, interface, enum value and description of the contract SDL
// must be there with the same types.
//
// Usage: node tools/api-schema-check.mjs http://127.0.0.1:PORT/graphql ../shared/contracts/schema.graphql
// Prints one JSON object: { types, fields, arguments, problems: [...] }; exits 0 only when there is no problem.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isInterfaceType, isObjectType,
  isUnionType,
} from 'graphql';

const [url, contractPath] = process.argv.slice(2);
if (!url || !contractPath) {
  console.error('usage: node api-schema-check.mjs <graphql url> <contract schema.graphql>');
  process.exit(2);
}

const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const result = await response.json();
if (result.errors) {
  console.log(JSON.stringify({ problems: result.errors.map((e) => `introspection failed: ${e.message}`) }, null, 2));
  process.exit(1);
}

const served = buildClientSchema(result.data);
const contract = buildSchema(readFileSync(contractPath, 'utf8'));
const problems = [];
const counts = { types: 0, fields: 0, arguments: 0 };
const same = (what, expected, actual) => {
  if (JSON.stringify(expected ?? null) !== JSON.stringify(actual ?? null)) {
    problems.push(`${what}: contract ${JSON.stringify(expected ?? null)}, served ${JSON.stringify(actual ?? null)}`);
  }
};

const compareArguments = (owner, expectedArgs, actualArgs) => {
  for (const arg of expectedArgs) {
    counts.arguments += 1;
    const match = actualArgs.find((a) => a.name === arg.name);
    if (!match) {
      problems.push(`${owner}(${arg.name}:) is missing`);
      continue;
    }
    same(`${owner}(${arg.name}:) type`, String(arg.type), String(match.type));
    same(`${owner}(${arg.name}:) default`, arg.defaultValue, match.defaultValue);
    same(`${owner}(${arg.name}:) description`, arg.description, match.description);
  }
};

for (const type of Object.values(contract.getTypeMap())) {
  if (type.name.startsWith('__')) continue;
  counts.types += 1;
  const actual = served.getType(type.name);
  if (!actual) {
    problems.push(`type ${type.name} is missing`);
    continue;
  }
  same(`${type.name} kind`, type.constructor.name, actual.constructor.name);
  same(`${type.name} description`, type.description, actual.description);
  if (isObjectType(type) || isInterfaceType(type)) {
    same(`${type.name} interfaces`, type.getInterfaces().map(String), actual.getInterfaces().map(String));
    const fields = actual.getFields();
    for (const field of Object.values(type.getFields())) {
      counts.fields += 1;
      const match = fields[field.name];
      if (!match) {
        problems.push(`${type.name}.${field.name} is missing`);
        continue;
      }
      same(`${type.name}.${field.name} type`, String(field.type), String(match.type));
      same(`${type.name}.${field.name} description`, field.description, match.description);
      compareArguments(`${type.name}.${field.name}`, field.args, match.args);
    }
  } else if (isInputObjectType(type)) {
    compareArguments(`input ${type.name}`, Object.values(type.getFields()), Object.values(actual.getFields()));
  } else if (isEnumType(type)) {
    same(`enum ${type.name} values`, type.getValues().map((v) => v.name), actual.getValues().map((v) => v.name));
  } else if (isUnionType(type)) {
    same(`union ${type.name} members`, type.getTypes().map(String), actual.getTypes().map(String));
  }
}

console.log(JSON.stringify({ ...counts, problems }, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
