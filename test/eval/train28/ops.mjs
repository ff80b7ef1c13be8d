// Back-office and IT documents: service desk, escalations, integration configs, logs, manifests.
import { s, p, l } from './ctx.mjs';
import { renderConfig, SYNTAXES, styleKey } from './builder.mjs';
import { said } from './cx.mjs';
import { PEM_KINDS } from './secrets.mjs';
import * as P from './pii.mjs';

const z = (n) => String(n).padStart(2, '0');
const lower = (b) => b.toLowerCase().replace(/[^a-z]/g, '');
export const OPS = {
  jsm_request(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    X.add`${r.pick(['SD', 'ITSM', 'HELP'])}-${r.int(1000, 99999)} | ${r.pick(['CRM sync failing after key rotation', 'Agent cannot reach KYC vendor', 'Voice bot returns 401', 'Webhook signature mismatch'])}\nReporter: ${X.N(X.cust)} (${X.E(X.cust, lower(X.brand) + '.example')})   Assignee: ${X.N(ag)}\nPriority: ${r.pick(['P1', 'P2', 'P3'])}   Created: ${X.ts()}   Component: ${X.lk('hostname')}\n\nDescription\n-----------\n${r.pick(['Since the deploy', 'After rotating credentials', 'Seit dem Update', 'Depuis la mise à jour'])} ${X.lk('build_number')} the job fails. Current config from the box:\n\n{code}\n`;
    X.put(X.config(null, r.int(3, 5)));
    X.add`{code}\n\nLog excerpt:\n${X.tick('iso', 45)} ERROR auth failed for ${X.E(X.cust)} from ${X.IP()} trace=${X.lk('trace_id')}\n\nComment by ${X.N(ag)}: ${r.pick(['rotated, please remove the secrets from this ticket', 'reproduced on staging', 'vendor says key is revoked'])}. Commit ${X.lk('git_sha')}.\n`;
  },
  it_servicedesk_call(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    X.add`IT Service Desk — call notes ${X.lk('ticket_id')} — ${X.ts()}\nCaller: ${X.N(X.cust)}, ext. ${r.int(2000, 7999)}, mobile ${X.T()}\nDevice: ${r.pick(['LT', 'WS', 'NB'])}-${r.int(10000, 99999)}  serial ${r.str(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n\n`;
    const t = (who, body) => X.put(who, ': ', body, '\n');
    t(['Agent ', X.F(ag)], [L.verify]);
    t('Caller', [X.N(X.cust), ', ', X.A()]);
    t('Caller', [L.cant, '. ', L.pw, ' ', X.S('USER_PASSWORD', 'cfg')]);
    t(['Agent ', X.F(ag)], ['BitLocker is asking for the recovery key, reading it from Intune: ', X.S('BITLOCKER_RECOVERY_KEY')]);
    t('Caller', ['the Authenticator app is gone, I only have ', said(X, 'recovery')]);
    t(['Agent ', X.F(ag)], ['Temporary Access Pass issued: ', X.S('TEMPORARY_PASSWORD', 'cfg'), ' (valid 8h). VPN PSK for the home router profile: ', X.S('VPN_PRESHARED_KEY', 'cfg')]);
    t('Caller', ['also the printer wifi ', X.S('WIFI_PASSWORD', 'cfg'), ' and my mailbox app password ', X.S('APP_SPECIFIC_PASSWORD')]);
    X.add`\nResolution: ${L.solved}  KB ${X.lk('ticket_id')}  agent ${X.N(ag)}\n`;
  },
  it_ticket_config(X) {
    const { r } = X; X.cust = X.person(); const syn = r.pick(SYNTAXES);
    X.add`Ticket ${X.lk('ticket_id')} — "${r.pick(['please check my settings', 'integration stopped working', 'Fehler beim Export', 'no funciona la sincronización'])}"\nFrom: ${X.N(X.cust)} <${X.E(X.cust)}>\nAttachment: ${syn === 'env' ? '' : r.pick(['settings', 'config', 'appsettings', 'values']) + '.'}${{ env: '.env', yaml: 'yaml', json: 'json', toml: 'toml', ini: 'ini', hcl: 'tf', properties: 'properties', xml: 'config', cli: 'sh', table: 'md' }[syn]} (inline)\n\n`;
    X.put(X.config(syn, r.int(4, 7), { section: r.pick(['integrations', 'crm', 'voice', undefined]) }));
    X.add`\n-- ${X.F(X.cust)} · sent from ${X.IP()}\n`;
  },
  escalation_note(X) {
    const { r, L } = X; const a = X.agent(), b = X.agent(), c = X.agent(); X.cust = X.person();
    const e1 = X.nk(), e2 = X.nk(), e3 = X.nk();
    X.add`#support-escalations  ${X.ts()}\n${X.F(a)}: customer ${X.N(X.cust)} (${X.lk('crm_id')}) still gets 401 from the refund API\n${X.F(b)}: can you paste the curl?\n${X.F(a)}: \`\`\`curl -sS -X POST https://refunds.${lower(X.brand)}.example/v1/refunds \\\n  -H 'Authorization: Bearer ${X.S(r.pick(['JWT_ACCESS_TOKEN', 'OPAQUE_BEARER_TOKEN', e1]), 'cfg')}' \\\n  -H 'X-Api-Key: ${X.S(e2, 'cfg')}' \\\n  -d '{"order":"${X.lk('order_number')}","email":"${X.E(X.cust)}"}'\`\`\`\n${X.F(c)}: :rotating_light: that's a prod key, rotating. Also the old one is still in the runbook: \`${styleKey(X.key(e3), 'SCREAMING')}=${X.S(e3, 'cfg')}\`\n${X.F(b)}: basic auth for the legacy gateway was \`Authorization: Basic ${X.basic()}\`\n${X.F(a)}: ${r.pick(['thanks', 'ok', 'danke', 'merci'])} — placeholder in docs is ${X.lk('placeholder')}, ref ${X.lk('env_reference')}\n`;
  },
  integration_settings(X) {
    const { r } = X; const admin = X.agent();
    X.add`// ${X.brand} help-desk admin → Settings → Integrations → Export (${X.tick('iso', 45)})\n// exported by ${X.E(admin, lower(X.brand) + '.example')}\n{\n  "schema": "${X.lk('version')}",\n  "integrations": [\n`;
    const vendors = [['zendesk', 'ZENDESK_API_TOKEN'], ['twilio', 'TWILIO_AUTH_TOKEN'], ['whatsapp', 'META_GRAPH_ACCESS_TOKEN'], ['line', 'LINE_CHANNEL_SECRET'], ['wechat', 'WECHAT_APP_SECRET'], ['slack', 'SLACK_BOT_TOKEN'], ['hubspot', 'HUBSPOT_PRIVATE_APP_TOKEN'], ['salesforce', 'SALESFORCE_ACCESS_TOKEN'], ['intercom', 'INTERCOM_ACCESS_TOKEN'], ['stripe', 'STRIPE_SECRET_KEY'], ['shopify', 'SHOPIFY_ACCESS_TOKEN'], ['deepgram', 'DEEPGRAM_API_KEY'], ['openai', 'OPENAI_API_KEY'], ['anthropic', 'ANTHROPIC_API_KEY'], ['genesys', 'GENESYS_CLOUD_CLIENT_SECRET'], ['telegram', 'TELEGRAM_BOT_TOKEN'], ['freshdesk', 'FRESHDESK_API_KEY'], ['sendgrid', 'SENDGRID_API_KEY']];
    const pick = r.sample(vendors, r.int(3, 5)); pick.push(['custom', X.nk()]);
    pick.forEach(([v, e], i) => {
      X.add`    {"id": "${X.lk('uuid')}", "type": "${v}", "enabled": ${r.chance(0.8)}, "credentials": {"${styleKey(X.key(e), r.pick(['snake', 'camel']))}": "${X.S(e, 'cfg')}"${r.chance(0.4) ? [', "webhook_secret": "', X.S('WEBHOOK_SIGNING_SECRET', 'cfg'), '"'] : ''}}, "updated_by": "${X.N(X.agent())}", "updated_at": "${X.tick('iso', 45)}"}${i < pick.length - 1 ? ',' : ''}\n`;
    });
    X.add`  ],\n  "public": {"widget_key": "${X.lk('public_key')}", "brand_color": "${X.lk('hex_color')}"}\n}\n`;
  },
  webhook_delivery_log(X) {
    const { r } = X; X.cust = X.person();
    X.add`Webhook deliveries — endpoint https://hooks.${lower(X.brand)}.example/inbound (signing secret ${X.S(r.pick(['WEBHOOK_SIGNING_SECRET', 'STRIPE_WEBHOOK_SECRET', 'WHATSAPP_APP_SECRET', 'LINE_CHANNEL_SECRET']), 'cfg')})\n\n`;
    for (let i = 0; i < r.int(2, 4); i++) {
      X.add`▶ ${X.tick('iso', 45)}  ${r.pick([200, 200, 401, 500])}  ${r.int(40, 900)}ms  id=${X.lk('uuid')}\n  X-Signature-256: sha256=${X.lk('hash')}\n  X-Request-Id: ${X.lk('request_id')}\n  body: {"event":"${r.pick(['ticket.created', 'message.received', 'call.ended', 'payment.refunded'])}","contact":{"name":"${X.N(X.cust)}","phone":"${X.T()}","email":"${X.E(X.cust)}"},"text":"${said(X, r.pick(['pin', 'code', 'login', 'addr']))}"}\n`;
    }
  },
  support_bundle_log(X) {
    const { r } = X; const pgPw = X.S('POSTGRES_PASSWORD', 'url'); const smtpPw = X.S('SMTP_PASSWORD', 'cfg'); const cookieName = r.pick(['connect.sid', 'laravel_session', 'JSESSIONID', 'PHPSESSID', '_desk_session']);
    X.add`==> /var/log/deskagent/app.log <==\n`;
    for (let i = 0; i < r.int(11, 17); i++) {
      const c = X.person(); const k = r.int(0, 5);
      X.add`${X.tick('iso', 45)} ${r.pick(['INFO', 'WARN', 'ERROR'])} [${r.pick(['http', 'auth', 'crm-sync', 'mailer'])}] `;
      if (k === 0) X.add`${X.IP()} - "POST /api/login HTTP/1.1" 401 user=${X.E(c)} ua="Mozilla/5.0"\n`;
      else if (k === 1) X.add`set-cookie: ${cookieName}=${X.S('SESSION_COOKIE', 'cfg')}; Path=/; HttpOnly\n`;
      else if (k === 2) X.add`mailer: SMTP auth ${X.E(c)} via mailrelay:587 password=${smtpPw}\n`;
      else if (k === 3) X.add`crm-sync: upsert contact ${X.lk('crm_id')} name="${X.N(c)}" phone=${X.T()} rv=${X.lk('k8s_resource_version')}\n`;
      else if (k === 4) X.add`db: connecting postgres://desk_app:${pgPw}@db-primary:5432/desk?sslmode=require\n`;
      else X.add`client ${X.IP()} forwarded-for ${X.IP()} trace=${X.lk('trace_id')}\n`;
    }
  },
  k8s_manifest(X) {
    const { r } = X; const app = r.pick(['ticket-sync', 'ivr-bot', 'kyc-worker', 'chat-bridge']);
    X.add`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${app}-credentials\n  namespace: ${r.pick(['support', 'contact-centre', 'crm'])}\n  resourceVersion: "${X.lk('k8s_resource_version')}"\n  uid: ${X.lk('uuid')}\ntype: Opaque\ndata:\n`;
    for (let i = 0; i < r.int(2, 4); i++) { const e = X.nk(); X.add`  ${styleKey(X.key(e), r.pick(['SCREAMING', 'kebab', 'snake']))}: ${X.k8sData(e)}\n`; }
    X.add`stringData:\n  ${styleKey(X.key('DATABASE_PASSWORD'), 'SCREAMING')}: "${X.S('DATABASE_PASSWORD', 'cfg')}"\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${l('base64_data', Buffer.from(JSON.stringify({ auths: { 'registry.corp.test': { auth: '${REGISTRY_AUTH}' } } })).toString('base64'))}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${app}\n          image: registry.corp.test/${app}@${X.lk('digest')}\n          env:\n            - name: ${styleKey(X.key(X.nk()), 'SCREAMING')}\n              valueFrom: {secretKeyRef: {name: ${app}-credentials, key: token}}\n            - name: API_BASE\n              value: "https://api.${lower(X.brand)}.example"\n`;
  },
  docker_compose(X) {
    const { r } = X; const e1 = X.nk(), e2 = X.nk();
    X.add`# docker-compose.yml — helpdesk stack (${X.lk('version')})\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: desk\n      POSTGRES_PASSWORD: ${X.S('POSTGRES_PASSWORD', 'cfg')}\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "${X.S('REDIS_PASSWORD', 'cfg')}"]\n  mq:\n    image: rabbitmq:3-management\n    environment:\n      - RABBITMQ_DEFAULT_PASS=${X.S('RABBITMQ_PASSWORD', 'cfg')}\n  app:\n    image: registry.corp.test/helpdesk@${X.lk('digest')}\n    environment:\n      DATABASE_URL: "postgres://desk:${X.S('DATABASE_PASSWORD', 'url')}@db:5432/desk"\n      MONGO_URL: "mongodb://analytics:${X.S('MONGODB_PASSWORD', 'url')}@mongo:27017/events?authSource=admin"\n      ${styleKey(X.key(e1), 'SCREAMING')}: "${X.S(e1, 'cfg')}"\n      ${styleKey(X.key(e2), 'SCREAMING')}: ${X.S(e2, 'cfg')}\n      SECRET_KEY_BASE: ${X.lk('env_reference')}\n      SMTP_PASSWORD: ${X.lk('placeholder')}\n`;
    X.add`\n# ~/.docker/config.json on the build host\n{"auths":{"registry.corp.test":{"auth":"${X.dockerAuth()}"}}}\n`;
  },
  cli_history(X) {
    const { r } = X; const op = X.agent();
    X.add`ops@jump01:~$ history | tail -n 20\n`;
    let n = r.int(400, 900);
    const h = (...parts) => X.put(`  ${n++}  `, parts, '\n');
    h('mysql -h crm-db -u support_ro -p', X.S('MYSQL_PASSWORD', 'cfg'), ' crm -e "select * from contacts where email=\'', X.E(X.person()), '\'"');
    h('export ', styleKey(X.key('AWS_ACCESS_KEY'), 'SCREAMING'), '=', X.S('AWS_ACCESS_KEY'));
    h('export AWS_SECRET_ACCESS_KEY=', X.S('AWS_SECRET_KEY', 'cfg'));
    h('aws s3 cp s3://call-recordings/2026/', X.lk('uuid'), '.wav .');
    h('curl -u admin:', X.S('ADMIN_PASSWORD', 'url'), ' http://10.30.1.5:15672/api/queues');
    h('redis-cli -h redis -a ', X.S('REDIS_PASSWORD', 'cfg'), ' KEYS "session:*"');
    const e = X.nk(); h(r.pick(['deskctl', 'crmctl', 'ivrctl']), ' login --', styleKey(X.key(e), 'kebab'), ' ', X.S(e, 'cfg'));
    h('psql "postgresql://kyc:', X.S('POSTGRES_PASSWORD', 'url'), '@kyc-db/kyc" -c "\\dt"');
    h('ldapsearch -x -D "cn=svc-desk,ou=svc,dc=corp,dc=test" -w ', X.S('LDAP_BIND_PASSWORD', 'cfg'), ' "(mail=', X.E(X.person(), 'corp.test'), ')"');
    h('git log --oneline -3   # ', X.lk('git_sha'));
    h('ssh -i ~/.ssh/id_ed25519 ops@', X.lk('hostname'));
  },
  private_key_ticket(X) {
    const { r } = X; X.cust = X.person(); const ag = X.agent(); const kind = PEM_KINDS[X.keyIdx % PEM_KINDS.length];
    const form = r.pick(['plain', 'plain', 'json', 'indent']);
    X.add`Ticket ${X.lk('ticket_id')} — ${r.pick(['SFTP upload for claims export fails', 'Bank statement file signing', 'Agent VPN certificate', 'Deploy key for CRM connector'])}\nFrom: ${X.N(X.cust)} <${X.E(X.cust)}>\nTo: ${X.N(ag)}\n\n${r.pick(['Here is the key we use, can you check it on your side?', 'Attached the key from the server, pasted below.', 'Hier der Schlüssel aus dem Export:'])}\n\n`;
    if (form === 'json') X.add`{"host": "sftp.${lower(X.brand)}.example", "user": "claims", "${styleKey(X.key(kind), 'camel')}": "${X.pem(kind, 'json')}", "fingerprint": "SHA256:${r.b64(32).replace(/=+$/, '')}"}\n`;
    else if (form === 'indent') X.add`sftp:\n  host: sftp.${lower(X.brand)}.example\n  privateKey: |\n    ${X.pem(kind, 'plain', '    ')}\n  knownHost: "${X.lk('public_key')}"\n`;
    else X.add`${X.pem(kind)}\n\nPublic part for your allow-list:\n${X.lk('public_key')}\n`;
    X.add`\n${r.chance(0.5) ? ['Passphrase is ', X.S('KEY_PASSPHRASE', 'cfg'), '\n'] : ''}${X.F(X.cust)} · ${X.T()}\n`;
  },
  helpdesk_app_config(X) {
    const { r } = X;
    X.add`# ${r.pick(['config/production.yaml', 'helm/values-prod.yaml', 'deploy/contact-centre.yaml'])} (${X.lk('git_sha')})\n`;
    X.put(X.config('yaml', r.int(2, 3), { section: 'crm' }));
    X.put(X.config('yaml', r.int(2, 3), { section: 'voice' }));
    X.put(X.config('yaml', r.int(1, 2), { section: 'messaging' }));
    X.add`tls:\n  cert: |\n    ${X.lk('certificate').v.split('\n').join('\n    ')}\n`;
  },
  vendor_credentials_email(X) {
    const { r, L } = X; const a = X.person(); const b = X.agent();
    const e1 = X.nk(), e2 = X.nk();
    X.add`From: ${X.N(a)} <${X.E(a, 'vendor-onboarding.example')}>\nTo: ${X.E(b, lower(X.brand) + '.example')}\nSubject: Your sandbox → production credentials\n\n${L.hi} ${X.F(b)},\n\nas discussed, production access for the ${r.pick(['KYC', 'payments', 'SMS', 'speech-to-text'])} API:\n\n  Client ID:      ${X.lk('uuid')}\n  Client secret:  ${X.S('OAUTH_CLIENT_SECRET', 'cfg')}\n  ${styleKey(X.key(e1), 'Pascal')}: ${X.S(e1, 'cfg')}\n  ${styleKey(X.key(e2), 'Pascal')}: ${X.S(e2, 'cfg')}\n  Portal login:   ${X.E(b, lower(X.brand) + '.example')} / ${X.S('TEMPORARY_PASSWORD', 'cfg')}\n  SFTP:           sftp://upload:${X.S('SFTP_PASSWORD', 'url')}@files.vendor-onboarding.example:22/in\n\nSandbox values (safe to share): ${X.lk('aws_example_key')}, test card ${X.lk('vendor_test_card')}\n\n${X.N(a)}\n${X.T(P.PHONE_COUNTRIES.includes(a.cc) ? a.cc : 'US')}\n`;
  },
};
export const OPS_KINDS = Object.keys(OPS);
