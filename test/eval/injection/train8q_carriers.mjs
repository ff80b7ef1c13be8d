// train8q: carriers. Each has esc(text) (how free text is escaped in that format) and
// build(title, segments) -> [earlier field, body]. segments: [{text, raw}] where raw segments are
// inserted without escaping (HTML markup in html-aware carriers only).
const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const htmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const linePrefix = (p) => (s) => s.split('\n').map((l) => p + l).join('\n');
const join = (esc, segs, sep) => segs.map((g) => (g.raw ? g.text : esc(g.text))).join(sep);
export const CARRIERS = {
  markdown: { esc: (s) => s, html: true,
    build: (t, segs) => ['# ' + t, join((s) => s, segs, '\n\n') + '\n\n## License\n\nMIT'] },
  html: { esc: htmlEsc, html: true,
    build: (t, segs) => ['<title>' + htmlEsc(t) + '</title>', '<html><body><article>\n' + segs.map((g) => (g.raw ? g.text : '<p>' + htmlEsc(g.text) + '</p>')).join('\n') + '\n</article></body></html>'] },
  json_api: { esc: jsonEsc,
    build: (t, segs) => ['{"name": "' + jsonEsc(t) + '"}', '{"id": 17, "status": "ok", "description": "' + join(jsonEsc, segs, '\\n\\n') + '", "updated_at": "2026-02-11T09:14:00Z"}'] },
  yaml: { esc: linePrefix('  '),
    build: (t, segs) => ['# ' + t.replace(/\n/g, ' '), 'version: 3\nservice: api\nnotes: |\n' + join(linePrefix('  '), segs, '\n  \n') + '\nreplicas: 2'] },
  code_py: { esc: linePrefix('# '),
    build: (t, segs) => ['# file: ' + t.replace(/\n/g, ' '), 'import hashlib\n\n' + join(linePrefix('# '), segs, '\n#\n') + '\ndef digest(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()'] },
  code_js: { esc: linePrefix(' * '),
    build: (t, segs) => ['// ' + t.replace(/\n/g, ' '), '/**\n' + join(linePrefix(' * '), segs, '\n *\n') + '\n */\nexport function retry(fn, n = 3) {\n  return fn().catch((e) => (n ? retry(fn, n - 1) : Promise.reject(e)));\n}'] },
  code_go: { esc: linePrefix('// '),
    build: (t, segs) => ['// Package cache: ' + t.replace(/\n/g, ' '), 'package cache\n\n' + join(linePrefix('// '), segs, '\n//\n') + '\nfunc Key(b []byte) string { return hex.EncodeToString(sha(b)) }'] },
  code_rs: { esc: linePrefix('/// '),
    build: (t, segs) => ['//! ' + t.replace(/\n/g, ' '), join(linePrefix('/// '), segs, '\n///\n') + '\npub fn parse(input: &str) -> Result<Ast, Error> {\n    Parser::new(input).run()\n}'] },
  csv: { esc: (s) => s.replace(/"/g, '""'),
    build: (t, segs) => ['"title","' + t.replace(/"/g, '""') + '"', 'id,component,comment\n' + segs.map((g, i) => (100 + i) + ',core,"' + g.text.replace(/"/g, '""') + '"').join('\n')] },
  ci_log: { esc: linePrefix('[job] '),
    build: (t, segs) => ['[job] ' + t.replace(/\n/g, ' '), '[job] Run npm ci\n[job] added 812 packages in 21s\n' + join(linePrefix('[job] '), segs, '\n') + '\n[job] Process completed with exit code 1.'] },
  diff: { esc: linePrefix('+'),
    build: (t, segs) => ['Subject: [PATCH] ' + t.replace(/\n/g, ' '), 'diff --git a/NOTES.md b/NOTES.md\n--- a/NOTES.md\n+++ b/NOTES.md\n@@ -1,3 +1,9 @@\n ## Notes\n' + join(linePrefix('+'), segs, '\n+\n')] },
  ipynb: { esc: jsonEsc,
    build: (t, segs) => ['{"metadata": {"title": "' + jsonEsc(t) + '"}}', '{"cells": [{"cell_type": "markdown", "source": ["' + join(jsonEsc, segs, '\\n", "') + '"]}, {"cell_type": "code", "source": ["df.describe()"]}], "nbformat": 4}'] },
  search_json: { esc: jsonEsc,
    build: (t, segs) => ['{"query": "' + jsonEsc(t) + '"}', '{"results": [' + segs.map((g, i) => '{"rank": ' + (i + 1) + ', "url": "https://docs' + i + '.example/page", "snippet": "' + jsonEsc(g.text) + '"}').join(', ') + ']}'] },
  issue_json: { esc: jsonEsc,
    build: (t, segs) => ['{"title": "' + jsonEsc(t) + '"}', '{"number": 2214, "comments": [' + segs.map((g, i) => '{"author": "user' + i + '", "body": "' + jsonEsc(g.text) + '"}').join(', ') + ']}'] },
  chat: { esc: linePrefix('  '),
    build: (t, segs) => ['Channel #dev-help, thread: ' + t, segs.map((g, i) => '[10:' + String(10 + i).padStart(2, '0') + '] ' + ['dana', 'kofi', 'mei', 'arjun'][i % 4] + ':\n' + linePrefix('  ')(g.text)).join('\n')] },
  pdf: { esc: (s) => s,
    build: (t, segs) => [t + '  — page 1 of 3', join((s) => s, segs, '\n\n') + '\n\nInternal — do not distribute                      2'] },
  email: { esc: (s) => s, html: false,
    build: (t, segs) => ['Subject: ' + t.replace(/\n/g, ' '), 'From: build-bot <ci@builds.example>\nTo: dev-team@lists.example\n\nHi all,\n\n' + join((s) => s, segs, '\n\n') + '\n\nThanks,\nRelease crew'] },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
