// Lints Cypher with Neo4j's own checker (@neo4j-cypher/language-support, lintCypherQuery) and prints a JSON report.
//   node tools/lint-cypher.mjs [--statements FILE.json] [--script FILE.cypher]
// FILE.json: [{ "name": "...", "text": "...", "parameters": ["name", ...] }]; each statement is linted with exactly its
// parameters declared, so an undeclared $parameter is an error. FILE.cypher: a script of ';'-terminated statements, one
// or more lines each, '//' comment lines allowed; each statement is linted on its own with no parameters.
// Report: { "statements": [{ name, diagnostics }], "script": { "file", "statements", "diagnostics" } }, where each
// diagnostic is { severity: "error" | "warning", message, line, character } (line and character from 1, in the file).
// The script's statements are shared out among worker threads, one per available core: the checker is slow (tens of
// milliseconds a statement).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function lint(text, parameters, firstLine) {
  return lintCypherQuery(text, { parameters }).diagnostics.map((diagnostic) => ({
    severity: severities[diagnostic.severity] ?? String(diagnostic.severity),
    message: diagnostic.message,
    line: firstLine + diagnostic.range.start.line,
    character: diagnostic.range.start.character + 1,
  }));
}

function lintStatements(file) {
  const statements = JSON.parse(readFileSync(file, 'utf8'));
  return statements.map((statement) => {
    const parameters = Object.fromEntries(statement.parameters.map((name) => [name, null]));
    return { name: statement.name, diagnostics: lint(statement.text, parameters, 1) };
  });
}

function splitScript(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const statements = [];
  let pending = [];
  let start = 0;
  lines.forEach((line, index) => {
    if (pending.length === 0 && (line.trim() === '' || line.trimStart().startsWith('//'))) {
      return;
    }
    if (pending.length === 0) {
      start = index + 1;
    }
    pending.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push({ text: pending.join('\n'), line: start });
      pending = [];
    }
  });
  return { statements, unterminated: pending.length > 0 ? start : null };
}

function lintChunk(statements) {
  return statements.flatMap((statement) => lint(statement.text, {}, statement.line));
}

async function lintScript(file) {
  const { statements, unterminated } = splitScript(file);
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(statements.length / 50)));
  const chunks = Array.from({ length: workers }, (_, worker) => statements.filter((_, index) => index % workers === worker));
  const results = await Promise.all(chunks.map((chunk) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: chunk });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  const diagnostics = results.flat().sort((a, b) => a.line - b.line || a.character - b.character);
  if (unterminated !== null) {
    diagnostics.push({ severity: 'error', message: 'the script ends inside a statement (no closing ;)', line: unterminated, character: 1 });
  }
  return { file, statements: statements.length, diagnostics };
}

async function main() {
  const args = process.argv.slice(2);
  const report = {};
  for (let index = 0; index < args.length; index += 2) {
    const [option, file] = [args[index], args[index + 1]];
    if (option === '--statements' && file) {
      report.statements = lintStatements(file);
    } else if (option === '--script' && file) {
      report.script = await lintScript(file);
    } else {
      process.stderr.write('usage: node tools/lint-cypher.mjs [--statements FILE.json] [--script FILE.cypher]\n');
      process.exit(2);
    }
  }
  process.stdout.write(JSON.stringify(report) + '\n');
}

if (isMainThread) {
  await main();
} else {
  parentPort.postMessage(lintChunk(workerData));
}
