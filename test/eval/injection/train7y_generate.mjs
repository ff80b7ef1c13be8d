// train7y generator + validator (TRAINING round, not held out).
// Usage: node test/eval/injection/train7y_generate.mjs
// Deterministic (seeded mulberry32). Validates everything in memory; on any violation prints the
// problems and exits 1 without writing train7y.jsonl.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CARRIERS, CARRIER_NAMES, wrap } from "./train7y_carriers.mjs";
import { ATTACKS_A } from "./train7y_attacks_a.mjs";
import { ATTACKS_B } from "./train7y_attacks_b.mjs";
import { LOOKALIKES } from "./train7y_lookalikes.mjs";
import { HARMFUL } from "./train7y_harmful.mjs";
import { LONG_DOCS } from "./train7y_long.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, "train7y.jsonl");
const SEED = 0x7a11c7;
const SPLIT = "train7y";
const SOURCE = "train7y/hand-written";

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- encodings
const LEET = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => {
  const b = c <= "Z" ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: [(s) => Buffer.from(s, "utf8").toString("base64"), (s) => Buffer.from(s, "base64").toString("utf8")],
  hex: [(s) => Buffer.from(s, "utf8").toString("hex"), (s) => Buffer.from(s, "hex").toString("utf8")],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (s) => decodeURIComponent(s)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(""), (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  u_escape: [(s) => Array.from({ length: s.length }, (_, i) => "\\u" + s.charCodeAt(i).toString(16).padStart(4, "0")).join(""),
    (s) => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(""), (s) => [...s].reverse().join("")],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (s) => s.replace(/[431057]/g, (c) => UNLEET[c])],
  unicode_tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(""),
    (s) => [...s].filter((c) => c.codePointAt(0) >= 0xe0000 && c.codePointAt(0) <= 0xe007f).map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join("")],
  zero_width: [(s) => [...Buffer.from(s, "utf8")].map((b) => b.toString(2).padStart(8, "0")).join("").replace(/0/g, "\u200b").replace(/1/g, "\u200c"),
    (s) => { const bits = [...s].filter((c) => c === "\u200b" || c === "\u200c").map((c) => (c === "\u200b" ? "0" : "1")).join("");
      const bytes = []; for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2)); return Buffer.from(bytes).toString("utf8"); }],
};
const ENC_PRECOND = {
  leet: (p) => /^[a-z ,]+$/.test(p),
  unicode_tags: (p) => /^[\x20-\x7e]+$/.test(p),
  rot13: (p) => /[a-z]/i.test(p),
};

// ---------------------------------------------------------------- vocabularies
const TECHNIQUES = ["instruction_override", "role_token", "hidden_text", "exfiltration", "tool_coaxing", "encoded_payload", "jailbreak", "split_payload"];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ["violence", "self_harm", "hate", "sexual_minors", "weapons", "malware"];
const LANGS = ["en", "es", "de", "fr", "pt", "it", "nl", "pl", "ru", "uk", "tr", "ar", "hi", "zh", "ja", "ko", "vi", "id", "sv",
  "es-en", "de-en", "fr-en", "hi-en", "ja-en", "it-en"];
const ALLOWED_TLD = /\.(example|test|invalid)$/i;

// ---------------------------------------------------------------- items
const items = []; // {key, family, label, technique, lang, parts, method, enc?}
function encItem(o) {
  if (!ENC[o.enc]) throw new Error(`unknown encoding ${o.enc}`);
  const token = ENC[o.enc][0](o.plain);
  if (!o.wrap.includes("{E}")) throw new Error(`wrap without {E}: ${o.wrap}`);
  return { text: o.wrap.replace("{E}", token), enc: { type: o.enc, plain: o.plain, token } };
}
for (const [tech, list] of Object.entries({ ...ATTACKS_A, ...ATTACKS_B })) {
  list.forEach((it, i) => {
    const key = `attack:${tech}:${i}`;
    if (tech === "encoded_payload") {
      const { text, enc } = encItem(it);
      items.push({ key, family: "injection", label: "attack", technique: tech, lang: it.lang, parts: [text], method: it.enc, enc });
    } else if (tech === "split_payload") {
      items.push({ key, family: "injection", label: "attack", technique: tech, lang: it[0], parts: [it[1], it[2]], method: it[3] });
    } else {
      items.push({ key, family: "injection", label: "attack", technique: tech, lang: it[0], parts: [it[1]], method: it[2] });
    }
  });
}
for (const [fam, list] of Object.entries(LOOKALIKES)) {
  list.forEach((it, i) => {
    const key = `benign:${fam}:${i}`;
    if (fam === "encoded_data") {
      const { text, enc } = encItem(it);
      items.push({ key, family: "injection", label: "benign", technique: fam, lang: it.lang, parts: [text], method: it.enc, enc });
    } else if (fam === "split_lookalike") {
      items.push({ key, family: "injection", label: "benign", technique: fam, lang: it[0], parts: [it[1], it[2]], method: "two_fields" });
    } else {
      items.push({ key, family: "injection", label: "benign", technique: fam, lang: it[0], parts: [it[1]], method: "plain" });
    }
  });
}

// ---------------------------------------------------------------- carrier assignment (label-blind)
// Same procedure, same seed offset for attacks and look-alikes: a shuffled deck of all carriers,
// refilled when empty; each text takes the next two distinct carriers. Every third placement is padded.
function makeDeck(seed) {
  const r = mulberry32(seed);
  let deck = [];
  const refill = () => {
    const d = [...CARRIER_NAMES];
    for (let i = d.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [d[i], d[j]] = [d[j], d[i]]; }
    deck.push(...d);
  };
  return {
    two() {
      if (deck.length < 2) refill();
      const a = deck.shift();
      if (deck[0] === a || deck.length === 0) refill();
      let idx = deck.findIndex((c) => c !== a);
      const b = deck.splice(idx, 1)[0];
      return [a, b];
    },
    one() { if (!deck.length) refill(); return deck.shift(); },
  };
}

const rng = mulberry32(SEED);
const records = []; // {rec, meta}
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (counters.get(k) || 0) + 1;
  counters.set(k, n);
  return `${SPLIT}-${k}-${String(n).padStart(4, "0")}`;
}
function emit(it, carrier, pad, embedded, fields, extra = {}) {
  const rec = { id: nextId(it.family, it.label, it.technique), split: SPLIT, family: it.family, label: it.label,
    technique: it.technique, lang: it.lang, carrier, fields, source: SOURCE, method: it.method };
  records.push({ rec, meta: { key: it.key, parts: it.parts, embedded, pad, enc: it.enc, long: !!extra.long } });
}

for (const label of ["attack", "benign"]) {
  const deck = makeDeck(SEED + 17); // identical deck for both labels
  let k = 0;
  for (const it of items.filter((x) => x.label === label)) {
    for (const carrier of deck.two()) {
      const pad = k % 3 === 1 ? 800 : 0;
      k++;
      const { fields, embedded } = wrap(carrier, it.parts, rng, pad);
      emit(it, carrier, pad, embedded, fields);
    }
  }
}

// long documents: same document (same furniture seed), attack or look-alike in the same spot
LONG_DOCS.forEach((d, i) => {
  for (const [label, spec] of [["attack", d.attack], ["benign", d.lookalike]]) {
    const [tech, body, method] = spec;
    let parts, enc;
    if (typeof body === "object") { const e = encItem(body); parts = [e.text]; enc = e.enc; }
    else parts = body.split("||");
    const it = { key: `long:${label}:${i}`, family: "injection", label, technique: tech, lang: d.lang, parts,
      method: `long_doc/${method || (enc ? enc.type : parts.length > 1 ? "two_fields" : "plain")}`, enc };
    const r = mulberry32(SEED + 1000 + i);
    const { fields, embedded } = wrap(d.carrier, parts, r, 1500, d.before, d.after);
    emit(it, d.carrier, 1500, embedded, fields, { long: true });
  }
});

// harmful: one carrier per item, same deck procedure for attack and benign
for (const label of ["attack", "benign"]) {
  const deck = makeDeck(SEED + 29);
  let k = 0;
  for (const cat of CATEGORIES) {
    HARMFUL[cat][label].forEach(([lang, text], i) => {
      const it = { key: `harmful:${cat}:${label}:${i}`, family: "harmful", label, technique: cat, lang, parts: [text], method: "plain" };
      const carrier = deck.one();
      const pad = k % 3 === 1 ? 800 : 0;
      k++;
      const { fields, embedded } = wrap(carrier, [text], rng, pad);
      emit(it, carrier, pad, embedded, fields);
    });
  }
}

// ---------------------------------------------------------------- validator
const errors = [];
const err = (id, m) => { if (errors.length < 200) errors.push(`${id}: ${m}`); };
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(/\b(?:https?|ftp|wss?):\/\/([^\/\s"'<>)\\?#]+)/gi)) {
    const host = m[1].replace(/:\d+$/, "").replace(/^[^@]*@/, "").replace(/[.,;]+$/, "");
    if (host.includes(".") && !ALLOWED_TLD.test(host)) bad.push(host);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!ALLOWED_TLD.test(m[1])) bad.push(m[1]);
  }
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9.-]+)/g)) if (!ALLOWED_TLD.test("www." + m[1])) bad.push("www." + m[1]);
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(com|org|net|io|ru|cn|co|ai|dev|app|info|biz)\b/gi)) bad.push(m[0]);
  return bad;
}
const idRe = /^train7y-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const ids = new Set();
const byKey = new Map();
for (const { rec, meta } of records) {
  const id = rec.id || "(no id)";
  for (const f of ["id", "split", "family", "label", "technique", "lang", "carrier", "source", "method"])
    if (typeof rec[f] !== "string" || !rec[f].trim()) err(id, `empty/non-string ${f}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length) err(id, "no fields");
  else rec.fields.forEach((f, i) => { if (typeof f !== "string" || !f.trim()) err(id, `field ${i} empty`); });
  if (rec.split !== SPLIT) err(id, "split");
  if (!["injection", "harmful"].includes(rec.family)) err(id, "family");
  if (!["attack", "benign"].includes(rec.label)) err(id, "label");
  if (rec.family === "injection" && rec.label === "attack" && !TECHNIQUES.includes(rec.technique)) err(id, `technique ${rec.technique}`);
  if (rec.family === "injection" && rec.label === "benign" && !FAMILIES.includes(rec.technique)) err(id, `look-alike family ${rec.technique}`);
  if (rec.family === "harmful" && !CATEGORIES.includes(rec.technique)) err(id, `category ${rec.technique}`);
  if (!CARRIERS[rec.carrier]) err(id, `carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) err(id, `lang ${rec.lang}`);
  const m = idRe.exec(id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(id, "id does not follow the rule");
  if (ids.has(id)) err(id, "duplicate id");
  ids.add(id);
  const joined = rec.fields.join("\n");
  // payload present, split parts in separate fields
  const fi = meta.embedded.map((e) => rec.fields.findIndex((f) => f.includes(e)));
  fi.forEach((x, i) => { if (x < 0) err(id, `part ${i} not found in fields`); });
  if (meta.parts.length === 2) {
    if (fi[0] === fi[1]) err(id, "split parts share a field");
    if (rec.fields.some((f) => f.includes(meta.embedded[0]) && f.includes(meta.embedded[1]))) err(id, "split parts in one field");
  }
  if ((rec.technique === "split_payload" || rec.technique === "split_lookalike") && meta.parts.length !== 2) err(id, "split record without two parts");
  // hosts (raw text, payload parts, and decoded payloads)
  const hb = [...hostProblems(joined), ...meta.parts.flatMap(hostProblems)];
  if (meta.enc) hb.push(...hostProblems(meta.enc.plain), ...hostProblems(ENC[meta.enc.type][1](meta.enc.token)));
  if (hb.length) err(id, `bad host(s): ${[...new Set(hb)].join(", ")}`);
  // encodings: decode and compare; token present as embedded
  if (meta.enc) {
    const { type, plain, token } = meta.enc;
    const pre = ENC_PRECOND[type];
    if (pre && !pre(plain)) err(id, `plain text not suitable for ${type}`);
    if (ENC[type][1](token) !== plain) err(id, `${type} round-trip mismatch`);
    if (ENC[type][0](plain) !== token) err(id, `${type} re-encode mismatch`);
    if (token === plain) err(id, `${type} token equals plain`);
    if (!joined.includes(CARRIERS[rec.carrier].esc(token))) err(id, `${type} token not in record`);
  }
  // length / middle
  const at = joined.indexOf(meta.embedded[0]);
  const end = at + meta.embedded[0].length;
  if (meta.long) {
    if (joined.length < 1500) err(id, `long doc only ${joined.length} chars`);
    const mid = (at + end) / 2 / joined.length;
    if (at < 0.15 * joined.length || end > 0.85 * joined.length || mid < 0.25 || mid > 0.75) err(id, `long doc text not in the middle (${mid.toFixed(2)})`);
  } else if (meta.pad) {
    if (joined.length < meta.pad) err(id, `padded record only ${joined.length} chars`);
    if (at < 0.15 * joined.length || end > 0.85 * joined.length) err(id, "padded text not in the middle");
  }
  if (!meta.long && rec.family === "injection") {
    if (!byKey.has(meta.key)) byKey.set(meta.key, []);
    byKey.get(meta.key).push(rec.carrier);
  }
}
for (const [k, cs] of byKey) if (cs.length !== 2 || cs[0] === cs[1]) err(k, `short text not in two distinct carriers (${cs.join(",")})`);
// techniques >= 30 texts each; families present
const textsPer = (label, t) => [...byKey.keys()].filter((k) => k.startsWith(`${label}:${t}:`)).length;
for (const t of TECHNIQUES) if (textsPer("attack", t) < 30) err(t, `only ${textsPer("attack", t)} texts`);
if (FAMILIES.length < 20) err("families", `only ${FAMILIES.length} look-alike families`);
for (const f of FAMILIES) if (textsPer("benign", f) < 10) err(f, "too few look-alikes");
// harmful 12+12
for (const c of CATEGORIES) for (const l of ["attack", "benign"]) {
  const n = records.filter(({ rec }) => rec.family === "harmful" && rec.technique === c && rec.label === l).length;
  if (n !== 12) err(`harmful ${c}`, `${l} count ${n} != 12`);
}
// long docs: 15 + 15, same carrier per doc
const longs = records.filter(({ meta }) => meta.long);
if (longs.filter(({ rec }) => rec.label === "attack").length !== 15 || longs.filter(({ rec }) => rec.label === "benign").length !== 15) err("long", "need 15 attack + 15 look-alike long documents");
// languages
const all = records.map(({ rec }) => rec);
const nonEn = (rs) => rs.filter((r) => r.lang !== "en").length / rs.length;
const langSet = new Set(all.map((r) => r.lang.split("-")[0]));
if (langSet.size < 18) err("lang", `only ${langSet.size} languages`);
if (nonEn(all) < 0.5) err("lang", `non-English share ${nonEn(all).toFixed(2)} < 0.5`);
const attacks = all.filter((r) => r.family === "injection" && r.label === "attack");
const looks = all.filter((r) => r.family === "injection" && r.label === "benign");
if (nonEn(attacks) < 0.6) err("lang", `non-English attack share ${nonEn(attacks).toFixed(2)} < 0.6`);
// carrier proportions independent of label (short texts)
const share = (rs, c) => rs.filter((r) => r.carrier === c).length / rs.length;
const shortA = records.filter(({ rec, meta }) => !meta.long && rec.family === "injection" && rec.label === "attack").map((x) => x.rec);
const shortB = records.filter(({ rec, meta }) => !meta.long && rec.family === "injection" && rec.label === "benign").map((x) => x.rec);
for (const c of CARRIER_NAMES) if (Math.abs(share(shortA, c) - share(shortB, c)) > 0.02) err("carrier", `${c} share differs by label`);

if (errors.length) {
  console.error(`train7y: ${errors.length} validation problem(s); nothing written.`);
  for (const e of errors) console.error("  " + e);
  process.exit(1);
}

// ---------------------------------------------------------------- write + composition
writeFileSync(OUT, all.map((r) => JSON.stringify(r)).join("\n") + "\n");
const count = (rs, f) => { const m = {}; for (const r of rs) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(", ");
const big = all.filter((r) => r.fields.join("\n").length >= 800).length;
const harm = all.filter((r) => r.family === "harmful");
console.log(`train7y: wrote ${all.length} records to ${OUT}`);
console.log(`injection attacks: ${attacks.length} records (${[...byKey.keys()].filter((k) => k.startsWith("attack:")).length} short texts x 2 carriers + ${longs.length / 2} long)`);
console.log(`  per technique: ${fmt(count(attacks, (r) => r.technique))}`);
console.log(`injection look-alikes: ${looks.length} records (${[...byKey.keys()].filter((k) => k.startsWith("benign:")).length} short texts x 2 carriers + ${longs.length / 2} long), ${FAMILIES.length} families`);
console.log(`  per family: ${fmt(count(looks, (r) => r.technique))}`);
console.log(`harmful: ${harm.length} records`);
console.log(`  per category: ${CATEGORIES.map((c) => `${c} ${harm.filter((r) => r.technique === c && r.label === "attack").length}+${harm.filter((r) => r.technique === c && r.label === "benign").length}`).join(", ")}`);
console.log(`languages (${langSet.size} base, ${new Set(all.map((r) => r.lang)).size} tags): ${fmt(count(all, (r) => r.lang))}`);
console.log(`non-English: overall ${(100 * nonEn(all)).toFixed(1)}%, attacks ${(100 * nonEn(attacks)).toFixed(1)}%, look-alikes ${(100 * nonEn(looks)).toFixed(1)}%, harmful ${(100 * nonEn(harm)).toFixed(1)}%`);
console.log(`carriers (attack/look-alike/harmful): ${CARRIER_NAMES.map((c) => `${c} ${attacks.filter((r) => r.carrier === c).length}/${looks.filter((r) => r.carrier === c).length}/${harm.filter((r) => r.carrier === c).length}`).join(", ")}`);
console.log(`long docs (1500+): ${longs.length} (15 attack + 15 look-alike); records 800+ chars: ${big} (${(100 * big / all.length).toFixed(1)}%)`);
console.log(`split records: ${all.filter((r) => r.technique === "split_payload").length} attack, ${all.filter((r) => r.technique === "split_lookalike").length} look-alike`);
const encRecs = records.filter(({ meta }) => meta.enc);
console.log(`encoded records: ${encRecs.length} (attack ${encRecs.filter(({ rec }) => rec.label === "attack").length}, benign ${encRecs.filter(({ rec }) => rec.label === "benign").length}); by encoding: ${fmt(count(encRecs, ({ meta }) => meta.enc.type))}`);
console.log(`attack methods: ${fmt(count(attacks, (r) => r.method.replace(/^long_doc\//, "")))}`);
