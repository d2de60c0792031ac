// Generates a seeded, reproducible corpus of random executions over the engine's test schema:
// random selection sets (aliases, fragments on abstract types, @skip/@include, __typename) and random
// variable values for typed variables. Expected results then come from graphql-execute-golden.mjs.
// Usage: node graphql-random-cases.mjs <out cases.json> [seed] [count]
import { writeFileSync } from 'node:fs';

const [outPath, seedText = '20261125', countText = '400'] = process.argv.slice(2);
let state = Number(seedText) >>> 0;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const leaf = null;
const fields = {
  Query: {
    department: ['Department', '(by: {id: "d1"})'], departments: ['Department', ''], task: ['Task', '(id: "t1")'],
    tasks: ['Task', ''], search: ['SearchResult', '(text: "x")'], node: ['Node', '(id: "t1")'], named: ['Named', ''],
    echo: [leaf, ''], nonNullList: [leaf, ''], brokenDepartment: ['Department', ''], version: [leaf, ''],
    oddList: [leaf, ''], oddInt: [leaf, ''], oddInts: [leaf, ''], oddStrings: [leaf, ''], oddBools: [leaf, ''],
    oddIds: [leaf, ''], oddFloats: [leaf, ''], oddObject: ['Department', ''], oddEnums: [leaf, ''],
  },
  Department: {
    id: [leaf, ''], name: [leaf, ''], tasks: ['Task', ''], parent: ['Department', ''], budget: [leaf, ''],
    code: [leaf, ''], founded: [leaf, ''], meta: [leaf, ''], legacyCode: [leaf, ''],
  },
  Task: {
    id: [leaf, ''], title: [leaf, ''], status: [leaf, ''], lead: ['Department', ''], supports: ['Department', ''],
    tags: [leaf, ''], done: [leaf, ''], due: [leaf, ''], scores: [leaf, ''], brokenTitle: [leaf, ''], items: ['Item', ''],
  },
  Node: { id: [leaf, ''] },
  Named: { id: [leaf, ''], name: [leaf, ''] },
};
const possible = { SearchResult: ['Department', 'Task'], Item: ['Task', 'Department'], Node: ['Department', 'Task'], Named: ['Department'] };

function selection(type, depth) {
  const out = [];
  const count = between(1, 4);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (possible[type] || roll < 0.15) {
      const condition = pick(possible[type] ?? [type]);
      if (depth < 3) out.push(`... on ${condition} { ${selection(condition, depth + 1)} }`);
      continue;
    }
    if (roll < 0.22) {
      out.push('__typename');
      continue;
    }
    const name = pick(Object.keys(fields[type]));
    const [subtype, args] = fields[type][name];
    const alias = pick(['', '', `${name}A: `]);
    const directive = pick(['', '', '', ' @skip(if: true)', ' @include(if: false)', ' @skip(if: false)']);
    if (subtype) {
      if (depth < 3) out.push(`${alias}${name}${args}${directive} { ${selection(subtype, depth + 1)} }`);
    } else {
      out.push(`${alias}${name}${args}${directive}`);
    }
  }
  return out.length > 0 ? out.join(' ') : '__typename';
}

const variableTypes = ['Int', 'Int!', 'Float', 'String', 'Boolean', 'ID', 'Status', '[Int!]', '[Int]!', '[[String]]', 'TaskFilter', 'TaskFilter!', '[ID!]', 'DueRange', 'Date', 'JSON', '[Status!]'];
const argumentFor = { Int: 'count', Float: 'number', String: 'text', Boolean: 'flag', ID: 'id', Status: 'status', TaskFilter: 'filter', '[Int!]': 'list', '[[String]]': 'matrix' };
const scalars = [null, 0, 1, -1, 2147483647, 2147483648, 1.5, -0.5, 1e21, '', 'x', 'OPEN', 'DONE', '42', true, false];
const inputKeys = ['status', 'titleContains', 'leads', 'due', 'legacy', 'from', 'to', 'bogus', 'titel'];

function value(depth) {
  const roll = random();
  if (depth < 2 && roll < 0.15) return Array.from({ length: between(0, 3) }, () => value(depth + 1));
  if (depth < 2 && roll < 0.3) {
    const result = {};
    for (let i = between(0, 3); i > 0; i--) result[pick(inputKeys)] = value(depth + 1);
    return result;
  }
  return pick(scalars);
}

const cases = [];
const total = Number(countText);
for (let i = 0; i < total; i++) {
  if (i % 2 === 0) {
    cases.push({ query: `{ ${selection('Query', 0)} }` });
  } else {
    const type = pick(variableTypes);
    const argument = argumentFor[type.replace(/!$/, '')];
    const body = argument ? `echo(${argument}: $v)` : 'version';
    cases.push({ query: `query ($v: ${type}) { ${body} }`, variables: random() < 0.9 ? { v: value(0) } : {} });
  }
}
writeFileSync(outPath, JSON.stringify(cases, null, 1) + '\n');
