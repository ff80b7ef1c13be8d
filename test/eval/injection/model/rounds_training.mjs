// Turns evaluation rounds written by other authors (../ROUND.jsonl) into training messages for
// the injection model, in train.jsonl's format ({"parts": [[text, label], ...], "lang", "kind"}).
//
//   node rounds_training.mjs dev blind blind2 ... > rounds_train.jsonl
//   node rounds_training.mjs --check rounds_train.jsonl dev blind blind2 ...
//
// --check compares what it would write with the file: exit 0 when identical, 1 when not (ctest
// `injection_rounds_reproducible`, beside `injection_model_reproducible` that checks the weights
// trained from it).
//
// The rounds label whole records, not spans, so the attack text of an attack record is inferred:
// its lines and sentences (pieces cut after . ! ? 。 ！ ？ and newlines) that occur in no benign
// record of the rounds given, that hold at least 12 characters, and that occur in at most three
// attack records (a payload is reused in a few carriers; carrier filler is reused far more).
// Where a round names each payload's records (a "group" or "source" member), a piece in attack
// records of two or more payloads is filler too. A payload framed in two or more carriers is
// what its framings share: there a piece is attack text when at least half of its 12-character
// shingles occur in another record of the same payload, in the records of no other payload and
// in no look-alike (filler drawn per record, such as ids, dates and names, or a filler sentence
// template with a different name slotted in, is not shared that way).
// Everything else (carrier filler, headers shared with look-alikes) is labelled benign, and every
// piece of a look-alike record is benign. Records of the harmful family are skipped. An attack
// record where no piece qualifies is left out (it is counted on stderr). Deterministic: the
// output follows the order of the rounds and of their records. Node built-ins only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let args = process.argv.slice(2);
let checkPath = null;
if (args[0] === '--check') {
  checkPath = args[1];
  args = args.slice(2);
}
const rounds = args;
if (rounds.length === 0 || (checkPath !== null && !checkPath)) {
  console.error('usage: node rounds_training.mjs [--check FILE] ROUND... > rounds_train.jsonl ' +
                '(ROUND names ../ROUND.jsonl)');
  process.exit(2);
}

const normalize = (s) => s.replace(/\s+/g, ' ').trim();
const pieces = (text) => text.split(/(?<=[.!?。！？\n])/);

const records = [];
for (const round of rounds) {
  const file = path.join(here, '..', `${round}.jsonl`);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let r;
    try {
      r = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${e.message}`);
    }
    if (!Array.isArray(r.fields) || !r.fields.every((f) => typeof f === 'string') ||
        (r.label !== 'attack' && r.label !== 'benign')) {
      throw new Error(`${file}:${i + 1}: a record needs "fields" (strings) and "label" attack|benign`);
    }
    if (r.family === 'injection') records.push({ ...r, round });
  });
}

const benignPieces = new Set();
const attackCount = new Map();
// Rounds that say which records carry the same payload (a "group" or "source" member shared by
// its framings in different carriers): a piece found in attack records of two or more of them
// is carrier filler, however few records it is in (filler sentences drawn per language).
const attackGroups = new Map();
// A member shared by more than kMaxFramings attack records names no payload (several rounds put
// one constant in "source" for the whole round, e.g. "hand-written (blind17a)"): those records
// are read as ungrouped.
const kMaxFramings = 8;
const rawGroupOf = (r) => (typeof r.group === 'string' || typeof r.group === 'number') ? `${r.round}:g:${r.group}`
    : (typeof r.source === 'string' || typeof r.source === 'number') ? `${r.round}:s:${r.source}` : null;
const rawGroupSize = new Map();
for (const r of records) {
  const g = r.label === 'attack' ? rawGroupOf(r) : null;
  if (g !== null) rawGroupSize.set(g, (rawGroupSize.get(g) || 0) + 1);
}
const groupOf = (r) => {
  const g = rawGroupOf(r);
  return g !== null && (rawGroupSize.get(g) || 0) <= kMaxFramings ? g : null;
};
for (const r of records) {
  for (const p of new Set(pieces(r.fields.join('\n')).map(normalize))) {
    if (r.label === 'benign') {
      benignPieces.add(p);
    } else {
      attackCount.set(p, (attackCount.get(p) || 0) + 1);
      const g = groupOf(r);
      if (g !== null) {
        if (!attackGroups.has(p)) attackGroups.set(p, new Set());
        attackGroups.get(p).add(g);
      }
    }
  }
}

// Shingles of the grouped payloads: for each, the groups whose attack records hold it and how
// many records of each; shingles of look-alike records are remembered to exclude them.
const K = 12;
const shingles = (text) => {
  const t = normalize(text);
  const out = new Set();
  for (let i = 0; i + K <= t.length; ++i) out.add(t.slice(i, i + K));
  return out;
};
const groupSize = new Map();
for (const r of records) {
  const g = r.label === 'attack' ? groupOf(r) : null;
  if (g !== null) groupSize.set(g, (groupSize.get(g) || 0) + 1);
}
const benignShingles = new Set();
const shingleGroups = new Map();  // shingle -> Map(group -> records holding it)
if (groupSize.size > 0) {
  for (const r of records) {
    const g = r.label === 'attack' ? groupOf(r) : null;
    if (r.label === 'benign') {
      for (const s of shingles(r.fields.join('\n'))) benignShingles.add(s);
    } else if (g !== null && groupSize.get(g) >= 2) {
      for (const s of shingles(r.fields.join('\n'))) {
        if (!shingleGroups.has(s)) shingleGroups.set(s, new Map());
        const m = shingleGroups.get(s);
        m.set(g, (m.get(g) || 0) + 1);
      }
    }
  }
}
const sharedInGroupOnly = (s, g) => {
  const m = shingleGroups.get(s);
  return m !== undefined && m.size === 1 && (m.get(g) || 0) >= 2 && !benignShingles.has(s);
};
const groupedPayload = (key, g) => {
  if (key.length < K) return false;
  let hits = 0;
  let total = 0;
  for (let i = 0; i + K <= key.length; ++i) {
    ++total;
    if (sharedInGroupOnly(key.slice(i, i + K), g)) ++hits;
  }
  return 2 * hits >= total;
};

let attacks = 0;
let withoutPayload = 0;
let written = 0;
const out = [];
for (const r of records) {
  const parts = [];
  const g = r.label === 'attack' ? groupOf(r) : null;
  const grouped = g !== null && groupSize.get(g) >= 2;
  for (const p of pieces(r.fields.join('\n'))) {
    const key = normalize(p);
    const label = r.label !== 'attack' ? 0
        : grouped ? (groupedPayload(key, g) ? 1 : 0)
        : key.length >= 12 && !benignPieces.has(key) && (attackCount.get(key) || 0) <= 3 &&
          (attackGroups.get(key)?.size || 0) <= 1 ? 1 : 0;
    const last = parts[parts.length - 1];
    if (last && last[1] === label) last[0] += p;
    else parts.push([p, label]);
  }
  if (r.label === 'attack') {
    ++attacks;
    if (!parts.some((x) => x[1] === 1)) {
      ++withoutPayload;
      continue;
    }
  }
  out.push(JSON.stringify({ parts, lang: r.lang || '', kind: r.label }));
  ++written;
}
const text = out.join('\n') + '\n';
if (checkPath !== null) {
  let committed = null;
  try {
    committed = fs.readFileSync(checkPath, 'utf8');
  } catch (e) {
    console.error(`rounds_training: cannot read ${checkPath}: ${e.message}`);
    process.exit(2);
  }
  if (committed !== text) {
    console.error(`rounds_training: ${checkPath} is not what the rounds give; regenerate it ` +
                  '(test/eval/injection/model/README.md)');
    process.exit(1);
  }
} else {
  process.stdout.write(text);
}
console.error(`rounds ${rounds.join(' ')}: ${records.length} injection records, ${attacks} attacks ` +
              `(${withoutPayload} without an inferable payload, left out), ${written} messages`);
