// Writes graphql-js 16's answer for every document of a parse corpus: the printed document and
// each node's kind and offsets in visiting order, or the syntax error as GraphQLError.toJSON().
// Usage: node graphql-parse-golden.mjs <cases.json> <golden.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, print, visit, GraphQLError } from 'graphql';

const [casesPath, goldenPath] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
const results = cases.map((text) => {
  try {
    const document = parse(text);
    const nodes = [];
    visit(document, {
      enter(node) {
        nodes.push(`${node.kind} ${node.loc.start} ${node.loc.end}`);
      },
    });
    return { printed: print(document), nodes };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { error: error.toJSON() };
  }
});
writeFileSync(goldenPath, JSON.stringify(results, null, 1) + '\n');
