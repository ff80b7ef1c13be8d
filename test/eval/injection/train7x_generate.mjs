// train7x generator (training round, mixed sources; written blind to the detectors).
// Usage: node test/eval/injection/train7x_generate.mjs
// Deterministic, Node built-ins only. Builds every record, validates all of them, prints the
// composition, writes train7x.jsonl next to this file, and exits 1 (without writing) on any violation.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ATTACKS } from "./train7x_attacks.mjs";
import { BENIGN } from "./train7x_benign.mjs";
import { HARMFUL } from "./train7x_harmful.mjs";
import { LONG } from "./train7x_long.mjs";
import { CARRIERS, CARRIER_NAMES, makeRng } from "./train7x_carriers.mjs";

const SPLIT = "train7x";
const OUT = fileURLToPath(new URL("./train7x.jsonl", import.meta.url));
const LANGS = ["en", "es", "fr", "de", "pt", "it", "nl", "ru", "uk", "pl", "zh", "ja", "ko", "ar", "hi", "tr", "vi", "id", "sv"];
const ATTACK_TECHNIQUES = ["instruction_override", "role_token", "hidden_text", "exfiltration", "tool_coaxing", "encoded_payload", "jailbreak", "split_payload"];
const BENIGN_FAMILIES = [...Object.keys(BENIGN), "transcript_quote", "docs"];
const HARM_CATEGORIES = ["violence", "self_harm", "hate", "sexual_minors", "weapons", "malware"];
const ALLOWED_TLDS = [".example", ".test", ".invalid"];

// ---------- lossless encodings ----------
const LEET = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => { const b = c <= "Z" ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ENC = {
  base64: { enc: (s) => Buffer.from(s, "utf8").toString("base64"), dec: (e) => Buffer.from(e, "base64").toString("utf8") },
  hex: { enc: (s) => Buffer.from(s, "utf8").toString("hex"), dec: (e) => Buffer.from(e, "hex").toString("utf8") },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => [...Buffer.from(s, "utf8")].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join(""), dec: (e) => decodeURIComponent(e) },
  html_entities: { enc: (s) => [...s].map((c) => "&#x" + c.codePointAt(0).toString(16) + ";").join(""), dec: (e) => e.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))) },
  unicode_escape: { enc: (s) => [...s].map((c) => { let o = ""; for (let i = 0; i < c.length; i++) o += "\\u" + c.charCodeAt(i).toString(16).padStart(4, "0"); return o; }).join(""), dec: (e) => JSON.parse('"' + e + '"') },
  reversed: { enc: (s) => [...s].reverse().join(""), dec: (e) => [...e].reverse().join("") },
  leet: { enc: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]), dec: (e) => e.replace(/[431057]/g, (c) => UNLEET[c]), ok: (s) => /^[a-z ,.:']+$/.test(s) },
  tags: { enc: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(""), dec: (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join(""), ok: (s) => /^[\x20-\x7e]+$/.test(s) },
  zw: { enc: (s) => [...s].join("\u200b"), dec: (e) => e.replace(/\u200b/g, ""), ok: (s) => !s.includes("\u200b") },
};
const isEncShape = (a) => a.length === 4 && Object.hasOwn(ENC, a[2]);

// ---------- helpers ----------
function hash(str) { let h = 2166136261; for (const ch of str) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}|${label}|${technique}`;
  const n = (counters.get(k) || 0) + 1; counters.set(k, n);
  return `${SPLIT}-${family}-${label}-${technique}-${String(n).padStart(4, "0")}`;
}
const records = [];
function emit({ family, label, technique, lang, carrier, parts, long, source, encoding, splitParts }) {
  const id = nextId(family, label, technique);
  const rng = makeRng(hash(id));
  const fields = parts.map((p, i) => CARRIERS[carrier](p, { rng, long, part: i }));
  const rec = { id, split: SPLIT, family, label, technique, lang, carrier, fields, source, length: long ? "long" : "short" };
  if (encoding) rec.encoding = encoding;
  if (splitParts) rec.parts = splitParts;
  records.push(rec);
}
function bodyOf(item) {
  if (isEncShape(item)) {
    const [lang, tpl, scheme, plain] = item;
    const encoded = ENC[scheme].enc(plain);
    return { lang, parts: [tpl.replace("{ENC}", encoded)], encoding: { scheme, encoded, decoded: plain } };
  }
  if (item.length === 3) return { lang: item[0], parts: [item[1], item[2]], splitParts: [item[1], item[2]] };
  return { lang: item[0], parts: [item[1]] };
}
// two framings per hand-written text; carrier rotation and long/short depend only on a per-group counter
function frameTwice(g, base) {
  const N = CARRIER_NAMES.length;
  const cA = CARRIER_NAMES[(g * 7) % N];
  const cB = CARRIER_NAMES[(g * 7 + 3 + (g % 5)) % N];
  emit({ ...base, carrier: cA, long: false });
  emit({ ...base, carrier: cB, long: g % 3 !== 2 });
}

// ---------- build ----------
let g = 0;
for (const technique of ATTACK_TECHNIQUES) for (const item of ATTACKS[technique]) {
  const b = bodyOf(item);
  frameTwice(g++, { family: "injection", label: "attack", technique, source: "payload", ...b });
}
// Some one-leaf look-alikes are delivered as two leaves (e.g. subject + body, title + snippet), split at a
// sentence or line break near the middle, so that a multi-field message is not by itself an attack signal.
function twoLeaves(text) {
  const cands = [];
  for (const m of text.matchAll(/(?:[.!?:;](?=\s)|[。！？：]|\n)/g)) cands.push(m.index + m[0].length);
  const mid = text.length / 2;
  cands.sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid));
  for (const c of cands) { const p1 = text.slice(0, c).trimEnd(), p2 = text.slice(c).trimStart(); if (p1.length >= 15 && p2.length >= 15) return [p1, p2]; }
  return null;
}
g = 0;
for (const family of Object.keys(BENIGN)) for (const item of BENIGN[family]) {
  let b = bodyOf(item);
  if (g % 3 === 1 && b.parts.length === 1 && !b.encoding) { const two = twoLeaves(b.parts[0]); if (two) b = { lang: b.lang, parts: two, splitParts: two }; }
  frameTwice(g++, { family: "injection", label: "benign", technique: family, source: "lookalike", ...b });
}
for (const d of LONG) {
  for (const label of ["attack", "benign"]) {
    const mid = d[label];
    let midText = mid, encoding;
    if (Array.isArray(mid)) {
      const [tpl, scheme, plain] = mid; const encoded = ENC[scheme].enc(plain);
      midText = tpl.replace("{ENC}", encoded); encoding = { scheme, encoded, decoded: plain };
    }
    const second = d[label + "2"];
    const parts = second ? [d.before + midText, second + d.after] : [d.before + midText + d.after];
    emit({ family: "injection", label, technique: label === "attack" ? d.technique : d.family, lang: d.lang, carrier: d.carrier,
      parts, long: true, source: "long_doc", encoding, splitParts: second ? [midText, second] : undefined });
  }
}
const hg = { attack: 0, benign: 0 };
for (const cat of HARM_CATEGORIES) for (const label of ["attack", "benign"]) for (const [lang, text] of HARMFUL[cat][label]) {
  const n = hg[label]++;
  emit({ family: "harmful", label, technique: cat, lang, carrier: CARRIER_NAMES[(n * 5 + 2) % CARRIER_NAMES.length], parts: [text], long: n % 4 === 0, source: "harmful" });
}

// ---------- validate ----------
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const norm = (s) => s.replace(/\s+/g, " ").trim();
const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const csvEsc = (s) => s.replace(/"/g, '""');
const contains = (hay, needle) => { const h = norm(hay); return [needle, jsonEsc(needle), csvEsc(needle)].some((n) => h.includes(norm(n))); };
const hostOk = (h) => { h = h.toLowerCase().replace(/\.$/, ""); return ALLOWED_TLDS.some((t) => h.endsWith(t)) || /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/.test(h); };
const BARE = /(?<![\w.@-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|co|app|dev|xyz|info|biz|ru|cn|de|fr|uk|jp|kr|br|it|nl|pl|es|in|tr|vn|se|me|ly|cc|tk|gg|gov|edu|ua|online|site|store|cloud))(?![\w-]|\.\w)/gi;
function checkHosts(id, text) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>()\[\]\\|`?#]+)/gi)) { const host = m[1].replace(/^.*@/, "").replace(/:\d+$/, ""); if (!hostOk(host)) err(id, `host not under .example/.test/.invalid: ${host}`); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1])) err(id, `mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(BARE)) if (!hostOk(m[1])) err(id, `bare domain not allowed: ${m[1]}`);
}
const ids = new Set(), texts = new Set();
for (const r of records) {
  for (const k of ["id", "split", "family", "label", "technique", "lang", "carrier"]) if (typeof r[k] !== "string" || !r[k].trim()) err(r.id, `empty or non-string ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== "string" || !f.trim())) err(r.id, "fields must be non-empty strings");
  if (ids.has(r.id)) err(r.id, "duplicate id"); ids.add(r.id);
  const joined = r.fields.join("\n");
  if (texts.has(joined)) err(r.id, "duplicate text"); texts.add(joined);
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(joined)) err(r.id, "lone surrogate");
  if (!LANGS.includes(r.lang)) err(r.id, `unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) err(r.id, `unknown carrier ${r.carrier}`);
  if (!["attack", "benign"].includes(r.label)) err(r.id, `bad label ${r.label}`);
  if (r.family === "injection") {
    if (r.label === "attack" && !ATTACK_TECHNIQUES.includes(r.technique)) err(r.id, `unknown technique ${r.technique}`);
    if (r.label === "benign" && !BENIGN_FAMILIES.includes(r.technique)) err(r.id, `unknown look-alike family ${r.technique}`);
  } else if (r.family === "harmful") { if (!HARM_CATEGORIES.includes(r.technique)) err(r.id, `unknown category ${r.technique}`); }
  else err(r.id, `unknown family ${r.family}`);
  if (!r.id.startsWith(`${SPLIT}-${r.family}-${r.label}-${r.technique}-`)) err(r.id, "id does not match family/label/technique");
  checkHosts(r.id, joined);
  if (r.encoding) {
    const { scheme, encoded, decoded } = r.encoding; const E = ENC[scheme];
    if (!E) err(r.id, `unknown scheme ${scheme}`);
    else {
      if (E.ok && !E.ok(decoded)) err(r.id, `plain text not losslessly encodable with ${scheme}`);
      if (E.dec(encoded) !== decoded) err(r.id, `${scheme} does not decode back to the plain text`);
      if (E.enc(decoded) !== encoded) err(r.id, `${scheme} re-encoding differs`);
      if (!r.fields.some((f) => f.includes(encoded) || f.includes(jsonEsc(encoded)))) err(r.id, "encoded text missing from fields");
      checkHosts(r.id, decoded);
    }
  }
  if (r.technique === "split_payload" && !r.parts) err(r.id, "split_payload without parts");
  if (r.parts) {
    if (r.fields.length < r.parts.length || r.parts.length < 2) err(r.id, "split parts need one field each");
    r.parts.forEach((p, i) => { if (!contains(r.fields[i] || "", p)) err(r.id, `part ${i} not found in field ${i}`); });
    r.parts.forEach((p, i) => r.fields.forEach((f, j) => { if (j !== i && p.length > 12 && contains(f, p)) err(r.id, `part ${i} also in field ${j}`); }));
  }
  if (r.source === "long_doc" && joined.length < 1500) err(r.id, `long document only ${joined.length} chars`);
}
// set-level checks
const inj = records.filter((r) => r.family === "injection"), harm = records.filter((r) => r.family === "harmful");
for (const t of ATTACK_TECHNIQUES) if (ATTACKS[t].length < 28) err("set", `only ${ATTACKS[t].length} payloads for ${t}`);
if (Object.keys(BENIGN).length < 18) err("set", "fewer than 18 look-alike families");
for (const c of HARM_CATEGORIES) for (const l of ["attack", "benign"]) if (HARMFUL[c][l].length !== 12) err("set", `harmful ${c}/${l} must have 12`);
if (harm.filter((r) => r.lang !== "en").length * 2 < harm.length) err("set", "harmful: less than half non-English");
if (records.filter((r) => r.lang !== "en").length * 2 < records.length) err("set", "less than half non-English overall");
for (const l of LANGS) if (!records.some((r) => r.lang === l)) err("set", `language ${l} unused`);
for (const fam of ["injection", "harmful"]) {
  const ca = new Set(records.filter((r) => r.family === fam && r.label === "attack").map((r) => r.carrier));
  const cb = new Set(records.filter((r) => r.family === fam && r.label === "benign").map((r) => r.carrier));
  for (const c of ca) if (!cb.has(c)) err("set", `${fam}: carrier ${c} frames attacks only`);
  for (const c of cb) if (!ca.has(c)) err("set", `${fam}: carrier ${c} frames look-alikes only`);
}
if (LONG.length < 15) err("set", "fewer than 15 long documents");

// ---------- composition ----------
const count = (arr, key) => arr.reduce((m, r) => (m[key(r)] = (m[key(r)] || 0) + 1, m), {});
const show = (title, m) => console.log(`${title}: ` + Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(", "));
const len = (r) => r.fields.join("\n").length;
console.log(`train7x: ${records.length} records (injection ${inj.length}: attack ${inj.filter((r) => r.label === "attack").length}, benign ${inj.filter((r) => r.label === "benign").length}; harmful ${harm.length}: attack ${harm.filter((r) => r.label === "attack").length}, benign ${harm.filter((r) => r.label === "benign").length})`);
console.log(`hand-written texts: ${Object.values(ATTACKS).flat().length} attack payloads, ${Object.values(BENIGN).flat().length} look-alikes in ${Object.keys(BENIGN).length} families, ${LONG.length} long documents (x2: buried attack / look-alike), ${HARM_CATEGORIES.length * 24} harmful items`);
show("injection attack techniques", count(inj.filter((r) => r.label === "attack"), (r) => r.technique));
show("injection look-alike families", count(inj.filter((r) => r.label === "benign"), (r) => r.technique));
show("harmful (category/label)", count(harm, (r) => `${r.technique}/${r.label}`));
show("languages", count(records, (r) => r.lang));
show("carriers (attack)", count(records.filter((r) => r.label === "attack"), (r) => r.carrier));
show("carriers (benign)", count(records.filter((r) => r.label === "benign"), (r) => r.carrier));
show("encodings", count(records.filter((r) => r.encoding), (r) => `${r.encoding.scheme}/${r.label}`));
const nonEn = records.filter((r) => r.lang !== "en").length;
console.log(`non-English: ${nonEn}/${records.length} (${(100 * nonEn / records.length).toFixed(1)}%)`);
console.log(`long (800+ chars): ${records.filter((r) => len(r) >= 800).length} (attack ${records.filter((r) => r.label === "attack" && len(r) >= 800).length}, benign ${records.filter((r) => r.label === "benign" && len(r) >= 800).length}); 1500+ chars: ${records.filter((r) => len(r) >= 1500).length}; multi-field records: ${records.filter((r) => r.fields.length > 1).length}`);

if (errors.length) {
  console.error(`\n${errors.length} violation(s); ${OUT} not rewritten:`);
  for (const e of errors.slice(0, 60)) console.error("  " + e);
  process.exit(1);
}
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
console.log(`wrote ${OUT}`);
