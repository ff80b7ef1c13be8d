// Logs: web server access logs, application logs, stack traces, auth logs, HTTP debug dumps.
import { d, S, P, L, lines, cred, gen, password, LA, PII, int, pick, bool, f, hex, digits, dbUri, sv } from '../lib/common.mjs';

const ts = () => L('timestamp', LA.timestamp());
const clf = () => {
  const dd = String(int(1, 28)).padStart(2, '0');
  return `${dd}/${pick(['Jan', 'Feb', 'Mar', 'Oct', 'Nov', 'Dec'])}/${int(2024, 2026)}:${String(int(0, 23)).padStart(2, '0')}:${String(int(10, 59))}:${String(int(10, 59))} +0000`;
};
const ip = () => P('IP_ADDRESS', bool(0.85) ? PII.ipv4('public') : PII.ipv6());
const ua = () => pick([d`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${L('version', `${int(110, 131)}.0.0.0`)} Safari/537.36`, 'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/2.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15']);
const path = () => pick(['/api/v1/orders', '/login', '/static/app.js', '/healthz', '/api/v2/users/me', '/graphql', '/favicon.ico', `/api/v1/orders/${LA.uuid()}`]);

function accessLine() {
  const leak = bool(0.12);
  const p = leak ? d`${path()}?${pick(['access_token', 'api_key', 'token'])}=${sv(cred(pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GCP_API_KEY', 'JWT', 'GENERIC_API_KEY', 'SLACK_BOT_TOKEN'])))}` : d`${path()}`;
  return d`${ip()} - - [${L('timestamp', clf())}] "${pick(['GET', 'POST', 'PUT'])} ${p} HTTP/1.1" ${pick([200, 200, 201, 304, 401, 404, 500])} ${int(0, 90000)} "-" "${ua()}"`;
}

export default [
  // nginx access log
  () => lines(Array.from({ length: int(6, 18) }, accessLine)).push('\n'),
  // JSON app logs
  () => lines(Array.from({ length: int(4, 10) }, () => pick([
    () => d`{"ts":"${ts()}","level":"info","msg":"user login","user":"${P('EMAIL_ADDRESS', PII.email())}","ip":"${ip()}","request_id":"${L('uuid', LA.uuid())}"}`,
    () => d`{"ts":"${ts()}","level":"debug","msg":"outgoing request","url":"https://api.${f.internet.domainName()}/v1/charge","headers":{"Authorization":"Bearer ${sv(cred(pick(['STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'JWT', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY'])))}","Content-Type":"application/json"}}`,
    () => d`{"ts":"${ts()}","level":"warn","msg":"slow query","duration_ms":${int(500, 9000)},"trace":"${L('hash', hex(32))}"}`,
    () => d`{"ts":"${ts()}","level":"info","msg":"order created","order":"${L('order_number', LA.orderNumber())}","amount":"${L('price', LA.price())}","customer":"${P('PERSON', PII.person().full)}"}`,
    () => d`{"ts":"${ts()}","level":"error","msg":"webhook failed","status":${pick([401, 403, 500])},"build":"${L('build_number', LA.buildNumber())}"}`,
  ])())).push('\n'),
  // Python traceback with a connection string
  () => d`Traceback (most recent call last):\n  File "/srv/app/db.py", line ${int(10, 300)}, in connect\n    engine = create_engine(settings.DATABASE_URL)\n  File "/usr/lib/python3.${int(9, 12)}/site-packages/sqlalchemy/engine/create.py", line ${int(100, 700)}, in create_engine\n    raise exc.ArgumentError(\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused\n\tIs the server running on host "${PII.ipv4('private')}" and accepting TCP/IP connections on port 5432?\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nURL was: ${dbUri('postgresql')}\n`,
  // Java stack trace
  () => d`${ts()} ERROR [main] o.s.boot.SpringApplication - Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'\nCaused by: java.sql.SQLException: Access denied for user 'app'@'${P('IP_ADDRESS', PII.ipv4('public'))}' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:${int(100, 200)})\n\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:${int(100, 200)})\n\t... ${int(20, 60)} common frames omitted\nspring.datasource.password=${S('DATABASE_PASSWORD', password())}\n`,
  // sshd auth log
  () => lines(Array.from({ length: int(5, 12) }, () => {
    const host = pick(['web-01', 'bastion', 'ip-10-0-1-17']);
    return pick([
      () => d`${pick(['Mar', 'Apr', 'Nov'])} ${int(1, 28)} ${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)} ${host} sshd[${int(1000, 60000)}]: Failed password for invalid user ${pick(['admin', 'test', 'oracle', 'ubuntu'])} from ${ip()} port ${int(1024, 65535)} ssh2`,
      () => d`${pick(['Mar', 'Apr', 'Nov'])} ${int(1, 28)} ${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)} ${host} sshd[${int(1000, 60000)}]: Accepted publickey for deploy from ${ip()} port ${int(1024, 65535)} ssh2: ED25519 SHA256:${L('hash', Buffer.from(hex(32), 'hex').toString('base64').replace(/=+$/, ''))}`,
      () => d`${pick(['Mar', 'Apr', 'Nov'])} ${int(1, 28)} ${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)} ${host} sudo: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart api`,
    ])();
  })).push('\n'),
  // curl -v / HTTP debug dump
  () => {
    const c = cred(pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HUGGINGFACE_TOKEN', 'GITLAB_PAT', 'JWT', 'DIGITALOCEAN_TOKEN', 'MAILGUN_API_KEY', 'LINEAR_API_KEY']));
    const host = pick(['api.github.com', 'api.openai.com', 'api.anthropic.com', 'huggingface.co', 'gitlab.com', 'api.digitalocean.com']);
    const hdr = c.kind === 'ANTHROPIC_API_KEY' ? d`> x-api-key: ${sv(c)}` : c.kind === 'GITHUB_PERSONAL_ACCESS_TOKEN' && bool() ? d`> Authorization: token ${sv(c)}` : d`> Authorization: Bearer ${sv(c)}`;
    return d`*   Trying ${P('IP_ADDRESS', PII.ipv4('public'))}:443...\n* Connected to ${host} (${P('IP_ADDRESS', PII.ipv4('public'))}) port 443\n* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256\n> GET /v1/models HTTP/2\n> Host: ${host}\n> User-Agent: curl/8.5.0\n${hdr}\n> Accept: */*\n>\n< HTTP/2 200\n< date: Tue, ${int(1, 28)} Oct 2025 ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} GMT\n< x-request-id: ${L('request_id', LA.requestId())}\n< etag: W/"${L('hash', hex(32))}"\n<\n{"object":"list","data":[...]}\n`;
  },
  // CI log (GitHub Actions)
  () => d`${ts()} ##[group]Run actions/checkout@v4\n${ts()} Syncing repository: ${f.internet.domainWord()}/${f.internet.domainWord()}\n${ts()} HEAD is now at ${L('git_sha', LA.shortSha())} ${f.git.commitMessage()}\n${ts()} ##[endgroup]\n${ts()} Run npm ci\n${ts()} added ${int(200, 1500)} packages in ${int(5, 60)}s\n${ts()} Run ./scripts/publish.sh\n${ts()} NPM_TOKEN: ***\n${ts()} + echo "//registry.npmjs.org/:_authToken=${S('NPM_TOKEN', gen.NPM_TOKEN())}" >> ~/.npmrc\n${ts()} + docker login -u ci -p ${S('DOCKERHUB_PAT', gen.DOCKERHUB_PAT())}\n${ts()} WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n${ts()} Login Succeeded\n${ts()} Build ${L('build_number', LA.buildNumber())} pushed ${L('digest', LA.sha256Digest())}\n`,
  // Kubernetes pod logs / events
  () => d`LAST SEEN   TYPE      REASON      OBJECT                          MESSAGE\n${int(1, 59)}s         Normal    Pulled      pod/api-${hex(10)}-${hex(5)}   Successfully pulled image "ghcr.io/acme/api@${L('digest', LA.sha256Digest())}"\n${int(1, 59)}m         Warning   BackOff     pod/worker-${hex(10)}-${hex(5)}   Back-off restarting failed container\n---\n${ts()} worker starting with config: {"queue":"amqp://worker:${S('DATABASE_PASSWORD', password(true))}@rabbitmq:5672/","sentry_dsn":"https://${L('hash', hex(32))}@o${int(100000, 999999)}.ingest.sentry.io/${int(1000000, 9999999)}","openai_key":"${S('OPENAI_API_KEY', gen.OPENAI_API_KEY())}"}\n${ts()} connected to queue\n`,
  // audit CSV
  () => d`timestamp,actor,action,source_ip,target\n${lines(Array.from({ length: int(4, 10) }, () => d`${ts()},${P('EMAIL_ADDRESS', PII.email())},${pick(['login', 'download', 'update_role', 'delete'])},${ip()},${pick(['invoice', 'user', 'repo'])}/${L('uuid', LA.uuid())}`))}\n`,
  // PostgreSQL server log
  () => lines(Array.from({ length: int(4, 9) }, () => pick([
    () => d`${L('timestamp', LA.timestamp())} UTC [${int(1000, 99999)}] FATAL:  password authentication failed for user "${pick(['app', 'postgres', 'analytics'])}"`,
    () => d`${L('timestamp', LA.timestamp())} UTC [${int(1000, 99999)}] LOG:  connection received: host=${P('IP_ADDRESS', PII.ipv4())} port=${int(1024, 65535)}`,
    () => d`${L('timestamp', LA.timestamp())} UTC [${int(1000, 99999)}] LOG:  statement: ALTER USER app WITH PASSWORD '${S('DATABASE_PASSWORD', password(true))}'`,
    () => d`${L('timestamp', LA.timestamp())} UTC [${int(1000, 99999)}] LOG:  checkpoint complete: wrote ${int(10, 9000)} buffers`,
    () => d`${L('timestamp', LA.timestamp())} UTC [${int(1000, 99999)}] ERROR:  duplicate key value violates unique constraint "users_email_key" DETAIL:  Key (email)=(${P('EMAIL_ADDRESS', PII.email())}) already exists.`,
  ])())).push('\n'),
  // Python requests/urllib3 debug log
  () => d`DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.${f.internet.domainName()}:443\nsend: b'POST /v1/messages HTTP/1.1\\r\\nHost: api.anthropic.com\\r\\nx-api-key: ${S('ANTHROPIC_API_KEY', gen.ANTHROPIC_API_KEY())}\\r\\nanthropic-version: 2023-06-01\\r\\nContent-Length: ${int(100, 9000)}\\r\\n\\r\\n'\nreply: 'HTTP/1.1 200 OK\\r\\n'\nheader: request-id: ${L('request_id', 'req_' + f.string.alphanumeric(24))}\nDEBUG:urllib3.connectionpool:https://api.anthropic.com:443 "POST /v1/messages HTTP/1.1" 200 ${int(100, 9000)}\n`,
  // webhook delivery log (payment provider)
  () => d`${L('timestamp', LA.timestamp())} webhook ${pick(['invoice.paid', 'customer.created', 'charge.refunded'])} -> https://${f.internet.domainName()}/hooks/stripe (signing secret ${S('STRIPE_WEBHOOK_SECRET', gen.STRIPE_WEBHOOK_SECRET())})\n  payload: {"customer_email":"${P('EMAIL_ADDRESS', PII.email())}","customer_name":"${P('PERSON', PII.person().full)}","amount_paid":${int(100, 99999)},"invoice":"${L('order_number', LA.orderNumber())}"}\n  response: 200 in ${int(20, 900)}ms\n`,
];
