// Source code in many languages, shell history, git output, package manifests, application logs.
import { S, P, L } from './builder.mjs';
import { SECRETS, secretByName, urlSafePassword } from './secrets.mjs';
import { PN, PH, EM, LOC, USERS, addressLines, ts, epoch } from './common.mjs';

// short hand-typed codes (PINs, door codes, ...) only appear where a sentence says what they are
const SHORT_CODES = ['DEVICE_PIN', 'SIM_PIN', 'SIM_PUK', 'PAYMENT_CARD_PIN', 'VOICEMAIL_PIN', 'DOOR_ACCESS_CODE', 'ALARM_CODE', 'SAFE_COMBINATION', 'MEETING_PASSCODE', 'RECOVERY_CODE', 'BITLOCKER_RECOVERY_KEY', 'CRYPTO_WALLET_MNEMONIC'];
const NON_PEM = SECRETS.filter((s) => s.cat !== 'pem' && !SHORT_CODES.includes(s.e));
const q2 = (v) => ['"', v, '"']; const q1 = (v) => ["'", v, "'"];
const up = (k) => k.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
const camel = (k) => k.toLowerCase().replace(/[^a-z0-9]+(\w)/g, (_, c) => c.toUpperCase());
// name, comment prefix, const declaration, map literal (entries [k, parts]) , function wrapper
const LANGS = {
  Python: { lv: (n, v) => [n, ' = ', v], c: '#', file: ['settings.py', 'client.py', 'tasks.py'], k: (k, v) => [up(k), ' = ', q2(v)], map: (n, es) => [n, ' = {\n', es.map(([k, v]) => ['    "', k, '": ', v, ',\n']), '}\n'], fn: (n, body) => ['def ', n, '():\n', body.map((b) => ['    ', b, '\n'])], str: q2 },
  JavaScript: { lv: (n, v) => ['const ', n, ' = ', v, ';'], c: '//', file: ['config.js', 'index.mjs', 'seed.js'], k: (k, v) => ['const ', up(k), ' = ', q1(v), ';'], map: (n, es) => ['const ', n, ' = {\n', es.map(([k, v]) => ['  ', k, ': ', v, ',\n']), '};\n'], fn: (n, body) => ['async function ', n, '() {\n', body.map((b) => ['  ', b, '\n']), '}\n'], str: q1 },
  TypeScript: { lv: (n, v) => ['const ', n, ' = ', v, ';'], c: '//', file: ['env.ts', 'client.ts', 'fixtures.ts'], k: (k, v) => ['export const ', camel(k), ': string = ', q2(v), ';'], map: (n, es) => ['export const ', n, ': Record<string, string> = {\n', es.map(([k, v]) => ['  ', k, ': ', v, ',\n']), '};\n'], fn: (n, body) => ['export async function ', n, '(): Promise<void> {\n', body.map((b) => ['  ', b, '\n']), '}\n'], str: q2 },
  Go: { lv: (n, v) => [n, ' := ', v], c: '//', file: ['main.go', 'config.go'], k: (k, v) => ['const ', camel(k), ' = ', q2(v)], map: (n, es) => ['var ', n, ' = map[string]string{\n', es.map(([k, v]) => ['\t"', k, '": ', v, ',\n']), '}\n'], fn: (n, body) => ['func ', n, '() error {\n', body.map((b) => ['\t', b, '\n']), '\treturn nil\n}\n'], str: q2 },
  Rust: { lv: (n, v) => ['let ', n, ' = ', v, ';'], c: '//', file: ['main.rs', 'config.rs'], k: (k, v) => ['const ', up(k), ': &str = ', q2(v), ';'], map: (n, es) => ['let ', n, ' = HashMap::from([\n', es.map(([k, v]) => ['    ("', k, '", ', v, '),\n']), ']);\n'], fn: (n, body) => ['fn ', n, '() -> anyhow::Result<()> {\n', body.map((b) => ['    ', b, '\n']), '    Ok(())\n}\n'], str: q2 },
  Java: { lv: (n, v) => ['String ', n, ' = ', v, ';'], c: '//', file: ['AppConfig.java', 'Seed.java'], k: (k, v) => ['private static final String ', up(k), ' = ', q2(v), ';'], map: (n, es) => ['Map<String, String> ', n, ' = Map.of(\n', es.map(([k, v], i) => ['    "', k, '", ', v, i < es.length - 1 ? ',\n' : '\n']), ');\n'], fn: (n, body) => ['public void ', n, '() throws Exception {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q2 },
  Kotlin: { lv: (n, v) => ['val ', n, ' = ', v], c: '//', file: ['Config.kt'], k: (k, v) => ['const val ', up(k), ' = ', q2(v)], map: (n, es) => ['val ', n, ' = mapOf(\n', es.map(([k, v]) => ['    "', k, '" to ', v, ',\n']), ')\n'], fn: (n, body) => ['fun ', n, '() {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q2 },
  'C#': { lv: (n, v) => ['var ', n, ' = ', v, ';'], c: '//', file: ['Program.cs', 'Settings.cs'], k: (k, v) => ['private const string ', camel(k)[0].toUpperCase() + camel(k).slice(1), ' = ', q2(v), ';'], map: (n, es) => ['var ', n, ' = new Dictionary<string, string> {\n', es.map(([k, v]) => ['    ["', k, '"] = ', v, ',\n']), '};\n'], fn: (n, body) => ['public static async Task ', n, '() {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q2 },
  'C++': { lv: (n, v) => ['std::string ', n, ' = ', v, ';'], c: '//', file: ['main.cpp', 'creds.hpp'], k: (k, v) => ['constexpr const char* k', camel(k), ' = ', q2(v), ';'], map: (n, es) => ['const std::map<std::string, std::string> ', n, ' = {\n', es.map(([k, v]) => ['    {"', k, '", ', v, '},\n']), '};\n'], fn: (n, body) => ['int ', n, '() {\n', body.map((b) => ['    ', b, '\n']), '    return 0;\n}\n'], str: q2 },
  C: { lv: (n, v) => ['const char *', n, ' = ', v, ';'], c: '/*', file: ['config.h', 'main.c'], k: (k, v) => ['#define ', up(k), ' ', q2(v)], map: (n, es) => ['static const char *', n, '[][2] = {\n', es.map(([k, v]) => ['    {"', k, '", ', v, '},\n']), '};\n'], fn: (n, body) => ['int ', n, '(void) {\n', body.map((b) => ['    ', b, '\n']), '    return 0;\n}\n'], str: q2 },
  Ruby: { lv: (n, v) => [n, ' = ', v], c: '#', file: ['config.rb', 'seeds.rb'], k: (k, v) => [up(k), ' = ', q1(v)], map: (n, es) => [n, ' = {\n', es.map(([k, v]) => ['  ', k.replace(/\W/g, '_'), ': ', v, ',\n']), '}\n'], fn: (n, body) => ['def ', n, '\n', body.map((b) => ['  ', b, '\n']), 'end\n'], str: q1 },
  PHP: { lv: (n, v) => ['$', n, ' = ', v, ';'], c: '//', file: ['config.php', 'bootstrap.php'], k: (k, v) => ["define('", up(k), "', ", q1(v), ');'], map: (n, es) => ['$', n, ' = [\n', es.map(([k, v]) => ["    '", k, "' => ", v, ',\n']), '];\n'], fn: (n, body) => ['function ', n, '() {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q1 },
  Swift: { lv: (n, v) => ['let ', n, ' = ', v], c: '//', file: ['Secrets.swift'], k: (k, v) => ['let ', camel(k), ' = ', q2(v)], map: (n, es) => ['let ', n, ': [String: String] = [\n', es.map(([k, v]) => ['    "', k, '": ', v, ',\n']), ']\n'], fn: (n, body) => ['func ', n, '() async throws {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q2 },
  Scala: { lv: (n, v) => ['val ', n, ' = ', v], c: '//', file: ['Config.scala'], k: (k, v) => ['val ', camel(k), ' = ', q2(v)], map: (n, es) => ['val ', n, ' = Map(\n', es.map(([k, v]) => ['  "', k, '" -> ', v, ',\n']), ')\n'], fn: (n, body) => ['def ', n, '(): Unit = {\n', body.map((b) => ['  ', b, '\n']), '}\n'], str: q2 },
  Elixir: { lv: (n, v) => [n, ' = ', v], c: '#', file: ['client.ex'], k: (k, v) => ['@', k.toLowerCase().replace(/\W/g, '_'), ' ', q2(v)], map: (n, es) => [n, ' = %{\n', es.map(([k, v]) => ['  "', k, '" => ', v, ',\n']), '}\n'], fn: (n, body) => ['def ', n, ' do\n', body.map((b) => ['  ', b, '\n']), 'end\n'], str: q2 },
  Perl: { lv: (n, v) => ['my $', n, ' = ', v, ';'], c: '#', file: ['deploy.pl'], k: (k, v) => ['my $', k.toLowerCase().replace(/\W/g, '_'), ' = ', q1(v), ';'], map: (n, es) => ['my %', n, ' = (\n', es.map(([k, v]) => ['    ', k.replace(/\W/g, '_'), ' => ', v, ',\n']), ');\n'], fn: (n, body) => ['sub ', n, ' {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q1 },
  Lua: { lv: (n, v) => ['local ', n, ' = ', v], c: '--', file: ['secrets.lua'], k: (k, v) => ['local ', k.toLowerCase().replace(/\W/g, '_'), ' = ', q2(v)], map: (n, es) => ['local ', n, ' = {\n', es.map(([k, v]) => ['  ["', k, '"] = ', v, ',\n']), '}\n'], fn: (n, body) => ['local function ', n, '()\n', body.map((b) => ['  ', b, '\n']), 'end\n'], str: q2 },
  R: { lv: (n, v) => [n, ' <- ', v], c: '#', file: ['analysis.R'], k: (k, v) => [k.toLowerCase().replace(/\W/g, '_'), ' <- ', q2(v)], map: (n, es) => [n, ' <- list(\n', es.map(([k, v], i) => ['  ', k.replace(/\W/g, '_'), ' = ', v, i < es.length - 1 ? ',\n' : '\n']), ')\n'], fn: (n, body) => [n, ' <- function() {\n', body.map((b) => ['  ', b, '\n']), '}\n'], str: q2 },
  Dart: { lv: (n, v) => ['final ', n, ' = ', v, ';'], c: '//', file: ['env.dart'], k: (k, v) => ['const ', camel(k), ' = ', q1(v), ';'], map: (n, es) => ['final ', n, ' = <String, String>{\n', es.map(([k, v]) => ["  '", k, "': ", v, ',\n']), '};\n'], fn: (n, body) => ['Future<void> ', n, '() async {\n', body.map((b) => ['  ', b, '\n']), '}\n'], str: q1 },
  Haskell: { lv: (n, v) => ['let ', n, ' = ', v], c: '--', file: ['Config.hs'], k: (k, v) => [camel(k), ' :: Text\n', camel(k), ' = ', q2(v)], map: (n, es) => [n, ' :: [(Text, Text)]\n', n, ' =\n', es.map(([k, v], i) => ['  ', i ? ', ' : '[ ', '("', k, '", ', v, ')\n']), '  ]\n'], fn: (n, body) => [n, ' :: IO ()\n', n, ' = do\n', body.map((b) => ['  ', b, '\n'])], str: q2 },
  PowerShell: { lv: (n, v) => ['$', n, ' = ', v], c: '#', file: ['setup.ps1'], k: (k, v) => ['$', camel(k), ' = ', q1(v)], map: (n, es) => ['$', n, ' = @{\n', es.map(([k, v]) => ['    ', k.replace(/\W/g, ''), ' = ', v, '\n']), '}\n'], fn: (n, body) => ['function ', n, ' {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q1 },
  Bash: { lv: (n, v) => ['local ', n, '=', v], c: '#', file: ['deploy.sh', 'backup.sh'], k: (k, v) => [up(k), '=', q1(v)], map: (n, es) => ['declare -A ', n, '=(\n', es.map(([k, v]) => ['  [', k.replace(/\W/g, '_'), ']=', v, '\n']), ')\n'], fn: (n, body) => [n, '() {\n', body.map((b) => ['  ', b, '\n']), '}\n'], str: q1 },
  Julia: { lv: (n, v) => [n, ' = ', v], c: '#', file: ['pipeline.jl'], k: (k, v) => ['const ', up(k), ' = ', q2(v)], map: (n, es) => [n, ' = Dict(\n', es.map(([k, v]) => ['    "', k, '" => ', v, ',\n']), ')\n'], fn: (n, body) => ['function ', n, '()\n', body.map((b) => ['    ', b, '\n']), 'end\n'], str: q2 },
  Clojure: { lv: (n, v) => ['(def ', n, ' ', v, ')'], c: ';;', file: ['core.clj'], k: (k, v) => ['(def ', k.toLowerCase().replace(/\W/g, '-'), ' ', q2(v), ')'], map: (n, es) => ['(def ', n, '\n  {', es.map(([k, v], i) => [i ? '\n   ' : '', ':', k.replace(/\W/g, '-'), ' ', v]), '})\n'], fn: (n, body) => ['(defn ', n, ' []\n', body.map((b) => ['  ', b, '\n']), '  nil)\n'], str: q2 },
  Groovy: { lv: (n, v) => ['def ', n, ' = ', v], c: '//', file: ['build.gradle', 'Jenkinsfile.groovy'], k: (k, v) => ['def ', camel(k), ' = ', q1(v)], map: (n, es) => ['def ', n, ' = [\n', es.map(([k, v]) => ['    ', k.replace(/\W/g, '_'), ': ', v, ',\n']), ']\n'], fn: (n, body) => ['def ', n, '() {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q1 },
  'Objective-C': { lv: (n, v) => ['NSString *', n, ' = @', v, ';'], c: '//', file: ['Keys.m'], k: (k, v) => ['static NSString * const k', camel(k), ' = @', q2(v), ';'], map: (n, es) => ['NSDictionary *', n, ' = @{\n', es.map(([k, v]) => ['    @"', k, '": @', v, ',\n']), '};\n'], fn: (n, body) => ['- (void)', n, ' {\n', body.map((b) => ['    ', b, '\n']), '}\n'], str: q2 },
};
export const CODE_LANGS = Object.keys(LANGS);

export function source_code(g, d) {
  const r = g.r; const name = r.pick(CODE_LANGS); const Lg = LANGS[name]; g.meta.code.add(name);
  const cm = (parts) => (Lg.c === '/*' ? ['/* ', parts, ' */\n'] : [Lg.c, ' ', parts, '\n']);
  const author = g.person();
  d.w(cm([r.pick(Lg.file), r.pick([' — ', ': ', ' | ']), r.pick(['client for the partner API', 'do not ship', 'quick hack for the migration', 'Hilfsskript', 'sync job', 'demo data'])]), cm(['Author: ', PN(author), ' <', EM(g, author, r.pick(['corp.example', 'mail.example', 'dev.test'])), '>']));
  if (r.chance(0.4)) d.w(cm(['Last change ', g.look('git_sha'), ' (', g.look('date'), '), see ', g.look('ticket_ref')]));
  d.w('\n');
  for (let i = 0, n = r.range(2, 5); i < n; i++) {
    const x = r.int(10);
    if (x < 7) { const ent = r.pick(NON_PEM); d.w(Lg.k(r.pick(ent.keys), g.S(ent.e)), r.chance(0.2) ? [' ', Lg.c === '/*' ? '/* FIXME */' : Lg.c + ' FIXME rotate'] : '', '\n'); }
    else if (x === 7) d.w(Lg.k(r.pick(['api_key', 'token', 'password']), g.look(r.pick(['placeholder', 'aws_example_key']))), '\n');
    else if (x === 8) d.w(Lg.k(r.pick(['build_id', 'request_id', 'tenant_id']), g.look(r.pick(['uuid', 'request_id', 'build_number']))), '\n');
    else d.w(Lg.k('public_key', g.look('public_key')), '\n');
  }
  d.w('\n');
  const body = [];
  const user = r.pick(USERS);
  body.push(Lg.lv('conn', Lg.str([r.pick(['postgresql', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql']), '://', user, ':', S(r.pick(['DATABASE_PASSWORD', 'MONGODB_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD']), urlSafePassword(r)), '@', g.look('hostname'), '/', r.pick(['app', 'crm', 'billing'])])));
  if (r.chance(0.6)) body.push(Lg.lv('auth', Lg.str([ r.chance(0.5) ? ['Bearer ', g.S(r.pick(['BEARER_TOKEN', 'JWT_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'SLACK_BOT_TOKEN', 'OPENAI_API_KEY']))] : ['Basic ', g.S('BASIC_AUTH_CREDENTIALS')]])));
  if (r.chance(0.5)) body.push([Lg.c === '/*' ? '/* ' : Lg.c + ' ', 'trace ', g.look('trace_id'), Lg.c === '/*' ? ' */' : '']);
  d.w(Lg.fn(r.pick(['connect', 'sync', 'main', 'runJob', 'upload', 'notify']).replace(/^/, ''), body), '\n');
  const p = g.person(); const cc = p.c.cc;
  const es = [['name', Lg.str(PN(p))], ['email', Lg.str(EM(g, p))], ['phone', Lg.str(PH(g, cc))]];
  const extra = r.pick([['card', () => Lg.str(P('CREDIT_CARD', g.card()))], ['iban', () => Lg.str(P('IBAN_CODE', g.iban()))], ['ssn', () => Lg.str(P('US_SSN', g.ssn()))], ['test_card', () => Lg.str(g.look('vendor_test_card'))], ['wallet', () => Lg.str(P('CRYPTO', g.btc()))], ['ip', () => Lg.str(P('IP_ADDRESS', g.ipv4()))], ['city', () => Lg.str(LOC(g.town(r.pick(['DE', 'FR', 'US', 'JP', 'IT', 'BR']))))], ['color', () => Lg.str(g.look('hex_color'))]]);
  es.push([extra[0], extra[1]()]);
  if (r.chance(0.4)) es.push(['created', Lg.str(g.look('timestamp'))]);
  d.w(Lg.map(r.pick(['fixture', 'sampleUser', 'customer', 'seedRow', 'demo']), es));
}

export function shell_history(g, d) {
  const r = g.r; const style = r.int(4); let t = epoch(g);
  const cmds = [
    () => ['export ', up(r.pick(['GITHUB_TOKEN', 'OPENAI_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'VAULT_TOKEN', 'HCLOUD_TOKEN', 'TS_AUTHKEY', 'NPM_TOKEN', 'DD_API_KEY'])), '=', g.S(r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'OPENAI_API_KEY', 'AWS_SECRET_KEY', 'VAULT_TOKEN', 'HETZNER_API_TOKEN', 'TAILSCALE_AUTH_KEY', 'NPM_ACCESS_TOKEN', 'DATADOG_API_KEY']))],
    () => ['mysql -u root -p', g.S('DATABASE_PASSWORD'), ' -h ', g.look('hostname'), ' shop'],
    () => ['curl -s -H "Authorization: Bearer ', g.S(r.pick(['BEARER_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'LINEAR_API_KEY', 'NOTION_INTEGRATION_TOKEN', 'HUGGINGFACE_TOKEN'])), '" https://api.corp.example/v1/me'],
    () => ['sshpass -p ', q1(g.S('SSH_PASSWORD')), ' ssh ', r.pick(USERS), '@', g.ipv4Private()],
    () => ['docker login -u ', r.pick(['ci', 'deploy', 'robot']), ' -p ', g.S('DOCKER_HUB_TOKEN'), ' registry.corp.example'],
    () => ['nmcli dev wifi connect "', r.pick(['Office-5G', 'FRITZ!Box 7590 XY', 'Livebox-3F2A', 'guest']), '" password ', q1(g.S('WIFI_PASSWORD'))],
    () => ['echo ', q1(g.S('ROOT_PASSWORD')), ' | sudo -S systemctl restart nginx'],
    () => ['aws configure set aws_secret_access_key ', g.S('AWS_SECRET_KEY')],
    () => ['aws configure set aws_access_key_id ', g.S('AWS_ACCESS_KEY')],
    () => ['psql "postgresql://app:', S('DATABASE_PASSWORD', urlSafePassword(r)), '@', g.look('hostname'), '/app"'],
    () => ['redis-cli -h ', g.look('hostname'), ' -a ', g.S('REDIS_PASSWORD'), ' info'],
    () => ['htpasswd -bc /etc/nginx/.htpasswd admin ', q1(g.S('ADMIN_PASSWORD'))],
    () => ['kubectl create secret generic app --from-literal=password=', q1(g.S('DATABASE_PASSWORD'))],
    () => ['vault login ', g.S('VAULT_TOKEN')],
    () => ['gpg --batch --passphrase ', q1(g.S('GPG_PASSPHRASE')), ' -d backup.tar.gpg | tar x'],
    () => ['ssh-keygen -t ed25519 -N ', q1(g.S('SSH_KEY_PASSPHRASE')), ' -f ~/.ssh/id_deploy'],
    () => ['oathtool --totp -b ', S('TOTP_SEED', g.secret('TOTP_SEED').replace(/ /g, ''))],
    () => ['git clone https://oauth2:', g.S('GITLAB_PERSONAL_ACCESS_TOKEN'), '@git.corp.example/infra/ansible.git'],
    () => ['ansible-playbook site.yml -e ansible_password=', g.S('SSH_PASSWORD')],
    () => ['smbclient //files/share -U ', r.pick(USERS), '%', g.S('SERVICE_ACCOUNT_PASSWORD')],
    () => ['openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.pfx -passout pass:', g.S('PFX_PASSWORD')],
    () => ['ping -c3 ', g.look('hostname')], () => ['git checkout ', g.look('git_sha')], () => ['ls -la'], () => ['cd /srv/', r.pick(['app', 'www', 'backups'])], () => ['docker pull registry.corp.example/api@', g.look('digest')],
    () => ['tail -f /var/log/syslog'], () => ['npm version ', g.look('version')], () => ['echo $', up(r.pick(['API_KEY', 'DB_PASS']))], () => ['whois ', P('IP_ADDRESS', g.ipv4())],
    () => ['mail -s "report" ', EM(g, g.person()), ' < out.txt'], () => ['stripe trigger payment_intent.succeeded --api-key ', g.S('STRIPE_SECRET_KEY')],
    () => ['wg set wg0 peer ', g.look('public_key'), ' allowed-ips 10.8.0.', String(r.range(2, 250)), '/32'],
    () => ['bw unlock ', q1(g.S('PASSWORD_MANAGER_MASTER_PASSWORD'))],
    () => ['curl -u ', r.pick(USERS), ':', g.S(r.pick(['JENKINS_API_TOKEN', 'ARTIFACTORY_API_KEY', 'ATLASSIAN_API_TOKEN'])), ' https://ci.corp.example/api/json'],
  ];
  if (style === 3) d.w('PS C:\\Users\\', r.pick(USERS), '> Get-History\n\n  Id CommandLine\n  -- -----------\n');
  const n = r.range(12, 30);
  for (let i = 0; i < n && d.size < 3400; i++) {
    const c = r.pick(cmds)();
    t += r.range(2, 400);
    if (style === 0) d.w(c, '\n');
    else if (style === 1) d.w(': ', L('timestamp', String(t)), ':0;', c, '\n');
    else if (style === 2) d.w('- cmd: ', c, '\n  when: ', L('timestamp', String(t)), '\n');
    else d.w(String(i + 1).padStart(4), ' ', c, '\n');
  }
}

export function git_output(g, d) {
  const r = g.r; const style = r.int(3);
  const author = () => { const p = g.person(); return [PN(p), ' <', EM(g, p, r.pick(['corp.example', 'users.noreply.example', 'mail.example'])), '>']; };
  if (style === 0) {
    for (let c = 0; c < r.range(1, 3) && d.size < 2800; c++) {
      d.w('commit ', L('git_sha', r.hex(40)), '\nAuthor: ', author(), '\nDate:   ', g.look('date'), '\n\n    ', r.pick(['add staging config', 'temp: hardcode creds for demo', 'fix login', 'Zugangsdaten aktualisiert', 'wip']), '\n\n');
      const f = r.pick(['config/prod.yml', '.env', 'deploy/values.yaml', 'src/settings.py', 'docker-compose.override.yml']);
      d.w('diff --git a/', f, ' b/', f, '\nindex ', L('git_sha', r.hex(7)), '..', L('git_sha', r.hex(7)), ' 100644\n--- a/', f, '\n+++ b/', f, '\n@@ -', String(r.range(1, 40)), ',6 +', String(r.range(1, 40)), ',8 @@\n');
      for (let i = 0; i < r.range(3, 7); i++) { const ent = r.pick(NON_PEM); const k = r.pick(ent.keys); const x = r.int(4);
        if (x === 0) d.w('-', k, ': ', g.look(r.pick(['placeholder', 'env_reference'])), '\n+', k, ': ', g.S(ent.e), '\n');
        else if (x === 1) d.w('-', k, ': ', g.S(ent.e), '\n+', k, ': ', g.look('env_reference'), '\n');
        else if (x === 2) d.w(' ', r.pick(['timeout: 30', 'retries: 3', 'region: eu-west-1', 'replicas: 2']), '\n');
        else d.w('+', k, ': ', g.S(ent.e), '\n'); }
      d.w('\n');
    }
  } else if (style === 1) {
    d.w('$ git config --list --show-origin\n');
    d.w('file:/home/', r.pick(USERS), '/.gitconfig\tuser.name=', PN(g.person()), '\n', 'file:/home/', r.pick(USERS), '/.gitconfig\tuser.email=', EM(g, g.person()), '\n', 'file:.git/config\tremote.origin.url=https://', r.pick(USERS), ':', g.S(r.pick(['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'BITBUCKET_APP_PASSWORD', 'AZURE_DEVOPS_PAT'])), '@git.corp.example/team/app.git\n', 'file:.git/config\tcore.hookspath=.githooks\n');
    d.w('\n$ cat ~/.git-credentials\n');
    for (let i = 0; i < r.range(1, 4); i++) d.w('https://', r.pick(USERS), ':', g.S(r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'AZURE_DEVOPS_PAT'])), '@', r.pick(['git.corp.example', 'scm.internal.test', 'code.acme.example']), '\n');
    d.w('\n$ git log --oneline -5\n'); for (let i = 0; i < 5; i++) d.w(L('git_sha', r.hex(7)), ' ', r.pick(['bump ', 'release ', 'merge ', 'revert ']), g.look('version'), '\n');
  } else {
    d.w('$ git blame -e src/', r.pick(['payments.py', 'Mailer.java', 'client.go']), '\n');
    for (let i = 0; i < r.range(6, 12); i++) { const p = g.person(); d.w(L('git_sha', r.hex(8)), ' (<', EM(g, p), '> ', g.look('timestamp'), ' ', String(i + 10).padStart(3), ') ', r.chance(0.4) ? [r.pick(['API_KEY = "', 'token = "', 'secret: "']), g.S(r.pick(NON_PEM).e), '"'] : r.pick(['def charge(amount):', '    return None', 'import os', '    log.info("ok")', '}']), '\n'); }
  }
}

export function package_manifest(g, d) {
  const r = g.r; const style = r.int(6);
  const pk = () => r.pick(['left-pad-ng', 'tiny-emitter', 'chalkish', 'yaml-lite', 'qs-fast', 'fetch-retry', 'date-kit', 'uuid-tools', 'micro-router', 'color-mix']);
  if (style === 0) {
    d.w('{\n  "name": "', r.pick(['@corp/web', 'shopfront', 'relay']), '",\n  "version": "', g.look('version'), '",\n  "lockfileVersion": 3,\n  "packages": {\n');
    for (let i = 0; i < r.range(4, 8); i++) { const n = pk(); d.w('    "node_modules/', n, '": {\n      "version": "', L('version', `${r.range(0, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`), '",\n      "resolved": "https://registry.corp.example/', n, '/-/', n, '.tgz",\n      "integrity": "', g.look('integrity'), '"\n    },\n'); }
    d.w('    "": {"author": "', PN(g.person()), ' <', EM(g, g.person()), '>"}\n  }\n}\n');
  } else if (style === 1) {
    for (let i = 0; i < r.range(4, 8); i++) d.w('[[package]]\nname = "', pk().replace(/-/g, '_'), '"\nversion = "', L('version', `${r.range(0, 3)}.${r.range(0, 30)}.${r.range(0, 9)}`), '"\nsource = "registry+https://crates.corp.example/index"\nchecksum = "', L('hash', r.hex(64)), '"\n\n');
  } else if (style === 2) {
    for (let i = 0; i < r.range(6, 14); i++) { const m = `git.corp.example/${r.pick(['lib', 'platform', 'tools'])}/${pk()}`; const v = `v${r.range(0, 2)}.${r.range(0, 20)}.${r.range(0, 9)}`; d.w(m, ' ', L('version', v), ' ', L('hash', 'h1:' + r.bytes(32).toString('base64')), '\n', m, ' ', L('version', v), '/go.mod ', L('hash', 'h1:' + r.bytes(32).toString('base64')), '\n'); }
  } else if (style === 3) {
    d.w('[[package]]\nname = "', pk(), '"\nversion = "', g.look('version'), '"\nfiles = [\n');
    for (let i = 0; i < r.range(2, 5); i++) d.w('    {file = "pkg-', String(i), '.whl", hash = "', g.look('digest'), '"},\n');
    d.w(']\n\n[metadata]\ncontent-hash = "', L('hash', r.hex(64)), '"\n');
    d.w('\n# ~/.pypirc\n[distutils]\nindex-servers = corp\n[corp]\nrepository = https://pkgs.corp.example/simple\nusername = __token__\npassword = ', g.S('PYPI_UPLOAD_TOKEN'), '\n');
  } else if (style === 4) {
    d.w('# .npmrc\nregistry=https://npm.corp.example/\n//npm.corp.example/:_authToken=', g.S('NPM_ACCESS_TOKEN'), '\n//npm.corp.example/:always-auth=true\n', r.chance(0.5) ? ['_auth=', g.S('NPMRC_AUTH'), '\n'] : '', 'email=', EM(g, g.person()), '\n\n# yarn.lock\n');
    for (let i = 0; i < r.range(3, 6); i++) { const n = pk(); d.w('"', n, '@', L('version', `^${r.range(1, 9)}.${r.range(0, 9)}.0`), '":\n  version "', L('version', `${r.range(1, 9)}.${r.range(0, 9)}.${r.range(0, 9)}`), '"\n  resolved "https://npm.corp.example/', n, '/-/', n, '.tgz#', L('hash', r.hex(40)), '"\n  integrity ', g.look('integrity'), '\n\n'); }
  } else {
    d.w('{\n    "packages": [\n');
    for (let i = 0; i < r.range(2, 4); i++) d.w('        {\n            "name": "corp/', pk(), '",\n            "version": "', g.look('version'), '",\n            "source": {"type": "git", "url": "https://git.corp.example/php/', pk(), '.git", "reference": "', L('git_sha', r.hex(40)), '"},\n            "dist": {"shasum": "', L('hash', r.hex(40)), '"},\n            "authors": [{"name": "', PN(g.person()), '", "email": "', EM(g, g.person()), '"}]\n        },\n');
    d.w('        {}\n    ],\n    "http-basic": {"git.corp.example": {"username": "ci", "password": "', g.S(r.pick(['GITLAB_PERSONAL_ACCESS_TOKEN', 'PASSWORD'])), '"}}\n}\n');
  }
}

export function app_log(g, d) {
  const r = g.r; const style = r.int(4); let t = epoch(g); const budget = r.range(1200, 3500);
  while (d.size < budget) {
    t += r.range(0, 30);
    const ip = r.chance(0.3) ? P('IP_ADDRESS', r.chance(0.3) ? g.ipv6() : g.ipv4Private()) : P('IP_ADDRESS', g.ipv4());
    if (style === 0) {
      const path = r.pick([['/login?user=', EM(g, g.person())], ['/api/v2/orders/', g.look('order_number')], ['/reset?token=', g.S('REFRESH_TOKEN')], ['/static/app.', L('hash', r.hex(8)), '.js'], ['/track/', g.look('tracking_number')], ['/api/users?email=', EM(g, g.person())], ['/cb?code=', L('request_id', r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 20)), '&state=', g.look('uuid')]]);
      d.w(ip, ' - - ', ts(g, t, 4), ' "', r.pick(['GET', 'POST', 'PUT']), ' ', path, ' HTTP/1.1" ', String(r.pick([200, 200, 302, 401, 404, 500])), ' ', String(r.range(120, 90000)), ' "-" "', r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0', 'python-requests/2.31']), '"\n');
    } else if (style === 1) {
      const p = g.person();
      d.w('{"ts":"', L('timestamp', new Date(t * 1000).toISOString()), '","level":"', r.pick(['info', 'warn', 'error']), '","msg":"', r.pick(['login ok', 'password reset requested', 'payment failed', 'webhook received', 'upstream timeout']), '","user":"', EM(g, p), '","client_ip":"', ip, '","trace_id":"', L('trace_id', r.hex(32)), '"',
        r.chance(0.15) ? [',"headers":{"authorization":"Bearer ', g.S(r.pick(['JWT_TOKEN', 'BEARER_TOKEN', 'STRIPE_SECRET_KEY'])), '"}'] : '', r.chance(0.1) ? [',"form":{"password":"', g.S('PASSWORD'), '"}'] : '', '}\n');
    } else if (style === 2) {
      d.w(ts(g, t), ' ', r.pick(['INFO ', 'WARN ', 'ERROR', 'DEBUG']), ' [', r.pick(['auth', 'billing', 'mailer', 'sync']), '] ', r.pick([
        ['user ', EM(g, g.person()), ' logged in from ', ip],
        ['sending SMS to ', PH(g), ' (req ', g.look('request_id'), ')'],
        ['charge ', g.look('price'), ' on card ending ', r.digits(4), ' tx ', g.look('transaction_id')],
        ['DEBUG dump: smtp password=', g.S('SMTP_PASSWORD')],
        ['connecting to redis://:', S('REDIS_PASSWORD', urlSafePassword(r)), '@', g.look('hostname'), ':6379'],
        ['session ', g.S('SESSION_COOKIE'), ' expired for ', ip],
        ['geo lookup ', ip, ' -> ', LOC(g.town(r.pick(['DE', 'FR', 'US', 'BR', 'IN', 'JP', 'IT']))), ' (', g.look('coordinates'), ')'],
        ['retry ', String(r.range(1, 5)), '/5 for job ', g.look('ulid')],
      ]), '\n');
    } else {
      d.w('<', String(r.range(10, 190)), '>', ts(g, t).replace(' ', 'T'), 'Z ', g.look('hostname'), ' sshd[', String(r.range(200, 60000)), ']: ', r.pick([['Accepted password for ', r.pick(USERS), ' from ', ip, ' port ', String(r.range(1024, 65000)), ' ssh2'], ['Failed password for invalid user ', r.pick(['test', 'oracle', 'admin']), ' from ', ip, ' port ', String(r.range(1024, 65000)), ' ssh2'], ['Accepted publickey for deploy from ', ip, ' port 22 ssh2: ED25519 ', g.look('ssh_fingerprint')], ['pam_unix(sshd:session): session opened for user ', r.pick(USERS)]]), '\n');
    }
  }
}

// Key material as people paste it: cat of key files, keystore listings, vault reads.
import { pem as pemWrap, certificateDer } from './keys.mjs';
export function key_material(g, d) {
  const r = g.r; const style = r.int(4);
  const host = g.lookValue('hostname');
  if (style === 0) {
    const ent = r.pick(['OPENSSH_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PRIVATE_KEY']);
    d.w(r.pick(USERS), '@', L('hostname', host), ':~$ ls -l ~/.ssh\n-rw------- 1 ops ops  411 ', g.look('date'), ' id_ed25519\n-rw-r--r-- 1 ops ops   96 ', g.look('date'), ' id_ed25519.pub\n', r.pick(USERS), '@', L('hostname', host), ':~$ cat ~/.ssh/', r.pick(['id_ed25519', 'deploy_key', 'id_rsa', 'backup.pem']), '\n', g.S(ent), '\n', r.pick(USERS), '@', L('hostname', host), ':~$ cat ~/.ssh/id_ed25519.pub\n', g.look('ssh_public_key'), '\n');
    if (r.chance(0.5)) d.w('$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 ', g.look('ssh_fingerprint'), ' ', EM(g, g.person()), ' (ED25519)\n');
  } else if (style === 1) {
    d.w('$ vault kv get -format=json secret/', r.pick(['tls', 'payments', 'edge']), '\n{\n  "request_id": "', g.look('uuid'), '",\n  "data": {\n    "data": {\n      "tls.crt": "', L('certificate', g.lookValue('certificate').replace(/\n/g, '\\n')), '",\n      "tls.key": "', S('PRIVATE_KEY', g.secret('PRIVATE_KEY').replace(/\n/g, '\\n')), '",\n      "passphrase": "', g.S('KEYSTORE_PASSWORD'), '"\n    },\n    "metadata": {"created_time": "', g.look('timestamp'), '", "version": ', String(r.range(1, 9)), '}\n  }\n}\n');
  } else if (style === 2) {
    d.w('# nginx ssl snippet pasted into the ticket by ', PN(g.person()), '\nssl_certificate     /etc/ssl/', host, '.crt;\nssl_certificate_key /etc/ssl/', host, '.key;\n\n$ cat /etc/ssl/', host, '.crt\n', g.look('certificate'), '\n$ cat /etc/ssl/', host, '.key\n', g.S(r.pick(['EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PRIVATE_KEY'])), '\n');
  } else {
    d.w('$ gpg --list-secret-keys --keyid-format long\nsec   ed25519/', L('hash', r.HEX(16)), ' ', g.look('date'), ' [SC]\n      ', L('pgp_fingerprint', r.HEX(40)), '\nuid                 [ultimate] ', ((q) => [PN(q), ' <', EM(g, q), '>'])(g.person()), '\n\n# wg0.conf\n[Interface]\nPrivateKey = ', g.S('WIREGUARD_PRIVATE_KEY'), '\nAddress = 10.8.0.', String(r.range(2, 200)), '/24\n\n[Peer]\nPublicKey = ', L('public_key', r.bytes(32).toString('base64')), '\nPresharedKey = ', g.S('WIREGUARD_PRESHARED_KEY'), '\nEndpoint = ', P('IP_ADDRESS', g.ipv4()), ':51820\n\n# age identity\n', g.S('AGE_SECRET_KEY'), '\n');
  }
}
