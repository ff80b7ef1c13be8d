#!/usr/bin/env node
// Blind round 17 of the tool-poisoning scanner's held-out corpus.
// Deterministic; Node built-ins only. Reads the hand-written cases in
// ./blind17/*.mjs, assigns ids, expands character-transform markers
// (⟦kind:text⟧), derives honest twins from poisoned cases, validates, and
// writes poisoned/blind17.json and risky_legit/blind17.json.
//   node test/scan-eval/corpus/blind17_generate.mjs [--check]
// --check validates and prints counts without writing files.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import * as pEnA from "./blind17/poisoned_en_a.mjs";
import * as pEnB from "./blind17/poisoned_en_b.mjs";
import * as pEnC from "./blind17/poisoned_en_c.mjs";
import * as pEnD from "./blind17/poisoned_en_d.mjs";
import * as pIntlA from "./blind17/poisoned_intl_a.mjs";
import * as pIntlB from "./blind17/poisoned_intl_b.mjs";
import * as lEnA from "./blind17/legit_en_a.mjs";
import * as lEnB from "./blind17/legit_en_b.mjs";
import * as lIntlA from "./blind17/legit_intl_a.mjs";
import * as lIntlB from "./blind17/legit_intl_b.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const LANGS = new Set(["en", "de", "es", "fr", "pt", "it", "nl", "pl", "ru", "uk", "zh", "ja", "ko", "ar", "hi", "tr", "vi", "id", "sv"]);
const ALLOWED_TLDS = ["example", "test", "invalid"];

// ---------------------------------------------------------------- transforms
const HOMO = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", x: "\u0445", y: "\u0443", i: "\u0456",
  A: "\u0410", E: "\u0415", O: "\u041e", P: "\u0420", C: "\u0421", T: "\u0422", H: "\u041d", K: "\u041a", M: "\u041c", B: "\u0412" };
const ZW = ["\u200b", "\u200c", "\u200d", "\u2060"];
const rot13 = (t) => t.replace(/[a-z]/gi, (ch) => {
  const base = ch <= "Z" ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
});
const TRANSFORMS = {
  tag: (t) => {
    if (/[^\x20-\x7e]/.test(t)) throw new Error(`tag payload must be printable ASCII: ${t}`);
    return [...t].map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join("");
  },
  zw: (t) => { let k = 0; return [...t].map((ch) => (ch === " " ? ch : ch + ZW[k++ % ZW.length])).join(""); },
  bidi: (t) => "\u202e" + [...t].reverse().join("") + "\u202c",
  homo: (t) => [...t].map((ch) => HOMO[ch] ?? ch).join(""),
  fw: (t) => [...t].map((ch) => { const c = ch.charCodeAt(0); return c === 0x20 ? "\u3000" : c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch; }).join(""),
  ansi: (t) => "\u001b[8m" + t + "\u001b[28m",
  ansiblk: (t) => "\u001b[30;40m" + t + "\u001b[0m",
  b64: (t) => Buffer.from(t, "utf8").toString("base64"),
  hex: (t) => Buffer.from(t, "utf8").toString("hex"),
  urlenc: (t) => encodeURIComponent(t).replace(/'/g, "%27"),
  rot13,
};
const MARKER = /⟦([a-z0-9]+):([\s\S]*?)⟧/g;
function expandString(str, used) {
  return str.replace(MARKER, (_, kind, text) => {
    const f = TRANSFORMS[kind];
    if (!f) throw new Error(`unknown transform '${kind}'`);
    used.add(kind);
    return f(text);
  });
}
function expand(value, used) {
  if (typeof value === "string") return expandString(value, used);
  if (Array.isArray(value)) return value.map((v) => expand(v, used));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[expandString(k, used)] = expand(v, used);
    return out;
  }
  return value;
}

// ---------------------------------------------------------------- twins
const clone = (v) => JSON.parse(JSON.stringify(v));
function applyPatch(root, path, value) {
  const parts = path.split(".");
  let cur = root;
  for (let i = 0; i < parts.length - 1; i++) {
    if (cur[parts[i]] === undefined || cur[parts[i]] === null) {
      if (value === null) return false;
      cur[parts[i]] = {};
    }
    cur = cur[parts[i]];
  }
  const last = parts[parts.length - 1];
  if (value === null) {
    if (!(last in cur)) return false;
    delete cur[last];
  } else {
    cur[last] = clone(value);
  }
  return true;
}

// ---------------------------------------------------------------- build
const errors = [];
const fail = (m) => errors.push(m);

function buildCase(src, prefix, familyOverride, slugSuffix = "") {
  const used = new Set();
  const c = { id: `${prefix}-${src.lang}-${src.slug}${slugSuffix}`, family: familyOverride ?? src.family, lang: src.lang, tool: expand(src.tool, used) };
  if (src.server) c.server = expand(src.server, used);
  return { c, used };
}

const poisonedSrc = [pEnA, pEnB, pEnC, pEnD, pIntlA, pIntlB].flatMap((m) => m.poisoned);
const legitSrc = [lEnA, lEnB, lIntlA, lIntlB].flatMap((m) => m.legit);

const poisoned = [];
const legit = [];
const twinOf = new Map(); // twin id -> poisoned id
const transformUse = {};
for (const src of poisonedSrc) {
  const { c, used } = buildCase(src, "b17");
  for (const k of used) transformUse[k] = (transformUse[k] ?? 0) + 1;
  poisoned.push(c);
  if (src.twin) {
    const t = { lang: src.lang, slug: src.slug, tool: clone(src.tool), server: src.server ? clone(src.server) : undefined };
    for (const [path, value] of Object.entries(src.twin)) {
      const ok = path.startsWith("server.")
        ? applyPatch(t.server ?? (t.server = {}), path.slice("server.".length), value)
        : applyPatch(t.tool, path, value);
      if (!ok) fail(`${c.id}: twin patch '${path}' deletes nothing`);
    }
    if (t.server && Object.keys(t.server).length === 0) delete t.server;
    const built = buildCase(t, "b17l", "honest-twin", "-twin").c;
    if (JSON.stringify(built) === JSON.stringify({ ...c, id: built.id, family: "honest-twin" })) fail(`${c.id}: twin identical to poisoned case`);
    twinOf.set(built.id, c.id);
    legit.push(built);
  }
}
for (const src of legitSrc) {
  const { c, used } = buildCase(src, "b17l");
  if (used.size) fail(`${c.id}: legitimate case uses transforms ${[...used]}`);
  legit.push(c);
}

// ---------------------------------------------------------------- validate
const allStrings = (v, out = []) => {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { out.push(k); allStrings(x, out); }
  return out;
};
const INVISIBLE = /[\u{E0000}-\u{E007F}\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069\u001b]/u;
const FAMILY_CHARS = {
  "unicode-tags": /[\u{E0000}-\u{E007F}]/u, "zero-width": /[\u200b-\u200d\u2060]/, bidi: /[\u202a-\u202e\u2066-\u2069]/,
  ansi: /\u001b\[/, homoglyph: /[a-z_][\u0430-\u045f]|[\u0430-\u045f][a-z_]/i, fullwidth: /[\uff01-\uff5e]/,
};
const ids = new Set();
const descOwner = new Map();
for (const [fileName, list, prefix] of [["poisoned", poisoned, "b17-"], ["risky_legit", legit, "b17l-"]]) {
  for (const c of list) {
    if (!c.id.startsWith(prefix) || !/^[a-z0-9-]+$/.test(c.id)) fail(`${c.id}: bad id for ${fileName}`);
    if (ids.has(c.id)) fail(`${c.id}: duplicate id`);
    ids.add(c.id);
    if (!LANGS.has(c.lang)) fail(`${c.id}: unknown lang ${c.lang}`);
    if (typeof c.family !== "string" || !c.family) fail(`${c.id}: empty family`);
    const t = c.tool;
    if (!t || typeof t.name !== "string" || !t.name.trim()) fail(`${c.id}: empty tool name`);
    if (typeof t.description !== "string" || !t.description.trim()) fail(`${c.id}: empty description`);
    const is = t.inputSchema;
    if (!is || typeof is !== "object" || Array.isArray(is) || is.type !== "object" || typeof is.properties !== "object" || Array.isArray(is.properties)) fail(`${c.id}: inputSchema must be an object schema`);
    for (const r of is?.required ?? []) if (!(r in (is.properties ?? {}))) fail(`${c.id}: required '${r}' is not a property`);
    if (t.outputSchema && t.outputSchema.type !== "object") fail(`${c.id}: outputSchema must be an object schema`);
    if (c.server) {
      for (const k of Object.keys(c.server)) if (!["instructions", "prompts", "resources"].includes(k)) fail(`${c.id}: server.${k}`);
      if ("instructions" in c.server && typeof c.server.instructions !== "string") fail(`${c.id}: instructions not a string`);
      for (const p of c.server.prompts ?? []) if (!p.name || !p.description || !Array.isArray(p.arguments)) fail(`${c.id}: bad prompt`);
      for (const r of c.server.resources ?? []) if (!(r.uri || r.uriTemplate) || !r.name || !r.description) fail(`${c.id}: bad resource`);
    }
    const d = t.description;
    if (descOwner.has(d)) {
      const other = descOwner.get(d);
      if (twinOf.get(c.id) !== other) fail(`${c.id}: same description as ${other}`);
    } else descOwner.set(d, c.id);
    const strings = allStrings(c);
    for (const str of strings) {
      if (str.includes("⟦") || str.includes("⟧")) fail(`${c.id}: unexpanded marker`);
      for (const m of str.matchAll(/\b(?:https?|wss?|ftp|rsync|git):\/\/([^/\s"'?#:<>)]+)/gi)) {
        const host = m[1].replace(/^.*@/, "").toLowerCase();
        if (!ALLOWED_TLDS.some((tld) => host.endsWith("." + tld)) && !/^[a-z0-9-]+$/.test(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host)) fail(`${c.id}: host '${host}' not under .example/.test/.invalid`);
      }
      for (const m of str.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
        const host = m[1].toLowerCase();
        if (!ALLOWED_TLDS.some((tld) => host.endsWith("." + tld))) fail(`${c.id}: mail domain '${host}' not under .example/.test/.invalid`);
      }
      for (const m of str.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|app|cloud|xyz|ru|cn|de|uk|jp|br)\b/gi)) fail(`${c.id}: bare host-like name '${m[0]}'`);
    }
    if (fileName === "risky_legit" && strings.some((x) => INVISIBLE.test(x))) fail(`${c.id}: invisible/control characters in a legitimate case`);
    if (fileName === "poisoned" && FAMILY_CHARS[c.family] && !strings.some((x) => FAMILY_CHARS[c.family].test(x))) fail(`${c.id}: family ${c.family} but no such characters`);
  }
}

// ---------------------------------------------------------------- report
const tally = (list, key) => {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const show = (title, entries) => console.log(`${title}: ` + entries.map(([k, v]) => `${k}=${v}`).join(", "));
const nonEn = (list) => list.filter((c) => c.lang !== "en").length;
const carriers = { description: 0, title: 0, properties: 0, outputSchema: 0, annotations: 0, server: 0 };
for (const c of poisoned) {
  if (c.server) carriers.server++;
  if (c.tool.outputSchema) carriers.outputSchema++;
  if (c.tool.annotations?.title) carriers.annotations++;
  if (c.tool.title) carriers.title++;
}
console.log(`poisoned: ${poisoned.length} cases (${nonEn(poisoned)} non-English, ${Math.round((100 * nonEn(poisoned)) / poisoned.length)}%)`);
show("  by family", tally(poisoned, "family"));
show("  by lang", tally(poisoned, "lang"));
console.log(`  with server part: ${carriers.server}, with outputSchema: ${carriers.outputSchema}, with title: ${carriers.title}`);
show("  character transforms applied (cases)", Object.entries(transformUse).sort());
console.log(`risky_legit: ${legit.length} cases (${nonEn(legit)} non-English, ${Math.round((100 * nonEn(legit)) / legit.length)}%), honest twins: ${twinOf.size}`);
show("  by family", tally(legit, "family"));
show("  by lang", tally(legit, "lang"));
console.log(`  with server part: ${legit.filter((c) => c.server).length}, with outputSchema: ${legit.filter((c) => c.tool.outputSchema).length}`);

if (errors.length) {
  for (const e of errors) console.error("VIOLATION: " + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
if (!process.argv.includes("--check")) {
  const write = (sub, list) => writeFileSync(join(HERE, sub, "blind17.json"), JSON.stringify({ cases: list }, null, 2) + "\n");
  write("poisoned", poisoned);
  write("risky_legit", legit);
  console.log("wrote poisoned/blind17.json and risky_legit/blind17.json");
}
