// blind32a carriers: each escapes text for its format and yields two fields
// [earlier field (title / preview / header), body]. Node 20 built-ins only.
const escH = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jChar = (c) => {
  if (c === '"') return '\\"';
  if (c === '\\') return '\\\\';
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  const k = c.charCodeAt(0);
  if (k < 0x20) return '\\u' + k.toString(16).padStart(4, '0');
  return c;
};
export const escJ = (s) => Array.from(s).map(jChar).join('');
const escNb = (s) => Array.from(s).map((c) => (c === '\n' ? '\\n",\n    "' : jChar(c))).join('');
const lines = (prefix) => (s) => s.replace(/\n/g, '\n' + prefix);
const id = (s) => s;
const yq = (s) => s.replace(/'/g, "''");

// flavour 'html': hidden wrappers are real markup, inner text HTML-escaped, wrapper not re-escaped.
// Every other carrier embeds a markdown-ish document: wrapper escaped like any text.
export const CARRIERS = [
  { name: 'markdown', flavour: 'md', esc: id, tEsc: id,
    build: (t, b) => ['# ' + t, b + '\n\n## License\n\nApache-2.0'] },
  { name: 'web', flavour: 'html', esc: escH, tEsc: escH, sep: '</p>\n<p>',
    build: (t, b) => ['<title>' + t + '</title>', '<!doctype html><html><body><main><article>\n<p>' + b + '</p>\n</article></main><footer>&copy; 2026 project contributors</footer></body></html>'] },
  { name: 'json_api', flavour: 'md', esc: escJ, tEsc: escJ,
    build: (t, b) => ['{"object":"repository","full_name":"platform/atlas-sync","description":"' + t + '","default_branch":"main","open_issues":14}', '{"path":"docs/USAGE.md","encoding":"utf-8","content":"' + b + '"}'] },
  { name: 'yaml', flavour: 'md', esc: lines('  '), tEsc: yq,
    build: (t, b) => ["name: '" + t + "'\nversion: 2.8.1", 'description: |\n  ' + b + '\nmaintainers:\n  - platform-team'] },
  { name: 'code_python', flavour: 'md', esc: (s) => s.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"').replace(/\n/g, '\n    '), tEsc: lines('# '),
    build: (t, b) => ['# ' + t + '\nfrom __future__ import annotations', 'def sync_workspace(path: str) -> None:\n    """\n    ' + b + '\n    """\n    _run(path)'] },
  { name: 'code_js', flavour: 'md', esc: (s) => s.replace(/\*\//g, '*\\/').replace(/\n/g, '\n * '), tEsc: (s) => s.replace(/\*\//g, '*\\/').replace(/\n/g, ' '),
    build: (t, b) => ['// ' + t + "\n'use strict';", '/**\n * ' + b + '\n */\nexport async function loadConfig(dir) {\n  return readJson(dir);\n}'] },
  { name: 'code_go', flavour: 'md', esc: lines('// '), tEsc: lines('// '),
    build: (t, b) => ['// Package relay: ' + t + '\npackage relay', '// ' + b + '\nfunc Start(ctx context.Context) error {\n\treturn nil\n}'] },
  { name: 'code_rust', flavour: 'md', esc: lines('/// '), tEsc: lines('//! '),
    build: (t, b) => ['//! ' + t + '\n#![forbid(unsafe_code)]', '/// ' + b + '\npub fn open(path: &Path) -> Result<Store> {\n    Store::load(path)\n}'] },
  { name: 'dockerfile', flavour: 'md', esc: lines('# '), tEsc: lines('# '),
    build: (t, b) => ['# ' + t + '\nFROM debian:bookworm-slim AS base', '# ' + b + '\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nWORKDIR /srv/app'] },
  { name: 'csv', flavour: 'md', esc: (s) => s.replace(/"/g, '""'), tEsc: (s) => s.replace(/"/g, '""'),
    build: (t, b) => ['id,title,state\n4127,"' + t + '",open', 'id,body,labels\n4127,"' + b + '","triage;needs-repro"'] },
  { name: 'ci_log', flavour: 'md', esc: lines('2026-03-14T09:12:44.118Z '), tEsc: id,
    build: (t, b) => ['##[group]' + t, '2026-03-14T09:12:44.118Z ' + b + '\n2026-03-14T09:12:45.002Z ##[endgroup]\n2026-03-14T09:12:45.003Z Process completed with exit code 0.'] },
  { name: 'diff', flavour: 'md', esc: lines('+'), tEsc: id,
    build: (t, b) => ['From 5e1c0a9 Mon Sep 17 00:00:00 2001\nSubject: [PATCH] ' + t, 'diff --git a/docs/notes.md b/docs/notes.md\nindex 3b18e51..a9f1c22 100644\n--- a/docs/notes.md\n+++ b/docs/notes.md\n@@ -0,0 +1,12 @@\n+' + b] },
  { name: 'ipynb', flavour: 'md', esc: escNb, tEsc: escJ,
    build: (t, b) => ['{"cells":[{"cell_type":"markdown","metadata":{},"source":["# ' + t + '"]}', '{"cell_type":"markdown","metadata":{},"source":[\n    "' + b + '"\n   ]}],"nbformat":4,"nbformat_minor":5}'] },
  { name: 'search', flavour: 'md', esc: escJ, tEsc: escJ,
    build: (t, b) => ['{"query":"atlas-sync setup","results":[{"rank":1,"title":"' + t + '","url":"https://docs.atlas-sync.example/guide"}', '{"rank":1,"snippet":"' + b + '"}]}'] },
  { name: 'issue_thread', flavour: 'md', esc: escJ, tEsc: escJ,
    build: (t, b) => ['{"number":1842,"title":"' + t + '","state":"open","labels":["bug"]}', '{"comments":[{"author":"mkowalski","created_at":"2026-02-02T10:41:00Z","body":"' + b + '"}]}'] },
  { name: 'chat', flavour: 'md', esc: lines('        '), tEsc: id,
    build: (t, b) => ['#eng-platform | ' + t, '[09:14] dana: ' + b + '\n[09:16] ravi: thanks, looking'] },
  { name: 'pdf', flavour: 'md', esc: id, tEsc: id,
    build: (t, b) => [t + '\nDesign Review - Internal    Rev. 2.3    Page 1 of 4', b + '\n\nDesign Review - Internal    Rev. 2.3    Page 2 of 4'] },
  { name: 'email', flavour: 'md', esc: id, tEsc: id,
    build: (t, b) => ['Subject: ' + t + '\nFrom: Release Bot <releases@atlas-sync.example>\nTo: dev@lists.atlas-sync.example', b + '\n\n--\nYou are receiving this because you are subscribed to dev@lists.atlas-sync.example'] },
  { name: 'commit', flavour: 'md', esc: lines('    '), tEsc: id,
    build: (t, b) => ['commit 9f2d6be41c07a3e5d8b1f0c2a4e6d8b0c1f3a5e7\nAuthor: Lea Brandt <lea@dev.atlas-sync.example>\nDate:   Tue Feb 3 14:02:11 2026 +0100\n\n    ' + t, '    ' + b + '\n\n    Signed-off-by: Lea Brandt <lea@dev.atlas-sync.example>'] },
];
export const CARRIER_NAMES = CARRIERS.map((c) => c.name);
export const carrierByName = (n) => CARRIERS.find((c) => c.name === n);

// ---------------- hidden wrappers ----------------
const ZW0 = '\u200b', ZW1 = '\u200c', ZWS = '\u200d';
const utf8 = (s) => Array.from(Buffer.from(s, 'utf8'));
export const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (s) => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { enc: (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
    dec: (s) => ENC.rot13.enc(s) },
  url: { enc: (s) => utf8(s).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), dec: (s) => decodeURIComponent(s) },
  reverse: { enc: (s) => Array.from(s).reverse().join(''), dec: (s) => Array.from(s).reverse().join('') },
  html_entities: { enc: (s) => Array.from(s).map((c) => '&#x' + c.codePointAt(0).toString(16) + ';').join(''),
    dec: (s) => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))) },
  unicode_escapes: { enc: (s) => Array.from({ length: s.length }, (_, i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''),
    dec: (s) => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  zero_width_binary: { enc: (s) => utf8(s).map((b) => b.toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join(ZWS),
    dec: (s) => Buffer.from(s.split(ZWS).map((x) => parseInt(x.replace(new RegExp(ZW0, 'g'), '0').replace(new RegExp(ZW1, 'g'), '1'), 2))).toString('utf8') },
  unicode_tags: { enc: (s) => '\u{E0001}' + Array.from(s).map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('') + '\u{E007F}',
    dec: (s) => Array.from(s).filter((c) => { const k = c.codePointAt(0); return k > 0xe0001 && k < 0xe007f; }).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('') },
};
export const ENCODINGS = Object.keys(ENC);
// encodings that need ASCII (or Latin) input to be meaningful
export const ASCII_ONLY = new Set(['rot13', 'unicode_tags']);

// hidden hows. wrap(p, flavour, escInner) returns the embedded snippet in document syntax.
// decodable hows carry an encoding name so the validator can decode them.
export const HIDDEN = {
  html_comment: { html: true, wrap: (p) => '<!-- ' + p + ' -->' },
  md_link_title: { html: false, bad: /"/, wrap: (p, f) => (f === 'html' ? '<a href="https://docs.atlas-sync.example/setup" title="' + p + '">setup guide</a>' : 'See the [setup guide](https://docs.atlas-sync.example/setup "' + p + '").') },
  white_text: { html: true, wrap: (p) => '<span style="color:#ffffff;background:#ffffff;font-size:1px">' + p + '</span>' },
  display_none: { html: true, wrap: (p) => '<div style="display:none" aria-hidden="true">' + p + '</div>' },
  alt_text: { html: false, bad: /[\[\]]/, wrap: (p, f) => (f === 'html' ? '<img src="https://cdn.atlas-sync.example/badge/build.svg" alt="' + p + '">' : '![' + p + '](https://cdn.atlas-sync.example/badge/build.svg)') },
  code_comment: { html: false, wrap: (p, f) => (f === 'html' ? '<pre><code>// ' + p + '\nconst cfg = loadConfig();</code></pre>' : '```js\n// ' + p + '\nconst cfg = loadConfig();\n```') },
  details: { html: true, wrap: (p) => '<details><summary>Maintainer notes</summary>\n\n' + p + '\n\n</details>' },
  md_comment: { html: false, bad: /[()]/, wrap: (p, f) => (f === 'html' ? '<!-- ' + p + ' -->' : '[//]: # (' + p + ')') },
  font_zero: { html: true, wrap: (p) => '<p style="font-size:0;line-height:0">' + p + '</p>' },
  zero_width: { html: false, encoding: 'zero_width_binary', wrap: (p) => 'Thanks for reading!\u2060' + ENC.zero_width_binary.enc(p) + '\u2060' },
  unicode_tags: { html: false, encoding: 'unicode_tags', ascii: true, wrap: (p) => 'Build status: passing' + ENC.unicode_tags.enc(p) },
};
export const HIDDEN_HOWS = Object.keys(HIDDEN);
export { escH };
