// blind8: neutral lines (no secret, no PII, no look-alike) that give documents their realistic bulk.
const P = (r, a) => r.pick(a);
export const NEU = {
  env: (r) => P(r, [`PORT=${r.int(3000, 9090)}`, `LOG_LEVEL=${P(r, ['info', 'debug', 'warn'])}`, 'NODE_ENV=production', '# --- feature flags ---', `FEATURE_CHECKOUT_V2=${P(r, ['true', 'false'])}`, `TZ=${P(r, ['UTC', 'Europe/Berlin', 'Asia/Tokyo'])}`, `WORKERS=${r.int(2, 16)}`, `S3_BUCKET=${P(r, ['acme-invoices', 'media-prod', 'etl-staging'])}`, `CACHE_TTL_SECONDS=${r.int(30, 3600)}`, 'ALLOWED_ORIGINS=https://app.acme-corp.example,https://admin.acme-corp.example', '', `MAX_UPLOAD_MB=${r.int(5, 200)}`, 'SMTP_HOST=smtp.fastpost.example', 'SMTP_PORT=587', `REGION=${P(r, ['eu-central-1', 'us-east-2'])}`, '# payments', 'CURRENCY=EUR', 'ENABLE_METRICS=1']) + '\n',
  yaml: (r) => P(r, ['  # defaults below are overridden per environment\n', `  replicaCount: ${r.int(1, 6)}\n`, `  logLevel: ${P(r, ['info', 'warn'])}\n`, '  resources:\n    limits: {cpu: "500m", memory: 512Mi}\n', `  timeoutSeconds: ${r.int(5, 60)}\n`, '  featureFlags: [checkout_v2, search_suggest]\n', '  podAnnotations:\n    metrics.acme-corp.example/scrape: "true"\n']),
  json_config: (r) => P(r, [`    "timeoutSeconds": ${r.int(5, 60)},\n`, `    "retries": ${r.int(1, 5)},\n`, '    "enabled": true,\n', `    "region": "${P(r, ['eu-west-1', 'us-east-1'])}",\n`, '    "baseUrl": "https://api.partner.example/v2",\n']),
  toml_ini: (r) => P(r, [`timeout = ${r.int(5, 60)}\n`, `max_connections = ${r.int(10, 200)}\n`, '# see runbook section 4\n', 'verify_ssl = true\n', `log_level = "${P(r, ['info', 'debug'])}"\n`, '\n']),
  source_code: (r) => P(r, ['\n', 'def _backoff(attempt):\n    return min(30, 2 ** attempt)\n', 'function normalize(s) {\n  return s.trim().toLowerCase();\n}\n', 'if err != nil {\n\treturn nil, fmt.Errorf("charge: %w", err)\n}\n', 'for (const item of cart.items) total += item.qty * item.unitPrice;\n', 'public int retries() { return 3; }\n', 'raise ValueError("unsupported currency")\n', '    logger.info("sync finished", extra={"count": n})\n', 'let timeout = Duration::from_secs(30);\n', '  end\nend\n', '}\n']),
  shell_history: (r, n) => ` ${r.int(100, 999)}  ${P(r, ['kubectl get pods -n payments', 'terraform plan -out=tfplan', 'ls -la', 'make test', 'npm ci', 'tail -f /var/log/nginx/error.log', 'git status', 'git pull --rebase', 'cd ~/src/infra', 'vim values.yaml', 'docker compose up -d', 'htop', 'kubectl rollout restart deploy/api', 'python -m pytest -q', 'clear', 'gcloud config set project acme-analytics'])}\n`,
  ci_output: (r) => P(r, ['PASS src/cart.test.ts\n', '✓ 241 tests passed\n', 'Cache restored from key: node-modules-linux\n', 'Uploading artifact coverage.xml\n', 'Compiling 38 files with Solc 0.8.24\n', '##[endgroup]\n', 'Post job cleanup.\n', '$ npm run lint\n', 'Done in 14.2s.\n', 'Step 4/11 : RUN npm ci --omit=dev\n', ' ---> Using cache\n', 'warning: no tests found for package ./internal/tools\n']),
  app_log: (r) => P(r, ['INFO  scheduler: tick\n', 'INFO  GET /healthz 200 1ms\n', 'DEBUG cache hit ratio 0.93\n', 'WARN  slow query (1.8s): select * from orders where status = $1\n', 'INFO  worker pool resized to 8\n', 'INFO  consumer rebalanced, partitions=[0,1,2]\n', '{"level":"info","msg":"GET /metrics 200","dur_ms":2}\n']),
  cloud_cli: () => '',
  git_output: () => '',
  markdown: (r) => P(r, ['Deploys go out Tuesdays and Thursdays; hotfixes need two approvals.\n\n', '## Troubleshooting\n\nIf the pod crash-loops, check the readiness probe first.\n\n', '- [ ] update the dashboard links\n- [x] migrate alerts\n\n', 'Nota: el entorno de pruebas se reinicia cada noche.\n\n', 'Hinweis: Zugänge niemals per Mail verschicken, nur über den Passwortmanager.\n\n', '> Rotation is automated via the nightly job; manual rotation only during incidents.\n\n']),
  stack_trace: () => '',
  json_api: () => '',
  crm_csv: () => '',
  support_ticket: (r) => P(r, ['--- system\nStatus changed: open → pending\n\n', '--- agent\nThanks for your patience, we are looking into it.\n\n', '--- bot\nThis ticket was merged with a duplicate.\n\n', '--- agent\nLo siento por las molestias, lo revisamos hoy.\n\n']),
  email: (r) => P(r, ['Let me know if anything is unclear.\n\n', 'Sorry for the late reply, was travelling.\n\n', 'Danke dir und schönes Wochenende!\n\n', 'Merci d’avance pour ton retour.\n\n', 'Adjunto el contrato firmado.\n\n', 'See the thread below for context.\n\n', 'Can we move the call to Thursday?\n\n']),
  chat: () => '',
  hr_record: (r) => P(r, ['Benefits enrolment: medical PPO, dental basic.\n', 'Probation review scheduled after 90 days.\n', 'Laptop shipped; MFA enrolment pending.\n', 'Remote work agreement signed.\n', 'Training: security awareness completed.\n']),
  medical_record: (r) => P(r, ['Vitals: BP 128/82, HR 74, SpO2 98 %.\n', 'Allergies: none known.\n', 'Plan: follow up in 6 weeks, repeat bloods.\n', 'Assessment: improving, continue current regimen.\n', 'Patient counselled on side effects.\n']),
  bank_statement: () => '',
  kyc_form: () => '',
  crypto_export: () => '',
};
// probability of a neutral row per kind
export const PN = { env: 0.7, yaml: 0.65, json_config: 0.6, toml_ini: 0.6, source_code: 0.72, shell_history: 0.72, ci_output: 0.72, app_log: 0.72, markdown: 0.68, support_ticket: 0.5, email: 0.5, hr_record: 0.5, medical_record: 0.5 };
