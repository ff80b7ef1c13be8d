// Dev-channel chat, code review, issue threads, on-call handovers, runbooks, git log.
import { LINE_KINDS as SECRET_NAMES_LINE } from '../lib/secrets.mjs';
import { Doc, S, P, L, J, pii, kvLine, envq, SERVICES, HOSTS, LANG_NAME_LOC, hhmmss, ymd } from './common.mjs';

const PW_KINDS = ['HUMAN_PASSWORD', 'DATABASE_PASSWORD', 'WIFI_PASSPHRASE', 'ADMIN_PASSWORD', 'VNC_PASSWORD', 'APP_SPECIFIC_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'SFTP_PASSWORD', 'KEYSTORE_PASSWORD', 'GPG_PASSPHRASE', 'SNOWFLAKE_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD', 'REDIS_PASSWORD', 'AMQP_PASSWORD', 'ELASTIC_PASSWORD'];
const TOKEN_KINDS = SECRET_NAMES_LINE.filter((e) => !/PASSWORD|PASSPHRASE|SECRET_KEY_BASE|ENCRYPTION|FERNET|MASTER_KEY|APP_KEY|SIGNING_SECRET|SESSION_SECRET|JWT_SIGNING/.test(e));
const DBPW_KINDS = ['HUMAN_PASSWORD', 'DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'PGPASS_PASSWORD', 'MONGODB_PASSWORD', 'SNOWFLAKE_PASSWORD', 'ADMIN_PASSWORD'];
const CODE_KINDS = ['ONE_TIME_CODE', 'RECOVERY_CODE', 'TOTP_SEED'];
// one prose sentence with fresh spans; returns parts
function sentence(c, lang, slot) {
  const r = c.r; const loc = LANG_NAME_LOC[lang];
  slot = slot || r.weighted([['pw', 3], ['token', 3], ['otp', 1], ['cust', 2], ['mail', 2], ['fail', 1], ['rotate', 1], ['ok', 1], ['addr', 2], ['ip', 1], ['plain', 1]]);
  const p = () => c.person(r.bool(0.6) ? loc : undefined);
  switch (slot) {
    case 'pw': return c.prose(lang, 'pw', c.s(c.kind(DBPW_KINDS)));
    case 'token': return c.prose(lang, 'token', c.s(c.kind(TOKEN_KINDS)));
    case 'otp': return c.prose(lang, 'otp', c.s(c.kind(CODE_KINDS)));
    case 'cust': { const x = p(); return c.prose(lang, 'cust', x.name, x.phone); }
    case 'mail': { const x = p(); return c.prose(lang, 'mail', x.name, x.email); }
    case 'fail': return c.prose(lang, 'fail', c.l('version'));
    case 'addr': { const x = p(); return c.prose(lang, 'addr', x.name, r.bool() ? x.street : x.city); }
    case 'ip': return c.prose(lang, 'ip', c.ip());
    default: return c.prose(lang, slot);
  }
}
export function chat_channel(c) {
  const r = c.r, d = new Doc('chat_channel'); const lang = c.lang(); const loc = LANG_NAME_LOC[lang];
  const people = [c.person(loc), c.person(loc), c.person(r.bool() ? loc : undefined)];
  const slack = r.bool(0.6); let t = c.ts();
  if (slack) d.w`#${r.pick(['deploys', 'ops-oncall', 'team-payments', 'dev-backend', 'support-escalations'])} — ${ymd(t)}\n\n`;
  else d.w`[Teams] ${r.pick(['Platform', 'Incident bridge', 'Release train'])} > ${r.pick(['General', 'Prod issues'])}\n\n`;
  const n = r.int(5, 8);
  for (let i = 0; i < n; i++) {
    t = new Date(t.getTime() + r.int(20, 900) * 1000); const a = r.pick(people);
    const who = P('PERSON', a.p.full);
    d.push(slack ? [who, '  ', hhmmss(t).slice(0, 5), '\n'] : ['[', hhmmss(t), '] ', who, ': ']);
    const m = r.int(0, 9);
    if (m < 6) d.push(sentence(c, lang));
    else if (m === 6) { const k = c.pair(undefined, 'SCREAM'); d.push(['```\n', kvLine('env', k.key.replace(/[.-]/g, '_'), k.v).slice(1), '```']); }
    else if (m === 7) d.push([r.pick(['see ', 'build ', 'logs: ']), c.l(r.pick(['build_number', 'request_id', 'trace_id', 'git_sha'])), ' ', sentence(c, lang, r.pick(['plain', 'ok', 'rotate']))]);
    else if (m === 8) d.push(['`', c.l(r.pick(['placeholder', 'env_reference', 'redacted'])), '` ← ', sentence(c, lang, 'plain')]);
    else d.push(sentence(c, 'en'));
    d.push(slack ? '\n\n' : '\n');
  }
  d.lang(lang);
  return d;
}
export function code_review(c) {
  const r = c.r, d = new Doc('code_review'); const lang = c.lang(); const loc = LANG_NAME_LOC[lang];
  const au = c.person(loc), rv = c.person(loc); const file = r.pick(['config/settings.py', 'src/config/prod.ts', 'deploy/values-prod.yaml', 'internal/client/client.go', 'app/src/main/resources/application.yml', '.env.example']);
  d.w`Pull request !${r.int(100, 9000)} — ${r.pick(['feat: nightly export to partner SFTP', 'fix: retry webhook delivery', 'chore: wire up new payment provider', 'hotfix: unblock checkout'])}\nAuthor: ${au.name} <${au.email}>  •  ${c.l('commit_range')}\n\n${file}\n@@ -${r.int(10, 90)},6 +${r.int(10, 90)},9 @@\n`;
  const fmt = /\.ya?ml$/.test(file) ? 'yaml' : /\.py$/.test(file) ? 'py' : /\.ts$/.test(file) ? 'ts' : /\.go$/.test(file) ? 'go' : 'env';
  for (let i = 0; i < r.int(2, 4); i++) {
    const k = c.pair(undefined, fmt === 'ts' ? 'camel' : fmt === 'go' ? 'Pascal' : fmt === 'env' ? 'SCREAM' : 'snake');
    const kk = k.key.replace(/[.-]/g, '_');
    if (fmt === 'yaml') d.w`+  ${kk}: ${k.v.v.match(/^[\w.\/+=-]+$/) ? k.v : ['"', J(k.v), '"']}\n`;
    else if (fmt === 'py') d.w`+${kk.toUpperCase()} = os.getenv("${kk.toUpperCase()}", "${J(k.v)}")\n`;
    else if (fmt === 'ts') d.w`+  ${kk}: process.env.${kk.toUpperCase()} ?? "${J(k.v)}",\n`;
    else if (fmt === 'go') d.w`+\t${kk}: "${J(k.v)}",\n`;
    else d.w`+${kk}=${k.v}\n`;
  }
  d.w` ${r.pick(['timeout: 30s', 'retries = 3', '// TODO: move to vault', '  region: "eu-west-1",'])}\n-${r.pick(['api_key: ', 'API_KEY=', 'apiKey: '])}${c.l(r.pick(['placeholder', 'env_reference']))}\n\n`;
  const cm = r.int(2, 3);
  for (let i = 0; i < cm; i++) {
    const who = i % 2 ? au : rv;
    d.w`💬 ${who.name} · line ${r.int(10, 90)}\n`;
    d.push(i === 0 ? sentence(c, lang, r.pick(['rotate', 'ok'])) : sentence(c, lang)); d.push('\n\n');
  }
  d.w`CI: pipeline ${c.l('build_number')} ${r.pick(['passed', 'failed'])} · secret scanning: ${r.pick(['1 finding', 'skipped (fork)', 'no findings'])}\n`;
  d.lang(lang); return d;
}
export function issue_thread(c) {
  const r = c.r, d = new Doc('issue_thread'); const lang = c.lang(); const loc = LANG_NAME_LOC[lang];
  const op = c.person(loc);
  d.w`#${r.int(100, 20000)} ${r.pick(['Webhook signature mismatch after upgrade to', 'Crash on startup with', 'Login loop since', 'Export job OOM in'])} ${c.l('version')}\nOpened by ${op.name} · ${r.pick(['bug', 'needs-triage', 'regression'])}\n\n`;
  d.push(sentence(c, lang, r.pick(['fail', 'plain', 'ip']))); d.push('\n\n');
  d.w`**Environment**\n- version: ${c.l('version')}\n- commit: ${c.l('git_sha')}\n- OS: ${r.pick(['Ubuntu 24.04', 'macOS 15.3', 'Debian 12', 'Windows 11'])}\n\n**Config** (I hope it's ok to paste this)\n\`\`\`yaml\n`;
  for (let i = 0; i < r.int(2, 4); i++) { const k = c.pair(undefined, 'snake'); d.push(kvLine('yaml', k.key, k.v)); }
  d.w`webhook_url: https://hooks.acme.test/in/${c.l('uuid')}\n\`\`\`\n\n**Log**\n\`\`\`\n${c.l('timestamp')} ERROR signature mismatch for event ${c.l('request_id')} from ${c.ip()}\n\`\`\`\n\n`;
  for (let i = 0; i < r.int(2, 3); i++) {
    const who = r.bool(0.5) ? c.person(loc) : c.person(); d.w`---\n**${who.name}** commented:\n`; d.push(sentence(c, lang)); d.push('\n\n');
  }
  d.w`---\n**${c.person().name}** (maintainer) commented:\n`; d.push(sentence(c, 'en', 'rotate')); d.push('\n');
  d.lang(lang); return d;
}
export function oncall_handover(c) {
  const r = c.r, d = new Doc('oncall_handover'); const lang = c.lang(); const loc = LANG_NAME_LOC[lang];
  const from = c.person(loc), to = c.person(loc);
  d.w`# On-call handover ${c.l('date')} — ${from.name} → ${to.name}\n\n## ${r.pick(['Open incidents', 'Open items', 'Carry-over'])}\n`;
  for (let i = 0; i < r.int(4, 6); i++) { d.push('- '); d.push(sentence(c, lang)); d.push('\n'); }
  d.w`\n## Escalation contacts\n`;
  for (let i = 0; i < r.int(2, 3); i++) { const p = c.person(r.bool(0.5) ? loc : undefined); d.w`- ${p.name}: ${p.phone} / ${p.email}\n`; }
  const bg = c.pair(['ADMIN_PASSWORD', 'VAULT_SERVICE_TOKEN', 'RECOVERY_CODE', 'VAULT_BATCH_TOKEN'], 'snake');
  d.w`\n## Notes\n- incident ${c.l('request_id')} postmortem draft: ticket ${c.l('crm_id')}\n- break-glass: \`${c.key(c.kind(['ADMIN_PASSWORD', 'VAULT_SERVICE_TOKEN', 'ONE_TIME_CODE']), 'snake')}\` → ${c.s(c.kind(['ADMIN_PASSWORD', 'VAULT_SERVICE_TOKEN', 'RECOVERY_CODE']))}\n- dashboards: https://grafana.internal.test/d/${r.alnum(9)}\n`;
  d.lang(lang); return d;
}
export function runbook(c) {
  const r = c.r, d = new Doc('runbook'); const lang = c.lang(); const svc = r.pick(SERVICES);
  d.w`# Runbook: ${svc} — ${r.pick(['failover', 'key rotation', 'restore from backup', 'stuck queue'])}\n\n_Last reviewed ${c.l('date')} by ${c.person(LANG_NAME_LOC[lang]).name}_\n\n`;
  d.push(sentence(c, lang, r.pick(['plain', 'rotate']))); d.push('\n\n');
  d.w`1. Connect to the bastion and export credentials:\n\n\`\`\`bash\n`;
  for (let i = 0; i < r.int(2, 3); i++) { const k = c.pair(undefined, 'SCREAM'); d.push(['export ', k.key.toUpperCase().replace(/[.-]/g, '_'), '=', ...envq(r, k.v), '\n']); }
  d.w`export GITHUB_TOKEN=${c.l('env_reference')}\n\`\`\`\n\n2. `; d.push(sentence(c, lang, r.pick(['pw', 'token']))); d.push('\n\n');
  d.w`3. Restore and verify:\n\n\`\`\`bash\npg_restore -h 10.0.5.10 -U postgres -d app /backups/app-${c.l('date')}.dump\nsha256sum -c app.dump.sha256   # expect ${c.l('checksum')}\ncurl -s -u ops:${c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'ELASTIC_PASSWORD']))} https://${r.pick(HOSTS)}/healthz\n\`\`\`\n\n4. `; d.push(sentence(c, lang, r.pick(['cust', 'mail', 'addr']))); d.push('\n\n');
  d.w`> ${r.pick(['Do not', 'Never'])} paste the output of \`vault read\` into tickets; use \`${c.l('placeholder')}\` in examples.\n`;
  d.lang(lang); return d;
}
export function git_log(c) {
  const r = c.r, d = new Doc('git_log'); const lang = c.lang(); const loc = LANG_NAME_LOC[lang];
  for (let i = 0; i < r.int(2, 3); i++) {
    const a = c.person(r.bool(0.7) ? loc : undefined);
    d.w`commit ${c.l('git_sha')}\nAuthor: ${a.name} <${a.email}>\nDate:   ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Mar', 'Apr', 'May'])} ${r.int(1, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} 2026 ${r.pick(['+0100', '+0200', '+0900', '-0500', '+0530'])}\n\n    ${r.pick(['fix', 'feat', 'chore', 'revert'])}: `;
    d.push(sentence(c, lang, r.pick(['plain', 'fail', 'rotate', 'ok']))); d.push('\n\n');
    if (i === 0 || r.bool(0.5)) {
      const k = c.pair(undefined, 'SCREAM');
      d.w`diff --git a/.env.production b/.env.production\nindex ${c.l('git_sha').v.slice(0, 0)}${L('git_sha', r.hex(7))}..${L('git_sha', r.hex(7))} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,3 @@\n LOG_LEVEL=info\n-${k.key.replace(/[.-]/g, '_')}=${c.l('redacted')}\n+${k.key.replace(/[.-]/g, '_')}=${k.v}\n\n`;
    }
  }
  d.lang(lang); return d;
}
