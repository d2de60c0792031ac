// Setup shared by the seeded random corpus generators: graphql-js (checked to be 16.15.0), the oracle schema and a
// seeded random number generator, so every generator draws the same sequence for the same seed.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const graphql = require('graphql');
if (graphql.version !== '16.15.0') throw new Error(`graphql ${graphql.version} is installed; the golden file is defined by 16.15.0`);

export const here = dirname(fileURLToPath(import.meta.url));
export const schema = graphql.buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));

// A seeded generator of numbers in [0, 1) and a pick() that draws one item with it.
export function seededRandom(initialSeed) {
  let seed = initialSeed >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(random() * items.length)];
  return { random, pick };
}
