// Writes the segmenter golden files from @node-rs/jieba (jieba-rs) with its default dictionary.
//
//   node tools/segmenter-golden.mjs            (run from the repository root, after `cd tools && npm ci`)
//
// Output, under tests/Gaoqing.Graph.Text.Tests/Golden/ (all gzip-compressed, UTF-8, one line per input line):
//   segmenter-input.txt.gz     the inputs: every line of both seed documents, then generated text (>= 2 MB)
//   cut-hmm.txt.gz             jieba.cut(line, true)
//   cut-no-hmm.txt.gz          jieba.cut(line, false)
//   cut-for-search.txt.gz      jieba.cutForSearch(line, true) as a JSON array, for the first 3000 input lines
//   tag-hmm.txt.gz             the tags of jieba.tag(line, true), space-separated, for the first 3000 input lines
//   cut-domain-hmm.txt.gz      jieba.cut(line, true) for the seed lines, after loadDict(graph-seed/lexicon/segmenter.dict.txt)
// An output line lists the tokens' lengths in UTF-16 code units, space-separated (empty for an empty line);
// the tokens themselves are the consecutive slices of the input line. The script checks that every
// answer of the oracle does concatenate back to its input line before writing it in this form.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { Jieba } = require('@node-rs/jieba')
const { dict } = require('@node-rs/jieba/dict')

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'tests', 'Gaoqing.Graph.Text.Tests', 'Golden')
const seeds = [
  'gaoqing-2023-green-lowcarbon-key-tasks.txt',
  'gaoqing-2024-economic-social-development-plan.txt',
].map((name) => readFileSync(join(root, 'graph-seed', 'documents', name), 'utf8'))
const generatedBytes = 2.2 * 1024 * 1024
const searchLines = 3000

// A small deterministic generator (mulberry32), so the same inputs come out on every machine.
let state = 20230727
function random() {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (items) => items[Math.floor(random() * items.length)]
const between = (low, high) => low + Math.floor(random() * (high - low + 1))

const entries = dict.toString('utf8').split('\n').filter((line) => line.trim() !== '').map((line) => line.split(' '))
const allWords = entries.map(([word]) => word)
const commonWords = entries.filter(([, freq]) => Number(freq) >= 2000).map(([word]) => word)
const seedLines = seeds.flatMap((text) => text.split('\n')).filter((line) => line.trim().length >= 4)
const latin = ['GDP', 'PM2.5', 'iPhone', 'C++', 'C#', 'node.js', 'a_b', 'x-y', 'AT&T', 'COVID-19', 'Hello', 'world', '5G', '4S店', 'CPU', 'e-mail', 'v1.2.3', 'ISO9001', 'A股', 'T恤']
const punctuation = [...'，。、；：？！“”‘’（）《》【】〔〕—…·,.;:?!()[]{}<>/\\|@$^*~`\'"=+-_#&%']
const spaces = [' ', '  ', '\t', '\u3000', '\u00a0', '\r', '\r ']
const fullWidth = [...'ＡＢＣｘｙｚ０１２３４５６７８９％＋－．，：；（）']
const emoji = ['😀', '👍🏻', '👨‍👩‍👧', '🇨🇳', '❤️', '✅', '🚀', '☕']
const codePoint = (low, high) => String.fromCodePoint(between(low, high))

function number() {
  switch (between(0, 4)) {
    case 0: return String(between(0, 99999))
    case 1: return `${between(0, 999)}.${between(0, 99)}`
    case 2: return `${between(1, 100)}%`
    case 3: return `${between(2000, 2035)}年${between(1, 12)}月`
    default: return `${between(1, 9)}.${between(1, 9)}%`
  }
}

function seedFragment() {
  const line = pick(seedLines)
  const start = between(0, line.length - 2)
  const chars = [...line.slice(start)]
  return chars.slice(0, between(2, 30)).join('')
}

function piece() {
  const roll = random()
  if (roll < 0.30) return pick(allWords)
  if (roll < 0.52) return pick(commonWords)
  if (roll < 0.66) return seedFragment()
  if (roll < 0.72) return codePoint(0x4e00, 0x9fa5)
  if (roll < 0.74) return codePoint(0x9fa6, 0x9fff)
  if (roll < 0.79) return number()
  if (roll < 0.84) return pick(latin)
  if (roll < 0.92) return pick(punctuation)
  if (roll < 0.95) return pick(spaces)
  if (roll < 0.965) return pick(fullWidth)
  if (roll < 0.975) return pick(emoji)
  if (roll < 0.983) return codePoint(0x3400, 0x4dbf)
  if (roll < 0.991) return codePoint(0x20000, 0x2a6df)
  if (roll < 0.995) return codePoint(0x2a700, 0x2ebe0)
  if (roll < 0.998) return codePoint(0xf900, 0xfa6d)
  return codePoint(0x2f800, 0x2fa1d)
}

function generatedLine() {
  if (random() < 0.01) return ''
  const parts = []
  const count = between(1, 60)
  for (let i = 0; i < count; i++) parts.push(piece())
  return parts.join('')
}

// Hand-picked lines for the corners of jieba-rs's rules: the HMM's own letter-and-digit pattern, characters in
// the dictionary block but outside the HMM's range, scripts without a dictionary, and long unbroken runs.
const edgeCases = [
  '中a.1b', '丢x.5%', '甲ab.12.3%', '乙1.𠀀1', '丙a\u3400 1', '㐀㐁㐂', '𠀀𠀁𠀂', '鿕鿖鿿', '豈更車', 'a+b#c&d_e%f-g.h',
  'C++和C#', '３．１４', '１２３abc', 'ｈｔｔｐ', '\u00a0\u3000', '\r\r', '中\r文', '...', '---', '%%%', '..中..', '1.2.3.4',
  '1a2b3c', 'a1.2b', '中国abc中国', '👨‍👩‍👧‍👦家庭', '1️⃣号', '中︎文', 'é́字', '한국어중국어', 'ひらがなカタカナ漢字', 'عربي中文',
  'ภาษาไทย', 'Русский текст', 'Ελληνικά', '杭研杭研杭研', '高青县发展改革局牵头', '2023年7月27日', '1,200万元', '10:30',
  '乙丙丁戊己庚辛壬癸', '的的的的的的', '了了了', 'a', '中', '𠀀', '😀', ' ', '\t', '',
  Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20901))).join(''),
  'abc123'.repeat(500),
  '高质量发展'.repeat(400),
]

const inputs = [...seeds.flatMap((text) => text.split('\n')), ...edgeCases]
let size = 0
while (size < generatedBytes) {
  const line = generatedLine()
  inputs.push(line)
  size += Buffer.byteLength(line, 'utf8') + 1
}

const jieba = Jieba.withDict(dict)
function lengths(line, tokens) {
  if (tokens.join('') !== line) throw new Error(`tokens do not concatenate to the input line: ${JSON.stringify(line)}`)
  return tokens.map((token) => token.length).join(' ')
}

mkdirSync(out, { recursive: true })
const write = (name, lines) => writeFileSync(join(out, name), gzipSync(lines.join('\n') + '\n', { level: 9 }))
write('segmenter-input.txt.gz', inputs)
write('cut-hmm.txt.gz', inputs.map((line) => lengths(line, jieba.cut(line, true))))
write('cut-no-hmm.txt.gz', inputs.map((line) => lengths(line, jieba.cut(line, false))))
write('cut-for-search.txt.gz', inputs.slice(0, searchLines).map((line) => JSON.stringify(jieba.cutForSearch(line, true))))
write('tag-hmm.txt.gz', inputs.slice(0, searchLines).map((line) => jieba.tag(line, true).map(({ tag }) => tag).join(' ')))
const seedLineCount = seeds.reduce((count, text) => count + text.split('\n').length, 0)
const domain = Jieba.withDict(dict)
domain.loadDict(readFileSync(join(root, 'graph-seed', 'lexicon', 'segmenter.dict.txt')))
write('cut-domain-hmm.txt.gz', inputs.slice(0, seedLineCount).map((line) => lengths(line, domain.cut(line, true))))
console.log(`${inputs.length} lines, ${size} bytes generated, written to ${out}`)
