// Runs every server audit of graphql-http 1.23.1 (the GraphQL-over-HTTP conformance suite) against a running endpoint.
//
// Usage: node tools/graphql-http-audit.mjs http://127.0.0.1:PORT/graphql
// Prints one JSON object: { total, ok, notice, warn, error, failures: [{ id, name, status, reason }] }.
// Exits 0 only when every audit passed (no error, no warning, no notice).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { serverAudits } = require('graphql-http');

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <url>');
  process.exit(2);
}

const audits = serverAudits({ url });
const counts = { total: audits.length, ok: 0, notice: 0, warn: 0, error: 0 };
const failures = [];
for (const { fn } of audits) {
  const result = await fn();
  counts[result.status] += 1;
  if (result.status !== 'ok') {
    let body = '';
    try {
      body = result.response ? await result.response.text() : '';
    } catch {
      body = '(body already read)';
    }
    failures.push({ id: result.id, name: result.name, status: result.status, reason: result.reason, body: body.slice(0, 500) });
  }
}
console.log(JSON.stringify({ ...counts, failures }, null, 2));
process.exit(counts.ok === counts.total ? 0 : 1);
