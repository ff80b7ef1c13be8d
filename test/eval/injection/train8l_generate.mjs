#!/usr/bin/env node
// train8l_generate.mjs — generator + validator for the train8l set (TRAINING round, mixed sources).
//
//   node test/eval/injection/train8l_generate.mjs          build, validate, write train8l.jsonl
//   node test/eval/injection/train8l_generate.mjs --check  build and validate only (writes nothing)
//
// Node 20 built-ins only. Every random choice comes from a fixed-seed PRNG keyed by the record's
// position, so the output is byte-identical on every run. On any validation error the script
// prints the errors, writes nothing and exits 1.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CARRIERS, CARRIER_ORDER } from "./train8l_carriers.mjs";
import { FILLERS } from "./train8l_fillers.mjs";
import { ATTACKS_A } from "./train8l_attacks_a.mjs";
import { ATTACKS_B } from "./train8l_attacks_b.mjs";
import { LOOKALIKES_A } from "./train8l_lookalikes_a.mjs";
import { LOOKALIKES_B } from "./train8l_lookalikes_b.mjs";
import { HARMFUL } from "./train8l_harmful.mjs";
import { LONG_CARRIERS, LONG_ATTACKS, LONG_BENIGN } from "./train8l_long.mjs";

const SET = "train8l";
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);
const CHECK_ONLY = process.argv.includes("--check");

// ------------------------------------------------------------------ vocabularies
const TECHNIQUES = ["instruction_override", "role_token", "hidden_text", "exfiltration", "tool_coaxing",
  "encoded_payload", "jailbreak", "split_payload"];
const LOOKALIKE_FAMILIES = [...Object.keys(LOOKALIKES_A), ...Object.keys(LOOKALIKES_B)];
const CATEGORIES = ["violence", "self_harm", "hate", "sexual_minors", "weapons", "malware"];
const LANGS = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "uk", "tr", "ar", "hi", "zh", "ja", "ko",
  "vi", "id", "sv", "cs"];
const RECORD_KEYS = ["id", "split", "family", "label", "technique", "lang", "carrier", "fields", "source", "method"];
// Package-registry and code-hosting host names, stored base64-encoded so that the literal names
// never appear in the repository; decoded at run time for the check.
const FORBIDDEN_B64 = [
  "Z2l0aHViLmNvbQ==", "Z2l0bGFiLmNvbQ==", "Yml0YnVja2V0Lm9yZw==", "bnBtanMuY29t", "bnBtanMub3Jn", "cHlwaS5vcmc=",
  "cHl0aG9uaG9zdGVkLm9yZw==", "Y3JhdGVzLmlv", "cnVieWdlbXMub3Jn", "cGFja2FnaXN0Lm9yZw==", "bnVnZXQub3Jn",
  "ZG9ja2VyLmlv", "c291cmNlZm9yZ2UubmV0", "Z29sYW5nLm9yZw==", "cGtnLmdvLmRldg==", "bWF2ZW4ub3Jn",
  "Y29kZWJlcmcub3Jn", "aHVnZ2luZ2ZhY2UuY28=", "Z2l0ZWUuY29t", "bGF1bmNocGFkLm5ldA==", "Y3Bhbi5vcmc=",
  "cHViLmRldg==", "Y29jb2Fwb2RzLm9yZw==", "YW5hY29uZGEub3Jn", "Z2l0aHVidXNlcmNvbnRlbnQuY29t", "eWFybnBrZy5jb20=",
  "anNkZWxpdnIubmV0", "dW5wa2cuY29t",
];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, "base64").toString("utf8"));

// ------------------------------------------------------------------ deterministic PRNG
function hash32(s) {
  let h = 0x811c9dc5;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
  return h;
}
function rngFor(key) {
  let a = hash32(`${SET}:${key}`) ^ 0x5eed810;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (arr) => arr[Math.floor(next() * arr.length)] };
}

// ------------------------------------------------------------------ encodings
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const b = c <= "Z" ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENCODINGS = {
  base64: { enc: (s) => Buffer.from(s, "utf8").toString("base64"), dec: (s) => Buffer.from(s, "base64").toString("utf8") },
  hex: { enc: (s) => Buffer.from(s, "utf8").toString("hex"), dec: (s) => Buffer.from(s, "hex").toString("utf8") },
  rot13: { enc: rot13, dec: rot13 },
  percent: { enc: (s) => encodeURIComponent(s), dec: (s) => decodeURIComponent(s) },
  reverse: { enc: (s) => Array.from(s).reverse().join(""), dec: (s) => Array.from(s).reverse().join("") },
  unicode_escape: {
    enc: (s) => Array.from(s).map((c) => {
      let out = "";
      for (let i = 0; i < c.length; i++) out += "\\u" + c.charCodeAt(i).toString(16).padStart(4, "0");
      return out;
    }).join(""),
    dec: (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  },
};

// ------------------------------------------------------------------ item lists (position = carrier/long assignment)
function flatten(groups, file, kind) {
  const out = [];
  for (const [key, items] of Object.entries(groups)) {
    items.forEach((it, i) => {
      const item = { key, lang: it[0], source: `${file}#${key}/${i}` };
      if (kind === "split" || key === "split_payload" || key === "split_lookalike") {
        item.parts = [it[1], it[2]];
      } else if (it.length === 4) {
        const [, lead, plain, enc] = it;
        if (!ENCODINGS[enc]) throw new Error(`unknown encoding ${enc} in ${item.source}`);
        const blob = ENCODINGS[enc].enc(plain);
        item.parts = [lead.replace("{ENC}", blob)];
        item.enc = { name: enc, plain, blob };
      } else {
        item.parts = [it[1]];
      }
      out.push(item);
    });
  }
  return out;
}

const attackItems = [
  ...flatten(ATTACKS_A, "train8l_attacks_a.mjs"),
  ...flatten(ATTACKS_B, "train8l_attacks_b.mjs"),
].sort((a, b) => TECHNIQUES.indexOf(a.key) - TECHNIQUES.indexOf(b.key));
const lookalikeItems = [
  ...flatten(LOOKALIKES_A, "train8l_lookalikes_a.mjs"),
  ...flatten(LOOKALIKES_B, "train8l_lookalikes_b.mjs"),
];
const harmfulItems = [];
for (const cat of CATEGORIES) {
  for (const label of ["attack", "benign"]) {
    HARMFUL[cat][label].forEach((it, i) => harmfulItems.push({ key: cat, label, lang: it[0], parts: [it[1]], source: `train8l_harmful.mjs#${cat}/${label}/${i}` }));
  }
}

// ------------------------------------------------------------------ record construction
const carrierFor = (pos) => CARRIER_ORDER[pos % CARRIER_ORDER.length];
const isLongPos = (pos) => pos % 5 === 2;
const unfoldOf = (c) => CARRIERS[c].unfold || ((s) => s);

// Locates part `needle` in fields of carrier c: returns [{field, index, variant}] (after unfolding).
function locate(c, fields, needle) {
  const hits = [];
  const unfold = unfoldOf(c);
  CARRIERS[c].esc.forEach((esc, v) => {
    const e = esc(needle);
    fields.forEach((f, fi) => {
      const idx = unfold(f).indexOf(e);
      if (idx >= 0) hits.push({ field: fi, index: idx, len: e.length, variant: v });
    });
  });
  return hits;
}
// Positions (start, end) of each part in the joined, unfolded text.
function spans(c, fields, parts) {
  const unfold = unfoldOf(c);
  const text = unfold(fields.join("\n"));
  return { text, spans: parts.map((p) => {
    for (const esc of CARRIERS[c].esc) {
      const e = esc(p);
      const i = text.indexOf(e);
      if (i >= 0) return [i, i + e.length];
    }
    return null;
  }) };
}
function longOk(c, fields, parts) {
  const { text, spans: sp } = spans(c, fields, parts);
  if (text.length < 800 || sp.some((s) => !s)) return false;
  return sp.every(([a, b]) => { const m = (a + b) / 2 / text.length; return m >= 0.2 && m <= 0.8; });
}
function longDocStats(c, fields, part) {
  const { text, spans: sp } = spans(c, fields, [part]);
  if (!sp[0]) return null;
  const [a, b] = sp[0];
  return { len: text.length, before: a, after: text.length - b, centre: (a + b) / 2 / text.length };
}

let serial = 0;
const records = [];
const metas = [];

function emit({ family, label, technique, lang, carrier, fields, hide, item, long, longdoc, fillers }) {
  serial += 1;
  const id = `${SET}-${family}-${label}-${technique}-${String(serial).padStart(4, "0")}`;
  const m = ["hand-written", `carrier=${carrier}`];
  if (hide) m.push(`hidden=${hide}`);
  if (item.enc) m.push(`encoding=${item.enc.name}`);
  if (item.parts.length === 2) m.push("split=two-fields");
  if (long) m.push(`long=filler:${fillers}`);
  if (longdoc) m.push(`long-document${fillers ? `;filler:${fillers}` : ""}`);
  records.push({ id, split: SET, family, label, technique, lang, carrier, fields, source: item.source, method: m.join("; ") });
  metas.push({ item, long: !!long, longdoc: !!longdoc, hide: hide || "" });
}

function buildShort(item, pos, family, label, technique, listName) {
  const carrier = carrierFor(pos);
  const hidden = technique === "hidden_text";
  const [p1, p2 = null] = item.parts;
  const base = { family, label, technique, lang: item.lang, carrier, item };
  if (!isLongPos(pos)) {
    const r = rngFor(`${listName}:${pos}`);
    const { fields, hide } = CARRIERS[carrier].build({ pre: [], p1, p2, post: [], hidden, r });
    emit({ ...base, fields, hide });
    return;
  }
  const pool = FILLERS[item.lang];
  if (!pool) throw new Error(`no fillers for ${item.lang}`);
  const order = pool.map((_, i) => i);
  const sr = rngFor(`${listName}:${pos}:fill`);
  for (let i = order.length - 1; i > 0; i--) { const j = sr.int(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
  for (const [a, b] of [[1, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [2, 3], [3, 2], [3, 3], [3, 4], [4, 3], [4, 4], [4, 5], [5, 4], [5, 5]]) {
    if (a + b > order.length) continue;
    const pre = order.slice(0, a).map((i) => pool[i]);
    const post = order.slice(a, a + b).map((i) => pool[i]);
    const r = rngFor(`${listName}:${pos}`);
    const { fields, hide } = CARRIERS[carrier].build({ pre, p1, p2, post, hidden, r });
    if (longOk(carrier, fields, item.parts)) {
      emit({ ...base, fields, hide, long: true, fillers: `${item.lang}:${a}+${b}` });
      return;
    }
  }
  throw new Error(`could not make a long record for ${item.source} in ${carrier}`);
}

function buildLongDoc(doc, i, family, label, technique, listName, file) {
  const carrier = LONG_CARRIERS[i];
  const item = { key: technique, lang: doc.lang, source: `${file}#${listName}/${i}` };
  if (typeof doc.payload === "string") item.parts = [doc.payload];
  else {
    const blob = ENCODINGS[doc.payload.enc].enc(doc.payload.plain);
    item.parts = [doc.payload.lead.replace("{ENC}", blob)];
    item.enc = { name: doc.payload.enc, plain: doc.payload.plain, blob };
  }
  const pool = FILLERS[doc.lang];
  let pre = [...doc.pre], post = [...doc.post];
  let added = 0, extraPre = 0, extraPost = 0;
  for (;;) {
    const r = rngFor(`${listName}:${i}`);
    const { fields, hide } = CARRIERS[carrier].build({ pre, p1: item.parts[0], p2: null, post, hidden: technique === "hidden_text", r, title: doc.title });
    const st = longDocStats(carrier, fields, item.parts[0]);
    if (!st) throw new Error(`payload not found in long document ${item.source}`);
    if (st.len >= 1500 && st.before >= 500 && st.after >= 500 && st.centre >= 0.3 && st.centre <= 0.7) {
      emit({ family, label, technique, lang: doc.lang, carrier, fields, hide, item, longdoc: true,
        fillers: added ? `${doc.lang}:+${extraPre}pre+${extraPost}post` : "" });
      return;
    }
    if (added >= pool.length) throw new Error(`long document ${item.source} cannot meet the length/centre rules`);
    const f = pool[added++];
    if (st.before < 500 || st.centre > 0.7 || (st.len < 1500 && st.before <= st.after)) { pre = [...pre, f]; extraPre++; }
    else { post = [f, ...post]; extraPost++; }
  }
}

function build() {
  attackItems.forEach((it, idx) => {
    for (let k = 0; k < 2; k++) buildShort(it, 2 * idx + k, "injection", "attack", it.key, "attacks");
  });
  LONG_ATTACKS.forEach((d, i) => buildLongDoc(d, i, "injection", "attack", d.technique, "long_attacks", "train8l_long.mjs"));
  lookalikeItems.forEach((it, idx) => {
    for (let k = 0; k < 2; k++) buildShort(it, 2 * idx + k, "injection", "benign", it.key, "lookalikes");
  });
  LONG_BENIGN.forEach((d, i) => buildLongDoc(d, i, "injection", "benign", d.family, "long_benign", "train8l_long.mjs"));
  harmfulItems.forEach((it, idx) => {
    for (let k = 0; k < 2; k++) buildShort(it, 2 * idx + k, "harmful", it.label, it.key, "harmful");
  });
}

// ------------------------------------------------------------------ validator
const ALLOWED_SUFFIX = [".example", ".test", ".invalid"];
function hostOk(h) {
  h = h.toLowerCase().replace(/\.+$/, "");
  if (!h.includes(".")) return true; // bare internal name
  return ALLOWED_SUFFIX.some((s) => h.endsWith(s));
}
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s\/@"'<>]*@)?([A-Za-z0-9.-]+)/gi)) if (!hostOk(m[1])) bad.push(`url host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1])) bad.push(`mail domain ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/gi)) if (!hostOk("www." + m[1])) bad.push(`www host www.${m[1]}`);
  for (const m of text.matchAll(/\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ru|cn|info|biz|xyz|gov|edu)\b/gi)) bad.push(`real-TLD name ${m[0]}`);
  const low = text.toLowerCase();
  for (const f of FORBIDDEN) if (low.includes(f)) bad.push("forbidden registry/code-hosting host name");
  return bad;
}

function validate() {
  const errs = [];
  const err = (r, msg) => errs.push(`${r ? r.id : "set"}: ${msg}`);
  const ids = new Set();
  const idRe = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);

  records.forEach((r, ri) => {
    const meta = metas[ri];
    // members
    for (const k of Object.keys(r)) if (!RECORD_KEYS.includes(k)) err(r, `unexpected member ${k}`);
    for (const k of RECORD_KEYS) {
      if (k === "fields") continue;
      if (typeof r[k] !== "string" || !r[k].trim()) err(r, `empty or missing ${k}`);
    }
    if (!Array.isArray(r.fields) || r.fields.length === 0) err(r, "no fields");
    else r.fields.forEach((f, i) => { if (typeof f !== "string" || !f.trim()) err(r, `field ${i} empty`); });
    // vocabularies
    if (r.split !== SET) err(r, "wrong split");
    if (!["injection", "harmful"].includes(r.family)) err(r, `unknown family ${r.family}`);
    if (!["attack", "benign"].includes(r.label)) err(r, `unknown label ${r.label}`);
    const known = r.family === "harmful" ? CATEGORIES : r.label === "attack" ? TECHNIQUES : LOOKALIKE_FAMILIES;
    if (!known.includes(r.technique)) err(r, `unknown technique/family/category ${r.technique}`);
    if (!CARRIER_ORDER.includes(r.carrier)) err(r, `unknown carrier ${r.carrier}`);
    if (!LANGS.includes(r.lang)) err(r, `unknown language ${r.lang}`);
    // id
    if (ids.has(r.id)) err(r, "duplicate id");
    ids.add(r.id);
    const m = idRe.exec(r.id);
    if (!m) err(r, "malformed id");
    else if (m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique) err(r, "id does not match the record");
    // needles
    const parts = meta.item.parts;
    const splitTech = r.technique === "split_payload" || r.technique === "split_lookalike";
    if (splitTech !== (parts.length === 2)) err(r, "split technique and part count disagree");
    const hits = parts.map((p) => locate(r.carrier, r.fields, p));
    hits.forEach((h, i) => { if (!h.length) err(r, `needle of part ${i + 1} not found in the fields`); });
    if (parts.length === 2 && hits.every((h) => h.length)) {
      const f1 = new Set(hits[0].map((h) => h.field)), f2 = new Set(hits[1].map((h) => h.field));
      const both = [...f1].filter((f) => f2.has(f));
      if (both.length) err(r, "a field holds both parts of a split record");
      if (!f1.size || !f2.size || ![...f1].some((a) => [...f2].some((b) => a !== b))) err(r, "split parts not in different fields");
    }
    if (r.technique === "hidden_text" && !meta.hide) err(r, "hidden_text record not hidden by its carrier");
    for (const p of parts) if (/-->/.test(p)) err(r, "payload would break an HTML comment");
    // hosts
    const joined = unfoldOf(r.carrier)(r.fields.join("\n"));
    for (const b of hostProblems(joined)) err(r, b);
    // encodings
    if (meta.item.enc) {
      const { name, plain, blob } = meta.item.enc;
      const E = ENCODINGS[name];
      if (!E) err(r, `unknown encoding ${name}`);
      else {
        if (blob === plain) err(r, "encoding is a no-op");
        if (E.dec(blob) !== plain) err(r, "decoded payload differs from its plain text");
        if (E.enc(plain) !== blob) err(r, "re-encoding differs from the stored blob");
        if (!parts[0].includes(blob)) err(r, "encoded blob missing from the payload");
        for (const b of hostProblems(E.dec(blob))) err(r, `decoded payload: ${b}`);
      }
    }
    // long rules
    if (meta.long) {
      if (!longOk(r.carrier, r.fields, parts)) err(r, "long record under 800 chars or payload centre outside 20-80%");
    }
    if (meta.longdoc) {
      const st = longDocStats(r.carrier, r.fields, parts[0]);
      if (!st || st.len < 1500 || st.before < 500 || st.after < 500 || st.centre < 0.3 || st.centre > 0.7) {
        err(r, `long document out of bounds ${JSON.stringify(st)}`);
      }
    }
  });

  // ---- set-level rules
  const texts = (pred) => new Set(records.map((r, i) => [r, metas[i]]).filter(([r, m]) => pred(r, m) && !m.longdoc).map(([, m]) => m.item.parts.join("\u241e")));
  for (const cat of CATEGORIES) {
    for (const label of ["attack", "benign"]) {
      const n = texts((r) => r.family === "harmful" && r.technique === cat && r.label === label).size;
      if (n !== 12) err(null, `harmful ${cat}/${label} has ${n} distinct texts (want 12)`);
    }
  }
  for (const t of TECHNIQUES) {
    const n = texts((r) => r.family === "injection" && r.label === "attack" && r.technique === t).size;
    if (n < 30) err(null, `technique ${t} has ${n} payloads (want >= 30)`);
  }
  const famOk = LOOKALIKE_FAMILIES.filter((f) => texts((r) => r.family === "injection" && r.label === "benign" && r.technique === f).size >= 10);
  if (famOk.length < 20) err(null, `only ${famOk.length} look-alike families have >= 10 texts`);
  const langs = new Set(records.map((r) => r.lang));
  if (langs.size < 18) err(null, `only ${langs.size} languages`);
  const nonEn = records.filter((r) => r.lang !== "en").length / records.length;
  if (nonEn < 0.5) err(null, `non-English share ${nonEn.toFixed(3)} < 0.5`);
  // every item appears in exactly two records (short items)
  const uses = new Map();
  metas.forEach((m) => { if (!m.longdoc) uses.set(m.item, (uses.get(m.item) || 0) + 1); });
  for (const [it, n] of uses) if (n !== 2) err(null, `${it.source} used ${n} times`);
  // globally distinct payload texts
  const seen = new Map();
  for (const m of metas) {
    const k = m.item.parts.join("\u241e");
    if (seen.has(k) && seen.get(k) !== m.item) err(null, `duplicate text in ${m.item.source} and ${seen.get(k).source}`);
    seen.set(k, m.item);
  }
  // carrier shares
  const share = (label) => {
    const rs = records.filter((r) => r.family === "injection" && r.label === label);
    return Object.fromEntries(CARRIER_ORDER.map((c) => [c, rs.filter((r) => r.carrier === c).length / rs.length]));
  };
  const sa = share("attack"), sb = share("benign");
  for (const c of CARRIER_ORDER) if (Math.abs(sa[c] - sb[c]) > 0.02) err(null, `carrier ${c} share differs: ${sa[c].toFixed(3)} vs ${sb[c].toFixed(3)}`);
  return errs;
}

// ------------------------------------------------------------------ composition
function composition() {
  const L = [];
  const count = (pred) => records.filter(pred).length;
  const inj = (label) => (r) => r.family === "injection" && r.label === label;
  const longd = (i) => metas[i].longdoc;
  const recIdx = records.map((_, i) => i);
  L.push(`${SET}: ${records.length} records`);
  const ia = count(inj("attack")), ib = count(inj("benign"));
  const la = recIdx.filter((i) => longd(i) && records[i].label === "attack").length;
  const lb = recIdx.filter((i) => longd(i) && records[i].label === "benign").length;
  L.push(`injection attack : ${ia} records = ${attackItems.length} payloads x 2 carriers + ${la} long documents`);
  L.push(`injection benign : ${ib} records = ${lookalikeItems.length} look-alikes x 2 carriers + ${lb} long documents`);
  const ha = count((r) => r.family === "harmful" && r.label === "attack"), hb = count((r) => r.family === "harmful" && r.label === "benign");
  L.push(`harmful          : ${ha} attack + ${hb} benign records = (12 + 12 texts) x 6 categories x 2 carriers`);
  L.push("");
  L.push("attack techniques (payloads / records incl. long documents):");
  for (const t of TECHNIQUES) {
    const n = attackItems.filter((x) => x.key === t).length;
    L.push(`  ${t.padEnd(22)} ${String(n).padStart(3)} / ${count((r) => inj("attack")(r) && r.technique === t)}`);
  }
  L.push(`look-alike families (${LOOKALIKE_FAMILIES.length}; texts / records incl. long documents):`);
  for (const f of LOOKALIKE_FAMILIES) {
    const n = lookalikeItems.filter((x) => x.key === f).length;
    L.push(`  ${f.padEnd(22)} ${String(n).padStart(3)} / ${count((r) => inj("benign")(r) && r.technique === f)}`);
  }
  L.push("harmful categories (attack / benign records):");
  for (const c of CATEGORIES) L.push(`  ${c.padEnd(22)} ${count((r) => r.family === "harmful" && r.technique === c && r.label === "attack")} / ${count((r) => r.family === "harmful" && r.technique === c && r.label === "benign")}`);
  L.push("carriers (injection attack / injection benign / harmful records):");
  for (const c of CARRIER_ORDER) {
    L.push(`  ${c.padEnd(13)} ${String(count((r) => inj("attack")(r) && r.carrier === c)).padStart(3)} / ${String(count((r) => inj("benign")(r) && r.carrier === c)).padStart(3)} / ${String(count((r) => r.family === "harmful" && r.carrier === c)).padStart(3)}`);
  }
  const langs = {};
  for (const r of records) langs[r.lang] = (langs[r.lang] || 0) + 1;
  L.push(`languages (${Object.keys(langs).length}, records): ` + Object.entries(langs).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
  L.push(`non-English records: ${(100 * records.filter((r) => r.lang !== "en").length / records.length).toFixed(1)}%`);
  const longShort = metas.filter((m) => m.long).length;
  L.push(`long records (>= 800 chars, payload centre 20-80%): ${longShort}; long documents (>= 1500 chars, centre 30-70%): ${metas.filter((m) => m.longdoc).length}`);
  L.push(`hidden_text records: ${metas.filter((m) => m.hide).length}; encoded records: ${metas.filter((m) => m.item.enc).length} (${[...new Set(metas.filter((m) => m.item.enc).map((m) => m.item.enc.name))].join(", ")})`);
  return L.join("\n");
}

// ------------------------------------------------------------------ main
try {
  build();
} catch (e) {
  console.error(`build failed: ${e.message}`);
  process.exit(1);
}
const errors = validate();
if (errors.length) {
  console.error(`${errors.length} validation error(s); nothing written:`);
  for (const e of errors.slice(0, 200)) console.error("  " + e);
  process.exit(1);
}
const out = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
for (const f of FORBIDDEN) if (out.toLowerCase().includes(f)) { console.error("forbidden host name in output; nothing written"); process.exit(1); }
if (!CHECK_ONLY) writeFileSync(OUT, out);
console.log(composition());
console.log(CHECK_ONLY ? "check only: nothing written" : `wrote ${OUT.replace(HERE + "/", "")}`);
