// The reference server for bench/api.sh: graphql-js 16 + graphql-http 1 serving the contract schema over a graph
// export (gaoqing-graph export --format json), with the resolvers the benchmark query needs (department by name or
// alias, its led tasks as a connection, each task's supporting departments), indexed in memory at start.
//
// Usage: node bench/api/graphql-js-server.mjs <export.json> <contract schema.graphql> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { buildSchema } = require('graphql');
const { createHandler } = require('graphql-http/lib/use/http');

const [exportPath, schemaPath, port] = process.argv.slice(2);
const graph = JSON.parse(readFileSync(exportPath, 'utf8'));
const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
const outgoing = new Map();
const incoming = new Map();
for (const r of graph.relationships) {
  const add = (map, key) => (map.get(key) ?? map.set(key, []).get(key)).push(r);
  add(outgoing, `${r.start}|${r.type}`);
  add(incoming, `${r.end}|${r.type}`);
}
const departmentIds = new Map();
for (const n of graph.nodes.filter((n) => n.labels[0] === 'Department')) {
  departmentIds.set(n.properties.name, n.id);
  for (const alias of n.properties.aliases ?? []) if (!departmentIds.has(alias)) departmentIds.set(alias, n.id);
}
// Reading order, as the API gives it: by document, then where the evidence starts, then id.
const readingOrder = (a, b) =>
  (a.properties.sourceDocument ?? '').localeCompare(b.properties.sourceDocument ?? '', 'en') ||
  (a.properties.sourceStart ?? 0) - (b.properties.sourceStart ?? 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const related = (map, key, end) => [...(map.get(key) ?? [])].sort(readingOrder).map((r) => nodes.get(r[end]));

const task = (n) => ({
  id: n.id,
  number: n.properties.number ?? null,
  title: n.properties.title ?? '',
  supports: () => related(incoming, `${n.id}|SUPPORTS`, 'start').map(department),
  leads: () => related(incoming, `${n.id}|LEADS`, 'start').map(department),
});
const connection = (items, first) => ({ totalCount: items.length, nodes: items.slice(0, first), pageInfo: { hasNextPage: items.length > first, endCursor: null } });
const department = (n) => ({
  id: n.id,
  name: n.properties.name,
  aliases: n.properties.aliases ?? [],
  level: n.properties.level ?? null,
  leads: ({ first }) => connection(related(outgoing, `${n.id}|LEADS`, 'end').map(task), first),
  supports: ({ first }) => connection(related(outgoing, `${n.id}|SUPPORTS`, 'end').map(task), first),
});

const rootValue = {
  department: ({ name }) => {
    const id = departmentIds.get(name.trim()) ?? departmentIds.get(`县${name.trim()}`);
    return id ? department(nodes.get(id)) : null;
  },
};
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const handler = createHandler({ schema, rootValue });
createServer((req, res) => (req.url.startsWith('/graphql') ? handler(req, res) : res.writeHead(404).end()))
  .listen(Number(port), '127.0.0.1', () => console.log(`graphql-js server on http://127.0.0.1:${port}/graphql`));
