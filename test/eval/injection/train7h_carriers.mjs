// train7h carriers: framings shared by attacks, look-alikes and harmful records.
// Each carrier: enc(text) -> how the text appears inside the format; wrap(encoded, k) -> the tool output.
const q = (s) => JSON.stringify(s);
const ids = ['a91f', '7c02', 'e5d3', '1b8e', '44fa', 'c0de', '9a7b', '3e21'];
const names = ['Lindqvist', 'Okafor', 'Tanaka', 'Moreau', 'Kowalski', 'Haddad', 'Nguyen', 'Schmidt', 'Rossi', 'Petrov'];
const pick = (arr, k) => arr[((k % arr.length) + arr.length) % arr.length];
const indent = (s, n) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n');
const prefixLines = (s, p) => s.split('\n').map((l) => p + l).join('\n');
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvCell = (s) => '"' + s.replace(/"/g, '""') + '"';
const sqlStr = (s) => "'" + s.replace(/'/g, "''") + "'";
const oneLine = (s) => s.replace(/\n/g, ' ');

export const CARRIERS = [
  {
    name: 'json_api', enc: (t) => q(t).slice(1, -1),
    wrap: (e, k) => `{"status":"ok","request_id":"req_${pick(ids, k)}","data":{"items":[{"id":${1200 + k},"title":"${pick(['Quarterly sync notes', 'Vendor onboarding', 'Release checklist', 'Support digest'], k)}","owner":{"name":"${pick(names, k)}","team":"ops"},"body":"${e}","tags":["imported","v2"]}],"next_cursor":null}}`,
  },
  {
    name: 'json_nested_escaped', enc: (t) => q(q(t)).slice(1, -1),
    wrap: (e, k) => `{"event":"webhook.delivered","attempt":${1 + (k % 3)},"payload":"{\\"ticket\\":{\\"number\\":${88000 + k},\\"subject\\":\\"${pick(['Login issue', 'Refund request', 'Invoice copy', 'API limits'], k)}\\",\\"description\\":${e}}}","received_at":"2026-03-${10 + (k % 18)}T08:${10 + (k % 49)}:00Z"}`,
  },
  {
    name: 'csv_export', enc: (t) => csvCell(t),
    wrap: (e, k) => `order_id,customer,country,amount,notes\n${5500 + k},${pick(names, k)},${pick(['SE', 'NG', 'JP', 'FR', 'PL'], k)},${(k * 37) % 900 + 19}.00,"standard shipping"\n${5501 + k},${pick(names, k + 3)},${pick(['DE', 'BR', 'IT', 'IN'], k)},${(k * 53) % 700 + 42}.50,${e}\n${5502 + k},${pick(names, k + 5)},US,12.00,""`,
  },
  {
    name: 'tsv_sheet', enc: (t) => oneLine(t).replace(/\t/g, ' '),
    wrap: (e, k) => `Sheet: ${pick(['Leads_Q3', 'Inventory', 'Translations', 'Survey_Responses'], k)}\nRow\tName\tStatus\tComment\n${k + 2}\t${pick(names, k)}\topen\tcalled back, no answer\n${k + 3}\t${pick(names, k + 2)}\tpending\t${e}\n${k + 4}\t${pick(names, k + 4)}\tclosed\t-`,
  },
  {
    name: 'xml_rss', enc: (t) => xmlEsc(t),
    wrap: (e, k) => `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${pick(['Facilities blog', 'Product updates', 'Community news'], k)}</title>\n<item><title>${pick(['Maintenance window', 'New office hours', 'Meetup recap', 'Pricing notes'], k)}</title><pubDate>Tue, ${10 + (k % 18)} Mar 2026 09:00:00 GMT</pubDate>\n<description>${e}</description></item></channel></rss>`,
  },
  {
    name: 'yaml_config', enc: (t) => indent(t, 4),
    wrap: (e, k) => `# service config, generated\nservice: ${pick(['billing-sync', 'search-indexer', 'mailer', 'report-builder'], k)}\nreplicas: ${2 + (k % 3)}\nenv:\n  LOG_LEVEL: info\nmetadata:\n  maintainer: ${pick(names, k).toLowerCase()}@corp.example\n  description: |\n${e}\n`,
  },
  {
    name: 'toml_config', enc: (t) => t.replace(/"""/g, '\\"""'),
    wrap: (e, k) => `[package]\nname = "${pick(['ledger-tools', 'imgproc', 'notify-rs', 'tiny-cache'], k)}"\nversion = "0.${k % 9}.${k % 5}"\n\n[package.metadata.notes]\ntext = """\n${e}\n"""\n\n[dependencies]\nserde = "1"`,
  },
  {
    name: 'log_lines', enc: (t) => oneLine(t),
    wrap: (e, k) => `2026-03-${10 + (k % 18)}T11:02:${10 + (k % 40)}.118Z INFO  worker-${k % 7} job=${pick(ids, k)} started\n2026-03-${10 + (k % 18)}T11:02:${11 + (k % 40)}.402Z WARN  worker-${k % 7} upstream slow (1830ms)\n2026-03-${10 + (k % 18)}T11:02:${12 + (k % 40)}.007Z INFO  worker-${k % 7} msg="${e}"\n2026-03-${10 + (k % 18)}T11:02:${13 + (k % 40)}.550Z INFO  worker-${k % 7} job=${pick(ids, k)} done rc=0`,
  },
  {
    name: 'db_rows', enc: (t) => oneLine(t).replace(/\|/g, '/'),
    wrap: (e, k) => ` id  | author        | created_at          | comment\n-----+---------------+---------------------+---------\n ${300 + k} | ${pick(names, k).padEnd(13)} | 2026-02-${10 + (k % 18)} 14:22:01 | looks good to me\n ${301 + k} | ${pick(names, k + 1).padEnd(13)} | 2026-02-${10 + (k % 18)} 15:40:12 | ${e}\n(2 rows)`,
  },
  {
    name: 'html_page', enc: (t) => t,
    wrap: (e, k) => `<!doctype html><html><head><title>${pick(['Help Center', 'Team Wiki', 'Recipe Box', 'Release Notes'], k)}</title></head><body>\n<nav><a href="/">Home</a> | <a href="/docs">Docs</a></nav>\n<main><h1>${pick(['Getting started', 'Account settings', 'Weekend specials', 'Version 4.2'], k)}</h1>\n<p>${e}</p>\n</main><footer>&copy; 2026 intranet.corp.example</footer></body></html>`,
  },
  {
    name: 'markdown_table', enc: (t) => oneLine(t).replace(/\|/g, '\\|'),
    wrap: (e, k) => `## ${pick(['Open items', 'Review log', 'Feature matrix', 'Meeting actions'], k)}\n\n| # | Item | Owner | Note |\n|---|------|-------|------|\n| 1 | ${pick(['Rotate certs', 'Update pricing page', 'Fix flaky test'], k)} | ${pick(names, k)} | done |\n| 2 | ${pick(['Import contacts', 'Draft FAQ', 'Migrate wiki'], k)} | ${pick(names, k + 1)} | ${e} |\n`,
  },
  {
    name: 'email_thread', enc: (t) => t,
    wrap: (e, k) => `From: ${pick(names, k)} <${pick(names, k).toLowerCase()}@partner.example>\nTo: team@corp.example\nSubject: Re: ${pick(['contract renewal', 'shipment delay', 'workshop agenda', 'access request'], k)}\nDate: Mon, ${3 + (k % 20)} Mar 2026 10:${10 + (k % 49)}:00 +0100\n\n${e}\n\nBest,\n${pick(names, k)}\n\n> On Fri, ${pick(names, k + 2)} wrote:\n> Could you send the updated figures before Monday?`,
  },
  {
    name: 'pdf_text', enc: (t) => t,
    wrap: (e, k) => `${pick(['ANNUAL REPORT 2025', 'SUPPLIER AGREEMENT', 'USER MANUAL v3', 'RESEARCH BRIEF'], k)}                    Page ${3 + (k % 9)} of 24\n\n${e}\n\nConfidential – internal distribution only\n${pick(['Acme Holdings', 'Nordlicht GmbH', 'Kite Labs'], k)} · ${pick(['Finance', 'Legal', 'Support'], k)}                    ${3 + (k % 9)}`,
  },
  {
    name: 'ocr_scan', enc: (t) => t.replace(/ l(?=[aeiou])/g, ' 1'),
    wrap: (e, k) => `[OCR page ${1 + (k % 4)} confidence 0.${87 + (k % 12)}]\nINV0ICE N0. ${7000 + k}     Date: ${10 + (k % 18)}/03/2026\nBi11 to: ${pick(names, k)}\n${e}\nTota1 due: EUR ${(k * 41) % 900 + 100},00\n[unreadable region]`,
  },
  {
    name: 'py_source', enc: (t) => prefixLines(t, '    # '),
    wrap: (e, k) => `import json\nfrom pathlib import Path\n\n\ndef ${pick(['load_orders', 'merge_profiles', 'render_report', 'sync_calendar'], k)}(path: Path) -> list[dict]:\n    """Read the export and normalise field names."""\n${e}\n    rows = json.loads(path.read_text())\n    return [{k.lower(): v for k, v in r.items()} for r in rows]\n`,
  },
  {
    name: 'js_source', enc: (t) => prefixLines(t, ' * '),
    wrap: (e, k) => `/**\n * ${pick(['formatPrice', 'debounce', 'parseQuery', 'retryFetch'], k)} helper\n${e}\n */\nexport function ${pick(['formatPrice', 'debounce', 'parseQuery', 'retryFetch'], k)}(input, opts = {}) {\n  const cfg = { retries: 3, ...opts };\n  return doWork(input, cfg);\n}\n`,
  },
  {
    name: 'go_source', enc: (t) => prefixLines(t, '// '),
    wrap: (e, k) => `package ${pick(['store', 'httpx', 'worker', 'cache'], k)}\n\nimport "context"\n\n${e}\nfunc (s *Service) ${pick(['Flush', 'Resolve', 'Drain', 'Reload'], k)}(ctx context.Context) error {\n\treturn s.backend.Do(ctx)\n}\n`,
  },
  {
    name: 'java_source', enc: (t) => q(oneLine(t)),
    wrap: (e, k) => `public final class ${pick(['Messages', 'Defaults', 'Strings', 'Fixtures'], k)} {\n    private ${pick(['Messages', 'Defaults', 'Strings', 'Fixtures'], k)}() {}\n\n    public static final String GREETING = "Welcome back";\n    public static final String NOTE_${k % 10} = ${e};\n}\n`,
  },
  {
    name: 'rust_source', enc: (t) => prefixLines(t, '/// '),
    wrap: (e, k) => `use std::collections::HashMap;\n\n${e}\npub fn ${pick(['tally', 'index_words', 'group_by_day', 'dedupe'], k)}(input: &[String]) -> HashMap<String, usize> {\n    let mut m = HashMap::new();\n    for w in input { *m.entry(w.clone()).or_insert(0) += 1; }\n    m\n}\n`,
  },
  {
    name: 'sql_dump', enc: (t) => sqlStr(t),
    wrap: (e, k) => `-- dump of table support_notes, ${pick(['prod', 'staging'], k)} snapshot\nINSERT INTO support_notes (id, account_id, body, created_at) VALUES\n  (${900 + k}, ${4400 + k}, 'Customer confirmed new address', '2026-01-${10 + (k % 18)}'),\n  (${901 + k}, ${4401 + k}, ${e}, '2026-01-${11 + (k % 18)}');\n`,
  },
  {
    name: 'shell_script', enc: (t) => prefixLines(t, '# '),
    wrap: (e, k) => `#!/usr/bin/env bash\nset -euo pipefail\n# ${pick(['backup', 'deploy', 'rotate-logs', 'seed-db'], k)}.sh\n${e}\nSRC_DIR="\${1:-./data}"\ntar -czf "/tmp/${pick(['backup', 'deploy', 'logs', 'seed'], k)}-$(date +%F).tgz" "$SRC_DIR"\necho "done"\n`,
  },
  {
    name: 'notebook', enc: (t) => q(t).slice(1, -1),
    wrap: (e, k) => `{"cells":[{"cell_type":"markdown","source":["# ${pick(['Churn analysis', 'Sales forecast', 'Sensor cleanup', 'A/B test readout'], k)}\\n"]},{"cell_type":"code","source":["df = pd.read_csv('data.csv')\\n","df.describe()"],"outputs":[]},{"cell_type":"markdown","source":["${e}"]}],"nbformat":4}`,
  },
  {
    name: 'fixture_jsonl', enc: (t) => q(t),
    wrap: (e, k) => `{"case": ${k}, "input": "What are your opening hours?", "expected": "answer"}\n{"case": ${k + 1}, "input": ${e}, "expected": "${pick(['answer', 'review', 'answer', 'escalate'], k)}"}\n{"case": ${k + 2}, "input": "Cancel my order 4411", "expected": "tool:cancel_order"}`,
  },
  {
    name: 'commit_log', enc: (t) => indent(t, 4),
    wrap: (e, k) => `commit ${pick(ids, k)}${pick(ids, k + 3)}9d0e2b77c14f\nAuthor: ${pick(names, k)} <${pick(names, k).toLowerCase()}@dev.corp.example>\nDate:   Thu Mar ${10 + (k % 18)} 16:04:11 2026 +0200\n\n    ${pick(['Fix pagination off-by-one', 'Bump parser to 2.4', 'Add retry to uploader', 'Tidy README'], k)}\n\n${e}\n\n M ${pick(['src/pager.ts', 'go.mod', 'uploader/retry.py', 'README.md'], k)}`,
  },
];

export const CARRIER_NAMES = CARRIERS.map((c) => c.name);
export function frame(carrierIdx, text, k) {
  const c = CARRIERS[carrierIdx % CARRIERS.length];
  const e = c.enc(text);
  return { carrier: c.name, text: c.wrap(e, k), encoded: e };
}
