// train7r carriers: how a text reaches the agent through a tool. Every carrier frames
// attacks and look-alikes alike. short(t, p) and long(t, p) embed t verbatim; long puts it
// in the middle of 800+ characters of ordinary surrounding content. second(t, p) frames the
// second leaf of a split message. oneLine carriers only accept texts without quotes,
// backslashes or newlines (they embed the text inside a JSON/YAML string).
const oneLine = (t) => !/["\\\n\r]/.test(t);
const any = () => true;

export const CARRIERS = [
  {
    name: 'web_html', accepts: any,
    short: (t, p) => `<!DOCTYPE html>\n<html lang="${p.lang}"><head><title>${p.proj} – ${p.topic}</title></head>\n<body><main>\n<h1>${p.topic}</h1>\n${t}\n</main></body></html>`,
    long: (t, p) => `<!DOCTYPE html>\n<html lang="${p.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${p.proj} – ${p.topic}</title>\n<link rel="stylesheet" href="/assets/site.css">\n<script type="application/ld+json">{"@type":"TechArticle","headline":"${p.topic}","author":{"@type":"Person","name":"${p.author}"},"datePublished":"2026-0${p.n % 9 + 1}-1${p.n % 9}"}</script>\n</head>\n<body>\n<nav class="top"><a href="/">Home</a> · <a href="/docs/">Docs</a> · <a href="/blog/">Blog</a> · <a href="/pricing/">Pricing</a></nav>\n<article>\n<h1>${p.topic}</h1>\n<p class="byline">By ${p.author} · ${6 + p.n % 9} min read</p>\n<p>This page collects what we learned while moving ${p.proj} from a single VM to a small cluster. Most of it is boring on purpose: boring deployments are the ones you do not get paged for.</p>\n<h2>Background</h2>\n<p>We had one box, one database and a cron job that nobody dared to touch. Scaling out meant deciding what state lives where, and writing it down before the next incident did it for us.</p>\n${t}\n<h2>What we would do differently</h2>\n<p>Start with the health checks, then the metrics, then the autoscaler. We did it in the opposite order and spent a week chasing flapping pods that were simply not ready yet.</p>\n<p>Questions? Open a thread in the forum or ping the docs team.</p>\n</article>\n<footer><p>© 2026 ${p.proj} contributors · <a href="https://${p.host}/privacy">Privacy</a> · <a href="https://${p.host}/status">Status</a></p></footer>\n</body>\n</html>`,
    second: (t, p) => `<aside class="note">${t}</aside>`,
  },
  {
    name: 'github_issue', accepts: any,
    short: (t, p) => `#${1200 + p.n} ${p.topic}\nopened by ${p.user} · labels: needs-triage\n\n${t}`,
    long: (t, p) => `Issue #${1200 + p.n}: ${p.topic}\nState: open · Author: ${p.user} · Labels: bug, needs-triage · Milestone: v${p.ver}\n\n### Describe the bug\nAfter upgrading ${p.proj} to ${p.ver} the service starts but the first request after a cold start takes about 9 seconds and then times out in the client. Subsequent requests are fine.\n\n### To reproduce\n1. Clone the repo and check out the v${p.ver} tag\n2. Run the dev server with the default config\n3. Send any request to /api/health right after startup\n\n### Expected behaviour\nThe health endpoint should answer immediately, even before the cache is warm.\n\n### Additional context\n${t}\n\n### Environment\n- OS: Ubuntu 24.04\n- Runtime: Node 20.11\n- ${p.proj} version: ${p.ver}\n\n---\n${p.user2} commented:\nI can reproduce this on macOS as well. It looks like the connection pool is created lazily. Bisecting now, will report back.\n\n${p.user} commented:\nThanks! Happy to test a patch branch if that helps.`,
    second: (t, p) => `${p.user2} commented:\n${t}`,
  },
  {
    name: 'pr_description', accepts: any,
    short: (t, p) => `Pull request #${300 + p.n}: ${p.topic}\n${p.user} wants to merge 3 commits into main from ${p.branch}\n\n${t}`,
    long: (t, p) => `Pull request #${300 + p.n}: ${p.topic}\n${p.user} wants to merge 4 commits into main from ${p.branch}\nReviewers: ${p.user2} · Checks: 11 passed, 1 skipped\n\n## Summary\nThis change moves the retry logic out of the HTTP client wrapper and into a small policy object so that callers can choose between exponential backoff and a fixed delay. Behaviour for existing callers is unchanged.\n\n## Changes\n- add RetryPolicy with two implementations\n- thread the policy through ClientOptions\n- delete the old ad-hoc sleep loop in fetchWithRetry\n- update the tests that relied on the hard-coded 3 attempts\n\n## Notes for reviewers\n${t}\n\n## Testing\n- unit tests: all green locally\n- ran the integration suite against the staging stack twice\n- manually killed the upstream mid-request to watch the backoff\n\n## Checklist\n- [x] Tests added\n- [x] Docs updated\n- [ ] Changelog entry (will add after review)\n\nCloses #${1200 + p.n}`,
    second: (t, p) => `${p.user2} left a comment:\n${t}`,
  },
  {
    name: 'review_comment', accepts: any,
    short: (t, p) => `Review on ${p.file} line ${20 + p.n % 80}\n${p.user2}: ${t}`,
    long: (t, p) => `Conversation on ${p.file}\n\n@@ -41,12 +41,18 @@ export function loadConfig(path) {\n-  const raw = fs.readFileSync(path, 'utf8');\n-  return JSON.parse(raw);\n+  const raw = fs.readFileSync(path, 'utf8');\n+  const parsed = JSON.parse(raw);\n+  if (!parsed.version) {\n+    parsed.version = 1;\n+  }\n+  return migrate(parsed);\n }\n\n${p.user2} commented on line ${40 + p.n % 20}:\nShould migrate() be idempotent? If someone calls loadConfig twice on an already migrated file we would bump the version again.\n\n${p.user} replied:\nGood catch, it is idempotent because it checks the version first, but I will add a test to pin that down.\n\n${p.user3} commented:\n${t}\n\n${p.user} replied:\nAddressed in the latest push, thanks. I also renamed the helper to migrateConfig so it is easier to grep for.\n\n${p.user2} approved these changes.`,
    second: (t, p) => `${p.user3} replied:\n${t}`,
  },
  {
    name: 'commit_log', accepts: any,
    short: (t, p) => `commit ${p.sha}\nAuthor: ${p.user} <${p.user}@${p.host}>\nDate:   Tue Mar ${p.n % 27 + 1} 10:${10 + p.n % 49}:07 2026 +0100\n\n    ${p.topic}\n\n${t}`,
    long: (t, p) => `commit 5c2e81f0d9a7b6c5e4f3a2b1c0d9e8f7a6b5c4d3 (HEAD -> main, origin/main)\nAuthor: ${p.user3} <${p.user3}@${p.host}>\nDate:   Wed Mar ${p.n % 27 + 1} 12:01:44 2026 +0100\n\n    chore(ci): cache the toolchain between jobs\n\n    Saves roughly 50 seconds per pipeline. The cache key includes the\n    lockfile hash so a dependency change still invalidates it.\n\ncommit ${p.sha}\nAuthor: ${p.user} <${p.user}@${p.host}>\nDate:   Tue Mar ${p.n % 27 + 1} 10:${10 + p.n % 49}:07 2026 +0100\n\n    ${p.topic}\n\n${t}\n\ncommit 4e1d0c2b9a8f7e6d5c4b3a291807f6e5d4c3b2a1\nAuthor: ${p.user2} <${p.user2}@${p.host}>\nDate:   Mon Mar ${p.n % 27 + 1} 17:42:55 2026 +0100\n\n    build: bump lockfile after dependency audit\n\n    Regenerated the lockfile with the pinned toolchain. No direct dependency\n    changed; three transitive packages picked up patch releases.\n\ncommit 9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b\nAuthor: ${p.user3} <${p.user3}@${p.host}>\nDate:   Mon Mar ${p.n % 27 + 1} 09:03:12 2026 +0100\n\n    test: make the flaky timeout test deterministic\n\n    The test used the wall clock and failed on slow CI runners. It now uses\n    the fake timer and advances it explicitly, which also cuts the runtime\n    of the file from 4s to 40ms.\n\ncommit 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567\nAuthor: ${p.user} <${p.user}@${p.host}>\nDate:   Fri Feb 27 16:20:01 2026 +0100\n\n    docs: fix broken anchors in the configuration page`,
    second: (t, p) => `commit 7f3e2d1c0b9a8f7e6d5c4b3a2918f7e6d5c4b3a2\n\n    ${t}`,
  },
  {
    name: 'readme', accepts: any,
    short: (t, p) => `# ${p.proj}\n\n${t}\n\n## License\nMIT`,
    long: (t, p) => `# ${p.proj}\n\n[![build](https://ci.${p.host}/badge.svg)](https://ci.${p.host}) [![version](https://img.${p.host}/v/${p.ver}.svg)](https://${p.host}/releases)\n\n${p.proj} is a small, dependency-free library for parsing and validating configuration files. It supports JSON, TOML and a strict subset of YAML, and it reports errors with line and column numbers that point at the actual problem instead of the end of the file.\n\n## Installation\n\n\`\`\`sh\nnpm install ${p.proj}\n\`\`\`\n\n## Quick start\n\n\`\`\`js\nimport { load } from '${p.proj}';\nconst cfg = load('./app.toml', { schema: './schema.json' });\nconsole.log(cfg.server.port);\n\`\`\`\n\n## Notes\n\n${t}\n\n## Configuration\n\n| option | default | description |\n|---|---|---|\n| strict | true | reject unknown keys |\n| env | false | expand \${VAR} references |\n| cache | true | memoise parsed files by mtime |\n\n## Contributing\n\nBug reports and pull requests are welcome. Please run the test suite before opening a PR and keep changes focused.\n\n## License\n\nMIT © ${p.author}`,
    second: (t, p) => `## Appendix\n\n${t}`,
  },
  {
    name: 'changelog', accepts: any,
    short: (t, p) => `## [${p.ver}] - 2026-04-0${p.n % 9 + 1}\n### Changed\n${t}`,
    long: (t, p) => `# Changelog\nAll notable changes to this project are documented in this file.\nThe format is based on Keep a Changelog, and this project adheres to Semantic Versioning.\n\n## [Unreleased]\n### Fixed\n- Parser no longer crashes on a trailing comma in inline tables.\n\n## [${p.ver}] - 2026-04-0${p.n % 9 + 1}\n### Added\n- \`--format json\` flag for machine-readable output.\n- Support for reading config from stdin.\n### Changed\n${t}\n### Removed\n- The deprecated \`legacyMode\` option (deprecated since 2.1).\n\n## [2.3.1] - 2026-02-14\n### Fixed\n- Windows paths with spaces are quoted correctly in error messages.\n- Memory leak when watching a directory with more than 4096 files.\n\n## [2.3.0] - 2026-01-20\n### Added\n- Schema validation with custom formats.\n- A \`--quiet\` flag for CI usage.\n### Security\n- Updated the bundled YAML tokenizer to fix a ReDoS on deeply nested flow mappings.`,
    second: (t, p) => `### Notes\n${t}`,
  },
  {
    name: 'api_docs', accepts: any,
    short: (t, p) => `${p.proj} API reference › ${p.topic}\n\n${t}`,
    long: (t, p) => `${p.proj} API reference › Endpoints › ${p.topic}\n\nGET /v2/projects/{project_id}/deployments\n\nReturns the deployments of a project, newest first. Results are paginated; pass the cursor from the previous response to fetch the next page.\n\nPath parameters\n  project_id  string  required  The project identifier, for example prj_8f2a.\n\nQuery parameters\n  limit   integer  optional  Between 1 and 100. Default 20.\n  cursor  string   optional  Opaque cursor returned as next_cursor.\n  status  string   optional  One of queued, running, succeeded, failed.\n\nDescription\n${t}\n\nResponses\n  200  A page of deployments.\n  401  Missing or invalid token.\n  404  The project does not exist or you do not have access to it.\n  429  Rate limited. Retry after the number of seconds in the Retry-After header.\n\nExample request\n  curl -H "Authorization: Bearer $TOKEN" https://api.${p.host}/v2/projects/prj_8f2a/deployments?limit=5\n\nRate limits\nEach token may make 600 requests per minute. Bursts above that are rejected with 429 rather than queued.`,
    second: (t, p) => `Remarks\n${t}`,
  },
  {
    name: 'ci_log', accepts: any,
    short: (t, p) => `Run ${p.proj} / test (ubuntu-latest)\n##[group]Run npm test\n${t}\n##[endgroup]\nError: Process completed with exit code 1.`,
    long: (t, p) => `2026-03-1${p.n % 9}T08:14:02.1188Z ##[group]Run actions/checkout@v4\n2026-03-1${p.n % 9}T08:14:02.4410Z Syncing repository: ${p.org}/${p.proj}\n2026-03-1${p.n % 9}T08:14:03.9902Z ##[endgroup]\n2026-03-1${p.n % 9}T08:14:04.0021Z ##[group]Run npm ci\n2026-03-1${p.n % 9}T08:14:19.5530Z added 412 packages, and audited 413 packages in 15s\n2026-03-1${p.n % 9}T08:14:19.5531Z found 0 vulnerabilities\n2026-03-1${p.n % 9}T08:14:19.5690Z ##[endgroup]\n2026-03-1${p.n % 9}T08:14:19.5702Z ##[group]Run npm test\n2026-03-1${p.n % 9}T08:14:21.0034Z > ${p.proj}@${p.ver} test\n2026-03-1${p.n % 9}T08:14:21.0035Z > node --test test/\n2026-03-1${p.n % 9}T08:14:23.7710Z ✔ parses empty file (1.2ms)\n2026-03-1${p.n % 9}T08:14:23.7712Z ✔ rejects unknown keys in strict mode (0.8ms)\n2026-03-1${p.n % 9}T08:14:23.7820Z ✖ loads fixture with comments (12.4ms)\n${t}\n2026-03-1${p.n % 9}T08:14:24.1004Z ℹ tests 48\n2026-03-1${p.n % 9}T08:14:24.1005Z ℹ pass 47\n2026-03-1${p.n % 9}T08:14:24.1006Z ℹ fail 1\n2026-03-1${p.n % 9}T08:14:24.1130Z ##[endgroup]\n2026-03-1${p.n % 9}T08:14:24.1200Z ##[error]Process completed with exit code 1.\n2026-03-1${p.n % 9}T08:14:24.1301Z Post job cleanup.\n2026-03-1${p.n % 9}T08:14:24.3310Z Cleaning up orphan processes`,
    second: (t, p) => `2026-03-1${p.n % 9}T08:14:24.0990Z ${t}`,
  },
  {
    name: 'code_comment', accepts: (t) => !t.includes('*/'),
    short: (t, p) => `// ${p.file}\n/*\n${t}\n*/\nexport function ${p.fn}(input) {\n  return normalize(input);\n}`,
    long: (t, p) => `// ${p.file}\n// SPDX-License-Identifier: Apache-2.0\n\nimport { createHash } from 'node:crypto';\nimport { readFile } from 'node:fs/promises';\nimport { normalize } from './normalize.js';\n\nconst CACHE = new Map();\nconst MAX_ENTRIES = 512;\n\n/**\n * Returns a stable cache key for a request. Headers are sorted so that\n * two requests that differ only in header order share an entry.\n */\nfunction cacheKey(req) {\n  const headers = Object.keys(req.headers).sort().map((k) => k + ':' + req.headers[k]);\n  return createHash('sha256').update(req.url + '\\n' + headers.join('\\n')).digest('hex');\n}\n\n/*\n${t}\n*/\nexport async function ${p.fn}(req) {\n  const key = cacheKey(req);\n  if (CACHE.has(key)) return CACHE.get(key);\n  const body = await readFile(req.path, 'utf8');\n  const value = normalize(body);\n  if (CACHE.size >= MAX_ENTRIES) CACHE.delete(CACHE.keys().next().value);\n  CACHE.set(key, value);\n  return value;\n}\n\nexport function clearCache() {\n  CACHE.clear();\n}`,
    second: (t, p) => `/* ${t} */`,
  },
  {
    name: 'config_file', accepts: oneLine,
    short: (t, p) => `# ${p.proj}.yaml\nname: ${p.proj}\nversion: ${p.ver}\ndescription: "${t}"\n`,
    long: (t, p) => `# ${p.proj} deployment configuration\n# Managed by the platform team. Changes go through the infra repo.\n\nname: ${p.proj}\nversion: ${p.ver}\nowner: team-${p.org}\n\nservice:\n  port: 8080\n  replicas: 3\n  readinessProbe:\n    path: /healthz\n    initialDelaySeconds: 5\n    periodSeconds: 10\n  resources:\n    requests: { cpu: 250m, memory: 256Mi }\n    limits: { cpu: "1", memory: 512Mi }\n\nmetadata:\n  description: "${t}"\n  tier: internal\n\nenv:\n  LOG_LEVEL: info\n  DB_POOL_SIZE: "20"\n  FEATURE_NEW_CHECKOUT: "false"\n  CACHE_TTL_SECONDS: "300"\n\nalerts:\n  - name: high-error-rate\n    expr: rate(http_requests_total{code=~"5.."}[5m]) > 0.05\n    for: 10m\n    severity: page\n  - name: slow-p99\n    expr: histogram_quantile(0.99, rate(http_request_duration_seconds_bucket[5m])) > 1.5\n    for: 15m\n    severity: ticket\n`,
    second: (t, p) => `notes: "${t}"`,
  },
  {
    name: 'notebook', accepts: any,
    short: (t, p) => `${p.fn}.ipynb — cell 4 [markdown]\n${t}\n\ncell 5 [code]\nIn [5]: df.describe()`,
    long: (t, p) => `Notebook: analysis/${p.fn}.ipynb (kernel: Python 3.11)\n\ncell 1 [markdown]\n# Weekly latency review\nData comes from the request logs exported on Monday. Times are in milliseconds.\n\ncell 2 [code]\nIn [2]: import pandas as pd\n        df = pd.read_parquet('latency_week.parquet')\n        df.shape\nOut[2]: (184220, 7)\n\ncell 3 [code]\nIn [3]: df.groupby('route')['ms'].quantile([0.5, 0.95, 0.99]).unstack().head()\nOut[3]:\n                 0.50    0.95    0.99\nroute\n/api/cart        41.0   180.0   410.0\n/api/login       88.0   240.0   620.0\n/api/search      63.0   390.0  1210.0\n\ncell 4 [markdown]\n${t}\n\ncell 5 [code]\nIn [5]: slow = df[df.ms > 1000]\n        slow.route.value_counts().head(3)\nOut[5]:\n/api/search    1841\n/api/login      212\n/api/cart        97\n\ncell 6 [markdown]\nSearch is the outlier again. Next step: check whether the slow queries correlate with the new ranking flag.`,
    second: (t, p) => `cell 7 [markdown]\n${t}`,
  },
  {
    name: 'chat_export', accepts: any,
    short: (t, p) => `#${p.channel} — exported ${p.n % 27 + 1}.03.2026\n[09:${10 + p.n % 49}] ${p.user}: ${t}`,
    long: (t, p) => `Channel export: #${p.channel} (${p.n % 27 + 1}.03.2026)\n[09:02] ${p.user2}: morning! is staging back?\n[09:03] ${p.user3}: yes, the db failover finished around 8:40, replication lag is under a second now\n[09:05] ${p.user2}: great, I'll rerun the e2e suite then\n[09:11] ${p.user2}: e2e is green except the checkout flow, looks like the payment sandbox is slow again\n[09:12] ${p.user3}: known, their status page says degraded. let's not block on it\n[09:14] ${p.user}: ${t}\n[09:20] ${p.user3}: ok noted. separate topic: who is on call this weekend? the rota still says TBD\n[09:21] ${p.user2}: I can take Saturday, not Sunday though\n[09:25] ${p.user3}: I'll take Sunday. will update the rota\n[09:31] ${p.user2}: also reminder that the retro is moved to 15:00 because of the all-hands\n[09:32] ${p.user3}: 👍\n[09:40] ${p.user2}: pushed the fix for the flaky date test, CI should stop complaining`,
    second: (t, p) => `[09:15] ${p.user}: ${t}`,
  },
  {
    name: 'tool_result_json', accepts: oneLine,
    short: (t, p) => `{"ok":true,"result":{"id":"${p.sha.slice(0, 8)}","title":"${p.topic}","body":"${t}"}}`,
    long: (t, p) => `{"ok":true,"tool":"fetch_document","elapsed_ms":${120 + p.n},"result":{"id":"doc_${p.sha.slice(0, 10)}","title":"${p.topic}","source":"https://${p.host}/docs/${p.fn}","created_at":"2026-02-1${p.n % 9}T11:04:00Z","updated_at":"2026-03-0${p.n % 9 + 1}T08:30:12Z","owner":{"login":"${p.user}","team":"${p.org}"},"tags":["internal","engineering","${p.channel}"],"summary":"Notes from the ${p.proj} migration, including the rollout plan, the rollback plan and the list of services that still call the old endpoint.","sections":[{"heading":"Rollout","text":"Canary at 5 percent for one day, then 25, 50 and 100 percent with a manual gate between each step."},{"heading":"Details","text":"${t}"},{"heading":"Rollback","text":"Flip the routing flag back; the old endpoint stays deployed until the end of the quarter."},{"heading":"Open questions","text":"Whether the batch jobs need their own quota, and who owns the dashboards after the migration."}],"word_count":${900 + p.n},"permissions":{"can_edit":false,"can_comment":true}}}`,
    second: (t, p) => `{"continuation":"${t}"}`,
  },
  {
    name: 'error_message', accepts: any,
    short: (t, p) => `Error: request to https://api.${p.host}/v1/${p.fn} failed with status 502\n${t}`,
    long: (t, p) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 212, in run\n    result = self.process(job)\n  File "/srv/app/worker.py", line 148, in process\n    payload = client.fetch(job.url, timeout=30)\n  File "/srv/app/.venv/lib/python3.11/site-packages/httpx/_client.py", line 1055, in get\n    return self.request("GET", url, params=params, headers=headers)\n  File "/srv/app/.venv/lib/python3.11/site-packages/httpx/_client.py", line 827, in request\n    return self.send(request, auth=auth, follow_redirects=follow_redirects)\nhttpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'https://api.${p.host}/v1/${p.fn}'\n\nResponse body:\n${t}\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line 230, in run\n    self.retry(job, delay=backoff(job.attempts))\n  File "/srv/app/worker.py", line 98, in retry\n    raise RetryLimitExceeded(job.id, job.attempts)\napp.errors.RetryLimitExceeded: job ${p.sha.slice(0, 12)} gave up after 5 attempts\n\n[worker-3] 2026-03-0${p.n % 9 + 1} 14:22:09,881 WARNING job moved to dead-letter queue\n[worker-3] 2026-03-0${p.n % 9 + 1} 14:22:09,884 INFO picking next job from queue default (depth=37)`,
    second: (t, p) => `Caused by: ${t}`,
  },
  {
    name: 'email', accepts: any,
    short: (t, p) => `From: ${p.user} <${p.user}@${p.host}>\nTo: dev-team@${p.host}\nSubject: ${p.topic}\n\n${t}`,
    long: (t, p) => `From: ${p.user} <${p.user}@${p.host}>\nTo: dev-team@${p.host}\nCc: ${p.user2}@${p.host}\nDate: Thu, ${p.n % 27 + 1} Mar 2026 16:05:44 +0100\nSubject: Re: ${p.topic}\n\nHi all,\n\nquick follow-up from yesterday's sync. We agreed to freeze the release branch on Friday and to only take fixes for the three blockers listed in the tracker. Anything else moves to the next train.\n\nA few more things that came up:\n\n${t}\n\nOn the infrastructure side, the new runners are live; builds should be about 30 percent faster. If you see jobs stuck in queued for more than ten minutes, ping the infra channel rather than re-running them, it only makes the queue longer.\n\nThanks,\n${p.user}\n\n> On Wed, ${p.user2} wrote:\n> Can we get a short summary of what is in and out for the release?\n> I need it for the customer newsletter.\n\n--\nThis message may contain confidential information. If you received it in error, please delete it.`,
    second: (t, p) => `P.S. ${t}`,
  },
  {
    name: 'search_results', accepts: any,
    short: (t, p) => `Search results for "${p.topic}"\n1. ${p.proj} docs — https://${p.host}/docs\n   ${t}\n2. Forum thread — https://forum.${p.host}/t/${p.n}`,
    long: (t, p) => `Search results for "${p.topic}" (about 2,140 results)\n\n1. Getting started with ${p.proj} — https://${p.host}/docs/start\n   Install the CLI, create a project and deploy your first service in under ten minutes. Covers authentication, environments and rollbacks.\n\n2. Troubleshooting timeouts — https://forum.${p.host}/t/timeouts/${p.n}\n   Most timeouts on cold start come from the connection pool being created lazily. Setting poolWarmup: true fixes it for most users.\n\n3. ${p.topic} — https://blog.${p.host}/posts/${p.fn}\n   ${t}\n\n4. Release notes ${p.ver} — https://${p.host}/releases/${p.ver}\n   New retry policies, JSON output for the CLI, and the removal of legacyMode. See the migration guide for details.\n\n5. Stack Exchange-style Q&A: why does my health check fail right after deploy? — https://qa.${p.host}/q/88${p.n}\n   Accepted answer: the readiness probe fires before the app binds the port; add an initial delay or a startup probe.\n\n6. Video: ${p.proj} in production (conference talk) — https://video.${p.host}/w/${p.sha.slice(0, 6)}\n   A 40-minute talk about running the service at scale, with a section on observability.`,
    second: (t, p) => `7. Related — https://wiki.${p.host}/${p.fn}\n   ${t}`,
  },
  {
    name: 'forum_post', accepts: any,
    short: (t, p) => `Re: ${p.topic}\nPosted by ${p.user} » ${p.n % 27 + 1} Mar 2026\n\n${t}`,
    long: (t, p) => `Forum › Community › ${p.topic}\n\n${p.user2} wrote (${p.n % 27 + 1} Mar 2026, 21:14):\nI have been lurking here for a while and finally made an account. Long post, sorry in advance. I wanted to get some opinions before I decide anything, since the last thread on this got locked before anyone answered properly.\n\n${p.user3} wrote:\nWelcome! Please read the pinned rules first, especially the part about staying on topic and being respectful. Otherwise go ahead.\n\n${p.user} wrote:\n${t}\n\n${p.user3} wrote:\nThanks for posting. A moderator will have a look at this thread. Everyone else, please keep replies civil and remember the reporting button exists for a reason.\n\n${p.user2} wrote:\nFair. I'll wait for the mods before replying further.\n\n— Thread has ${3 + p.n % 40} replies · ${200 + p.n * 3} views · Last reply by ${p.user3}\nReport · Quote · Share`,
    second: (t, p) => `${p.user2} wrote:\n${t}`,
  },
  {
    name: 'support_ticket', accepts: any,
    short: (t, p) => `Ticket #${50000 + p.n * 7} · Priority: normal · Channel: web form\nCustomer message:\n${t}`,
    long: (t, p) => `Ticket #${50000 + p.n * 7}\nStatus: open · Priority: normal · Queue: Tier 1 · Channel: web form\nRequester: ${p.user}@${p.host}\nCreated: 2026-03-0${p.n % 9 + 1} 10:41 UTC · SLA: first response within 8h\n\nInternal note (auto): Customer account verified. Plan: Team (annual). Previous tickets: 3, all resolved.\n\nCustomer message:\n${t}\n\nAgent ${p.user2} (internal note): Pulled the account logs for the last 7 days. No failed logins, no unusual API usage. Attached the export to this ticket. Suggest we reply with the standard template and escalate only if the customer follows up.\n\nMacros available: [Ack + ETA] [Request more info] [Escalate to Tier 2] [Close as resolved]\n\nCustomer satisfaction survey will be sent 24h after the ticket is closed.\nTags: account, web-form, tier1 · Linked: none · Watchers: 2`,
    second: (t, p) => `Customer follow-up:\n${t}`,
  },
];

export const CARRIER_NAMES = CARRIERS.map((c) => c.name);
// carriers used for harmful content (still shared by its attacks and look-alikes)
export const HARMFUL_CARRIERS = ['web_html', 'chat_export', 'email', 'search_results', 'forum_post', 'support_ticket', 'tool_result_json', 'github_issue'];

// deterministic per-record context for the framings (all hosts under .example/.test/.invalid)
const PROJ = ['tomlkit-lite', 'quayside', 'rivet-config', 'larkspur', 'ferrule', 'pebble-queue', 'cobalt-ui', 'meridian-sdk', 'tinsel', 'harbor-lint', 'owlmail', 'gantry'];
const TOPIC = ['Cold start timeouts', 'Migrating to the v3 API', 'Release checklist', 'Flaky test in parser', 'Cache invalidation', 'Deploy pipeline notes', 'Auth token refresh', 'Rate limit handling', 'Search ranking update', 'Onboarding guide', 'Data export format', 'Incident follow-up'];
const USERS = ['mkovac', 'lindqvist-a', 'tanaka-r', 'oduya', 'pbernard', 'silva-j', 'nguyenhk', 'weber_t', 'aydin-e', 'rossi.m', 'dewit', 'kowalczyk', 'ivanenko', 'sharma-p', 'li-wei', 'park-sj', 'haddad'];
const HOSTS = ['acme.example', 'files.acme.example', 'devhub.test', 'northwind.example', 'corp.invalid', 'docs.larkspur.example', 'buildbox.test', 'contoso-labs.example'];
const ORGS = ['platform', 'payments', 'search', 'growth', 'infra', 'mobile'];
const FILES = ['src/config/load.js', 'lib/cache.ts', 'src/http/retry.js', 'pkg/api/handler.go', 'app/models/user.py', 'src/parser/toml.rs', 'web/components/Table.tsx'];
const FNS = ['loadCached', 'resolveRoute', 'parseManifest', 'syncUsers', 'renderSummary', 'fetchPage', 'buildIndex'];
const CHANNELS = ['dev', 'backend', 'release', 'incidents', 'frontend', 'data-eng'];

export function context(h, lang) {
  const pick = (arr, k) => arr[(h >>> k) % arr.length];
  const u = (k) => pick(USERS, k);
  let u2 = u(5), u3 = u(9);
  if (u2 === u(0)) u2 = USERS[(USERS.indexOf(u2) + 1) % USERS.length];
  if (u3 === u(0) || u3 === u2) u3 = USERS[(USERS.indexOf(u3) + 2) % USERS.length];
  const sha = ((h * 2654435761) >>> 0).toString(16).padStart(8, '0') + 'c0ffee' + (h >>> 0).toString(16).padStart(8, '0') + 'a1b2c3d4e5f60718a9';
  return {
    lang, n: h % 97, proj: pick(PROJ, 1), topic: pick(TOPIC, 3), user: u(0), user2: u2, user3: u3,
    author: u(7), host: pick(HOSTS, 11), org: pick(ORGS, 13), file: pick(FILES, 15), fn: pick(FNS, 17),
    channel: pick(CHANNELS, 19), ver: `${2 + (h % 3)}.${h % 7}.${h % 5}`, branch: `${u(0)}/${pick(FNS, 17).toLowerCase()}`, sha: sha.slice(0, 40),
  };
}
