// train8r carriers: each escapes text for its format and yields two fields [earlier, body].
// escLine(s): how one line of text appears after escaping (used by the validator).
const id = (s) => s;
const jesc = (s) => JSON.stringify(s).slice(1, -1);
const hesc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const csvq = (s) => s.replace(/"/g, '""');
const prefixLines = (p) => (s) => s.split('\n').map((l) => p + l).join('\n');

export const carriers = [
  { name: 'markdown', source: 'repository README (markdown)', escLine: id, markupAware: false,
    head: (t) => `# ${t}`, body: (b) => `${b}\n\n## License\n\nMIT` },
  { name: 'html', source: 'documentation web page (HTML)', escLine: hesc, markupAware: true,
    head: (t) => `<title>${hesc(t)}</title>`, bodyRaw: (b) => `<main><article>\n${b}\n</article></main>` },
  { name: 'json_api', source: 'REST API response (JSON string)', escLine: jesc, markupAware: false,
    head: (t) => `{"id": 5531, "name": "${jesc(t)}",`, body: (b) => `"description": "${jesc(b)}", "archived": false}` },
  { name: 'yaml', source: 'config file (YAML block scalar)', escLine: id, markupAware: false,
    head: (t) => `title: >-\n  ${t.split('\n').join('\n  ')}`, body: (b) => `notes: |\n${prefixLines('  ')(b)}\nenabled: true` },
  { name: 'code_python', source: 'Python source comments', escLine: id, markupAware: false,
    head: (t) => prefixLines('# ')(t), body: (b) => `${prefixLines('# ')(b)}\ndef main() -> None:\n    run_pipeline()` },
  { name: 'code_js', source: 'JavaScript source comments', escLine: id, markupAware: false,
    head: (t) => prefixLines('// ')(t), body: (b) => `${prefixLines('// ')(b)}\nexport function start() { return boot(); }` },
  { name: 'code_go', source: 'Go doc comments', escLine: id, markupAware: false,
    head: (t) => prefixLines('// ')(t), body: (b) => `${prefixLines('// ')(b)}\nfunc Run(ctx context.Context) error { return nil }` },
  { name: 'code_rust', source: 'Rust doc comments', escLine: id, markupAware: false,
    head: (t) => prefixLines('//! ')(t), body: (b) => `${prefixLines('/// ')(b)}\npub fn run() -> Result<(), Error> { Ok(()) }` },
  { name: 'csv', source: 'CSV export of a tracker', escLine: csvq, markupAware: false,
    head: (t) => `id,title,body\n311,"${csvq(t)}",`, body: (b) => `"${csvq(b)}"` },
  { name: 'ci_log', source: 'CI job log lines', escLine: id, markupAware: false,
    head: (t) => prefixLines('##[group]')(t), body: (b) => `${prefixLines('2026-03-14T09:12:01.000Z ')(b)}\n##[endgroup]` },
  { name: 'diff', source: 'patch / diff', escLine: id, markupAware: false,
    head: (t) => prefixLines('Subject: [PATCH] ')(t), body: (b) => `--- a/docs/NOTES.md\n+++ b/docs/NOTES.md\n@@ -1,2 +1,9 @@\n${prefixLines('+')(b)}` },
  { name: 'ipynb', source: 'Jupyter notebook JSON', escLine: jesc, markupAware: false,
    head: (t) => `{"cells": [{"cell_type": "markdown", "source": ["${jesc(t)}"]},`,
    body: (b) => `{"cell_type": "markdown", "source": [${b.split('\n').map((l) => `"${jesc(l)}\\n"`).join(', ')}]}], "nbformat": 4}` },
  { name: 'search_json', source: 'web search results (JSON)', escLine: jesc, markupAware: false,
    head: (t) => `{"query": "${jesc(t)}", "results": [`,
    body: (b) => `{"rank": 1, "title": "Project notes", "url": "https://docs.project.example/notes", "snippet": "${jesc(b)}"}]}` },
  { name: 'issue_json', source: 'issue tracker MCP tool output (JSON)', escLine: jesc, markupAware: false,
    head: (t) => `{"number": 4412, "state": "open", "title": "${jesc(t)}",`,
    body: (b) => `"comments": [{"author": "kestrel-dev", "body": "${jesc(b)}"}]}` },
  { name: 'chat', source: 'team chat export (Slack/Teams/Discord)', escLine: id, markupAware: false,
    head: (t) => prefixLines('#eng-platform | topic: ')(t), body: (b) => prefixLines('[09:14] rowan: ')(b) },
  { name: 'pdf', source: 'PDF-extracted text with page furniture', escLine: id, markupAware: false,
    head: (t) => `${t}\nInternal engineering handbook — page 1 of 4`, body: (b) => `${b}\n\n— 2 —\nInternal engineering handbook · rev. 7` },
  { name: 'email', source: 'e-mail (notification or mailing list)', escLine: id, markupAware: false,
    head: (t) => prefixLines('Subject: ')(t), body: (b) => `From: builds@ci.internal.example\nTo: dev-team@lists.project.example\n\n${b}\n\n-- \nSent by the build notifier` },
];

// Render: blocks = {pre, open, payload, close, post}; returns [head, body].
export function render(c, headText, blk) {
  if (c.markupAware) {
    const inner = `<p>${hesc(blk.pre)}</p>\n${blk.open}${hesc(blk.payload)}${blk.close}\n<p>${hesc(blk.post)}</p>`;
    return [c.head(headText), c.bodyRaw(inner)];
  }
  const raw = `${blk.pre}\n${blk.open}${blk.payload}${blk.close}\n${blk.post}`;
  return [c.head(headText), c.body(raw)];
}
