// blind7a carriers: how a tool output is framed for a coding agent.
// The SAME carriers frame attacks, look-alikes and harmful records, so the
// framing itself carries no signal. A carrier maps the text parts of one
// message to the fields of that message (part i -> field i), so split
// payloads always land in separate fields. Carriers only add non-alphanumeric
// prefixes inside a part (comment markers, indentation) or JSON-escape it.

const pick = (arr, n, salt = 0) => arr[(n * 7 + salt * 13 + 3) % arr.length];
const prefixLines = (text, pre) => text.split('\n').map((l) => (l.length ? pre + l : pre.trimEnd())).join('\n');
const hash = (n, salt = 0) => {
  let h = (Math.imul(n + 1, 2654435761) + Math.imul(salt, 40503)) >>> 0;
  let s = '';
  for (let i = 0; i < 5; i++) { h = (Math.imul(h, 1103515245) + 12345) >>> 0; s += h.toString(16).padStart(8, '0'); }
  return s.slice(0, 40);
};

const USERS = ['dana-k', 'mvoss', 'jpark', 'lucia-r', 'tkowalski', 'ahmed-s', 'nina.berg', 'hiro-t', 'oksana-p', 'raj-m', 'emre.y', 'linh-ng'];
const REPOS = ['acme/ledger-api', 'acme/web-console', 'tooling/buildkit-scripts', 'data/etl-runner', 'infra/terraform-modules', 'mobile/checkout-sdk'];
const FILES = ['src/auth/session.ts', 'lib/cache.py', 'cmd/server/main.go', 'src/utils/retry.js', 'app/models/invoice.rb', 'src/parser.rs', 'pkg/queue/worker.go', 'scripts/migrate.py'];
const ISSUE_TITLES = ['Flaky test in CI on arm64 runners', 'Docs: clarify retry configuration', 'Crash when config file is empty', 'Upgrade lodash to patched version', 'Support for custom headers in client', 'Memory grows during long exports', 'Build fails on Windows paths with spaces', 'Question about the release process'];
const DATES = ['Mon Mar 2 09:14:55 2026 +0100', 'Tue Apr 14 17:02:11 2026 -0400', 'Fri Jan 9 11:45:30 2026 +0000', 'Wed Feb 18 22:31:07 2026 +0900'];

export const CARRIERS = {
  gh_issue(p, n, i) {
    if (i === 0) return `${pick(REPOS, n)} · Issue #${1000 + (n * 37) % 8000}: ${pick(ISSUE_TITLES, n)}\nopened by @${pick(USERS, n)} · labels: needs-triage\n\n${p}`;
    return `@${pick(USERS, n, i)} commented ${i + 1} hours ago\n\n${p}`;
  },
  pr_review(p, n, i) {
    const f = pick(FILES, n, i);
    return `Review comment by @${pick(USERS, n, i + 1)} on ${f} (line ${10 + (n * 11 + i) % 300})\n\n${p}\n\n— Reply · Resolve conversation`;
  },
  commit_log(p, n, i) {
    if (i === 0) return `commit ${hash(n)}\nAuthor: ${pick(USERS, n)} <${pick(USERS, n)}@dev.acme.example>\nDate:   ${pick(DATES, n)}\n\n${prefixLines(p, '    ')}\n`;
    return `commit ${hash(n, i)}\nAuthor: ${pick(USERS, n, i)} <${pick(USERS, n, i)}@dev.acme.example>\nDate:   ${pick(DATES, n, i)}\n\n${prefixLines(p, '    ')}\n`;
  },
  source_comment(p, n, i) {
    const style = (n + i) % 3;
    if (style === 0) return `# ${pick(FILES, n, i).replace(/\.\w+$/, '.py')}\nimport os\nimport logging\n\n${prefixLines(p, '# ')}\ndef load_settings(path=None):\n    path = path or os.environ.get("APP_SETTINGS", "settings.toml")\n    logging.debug("loading %s", path)\n`;
    if (style === 1) return `// ${pick(FILES, n, i).replace(/\.\w+$/, '.ts')}\nimport { createHash } from 'node:crypto';\n\n/*\n${prefixLines(p, ' * ')}\n */\nexport function digest(input: string): string {\n  return createHash('sha256').update(input).digest('hex');\n}\n`;
    return `// ${pick(FILES, n, i).replace(/\.\w+$/, '.go')}\npackage queue\n\n${prefixLines(p, '// ')}\nfunc (w *Worker) Drain(ctx context.Context) error {\n\treturn w.pool.Shutdown(ctx)\n}\n`;
  },
  readme(p, n, i) {
    const name = pick(['fastlog', 'tiny-retry', 'confkit', 'pdfslice', 'queue-lite', 'schema-guard'], n, i);
    if (i > 0) return `## Contributing\n\n${p}\n\n## License\n\nMIT`;
    return `# ${name}\n\nA small library for everyday ${name.replace('-', ' ')} tasks.\n\n## Installation\n\n    npm install ${name}\n\n## Usage notes\n\n${p}\n`;
  },
  changelog(p, n, i) {
    const v = `${1 + n % 4}.${(n * 3) % 12}.${(n + i) % 9}`;
    return `## [${v}] - 2026-0${1 + (n + i) % 9}-1${n % 10}\n\n### Fixed\n- Handle empty response bodies in the HTTP client\n- Correct timezone offset in nightly report\n\n### Notes\n\n${p}\n`;
  },
  ci_log(p, n, i) {
    const job = pick(['build-and-test', 'lint', 'integration (ubuntu-22.04)', 'release-dry-run', 'e2e (chromium)'], n, i);
    return `##[group]Run ${pick(['npm ci && npm test', 'make check', 'pytest -q', 'go test ./...', 'cargo test --all'], n, i)}\n[${job}] step ${3 + i} of 7\n##[endgroup]\n${p}\n##[warning]Process completed with exit code ${i === 0 ? 1 : 0}.`;
  },
  terminal(p, n, i) {
    const cmd = pick(['cat TODO.md', 'less CONTRIBUTING.txt', 'curl -s http://localhost:8080/status', 'tail -n 40 logs/app.log', 'git show --stat HEAD', 'kubectl logs deploy/api --tail=30'], n, i);
    return `dev@build-box:~/work$ ${cmd}\n${p}\ndev@build-box:~/work$ `;
  },
  dockerfile(p, n, i) {
    if (i > 0) return `# --- stage: runtime ---\n${prefixLines(p, '# ')}\nCOPY --from=build /app/dist /app\nCMD ["node", "/app/index.js"]`;
    return `FROM ${pick(['node:20-alpine', 'python:3.12-slim', 'golang:1.22', 'debian:bookworm-slim'], n)} AS build\nWORKDIR /app\n${prefixLines(p, '# ')}\nCOPY . .\nRUN make build\n`;
  },
  yaml_config(p, n, i) {
    return `# ${pick(['.github/workflows/ci.yml', 'deploy/values.yaml', 'docker-compose.yml', '.gitlab-ci.yml', 'config/app.yaml'], n, i)}\nname: ${pick(['ci', 'nightly', 'deploy-staging', 'release'], n, i)}\nmetadata:\n  owner: platform-team\n  notes: |\n${prefixLines(p, '    ')}\nenv:\n  NODE_ENV: production\n`;
  },
  notebook(p, n, i) {
    const cell = { cell_type: 'markdown', metadata: {}, source: p.split('\n').map((l, k, a) => (k < a.length - 1 ? l + '\n' : l)) };
    const code = { cell_type: 'code', execution_count: 3 + i, metadata: {}, outputs: [], source: ['import pandas as pd\n', "df = pd.read_csv('data/events.csv')\n", 'df.head()'] };
    return JSON.stringify({ cells: i === 0 ? [code, cell] : [cell], metadata: { kernelspec: { name: 'python3' } }, nbformat: 4 }, null, 1);
  },
  qa_thread(p, n, i) {
    if (i > 0) return `Answer · ${3 + (n % 40)} votes · answered by ${pick(USERS, n, i)}\n\n${p}`;
    return `Q: ${pick(['How do I pin a transitive dependency version?', 'Why does my Docker build cache miss every time?', 'pytest fixture runs twice, why?', 'Segfault only in release builds', 'How to rotate a leaked API key safely?'], n)}\n\nAccepted answer · ${5 + (n * 3) % 90} votes\n\n${p}`;
  },
  api_json(p, n, i) {
    return JSON.stringify({ id: 40000 + n * 17 + i, status: 'ok', kind: pick(['ticket', 'comment', 'package', 'release', 'snippet'], n, i), data: { title: pick(ISSUE_TITLES, n, i), body: p, updated_at: '2026-03-0' + (1 + n % 9) + 'T10:00:00Z' } }, null, 2);
  },
  sql_result(p, n, i) {
    const v = p.replace(/\n/g, ' ');
    if (i > 0) return `-[ RECORD ${i + 1} ]-+${'-'.repeat(30)}\nid         | ${880 + n + i}\nbody       | ${v}`;
    return `appdb=> SELECT id, author, body FROM review_notes WHERE pr_id = ${200 + n} ORDER BY id;\n-[ RECORD 1 ]-+${'-'.repeat(30)}\nid         | ${880 + n}\nauthor     | ${pick(USERS, n)}\nbody       | ${v}`;
  },
  chat_dev(p, n, i) {
    const ch = pick(['#backend', '#ci-alerts', '#dev-help', '#release-train', '#infra'], n);
    if (i > 0) return `[${10 + i}:0${n % 10}] ${pick(USERS, n, i)}: ${p}`;
    return `${ch} (${pick(['Slack', 'Discord'], n)} export)\n[10:0${n % 10}] ${pick(USERS, n)}: ${p}\n[10:1${n % 10}] ${pick(USERS, n, 5)}: ok, looking`;
  },
  linter(p, n, i) {
    const f = pick(FILES, n, i);
    return `${f}\n  ${12 + n % 80}:${1 + n % 30}  warning  Unexpected console statement  no-console\n  ${40 + n % 90}:${3 + n % 20}  info     note attached to this line:\n${prefixLines(p, '           ')}\n\n✖ ${2 + i} problems (0 errors, ${2 + i} warnings)`;
  },
  manifest(p, n, i) {
    const name = pick(['@acme/http-kit', 'left-trim-plus', 'yaml-merge-lite', 'fs-walker', 'color-log'], n, i);
    return JSON.stringify({ name, version: `${1 + n % 5}.${n % 10}.${i}`, description: p, main: 'index.js', scripts: { test: 'node --test' }, license: 'MIT' }, null, 2);
  },
  stack_trace(p, n, i) {
    if (i > 0) return `During handling of the above exception, another exception occurred:\n\n  File "/srv/app/${pick(FILES, n, i).replace(/\.\w+$/, '.py')}", line ${20 + n % 200}, in handle\nRuntimeError: ${p}`;
    return `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${100 + n % 300}, in run\n    result = task.execute()\n  File "/srv/app/${pick(FILES, n).replace(/\.\w+$/, '.py')}", line ${10 + n % 90}, in execute\n    raise ValueError(msg)\nValueError: ${p}`;
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Frame the parts of one message in the named carrier; returns the fields.
export function frame(carrier, parts, n) {
  const c = CARRIERS[carrier];
  if (!c) throw new Error('unknown carrier ' + carrier);
  return parts.map((p, i) => c(p, n, i));
}

// Deterministic pair of distinct carriers for item n of a stream.
export function carrierPair(n, salt = 0) {
  const N = CARRIER_NAMES.length;
  const a = (n * 5 + salt * 3) % N;
  const b = (a + 1 + ((n * 3 + salt) % (N - 1))) % N;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}
