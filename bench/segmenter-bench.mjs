// The @node-rs/jieba side of bench/segmenter.sh: dictionary load time and cut throughput with the HMM,
// line by line over the input file, best of 5 rounds. Prints the same "key=value" line as the C# side.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'tools', 'package.json'))
const text = readFileSync(process.argv[2], 'utf8')
const lines = text.split('\n')
const megabytes = Buffer.byteLength(text, 'utf8') / (1024 * 1024)

const loadStart = process.hrtime.bigint()
const { Jieba } = require('@node-rs/jieba')
const { dict } = require('@node-rs/jieba/dict')
const jieba = Jieba.withDict(dict)
jieba.cut('高青县', true)
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6

let tokens = 0
let best = Infinity
for (let round = 0; round < 5; round++) {
  const start = process.hrtime.bigint()
  tokens = 0
  for (const line of lines) tokens += jieba.cut(line, true).length
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9)
}

console.log(`impl=node-rs-jieba load_ms=${loadMs.toFixed(1)} mb=${megabytes.toFixed(2)} best_s=${best.toFixed(3)} mb_per_s=${(megabytes / best).toFixed(2)} tokens=${tokens}`)
