// Document templates: ~22 kinds of what an agent reads through tools.
import { gen, pemVariant, SECRET_KINDS, PREFIXLESS, humanPassword, jwt } from './secrets.mjs';
import * as P from './pii.mjs';
import { la, laAny } from './lookalikes.mjs';

// «KEY» placeholders are filled from map (items or strings); everything else is literal text.
export function tpl(b, str, map = {}) {
  for (const part of str.split(/(«[A-Za-z0-9_]+»)/)) {
    const m = /^«(\w+)»$/.exec(part);
    if (m && m[1] in map) { const it = map[m[1]]; Array.isArray(it) ? it.forEach((x) => b.x(x)) : b.x(it); } else if (part) b.t(part);
  }
}
const PEMK = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY'];
const FLAT = SECRET_KINDS.filter((k) => !PEMK.includes(k) && k !== 'PRIVATE_KEY_PASSPHRASE');
let rr = 0; // round-robin over all flat kinds so every kind is covered
const S = (r, k) => gen(r, k ?? FLAT[(rr++ * 7) % FLAT.length]);
const PEM = (r, opt) => pemVariant(r, r.pick(PEMK.slice(0, 4)), opt);
const PX = (r) => gen(r, r.pick(PREFIXLESS));
const PW = (r, e = 'DATABASE_PASSWORD') => gen(r, e);
const name = (r) => ({ p: 'PERSON', v: P.person(r) });
const aname = (r) => ({ p: 'PERSON', v: P.asciiPerson(r) });
const mail = (r, n) => ({ p: 'EMAIL_ADDRESS', v: P.email(r, n) });
const tel = (r, c) => ({ p: 'PHONE_NUMBER', v: P.phone(r, c) });
const city = (r) => ({ p: 'LOCATION', v: r.pick(P.CITIES) });
const country = (r) => ({ p: 'LOCATION', v: r.pick(P.COUNTRIES) });
const ip = (r) => ({ p: 'IP_ADDRESS', v: r.chance(0.75) ? P.ipv4Public(r) : P.ipv6(r) });
const L = (r, w) => la(r, w);
const LA = (r) => laAny(r);
const fill = (b, max, fn) => { let guard = 0; while (b.len < max && guard++ < 60) fn(); };
const KEYN = ['token', 'secret', 'client_secret', 'api_secret', 'auth_key', 'signing_key', 'apiKey', 'access_token', 'consumer_secret', 'app_secret', 'private_token', 'webhook_secret', 'shared_secret', 'hmac_secret', 'sign_key', 'authKey', 'partner_hmac', 'upstream_pass', 'svc_cred', 'magic', 'shh', 'opaque_blob', 'relay_auth', 'tokn', 'vendor_passphrase', 'authn_material', 'apikey2', 'secret_sauce', 'bootstrap_pw', 'hash_pepper', 'ingest_key', 'pairing_code', 'x_cfg_k', 'cookie_salt', 'lic', 'bridge_key', 'sso_seed', 'cle_api', 'schluessel', 'clave_secreta', 'chave', 'himitsu'];
const kn = (r) => r.pick(KEYN);
const vendorKeyName = (e) => e.toLowerCase().replace(/_(key|token)$/, '') + (e.endsWith('KEY') ? '_key' : '_token');

// ---------- config of every syntax ----------
const SYNTAX = {
  yaml: { c: '# ', kv: (k) => `${k}: «V»\n`, sec: (s) => `${s}:\n`, ind: '  ' },
  toml: { c: '# ', kv: (k) => `${k} = "«V»"\n`, sec: (s) => `[${s}]\n`, ind: '' },
  ini: { c: '; ', kv: (k) => `${k}=«V»\n`, sec: (s) => `[${s}]\n`, ind: '' },
  dotenv: { c: '# ', kv: (k) => `${k.toUpperCase()}=«V»\n`, sec: (s) => `# --- ${s} ---\n`, ind: '' },
  properties: { c: '# ', kv: (k) => `${k.replace(/_/g, '.')} = «V»\n`, sec: (s) => `# ${s}\n`, ind: '' },
  xml: { c: '<!-- ', kv: (k) => `<add key="${k}" value="«V»" />\n`, sec: (s) => `<!-- ${s} -->\n`, ind: '  ' },
  hcl: { c: '# ', kv: (k) => `${k} = "«V»"\n`, sec: (s) => `# ${s}\n`, ind: '  ' },
  json: { c: null, kv: (k) => `"${k}": "«V»",\n`, sec: () => '', ind: '  ' },
  nginx: { c: '# ', kv: (k) => `set $${k} "«V»";\n`, sec: (s) => `# ${s}\n`, ind: '    ' },
  hocon: { c: '// ', kv: (k) => `${k} = "«V»"\n`, sec: (s) => `${s} {\n`, ind: '  ' },
  php: { c: '// ', kv: (k) => `'${k}' => '«V»',\n`, sec: (s) => `// ${s}\n`, ind: '    ' },
  systemd: { c: '# ', kv: (k) => `Environment="${k.toUpperCase()}=«V»"\n`, sec: () => '', ind: '' },
};
function config(b, r) {
  const syn = r.pick(Object.keys(SYNTAX)); const Y = SYNTAX[syn];
  const fname = { yaml: 'config/app.yaml', toml: 'settings.toml', ini: 'service.ini', dotenv: '.env.production', properties: 'application.properties', xml: 'Web.config', hcl: 'vars.auto.tfvars', json: 'appsettings.json', nginx: 'conf.d/upstream.conf', hocon: 'application.conf', php: 'config/services.php', systemd: 'billing.service.d/override.conf' }[syn];
  tpl(b, `$ cat ${fname}\n`);
  if (syn === 'json') b.t('{\n'); if (syn === 'xml') b.t('<configuration>\n <appSettings>\n'); if (syn === 'php') b.t('<?php\nreturn [\n');
  if (Y.c) tpl(b, `${Y.c}owner: «N» («M»), on-call «T»${syn === 'xml' ? ' -->' : ''}\n`, { N: name(r), M: mail(r), T: tel(r) });
  const entries = [
    () => { const e = r.pick(SECRET_KINDS.filter((k) => !/PRIVATE_KEY|PGP/.test(k))); return [vendorKeyName(e), gen(r, e)]; },
    () => [kn(r), PX(r)], () => [kn(r), PX(r)],
    () => ['db_password', PW(r)], () => ['admin_password', PW(r, 'ADMIN_PASSWORD')], () => ['smtp_pass', PW(r, 'SMTP_PASSWORD')],
    () => ['wifi_psk', PW(r, 'WIFI_PASSWORD')], () => ['keystore_password', PW(r, 'KEYSTORE_PASSWORD')],
    () => [r.pick(['version', 'release']), L(r, 'version')], () => ['instance_id', L(r, 'uuid')], () => [r.pick(['api_key', 'secret']), L(r, r.pick(['placeholder', 'env_reference', 'aws_example_key']))],
    () => ['image_digest', L(r, 'digest')], () => ['primary_host', L(r, 'hostname')], () => ['brand_color', L(r, 'hex_color')], () => ['publishable_key', L(r, 'public_key')],
    () => ['support_contact', mail(r)], () => ['escalation_phone', tel(r)], () => ['site_city', city(r)], () => ['maintainer', name(r)], () => ['cron', L(r, 'cron_expr')],
  ];
  let sections = ['database', 'auth', 'integrations', 'notifications', 'network'];
  fill(b, r.int(900, 2600), () => {
    const s = r.pick(sections); if (Y.sec(s)) b.t(Y.sec(s));
    for (let i = 0; i < r.int(2, 4); i++) { const [k, it] = r.pick(entries)(); tpl(b, Y.ind + Y.kv(k), { V: it }); }
    if (r.chance(0.3)) tpl(b, Y.ind + Y.kv('database_url'), { V: [`postgres://app_rw:`, PW(r), `@db-01.corp.example:5432/ledger?sslmode=require`] });
    if (syn === 'hocon') b.t('}\n');
  });
  if (syn === 'json') b.t('"_end": true\n}\n'); if (syn === 'xml') b.t(' </appSettings>\n</configuration>\n'); if (syn === 'php') b.t('];\n');
}

// ---------- Wi-Fi ----------
function wifi(b, r) {
  const ssid = () => L(r, 'wifi_ssid');
  const v = r.int(0, 6);
  const W = () => PW(r, 'WIFI_PASSWORD');
  if (v === 0) { tpl(b, `$ sudo cat /etc/wpa_supplicant/wpa_supplicant.conf\nctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\n`); fill(b, 900, () => tpl(b, `network={\n    ssid="«S»"\n    psk="«P»"\n    key_mgmt=WPA-PSK\n    priority=${r.int(1, 9)}\n    bssid=«B»\n}\n\n`, { S: ssid(), P: W(), B: L(r, 'mac_address') })); }
  else if (v === 1) { tpl(b, `$ nmcli --show-secrets connection show "«S»"\nconnection.id:                          «S2»\nconnection.uuid:                        «U»\n802-11-wireless.ssid:                   «S3»\n802-11-wireless-security.key-mgmt:      wpa-psk\n802-11-wireless-security.psk:           «P»\nipv4.method:                            auto\nipv4.addresses:                         --\nconnection.timestamp:                   «TS»\n`, { S: ssid(), S2: ssid(), S3: ssid(), U: L(r, 'uuid'), P: W(), TS: L(r, 'timestamp') }); }
  else if (v === 2) { tpl(b, `# hostapd.conf for the lobby AP (owner «N», «M»)\ninterface=wlan0\ndriver=nl80211\nssid=«S»\nhw_mode=g\nchannel=${r.int(1, 11)}\nwpa=2\nwpa_passphrase=«P»\nwpa_key_mgmt=WPA-PSK\nrsn_pairwise=CCMP\n# guest network\nbss=wlan0_1\nssid=«S2»\nwpa_passphrase=«P2»\n`, { N: name(r), M: mail(r), S: ssid(), S2: ssid(), P: W(), P2: W() }); }
  else if (v === 3) { fill(b, 700, () => tpl(b, `scanned QR (label printer job «J»): WIFI:T:WPA;S:«S»;P:«P»;H:false;;\nprinted for «N» at the «C» office, «D»\n`, { J: L(r, 'build_number'), S: ssid(), P: W(), N: name(r), C: city(r), D: L(r, 'date') })); }
  else if (v === 4) { tpl(b, `## Notes — Ferienwohnung\n\n- Gastgeber: «N», Tel. «T»\n- Adresse: «A»\n- WLAN: «S» / Passwort «P»\n- Router-Admin (falls nötig): admin / «AP»\n- Check-out bis 10 Uhr, Schlüssel in die Box (Code ist NICHT das WLAN: «O»)\n\nHouse notes (EN): the wifi password is «P2» for the upstairs repeater.\n`, { N: name(r), T: tel(r, 'DE'), A: P.address(r, 'DE'), S: ssid(), P: W(), AP: PW(r, 'ADMIN_PASSWORD'), O: L(r, 'otp_code_expired'), P2: W() }); }
  else if (v === 5) { tpl(b, `<?xml version="1.0"?>\n<WLANProfile xmlns="http://schemas.corp.example/WLAN/profile/v1">\n  <name>«S»</name>\n  <SSIDConfig><SSID><hex>«H»</hex></SSID></SSIDConfig>\n  <MSM><security><authEncryption><authentication>WPA2PSK</authentication></authEncryption>\n    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>«P»</keyMaterial></sharedKey>\n  </security></MSM>\n</WLANProfile>\n<!-- exported by «N» on «D» -->\n`, { S: ssid(), H: L(r, 'checksum_md5'), P: W(), N: name(r), D: L(r, 'date') }); }
  else { tpl(b, `Office move checklist (${'«C»'})\n1. Tell «N1» and «N2» about the new SSID «S»\n2. WPA2 key: «P»  (old one «OLD» is retired)\n3. Printer static IP 192.168.8.40, MAC «MAC»\n4. Call the landlord «N3» on «T» about the fibre box\n5. Guest wifi: «S2» — «P2»\n`, { C: city(r), N1: name(r), N2: name(r), S: ssid(), P: W(), OLD: L(r, 'placeholder'), MAC: L(r, 'mac_address'), N3: name(r), T: tel(r), S2: ssid(), P2: W() }); }
}

// ---------- k8s ----------
function k8s(b, r) {
  tpl(b, `$ kubectl get secret «NM» -n payments -o yaml\napiVersion: v1\ndata:\n`, { NM: r.pick(['api-creds', 'db-auth', 'partner-keys']) });
  for (let i = 0; i < r.int(2, 4); i++) tpl(b, `  ${r.pick(['password', 'token', 'client-secret', 'sig-key', 'pw', 'auth'])}${i}: «V»\n`, { V: S(r, 'KUBERNETES_SECRET_DATA') });
  tpl(b, `  .dockerconfigjson: «DJ»\nkind: Secret\nmetadata:\n  annotations:\n    owner: «M»\n    contact-phone: "«T»"\n  creationTimestamp: "«TS»"\n  name: api-creds\n  resourceVersion: "«RV»"\n  uid: «U»\ntype: Opaque\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ledger\nspec:\n  template:\n    spec:\n      containers:\n      - name: ledger\n        image: registry.corp.example/ledger@«DG»\n        env:\n        - name: UPSTREAM_KEY\n          value: "«V1»"\n        - name: DB_PASSWORD\n          value: «V2»\n        - name: SIGNING\n          valueFrom: {secretKeyRef: {name: api-creds, key: token0}}\n        - name: VERSION\n          value: "«VER»"\n        - name: PLACEHOLDER_TOKEN\n          value: "«PH»"\n`, { DJ: Buffer.from(JSON.stringify({ auths: { 'registry.corp.example': { auth: 'x' } } })).toString('base64').length ? S(r, 'KUBERNETES_SECRET_DATA') : '', M: mail(r), T: tel(r), TS: L(r, 'timestamp'), RV: L(r, 'k8s_resource_version'), U: L(r, 'uuid'), DG: L(r, 'digest'), V1: PX(r), V2: PW(r), VER: L(r, 'version'), PH: L(r, 'placeholder') });
  if (r.chance(0.5)) tpl(b, `---\n# pulled from ConfigMap by «N»\nstringData:\n  client_secret: «CS»\n  private.pem: |\n«PK»\n`, { N: name(r), CS: S(r, 'CLIENT_SECRET'), PK: pemVariant(r, r.pick(['EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY']), { indent: '    ' }) });
}

// ---------- shell history / command lines ----------
function shell(b, r) {
  tpl(b, `$ history | tail -n 40\n`);
  const cmds = [
    () => ['curl -sS -H "Authorization: Bearer ', S(r), '" https://api.partner.example/v2/orders?since=', L(r, 'timestamp')],
    () => ['mysql -h db-02 -u reporting -p', PW(r), ' sales -e "select count(*) from orders"'],
    () => ['export ', r.pick(['PARTNER_HMAC', 'X_AUTH', 'INGEST_K', 'RELAY_TOKEN', 'Q']), '=', PX(r)],
    () => ['PGPASSWORD=', PW(r), ' psql -h 10.20.0.5 -U etl warehouse'],
    () => ['docker login -u ci-bot -p ', S(r, r.pick(['DOCKERHUB_PAT', 'GENERIC_SECRET'])), ' registry.corp.example'],
    () => ['git clone https://x-access-token:', S(r, r.pick(['GITHUB_SERVER_TO_SERVER_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PAT'])), '@git.corp.example/platform/infra.git'],
    () => ['nmcli dev wifi connect "', L(r, 'wifi_ssid'), '" password "', PW(r, 'WIFI_PASSWORD'), '"'],
    () => ['aws configure set aws_secret_access_key ', S(r, 'AWS_SECRET_KEY')],
    () => ['sshpass -p \'', PW(r, 'SSH_PASSWORD'), '\' ssh deploy@bastion-01 uptime'],
    () => ['redis-cli -h cache-01 -a ', S(r, 'REDIS_PASSWORD'), ' info keyspace'],
    () => ['openssl enc -aes-256-cbc -pass pass:', PW(r, 'PRIVATE_KEY_PASSPHRASE').v.includes(' ') ? PW(r, 'HUMAN_PASSWORD') : PW(r, 'HUMAN_PASSWORD'), ' -in dump.sql -out dump.enc'],
    () => ['npm config set //npm.corp.example/:_authToken ', S(r, 'NPM_TOKEN')],
    () => ['vault login ', S(r, 'VAULT_SERVICE_TOKEN')],
    () => ['git log --oneline ', L(r, 'commit_range')], () => ['docker rm ', L(r, 'container_id')], () => ['sha256sum release.tgz  # ', L(r, 'hash')],
    () => ['ssh ', r.pick(['root', 'ops']), '@', L(r, 'hostname')], () => ['echo $', L(r, 'env_reference').v.replace(/^\$+/, '') ? 'API_TOKEN' : ''],
    () => ['grep -ri "', name(r), '" exports/customers.csv'], () => ['whois ', ip(r)], () => ['./notify.sh --to ', mail(r), ' --sms ', tel(r)],
    () => ['stripe listen --api-key ', S(r, 'STRIPE_RESTRICTED_KEY')], () => ['terraform apply -var="db_pass=', PW(r), '"'],
    () => ['htpasswd -b /etc/nginx/.htpasswd ', r.pick(['kiosk', 'staff', 'reviewer']), ' ', PW(r, 'HUMAN_PASSWORD')],
  ];
  let n = r.int(100, 900);
  fill(b, r.int(900, 2800), () => { b.t(`  ${n++}  `); for (const x of r.pick(cmds)()) b.x(x); b.t('\n'); });
}

// ---------- CI output ----------
function ci(b, r) {
  tpl(b, `Run ${r.pick(['./scripts/deploy.sh', 'make publish', 'npm run release'])}\n  shell: /usr/bin/bash -e {0}\n  env:\n    NODE_AUTH_TOKEN: «E1»\n    BUILD: «BN»\n`, { E1: L(r, 'env_reference'), BN: L(r, 'build_number') });
  fill(b, r.int(1000, 3000), () => {
    const k = r.int(0, 7);
    if (k === 0) tpl(b, `+ curl -u «U»:«PWD» https://artifacts.corp.example/api/upload\n`, { U: r.pick(['ci', 'deploy']), PWD: PW(r, 'HUMAN_PASSWORD') });
    else if (k === 1) tpl(b, `[debug] resolved credentials: {"key":"«K»","secret":"«SC»"}\n`, { K: S(r, 'ALIBABA_ACCESS_KEY'), SC: PX(r) });
    else if (k === 2) tpl(b, `Step ${r.int(1, 30)}/31 : RUN pip install --index-url https://__token__:«T»@pkgs.corp.example/simple/ app==«V»\n`, { T: S(r, r.pick(['PYPI_TOKEN', 'JFROG_ACCESS_TOKEN'])), V: L(r, 'version') });
    else if (k === 3) tpl(b, `  ✓ test/fixtures/users.test.js (${r.int(3, 40)} ms) — notified «M»\n`, { M: mail(r) });
    else if (k === 4) tpl(b, `##[warning] ${r.pick(['SONAR_TOKEN', 'CODECOV_TOKEN', 'SENTRY_AUTH_TOKEN'])} printed by mistake: «T»\n`, { T: S(r) });
    else if (k === 5) tpl(b, `Pushed «D» (job «J», commit «G»)\n`, { D: L(r, 'digest'), J: L(r, 'build_number'), G: L(r, 'git_sha') });
    else if (k === 6) { if (r.chance(0.15) && b.len < 1500) tpl(b, `[debug] service account: {"type":"service_account","private_key":"«PK»","client_email":"ci@proj.iam.example"}\n`, { PK: PEM(r, { escaped: true }) }); else tpl(b, `npm notice integrity: «I»\n`, { I: L(r, 'integrity') }); }
    else tpl(b, `2026-03-0${r.int(1, 9)}T10:1${r.int(0, 9)}:00Z approver: «N» from «IP»\n`, { N: name(r), IP: ip(r) });
  });
}

// ---------- IaC ----------
function iac(b, r) {
  tpl(b, `Terraform will perform the following actions:\n\n  # aws_db_instance.ledger will be created\n  + resource "aws_db_instance" "ledger" {\n      + engine            = "postgres"\n      + password          = "«P»"\n      + username          = "ledger_admin"\n      + tags              = { "owner" = "«M»", "costcenter" = "«N»" }\n    }\n\n  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = "«AK»"\n      + secret = "«SK»"\n      + user   = "ci-deployer"\n    }\n\n  # azurerm_key_vault_secret.api will be updated in-place\n  ~ resource "azurerm_key_vault_secret" "api" {\n      ~ value = "«OLD»" -> "«NEW»"\n      ~ id    = "«U»"\n    }\n`, { P: PW(r), M: mail(r), N: aname(r), AK: S(r, 'AWS_ACCESS_KEY'), SK: S(r, 'AWS_SECRET_KEY'), OLD: L(r, 'masked_secret'), NEW: PX(r), U: L(r, 'uuid') });
  fill(b, r.int(1500, 3300), () => tpl(b, `\n  # random_password.«RN» has changed\n  ~ result = (sensitive) -> "«V»"\n  # module.dns.record: ${'«H»'} -> «IP»\n`, { RN: r.pick(['relay', 'grafana_admin', 'bootstrap']), V: r.chance(0.5) ? PX(r) : PW(r, 'ADMIN_PASSWORD'), H: L(r, 'hostname'), IP: ip(r) }));
  if (r.chance(0.5)) tpl(b, `\nOutputs:\n\nbastion_key = <<EOT\n«PK»\nEOT\n`, { PK: PEM(r) });
  b.t(`\nPlan: 4 to add, 1 to change, 0 to destroy.\n`);
}

// ---------- source code in many languages ----------
// forms: const, constructor arg, default param, test fixture, comment. «V» = value.
const LANGS = {
  python: ['«K» = "«V»"\n', 'client = PartnerClient(base_url="https://api.partner.example", «k»="«V»")\n', 'def connect(host="db-01", «k»="«V»"):\n    ...\n', 'def test_login(self):\n    self.user = User(name="«NAME»", email="«MAIL»", password="«V»")\n', '# old key, rotated? «V»\n'],
  javascript: ['const «K» = \'«V»\';\n', 'const client = new Partner({ «k»: "«V»", timeout: 5000 });\n', 'function sign(body, «k» = "«V»") { return hmac(«k», body); }\n', 'it(\'creates user\', () => { const u = { name: "«NAME»", email: "«MAIL»", password: "«V»" }; });\n', '// TODO remove before merge: «V»\n'],
  typescript: ['export const «K»: string = "«V»";\n', 'const svc = new ApiService({ «k»: "«V»" } as Config);\n', 'export async function fetchAll(«k»: string = "«V»"): Promise<void> {}\n', 'const fixture: User = { name: "«NAME»", email: "«MAIL»", token: "«V»" };\n', '/* staging creds: «V» */\n'],
  go: ['const «K» = "«V»"\n', 'c := partner.NewClient("https://api.partner.example", "«V»")\n', 'func Dial(opts ...Option) { o := options{«K»: "«V»"} }\n', 'var testUser = User{Name: "«NAME»", Email: "«MAIL»", Password: "«V»"}\n', '// «k»: «V» (do not commit)\n'],
  java: ['private static final String «K» = "«V»";\n', 'PartnerClient client = new PartnerClient("svc-ledger", "«V»");\n', '@Value("${partner.«k»:«V»}") private String «k»;\n', '@Test void login() { User u = new User("«NAME»", "«MAIL»", "«V»"); }\n', '// FIXME hardcoded «V»\n'],
  kotlin: ['const val «K» = "«V»"\n', 'val api = ApiClient(«k» = "«V»")\n', 'fun connect(«k»: String = "«V»") {}\n', 'val user = User(name = "«NAME»", email = "«MAIL»", pass = "«V»")\n', '// prod: «V»\n'],
  rust: ['const «K»: &str = "«V»";\n', 'let client = Client::new("«V»");\n', 'impl Default for Cfg { fn default() -> Self { Cfg { «k»: "«V»".into() } } }\n', '#[test] fn it_logs_in() { let u = User::new("«NAME»", "«MAIL»", "«V»"); }\n', '// key was «V»\n'],
  ruby: ['«K» = "«V»".freeze\n', 'client = Partner::Client.new(«k»: "«V»")\n', 'def connect(«k»: "«V»") end\n', 'let(:user) { create(:user, name: "«NAME»", email: "«MAIL»", password: "«V»") }\n', '# «k» => «V»\n'],
  php: ['define(\'«K»\', \'«V»\');\n', '$client = new PartnerClient(\'«V»\');\n', 'function connect($«k» = \'«V»\') {}\n', '$user = User::factory()->create([\'name\' => \'«NAME»\', \'email\' => \'«MAIL»\', \'password\' => \'«V»\']);\n', '// creds «V»\n'],
  csharp: ['private const string «K» = "«V»";\n', 'var client = new PartnerClient(new Credentials("svc", "«V»"));\n', 'public Task Sync(string «k» = "«V»") => Task.CompletedTask;\n', 'var u = new User { Name = "«NAME»", Email = "«MAIL»", Password = "«V»" };\n', '// «V»\n'],
  swift: ['let «K» = "«V»"\n', 'let api = APIClient(«k»: "«V»")\n', 'func connect(«k»: String = "«V»") {}\n', 'let mock = User(name: "«NAME»", email: "«MAIL»", password: "«V»")\n', '// NOTE: «V»\n'],
  scala: ['val «K» = "«V»"\n', 'val c = new PartnerClient(«k» = "«V»")\n', 'def connect(«k»: String = "«V»"): Unit = ()\n', 'val u = User("«NAME»", "«MAIL»", "«V»")\n', '// «V»\n'],
  elixir: ['@«k» "«V»"\n', 'client = Partner.Client.new(«k»: "«V»")\n', 'def connect(«k» \\\\ "«V»"), do: :ok\n', '@user %{name: "«NAME»", email: "«MAIL»", password: "«V»"}\n', '# «V»\n'],
  perl: ['my $«K» = \'«V»\';\n', 'my $c = Partner::Client->new(«k» => \'«V»\');\n', 'sub connect { my (%a) = («k» => \'«V»\', @_); }\n', 'my %user = (name => \'«NAME»\', email => \'«MAIL»\', password => \'«V»\');\n', '# «V»\n'],
  lua: ['local «K» = "«V»"\n', 'local c = partner.new({ «k» = "«V»" })\n', 'function connect(«k») «k» = «k» or "«V»" end\n', 'local user = { name = "«NAME»", email = "«MAIL»", password = "«V»" }\n', '-- «V»\n'],
  r: ['«K» <- "«V»"\n', 'con <- dbConnect(RPostgres::Postgres(), host = "db-01", password = "«V»")\n', 'fetch_data <- function(«k» = "«V»") {}\n', 'test_user <- list(name = "«NAME»", email = "«MAIL»", pw = "«V»")\n', '# «V»\n'],
  dart: ['const «K» = \'«V»\';\n', 'final api = ApiClient(«k»: \'«V»\');\n', 'void connect({String «k» = \'«V»\'}) {}\n', 'final user = User(name: \'«NAME»\', email: \'«MAIL»\', password: \'«V»\');\n', '// «V»\n'],
  cpp: ['static constexpr char k«K»[] = "«V»";\n', 'auto client = std::make_unique<PartnerClient>("svc", "«V»");\n', 'void Connect(const std::string& «k» = "«V»");\n', 'TEST(Auth, Login) { User u{"«NAME»", "«MAIL»", "«V»"}; }\n', '// «V»\n'],
  haskell: ['«k» :: Text\n«k» = "«V»"\n', 'client <- newClient (Config "svc" "«V»")\n', 'defaultCfg = Cfg { «k» = "«V»" }\n', 'testUser = User "«NAME»" "«MAIL»" "«V»"\n', '-- «V»\n'],
  powershell: ['$«K» = "«V»"\n', '$cred = New-Object PSCredential("svc", (ConvertTo-SecureString "«V»" -AsPlainText -Force))\n', 'function Connect([string]$«k» = "«V»") {}\n', '$testUser = @{ Name = "«NAME»"; Email = "«MAIL»"; Password = "«V»" }\n', '# «V»\n'],
  groovy: ['def «K» = "«V»"\n', 'def client = new PartnerClient("svc", "«V»")\n', 'def connect(String «k» = "«V»") {}\n', 'def user = [name: "«NAME»", email: "«MAIL»", password: "«V»"]\n', '// «V»\n'],
  bash: ['readonly «K»="«V»"\n', 'partner_cli --auth "«V»" sync\n', 'connect() { local «k»="${1:-«V»}"; }\n', 'TEST_USER="«NAME»" TEST_MAIL="«MAIL»" TEST_PASS="«V»" bats test/\n', '# «V»\n'],
};
const codeSecret = (r) => { const k = r.int(0, 9); if (k < 4) return PX(r); if (k < 6) return gen(r, 'HUMAN_PASSWORD'); const e = r.pick(SECRET_KINDS.filter((x) => !/PRIVATE_KEY|PGP|PASSPHRASE/.test(x))); return gen(r, e); };
function code(b, r) {
  const lang = r.pick(Object.keys(LANGS)); const F = LANGS[lang];
  const cmt = { python: '#', ruby: '#', perl: '#', r: '#', elixir: '#', bash: '#', powershell: '#', lua: '--', haskell: '--' }[lang] || '//';
  tpl(b, `$ sed -n '1,80p' src/«F»\n${cmt} Copyright 2026 «N» <«M»>\n${cmt} build «BN», see «G»\n`, { F: r.pick(['partner', 'billing', 'auth', 'sync']) + '.' + lang.slice(0, 3), N: name(r), M: mail(r), BN: L(r, 'build_number'), G: L(r, 'git_sha') });
  fill(b, r.int(700, 2400), () => {
    const f = r.int(0, 6);
    if (f === 5) { tpl(b, `${cmt} request «Q» took 41ms, id «U»\n`, { Q: L(r, 'request_id'), U: L(r, 'uuid') }); return; }
    if (f === 6) { tpl(b, F[0], { K: r.pick(['API_KEY', 'TOKEN', 'PLACEHOLDER']), k: 'apiKey', V: L(r, r.pick(['placeholder', 'env_reference', 'aws_example_key', 'public_key', 'hex_color'])), NAME: 'x', MAIL: 'x' }); return; }
    const kname = kn(r);
    tpl(b, F[f], { K: kname.toUpperCase(), k: kname.replace(/_(\w)/g, (_, c) => c.toUpperCase()), V: codeSecret(r), NAME: name(r), MAIL: mail(r) });
  });
}

// ---------- application logs ----------
function applog(b, r) {
  fill(b, r.int(900, 3000), () => {
    const ts = L(r, 'timestamp'); const k = r.int(0, 7);
    const lvl = r.pick(['INFO', 'WARN', 'DEBUG', 'ERROR']);
    if (k === 0) tpl(b, `«TS» ${lvl} http: «IP» - - "POST /login" 401 user=«M»\n`, { TS: ts, IP: ip(r), M: mail(r) });
    else if (k === 1) tpl(b, `«TS» DEBUG outbound headers {"X-Api-Key":"«K»","X-Request-Id":"«RQ»"}\n`, { TS: ts, K: PX(r), RQ: L(r, 'request_id') });
    else if (k === 2) tpl(b, `«TS» ${lvl} auth: login ok for «N» from «IP» (session «SS»)\n`, { TS: ts, N: name(r), IP: ip(r), SS: L(r, 'nonce') });
    else if (k === 3) tpl(b, `«TS» WARN db: retry connect mysql://ledger:«P»@db-01:3306/ledger\n`, { TS: ts, P: PW(r) });
    else if (k === 4) tpl(b, `«TS» INFO payment accepted card=«MC» order=«O» amount=«PR»\n`, { TS: ts, MC: L(r, 'masked_card'), O: L(r, 'order_number'), PR: L(r, 'price') });
    else if (k === 5) tpl(b, `«TS» ERROR webhook signature mismatch, secret=«S» etag=«ET»\n`, { TS: ts, S: S(r, r.pick(['STRIPE_WEBHOOK_SECRET', 'WEBHOOK_SIGNING_SECRET', 'GENERIC_SECRET'])), ET: L(r, 'etag') });
    else if (k === 6) tpl(b, `«TS» INFO sms sent to «T» (template otp, code «O»)\n`, { TS: ts, T: tel(r), O: L(r, 'otp_code_expired') });
    else tpl(b, `«TS» DEBUG token refreshed: access=«A» refresh=«R»\n`, { TS: ts, A: S(r, 'JSON_WEB_TOKEN'), R: S(r, 'OAUTH_REFRESH_TOKEN') });
  });
}

// ---------- stack traces ----------
function stack(b, r) {
  const v = r.int(0, 2);
  if (v === 0) tpl(b, `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    client = Partner(api_key="«K»")\n  File "/srv/app/partner.py", line 12, in __init__\n    raise AuthError(f"rejected key for {owner}")\npartner.AuthError: rejected key for «M» (account «CR»)\n  locals: owner='«N»' phone='«T»' secret='«S2»' request='«RQ»'\n`, { K: PX(r), M: mail(r), CR: L(r, 'crm_id'), N: name(r), T: tel(r), S2: S(r), RQ: L(r, 'request_id') });
  else if (v === 1) tpl(b, `Exception in thread "main" org.postgresql.util.PSQLException: FATAL: password authentication failed for user "ledger"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n\tat com.corp.ledger.Db.open(Db.java:41)\nCaused by: config dump: jdbc.url=jdbc:postgresql://db-01:5432/ledger jdbc.password=«P» partner.secret=«S»\n\tat com.corp.ledger.Main.main(Main.java:17)\n  user.home=/home/«U» reporter=«N» <«M»> build=«BN»\n`, { P: PW(r), S: PX(r), U: 'ldr', N: name(r), M: mail(r), BN: L(r, 'build_number') });
  else tpl(b, `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6f2a1c]\n\ngoroutine 42 [running]:\nmain.(*Uploader).Put(0xc0001a2000, {0xc000120000, 0x«H»})\n\t/src/upload.go:77 +0x1c\n  cfg: &{Bucket:reports Region:eu-west-1 AccessKey:«AK» SecretKey:«SK» SessionToken:«ST»}\n  last request by «N» («IP») trace=«U»\n`, { H: L(r, 'container_id'), AK: S(r, 'AWS_ACCESS_KEY'), SK: S(r, 'AWS_SECRET_KEY'), ST: S(r, 'AWS_SESSION_TOKEN'), N: name(r), IP: ip(r), U: L(r, 'uuid') });
  fill(b, r.int(600, 1800), () => tpl(b, `\tat com.corp.ledger.Worker.handle(Worker.java:${r.int(10, 400)}) [user=«M», ip=«IP», req=«RQ»]\n`, { M: mail(r), IP: ip(r), RQ: L(r, 'request_id') }));
}

// ---------- JSON API ----------
function jsonapi(b, r) {
  tpl(b, `HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: «RQ»\n\n{"data":[\n`, { RQ: L(r, 'request_id') });
  let first = true;
  fill(b, r.int(900, 3000), () => {
    if (!first) b.t(',\n'); first = false;
    const n = P.asciiPerson(r);
    tpl(b, `  {"id":"«ID»","name":"«N»","email":"«M»","phone":"«T»","city":"«C»","ip":"«IP»","card_last4":"«L4»","created":"«TS»","version":«V»}`, { ID: L(r, 'crm_id'), N: { p: 'PERSON', v: n }, M: mail(r, n), T: tel(r), C: city(r), IP: ip(r), L4: L(r, 'masked_card'), TS: L(r, 'timestamp'), V: L(r, 'k8s_resource_version') });
  });
  tpl(b, `\n],"integration":{"client_id":"«CI»","client_secret":"«CS»","webhook_secret":"«WS»","signing_key_pem":"«PK»"}}\n`, { CI: L(r, 'uuid'), CS: S(r, r.pick(['CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'AZURE_CLIENT_SECRET'])), WS: S(r, 'WEBHOOK_SIGNING_SECRET'), PK: r.chance(0.4) ? pemVariant(r, 'EC_PRIVATE_KEY', { escaped: true }) : L(r, 'placeholder') });
}

// ---------- git output ----------
function gitout(b, r) {
  fill(b, r.int(900, 2600), () => {
    const n = P.asciiPerson(r);
    tpl(b, `commit «G»\nAuthor: «N» <«M»>\nDate:   «D»\n\n    ${r.pick(['fix: rotate partner key', 'chore: bump deps', 'feat: add relay config', 'oops'])}\n\n`, { G: L(r, 'git_sha'), N: { p: 'PERSON', v: n }, M: mail(r, n), D: L(r, 'date') });
    if (r.chance(0.12) && b.len < 1200) tpl(b, `diff --git a/deploy/id_ed25519 b/deploy/id_ed25519\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/id_ed25519\n«PK»\n\n`, { PK: pemVariant(r, 'OPENSSH_PRIVATE_KEY') });
    if (r.chance(0.6)) tpl(b, `diff --git a/.env b/.env\nindex «A»..«B» 100644\n--- a/.env\n+++ b/.env\n-${r.pick(['RELAY', 'PARTNER', 'SHARED'])}_SECRET=«OLD»\n+${r.pick(['RELAY', 'PARTNER', 'SHARED'])}_SECRET=«NEW»\n+PLACEHOLDER=«PH»\n\n`, { A: L(r, 'git_sha'), B: L(r, 'git_sha'), OLD: PX(r), NEW: S(r), PH: L(r, 'placeholder') });
  });
}

// ---------- markdown docs ----------
function markdown(b, r) {
  tpl(b, `# Runbook: ${r.pick(['partner sync', 'VPN onboarding', 'office network'])}\n\nMaintainers: «N1», «N2» (${'«C»'} office)\n\n## Quick start\n\n\`\`\`bash\nexport PARTNER_TOKEN=«T»\n./sync --since «D»\n\`\`\`\n\n> The staging key is «ST»; prod lives in the vault (\`«ER»\`).\n\n| env | user | password |\n|---|---|---|\n| staging | admin | «P1» |\n| demo | demo | «PH» |\n| lab | root | «P2» |\n\nVPN pre-shared key: «VPN». Escalate to «N3» on «TEL».\n«PG»`, { PG: r.chance(0.3) ? ['\nBackup signing key (passphrase ', gen(r, 'PRIVATE_KEY_PASSPHRASE'), '):\n\n```\n', gen(r, 'PGP_PRIVATE_KEY'), '\n```\n'] : '', N1: name(r), N2: name(r), C: city(r), T: S(r), D: L(r, 'date'), ST: PX(r), ER: L(r, 'env_reference'), P1: PW(r, 'ADMIN_PASSWORD'), PH: L(r, 'placeholder'), P2: PW(r, 'HUMAN_PASSWORD'), VPN: S(r, 'VPN_PRESHARED_KEY'), N3: name(r), TEL: tel(r) });
  fill(b, r.int(1000, 2600), () => tpl(b, `\n- ${r.pick(['Release', 'Hotfix'])} «V» on «D» by «N» — image «DG»\n`, { V: L(r, 'version'), D: L(r, 'date'), N: name(r), DG: L(r, 'digest') }));
}

// ---------- CRM export ----------
function crm(b, r) {
  b.t(`Id,FirstName,LastName,Email,Phone,MailingStreet,MailingCity,Country,Owner,LastActivity,LeadSource\n`);
  fill(b, r.int(1200, 3400), () => {
    const c = r.pick(P.CULTURES.filter((x) => x[3] === 'fl'));
    const f = r.pick(c[1]), l = r.pick(c[2]);
    const a = P.address(r, r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'PL', 'SE']));
    tpl(b, `«ID»,«F»,«L»,«M»,«T»,"«S»",«C»,«CO»,«O»,«D»,${r.pick(['Web', 'Referral', 'Trade show'])}\n`, { ID: L(r, 'crm_id'), F: { p: 'PERSON', v: f }, L: { p: 'PERSON', v: l }, M: mail(r, `${f} ${l}`), T: tel(r), S: a[0], C: a.find((x, i) => i > 0 && x.p) || city(r), CO: country(r), O: name(r), D: L(r, 'date') });
  });
}

// ---------- support ticket / helpdesk ----------
function ticket(b, r) {
  const cust = P.asciiPerson(r);
  tpl(b, `Ticket «TK» — ${r.pick(['API calls return 401', 'Cannot connect webhook', 'SSO broken after rotation'])}\nRequester: «N» <«M»>  Phone: «T»\nOrg address: «A»\n\n--- «N2» (customer) wrote:\nHi, our integration stopped working. Our ${r.pick(['client_secret', 'api secret', 'auth key', 'signing key', 'token'])} is «S1» and the ${r.pick(['client id', 'app id'])} is «U». Could you check?\nAlso tried the old one «S2».\n\n--- «AG» (agent) wrote:\nThanks «FN». Please never paste credentials here — I've revoked «S3». Your new ${r.pick(['secret', 'API secret', 'signing secret'])}: «S4»\nFor the SFTP drop use password «PW».\n`, { TK: L(r, 'ticket_id'), N: { p: 'PERSON', v: cust }, M: mail(r, cust), T: tel(r), A: P.address(r), N2: { p: 'PERSON', v: cust }, S1: PX(r), U: L(r, 'uuid'), S2: S(r), AG: name(r), FN: { p: 'PERSON', v: cust.split(' ')[0] }, S3: L(r, 'masked_secret'), S4: S(r, r.pick(['CLIENT_SECRET', 'API_SECRET', 'SIGNING_KEY', 'AUTH_KEY', 'GENERIC_SECRET'])), PW: PW(r, 'FTP_PASSWORD') });
  fill(b, r.int(1000, 2400), () => tpl(b, `\n--- «N» wrote («D»):\n${r.pick(['Still failing from', 'Works now from', 'Seen again from'])} «IP». Order «O», invoice «INV».\n`, { N: name(r), D: L(r, 'date'), IP: ip(r), O: L(r, 'order_number'), INV: L(r, 'invoice_number') }));
}

// ---------- email ----------
function email(b, r) {
  const n1 = P.asciiPerson(r), n2 = P.asciiPerson(r);
  tpl(b, `From: «N1» <«M1»>\nTo: «N2» <«M2»>\nDate: «D»\nSubject: ${r.pick(['Zugangsdaten', 'Access for the new contractor', 'Re: billing portal', 'Credenciales'])}\n\nHi «F2»,\n\nas discussed, here is the login for the portal: user «U», password «P».\nThe API secret for the sandbox is «S». Shipping to «A» via «TR».\n\nBest,\n«N1b»\n«T»\n«ADDR»\n`, { N1: { p: 'PERSON', v: n1 }, M1: mail(r, n1), N2: { p: 'PERSON', v: n2 }, M2: mail(r, n2), D: L(r, 'date'), F2: { p: 'PERSON', v: n2.split(' ')[0] }, U: r.pick(['jsmith', 'ops.bot', 'contractor7']), P: PW(r, 'HUMAN_PASSWORD'), S: PX(r), A: city(r), TR: L(r, 'tracking_number'), N1b: { p: 'PERSON', v: n1 }, T: tel(r), ADDR: P.address(r) });
  fill(b, r.int(900, 2200), () => tpl(b, `\n> On «D», «N» <«M»> wrote:\n> Invoice «INV», total «PR». Card on file «C».\n`, { D: L(r, 'date'), N: name(r), M: mail(r), INV: L(r, 'invoice_number'), PR: L(r, 'price'), C: r.chance(0.5) ? { p: 'CREDIT_CARD', v: P.card(r) } : L(r, r.pick(['invalid_card', 'vendor_test_card', 'masked_card'])) }));
}

// ---------- chat in many languages ----------
const CHAT = [
  ['en', 'the password is «V»', 'here is the token: «V»', 'wifi is «S», password «W»', 'ping «N» about it'],
  ['de', 'Das Passwort für den Server ist «V»', 'hier der Token: «V»', 'WLAN «S», Passwort lautet «W»', 'frag mal «N»'],
  ['fr', 'le mot de passe c\'est «V»', 'voici la clé API : «V»', 'le code wifi de «S» c\'est «W»', 'demande à «N»'],
  ['es', 'la contraseña es «V»', 'te paso el token: «V»', 'la clave del wifi «S» es «W»', 'habla con «N»'],
  ['pt', 'a senha é «V»', 'segue a chave: «V»', 'wi-fi «S>', 'fala com «N»'],
  ['it', 'la password è «V»', 'ecco la chiave: «V»', 'la password del wifi «S» è «W»', 'chiedi a «N»'],
  ['nl', 'het wachtwoord is «V»', 'hier is de sleutel: «V»', 'wifi «S», wachtwoord «W»', 'vraag het aan «N»'],
  ['pl', 'hasło to «V»', 'klucz API: «V»', 'hasło do wifi «S» to «W»', 'zapytaj «N»'],
  ['ja', 'パスワードは «V» です', 'トークンはこれ: «V»', 'Wi-Fiは«S»、パスワードは«W»です', '«N»さんに聞いて'],
  ['zh', '密码是 «V»', '令牌：«V»', 'WiFi 名称 «S» 密码 «W»', '问一下«N»'],
  ['ru', 'пароль: «V»', 'вот токен: «V»', 'вайфай «S», пароль «W»', 'спроси у «N»'],
  ['tr', 'şifre «V»', 'token şu: «V»', 'wifi «S» şifresi «W»', '«N» ile konuş'],
  ['ko', '비밀번호는 «V» 입니다', '토큰: «V»', '와이파이 «S» 비번 «W»', '«N»님께 물어보세요'],
];
CHAT[4][3] = 'wi-fi «S», senha «W»';
function chat(b, r) {
  const lang = r.pick(CHAT); const who = [aname(r), name(r), aname(r)];
  b.t(`[export #${r.pick(['ops', 'team-infra', 'allgemein', 'général', 'soporte'])} — ${lang[0]}]\n`);
  fill(b, r.int(800, 2600), () => {
    const u = r.pick(who); tpl(b, `«TS» «U»: `, { TS: L(r, 'timestamp'), U: { p: 'PERSON', v: u.v } });
    const k = r.int(0, 6);
    if (k === 0) tpl(b, lang[1], { V: r.chance(0.5) ? PW(r, 'HUMAN_PASSWORD') : PW(r) });
    else if (k === 1) tpl(b, lang[2], { V: r.chance(0.5) ? PX(r) : S(r) });
    else if (k === 2) tpl(b, lang[3], { S: L(r, 'wifi_ssid'), W: PW(r, 'WIFI_PASSWORD') });
    else if (k === 3) tpl(b, lang[4], { N: name(r) });
    else if (k === 4) tpl(b, `«T» / «M»`, { T: tel(r), M: mail(r) });
    else if (k === 5) tpl(b, `build «BN» ok, sha «G», v«V»`, { BN: L(r, 'build_number'), G: L(r, 'git_sha'), V: L(r, 'version') });
    else tpl(b, `placeholder in the docs is «PH», don't use it`, { PH: L(r, 'placeholder') });
    b.t('\n');
  });
}

// ---------- HR ----------
function hr(b, r) {
  const n = P.asciiPerson(r);
  tpl(b, `EMPLOYEE RECORD — CONFIDENTIAL\nName: «N»\nHome address: «A»\nPersonal email: «M»\nMobile: «T»\nSSN: «SSN»\nDate of birth: «DOB»\nDriver's license (${'«ST»'}): «DL»\nPassport no. «PP» (exp. «PE»)\nDirect deposit: routing «ABA», checking acct «BA»\nEmergency contact: «EN», «ET»\nStart date: «SD»   Employee ID: «EID»\nITIN (spouse): «IT»\nNotes: probation review with «MG» in «C»; test SSN in old HRIS was «ISSN».\n`, (() => { const dl = P.driverLicense(r); return { N: { p: 'PERSON', v: n }, A: P.address(r, 'US'), M: mail(r, n), T: tel(r, 'US'), SSN: { p: 'US_SSN', v: P.ssn(r) }, DOB: L(r, 'date'), ST: dl.st, DL: { p: 'US_DRIVER_LICENSE', v: dl.v }, PP: { p: 'US_PASSPORT', v: P.passport(r) }, PE: L(r, 'date'), ABA: L(r, 'aba_routing_example'), BA: { p: 'US_BANK_NUMBER', v: P.bankAccount(r) }, EN: name(r), ET: tel(r), SD: L(r, 'date'), EID: L(r, 'crm_id'), IT: { p: 'US_ITIN', v: P.itin(r) }, MG: name(r), C: city(r), ISSN: L(r, 'invalid_ssn') }; })());
  fill(b, r.int(900, 2200), () => { const dl = P.driverLicense(r); tpl(b, `- dependent «N», ${r.pick(['DL#', 'operator license', 'DLN', 'lic. no.'])} ${dl.st} «DL», ${r.pick(['travel document', 'passport #', 'US passport'])} «PP», ${r.pick(['savings acct', 'acct no.', 'DDA'])} «BA»\n`, { N: name(r), DL: { p: 'US_DRIVER_LICENSE', v: dl.v }, PP: { p: 'US_PASSPORT', v: P.passport(r) }, BA: { p: 'US_BANK_NUMBER', v: P.bankAccount(r) } }); });
}

// ---------- medical ----------
function medical(b, r) {
  const n = P.person(r, { culture: r.pick(['en-GB', 'ga', 'en-IN', 'yo', 'pl']) }); const doc = P.asciiPerson(r);
  tpl(b, `DISCHARGE SUMMARY\nPatient: «N»   NHS No: «NHS»\nDOB: «DOB»   Address: «A»\nGP: Dr «D» (DEA «DEA»)   Tel «T»\nNext of kin: «K», «KT»\nPrescriber registration: «DEA2»\nClinical notes: presented at «C» clinic after travel from «CO». Follow-up «FU».\n`, { N: { p: 'PERSON', v: n }, NHS: { p: 'UK_NHS', v: P.nhs(r) }, DOB: L(r, 'date'), A: P.address(r, 'GB'), D: { p: 'PERSON', v: doc }, DEA: { p: 'MEDICAL_LICENSE', v: P.dea(r, doc.split(' ').pop()) }, T: tel(r, 'GB'), K: name(r), KT: tel(r), DEA2: { p: 'MEDICAL_LICENSE', v: P.dea(r) }, C: city(r), CO: country(r), FU: L(r, 'date') });
  fill(b, r.int(900, 2400), () => tpl(b, `- «D»: seen by «DR» (${r.pick(['DEA#', 'DEA reg.', 'controlled-substance reg', 'prescriber no.'])} «DEA»), patient ref NHS «NHS», lab order «O», «PR» copay\n`, { D: L(r, 'date'), DR: name(r), DEA: { p: 'MEDICAL_LICENSE', v: P.dea(r) }, NHS: { p: 'UK_NHS', v: P.nhs(r) }, O: L(r, 'order_number'), PR: L(r, 'price') }));
}

// ---------- banking ----------
function banking(b, r) {
  const n = P.asciiPerson(r);
  tpl(b, `STATEMENT  ${r.pick(['Girokonto', 'Compte courant', 'Checking'])}\nAccount holder: «N»\nIBAN: «I»\nUS account: «BA» (routing «ABA»)\nAddress: «A»\n\nDate        Description                                     Amount\n`, { N: { p: 'PERSON', v: n }, I: { p: 'IBAN_CODE', v: P.iban(r) }, BA: { p: 'US_BANK_NUMBER', v: P.bankAccount(r) }, ABA: L(r, 'aba_routing_example'), A: P.address(r) });
  fill(b, r.int(1000, 3000), () => {
    const k = r.int(0, 5);
    if (k === 0) tpl(b, `«D»  SEPA transfer to «N» «I»   «PR»\n`, { D: L(r, 'date'), N: name(r), I: { p: 'IBAN_CODE', v: P.iban(r) }, PR: L(r, 'price') });
    else if (k === 1) tpl(b, `«D»  Card «C» at ${r.pick(['REWE', 'Carrefour', 'Tesco'])} «CI»   «PR»\n`, { D: L(r, 'date'), C: { p: 'CREDIT_CARD', v: P.card(r) }, CI: city(r), PR: L(r, 'price') });
    else if (k === 2) tpl(b, `«D»  Returned: invalid IBAN «I» / card «C»   «PR»\n`, { D: L(r, 'date'), I: L(r, 'invalid_iban'), C: L(r, 'invalid_card'), PR: L(r, 'price') });
    else if (k === 3) tpl(b, `«D»  BTC purchase to «W»   «PR»\n`, { D: L(r, 'date'), W: { p: 'CRYPTO', v: r.chance(0.8) ? P.btc(r) : P.eth(r) }, PR: L(r, 'price') });
    else if (k === 4) tpl(b, `«D»  ACH debit acct «BA» ref «REF»   «PR»\n`, { D: L(r, 'date'), BA: { p: 'US_BANK_NUMBER', v: P.bankAccount(r) }, REF: L(r, 'invoice_number'), PR: L(r, 'price') });
    else tpl(b, `«D»  Online banking login from «IP» («C»)\n`, { D: L(r, 'date'), IP: ip(r), C: country(r) });
  });
}

// ---------- notebook ----------
function notebook(b, r) {
  tpl(b, `{\n "cells": [\n  {"cell_type": "code", "execution_count": ${r.int(1, 40)}, "metadata": {}, "source": [\n    "import pandas as pd\\n",\n    "API_KEY = \\"«K»\\"\\n",\n    "openai.api_key = \\"«OA»\\"\\n",\n    "conn = create_engine(\\"postgresql://analyst:«P»@db-01/warehouse\\")\\n"\n   ], "outputs": [{"output_type": "stream", "name": "stdout", "text": [\n`, { K: PX(r), OA: S(r, r.pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HUGGINGFACE_TOKEN', 'GROQ_API_KEY', 'MISTRAL_API_KEY'])), P: PW(r) });
  fill(b, r.int(1000, 2800), () => tpl(b, `    "«N»\\t«M»\\t«T»\\t«C»\\t«CC»\\n",\n`, { N: aname(r), M: mail(r), T: tel(r), C: city(r), CC: L(r, 'coordinates') }));
  tpl(b, `    "done"\n   ]}]}\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "widget_state": "«U»"}\n}\n`, { U: L(r, 'uuid') });
}

// ---------- spreadsheet CSV (no labels in header) ----------
function sheet(b, r) {
  b.t(r.pick([`col1;col2;col3;col4;col5;col6\n`, `A,B,C,D,E,F\n`, ``]));
  const sep = r.pick([',', ';', '\t']);
  fill(b, r.int(1000, 3400), () => {
    const row = [{ p: 'PERSON', v: P.person(r) }, { p: 'LOCATION', v: r.pick(P.CITIES) }, tel(r), r.chance(0.5) ? mail(r) : { p: 'LOCATION', v: r.pick(P.COUNTRIES) }, r.pick([() => ({ p: 'CREDIT_CARD', v: P.card(r, 0) }), () => ({ p: 'IBAN_CODE', v: P.iban(r, null, false) }), () => ({ p: 'US_SSN', v: P.ssn(r) }), () => L(r, 'isbn'), () => L(r, 'sku'), () => L(r, 'invalid_ssn'), () => L(r, 'vendor_test_card')])(), L(r, r.pick(['date', 'price', 'order_number', 'zip_code']))];
    row.forEach((x, i) => { if (i) b.t(sep); b.x(x); }); b.t('\n');
  });
}

// ---------- prose note (names and places in free text) ----------
const PROSE = [
  'Last spring «N1» drove from «C1» to «C2» to see «N2», who had just moved to «A».',
  '«N1» und «N2» treffen sich jeden Donnerstag in «C1»; danach fährt «N2» zurück nach «C2».',
  '«N1» a quitté «C1» pour s\'installer à «C2» avec «N2», au «A».',
  'Según «N1», la reunión con «N2» será en «C1», no en «C2».',
  '«N1»さんは«C1»から«C2»へ引っ越しました。«N2»さんも一緒です。',
  '«N1» 和 «N2» 上个月去了 «C1»，然后又去了 «C2»。',
  '«N1» и «N2» встретились в «C1», а потом уехали в «C2».',
  'Minutes: «N1» (chair), «N2», and a guest from «C1» discussed the «C2» depot at «A».',
  'Ο «N1» γνώρισε την «N2» στη «C1» πριν μετακομίσουν στη «C2».',
  '«N1» ve «N2» geçen hafta «C1» şehrinden «C2» şehrine taşındı.',
];
function prose(b, r) {
  tpl(b, `${r.pick(['notes.txt', 'journal.md', 'meeting-minutes.txt'])}\n\n`);
  fill(b, r.int(600, 2200), () => {
    tpl(b, r.pick(PROSE), { N1: name(r), N2: name(r), C1: city(r), C2: r.chance(0.5) ? city(r) : country(r), A: P.address(r) });
    b.t(r.pick([' ', '\n', '\n\n']));
    if (r.chance(0.3)) tpl(b, `(ref «X», photo at «CO») `, { X: L(r, 'ticket_id'), CO: L(r, 'coordinates') });
    if (r.chance(0.25)) tpl(b, r.pick(['Locker combo / password: «V». ', 'Sein Passwort war «V» — bitte ändern. ', 'Le mot de passe du NAS : «V». ']), { V: PW(r, 'HUMAN_PASSWORD') });
  });
  b.t('\n');
}

// ---------- lists / tables without labels ----------
function roster(b, r) {
  b.t(r.pick(['Attendees\n\n', 'Team roster\n\n', 'Delivery route\n\n', '']));
  fill(b, r.int(800, 2600), () => {
    const items = [{ p: 'PERSON', v: P.person(r) }, ' — ', ...P.address(r), ' — ', tel(r)];
    if (r.chance(0.3)) items.push(' — ', L(r, r.pick(['tracking_number', 'order_number', 'sku'])));
    b.t(r.pick(['* ', '- ', `${r.int(1, 99)}. `, '']));
    items.forEach((x) => b.x(x)); b.t('\n');
  });
}

// ---------- package/lock output with look-alikes, few secrets ----------
function lockfile(b, r) {
  tpl(b, `# yarn.lock excerpt + .npmrc\n//npm.corp.example/:_authToken=«T»\nregistry=https://npm.corp.example/\nalways-auth=true\n# maintainer: «M»\n\n`, { T: S(r, r.pick(['NPM_TOKEN', 'JFROG_API_KEY', 'GITHUB_PERSONAL_ACCESS_TOKEN'])), M: mail(r) });
  fill(b, r.int(1000, 3200), () => tpl(b, `"${r.pick(['left-pad', 'lodash-es', 'zod', 'tslib', 'chalk'])}@«R»":\n  version "«V»"\n  resolved "https://npm.corp.example/pkg/-/pkg-«V2».tgz#«H»"\n  integrity «I»\n\n`, { R: L(r, 'semver_range'), V: L(r, 'version'), V2: L(r, 'version'), H: L(r, 'git_sha'), I: L(r, 'integrity') }));
}

export const TEMPLATES = { config, wifi, k8s, shell, ci, iac, code, applog, stack, jsonapi, git: gitout, markdown, crm, ticket, email, chat, hr, medical, banking, notebook, sheet, prose, roster, lockfile };
