// Document kinds where people keep credentials: shell history, dotfiles, env dumps, exports, device configs, IaC, scripts, registry.
import { S, P, L } from './builder.mjs';
import { SECRET, humanPassword, passphrase, strongPassword, machinePassword, jwt, pemKey } from './secrets.mjs';
import { secLine, fillerLine, block, comment, pemIndent, pemEscape } from './tech_util.mjs';
import { SSIDS } from './kit.mjs';
import { USERNAMES } from './data.mjs';
import { ALNUM, LOWNUM, B64URL } from './prng.mjs';
import { uuid, AWS_EXAMPLE_KEYS } from './values.mjs';
import * as PEMX from './pem.mjs';
import { bech32Encode } from './checksums.mjs';

const p2 = (x) => String(x).padStart(2, '0');
const HOSTS = ['nas.home.example', 'git.smallshop.example', 'db.corp.example', 'cloud.family.example', 'pkgs.corp.example', 'vpn.kanzlei.test', 'backup01.internal.example', 'mail.family.example', 'ha.home.example', 'registry.home.example'];
const urlPw = (X, v) => X.urlSafe(v);

// ------------------------------------------------------------------ shell history
export function shell_history(X, d) {
  const fmt = X.pick(['bash', 'zsh', 'numbered', 'fish', 'pwsh']);
  let t = X.int(1650000000, 1750000000);
  const cmds = [
    () => ['export ', X.keyName(X.nextSecretKind(), 'env'), '=', null],
    () => ['curl -s -H "Authorization: Bearer ', S('OAUTH_ACCESS_TOKEN', X.r.str(ALNUM + '-._~', X.int(32, 60))), '" https://api.', X.pick(HOSTS), '/v1/', X.pick(['me', 'devices', 'invoices?limit=50'])],
    () => ['curl -u ', X.pick(USERNAMES), ':', S('HTTP_BASIC_PASSWORD', urlPw(X, humanPassword(X.r))), ' http://', X.g.ipv4Private(X.r), '/cgi-bin/', X.pick(['status.cgi', 'reboot', 'snapshot.jpg'])],
    () => ['mysql -u root -p', S('COMMAND_LINE_PASSWORD', X.urlSafe(strongPassword(X.r, 14))), ' -h ', X.pick(HOSTS), ' ', X.pick(['shop', 'wordpress', 'nextcloud'])],
    () => ['psql "postgresql://', X.pick(['app', 'postgres', 'anna']), ':', S('DATABASE_PASSWORD', urlPw(X, machinePassword(X.r))), '@', X.pick(HOSTS), ':5432/', X.pick(['app', 'family', 'ledger']), '"'],
    () => ['docker login -u ', X.pick(USERNAMES), ' -p ', S('COMMAND_LINE_PASSWORD', X.urlSafe(humanPassword(X.r))), ' registry.home.example'],
    () => ['echo ', X.sec('DOCKER_HUB_PAT'), ' | docker login registry.home.example -u kai --password-stdin'],
    () => ['git clone https://oauth2:', X.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@git.smallshop.example/team/', X.pick(['shop', 'infra', 'photos']), '.git'],
    () => ['git remote set-url origin https://kai:', X.sec('GITHUB_PERSONAL_ACCESS_TOKEN'), '@git.home.example/kai/dotfiles.git'],
    () => ['aws configure set aws_secret_access_key ', X.sec('AWS_SECRET_KEY')],
    () => ['aws configure set aws_access_key_id ', X.sec('AWS_ACCESS_KEY')],
    () => ["sshpass -p '", S('SSH_PASSWORD', humanPassword(X.r).replace(/'/g, '')), "' ssh ", X.pick(['pi', 'admin', 'root']), '@', X.g.ipv4Private(X.r)],
    () => ['htpasswd -b -c /etc/nginx/.htpasswd ', X.pick(USERNAMES), ' ', S('HTTP_BASIC_PASSWORD', X.urlSafe(humanPassword(X.r)))],
    () => ["openssl enc -aes-256-cbc -pbkdf2 -k '", S('PASSPHRASE', passphrase(X.r)), "' -in backup.tar -out backup.tar.enc"],
    () => ['wget --user=', X.pick(USERNAMES), ' --password=', S('FTP_PASSWORD', X.urlSafe(humanPassword(X.r))), ' ftp://nas.home.example/backup/', X.L('file_path').value.split('/').pop() || 'x.tgz'],
    () => ['smbclient //nas/scans -U anna%', S('COMMAND_LINE_PASSWORD', X.urlSafe(humanPassword(X.r)))],
    () => ['redis-cli -h ', X.pick(HOSTS), ' -a ', S('DATABASE_PASSWORD', X.urlSafe(machinePassword(X.r))), ' --no-auth-warning INFO'],
    () => ['mongosh "mongodb+srv://admin:', S('DATABASE_PASSWORD', urlPw(X, machinePassword(X.r))), '@cluster0.db.example/?retryWrites=true"'],
    () => ['kubectl create secret generic db-creds --from-literal=password=', S('DATABASE_PASSWORD', X.urlSafe(machinePassword(X.r)))],
    () => ["gpg --batch --passphrase '", S('PASSPHRASE', passphrase(X.r)), "' -d ", X.pick(['taxes-2023.tar.gpg', 'passwords.kdbx.gpg', 'id_scan.pdf.gpg'])],
    () => ['7z a -p', S('COMMAND_LINE_PASSWORD', X.urlSafe(humanPassword(X.r))), ' Steuer-', X.int(2019, 2024), '.7z ~/Documents/Steuer/'],
    () => ['nmcli dev wifi connect "', X.pick(SSIDS), '" password "', S('WIFI_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"'],
    () => ['vault login ', X.sec('VAULT_TOKEN')],
    () => ['npm config set //npm.corp.example/:_authToken ', X.sec('NPM_ACCESS_TOKEN')],
    () => ['stripe listen --api-key ', X.sec('STRIPE_SECRET_KEY'), ' --forward-to localhost:3000/webhooks'],
    () => ['echo "', X.sec('GITHUB_PERSONAL_ACCESS_TOKEN'), '" > ~/.config/tokens/gh'],
    () => ['export OPENAI_API_KEY=', X.sec('OPENAI_API_KEY')],
    () => ['export ANTHROPIC_API_KEY="', X.sec('ANTHROPIC_API_KEY'), '"'],
    () => ['heroku config:set SECRET_KEY_BASE=', X.sec('RAILS_SECRET_KEY_BASE'), ' -a shop'],
    () => ['git checkout ', X.L('git_sha')],
    () => ['docker pull registry.home.example/photoprism@', X.L('digest')],
    () => ['cd ', X.L('file_path')],
    () => ['ping -c 3 ', X.g.ipv4Private(X.r)],
    () => ['ssh-keyscan ', X.L('hostname'), ' >> ~/.ssh/known_hosts'],
    () => ['git log --author="', X.pname(X.person()), '" --since=', X.L('date')],
    () => ['sha256sum ', X.pick(['debian.iso', 'backup.tar']), ' # ', X.L('hash')],
    () => ['ls -la'], () => ['sudo apt upgrade -y'], () => ['htop'], () => ['cd ~/projects/shop && make deploy'],
  ];
  const render = (parts) => {
    if (parts[3] === null) { const ent = X.nextSecretKind(); const key = X.keyName(ent, 'env'); const sp = X.sec(ent); const q = X.pick(['', '"', "'"]); return ['export ', key, '=', q, sp, q]; }
    return parts;
  };
  if (fmt === 'fish') d.t('');
  let n = X.int(100, 2000);
  while (d.len < X.budget) {
    const parts = render(X.pick(cmds)()); t += X.int(5, 9000);
    if (fmt === 'bash') d.w(X.chance(0.3) ? ['#', L('timestamp', String(t)), '\n'] : '', parts, '\n');
    else if (fmt === 'zsh') d.w(': ', L('timestamp', String(t)), ':0;', parts, '\n');
    else if (fmt === 'numbered') { const dt = new Date(t * 1000); d.w(String(n++).padStart(5, ' '), '  ', L('timestamp', `${dt.getUTCFullYear()}-${p2(dt.getUTCMonth() + 1)}-${p2(dt.getUTCDate())} ${p2(dt.getUTCHours())}:${p2(dt.getUTCMinutes())}:${p2(dt.getUTCSeconds())}`), ' ', parts, '\n'); }
    else if (fmt === 'fish') d.w('- cmd: ', parts, '\n  when: ', L('timestamp', String(t)), '\n');
    else { // PowerShell PSReadLine history
      const ps = X.pick([
        () => ['$env:', X.keyName(X.nextSecretKind(), 'env'), ' = "', X.sec(), '"'],
        () => ['cmdkey /add:nas /user:anna /pass:', S('COMMAND_LINE_PASSWORD', X.urlSafe(humanPassword(X.r)))],
        () => ['Invoke-RestMethod https://api.home.example/v1/lights -Headers @{Authorization="Bearer ', X.sec('HOME_ASSISTANT_TOKEN'), '"}'],
        () => ['$pw = ConvertTo-SecureString "', S('POWERSHELL_PLAINTEXT_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '" -AsPlainText -Force'],
        () => ['Get-ChildItem ', X.L('file_path')], () => ['winget upgrade --all'], () => parts,
      ])();
      d.w(ps, '\n');
    }
  }
}

// ------------------------------------------------------------------ dotfiles
export function dotfiles(X, d) {
  const files = X.r.sample(['netrc', 'npmrc', 'pypirc', 'pgpass', 'gitcred', 'mycnf', 'aws', 'docker', 'kube', 'gitconfig', 'rclone', 'bashrc', 's3cfg', 'sshkey', 'sslkey', 'sshkey', 'gpg'], X.int(2, 4));
  for (const f of files) {
    if (d.len > X.budget) break;
    switch (f) {
      case 'netrc': d.t('==> ~/.netrc <==\n'); for (let i = 0, n = X.int(2, 4); i < n; i++) { const inline = X.chance(0.5); d.w('machine ', X.pick(HOSTS), inline ? ' ' : '\n  ', 'login ', X.chance(0.3) ? X.email(X.person()) : X.pick(USERNAMES), inline ? ' ' : '\n  ', 'password ', X.chance(0.3) ? X.sec('GITHUB_PERSONAL_ACCESS_TOKEN') : S('NETRC_PASSWORD', X.urlSafe(SECRET.NETRC_PASSWORD.g(X.r))), '\n'); } break;
      case 'npmrc': d.t('==> ~/.npmrc <==\nregistry=https://npm.corp.example/\n'); d.w('//npm.corp.example/:_authToken=', X.chance(0.5) ? X.sec('NPM_ACCESS_TOKEN') : X.sec('NPMRC_AUTH_TOKEN'), '\n');
        if (X.chance(0.5)) d.w('//pkgs.corp.example/repository/npm-private/:_auth=', X.sec('BASIC_AUTH_CREDENTIALS'), '\nalways-auth=true\n'); if (X.chance(0.5)) d.w('email=', X.email(X.person()), '\n'); if (X.chance(0.3)) d.w('//legacy.corp.example/:_password=', L('env_reference', '${NPM_PASS_B64}'), '\n'); break;
      case 'pypirc': d.t('==> ~/.pypirc <==\n[distutils]\nindex-servers =\n    internal\n    mirror\n\n[internal]\nrepository = https://pkgs.corp.example/simple/\n'); d.w('username = __token__\npassword = ', X.sec('PYPI_API_TOKEN'), '\n\n[mirror]\nrepository = https://mirror.home.example/pypi/\nusername = ', X.pick(USERNAMES), '\npassword = ', S('PYPIRC_PASSWORD', strongPassword(X.r)), '\n'); break;
      case 'pgpass': d.t('==> ~/.pgpass <==\n'); for (let i = 0, n = X.int(2, 5); i < n; i++) d.w(X.pick([...HOSTS, 'localhost', '*']), ':', X.pick(['5432', '*', '6432']), ':', X.pick(['app', 'family', '*', 'ledger', 'nextcloud']), ':', X.pick(['postgres', 'app', 'anna', 'replicator']), ':', S('PGPASS_PASSWORD', SECRET.PGPASS_PASSWORD.g(X.r).replace(/[\\:]/g, 'q')), '\n'); break;
      case 'gitcred': d.t('==> ~/.git-credentials <==\n'); for (let i = 0, n = X.int(1, 3); i < n; i++) { const tok = X.pick([() => X.sec('GITHUB_PERSONAL_ACCESS_TOKEN'), () => X.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), () => X.sec('GIT_CREDENTIALS_PASSWORD'), () => X.sec('GITHUB_FINE_GRAINED_PAT')])(); d.w('https://', X.pick(USERNAMES).replace(/[^a-z0-9_]/g, ''), ':', tok, '@', X.pick(['git.home.example', 'git.smallshop.example', 'code.corp.example']), '\n'); } break;
      case 'mycnf': d.w('==> ~/.my.cnf <==\n[client]\nuser=', X.pick(['root', 'wp', 'backup']), '\npassword=', S('DATABASE_PASSWORD', machinePassword(X.r)), '\nhost=', X.L('hostname'), '\n'); break;
      case 'aws': d.w('==> ~/.aws/credentials <==\n[default]\naws_access_key_id = ', X.sec('AWS_ACCESS_KEY'), '\naws_secret_access_key = ', X.sec('AWS_SECRET_KEY'), '\n\n[profile photos]\naws_access_key_id = ', X.sec('AWS_TEMPORARY_ACCESS_KEY'), '\naws_secret_access_key = ', X.sec('AWS_SECRET_KEY'), '\naws_session_token = ', X.sec('AWS_SESSION_TOKEN'), '\n');
        if (X.chance(0.4)) d.w('\n[example-docs]\naws_access_key_id = ', L('aws_example_key', AWS_EXAMPLE_KEYS[0]), '\naws_secret_access_key = ', L('aws_example_key', AWS_EXAMPLE_KEYS[1]), '\n'); break;
      case 'docker': d.w('==> ~/.docker/config.json <==\n{\n  "auths": {\n    "registry.home.example": {\n      "auth": "', X.sec('DOCKER_REGISTRY_AUTH'), '"\n    },\n    "', X.g.ipv4Private(X.r), ':5000": {\n      "auth": "', X.sec('DOCKER_REGISTRY_AUTH'), '"\n    }\n  },\n  "credsStore": "', X.pick(['desktop', 'pass', 'osxkeychain']), '"\n}\n'); break;
      case 'kube': { const ca = PEMX.pemWrap('CERTIFICATE', PEMX.certificateDer(X.r, { cn: 'kubernetes', org: 'k3s', country: 'DE', notBefore: '240101000000Z', notAfter: '340101000000Z', ec: true }));
        const key = pemKey(X.r, X.chance(0.7) ? 'EC_PRIVATE_KEY' : 'PKCS8_PRIVATE_KEY', { type: 'ec' });
        d.w('==> ~/.kube/config <==\napiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ', L('certificate', Buffer.from(ca + '\n').toString('base64')), '\n    server: https://', X.g.ipv4Private(X.r), ':6443\n  name: homelab\ncontexts:\n- context:\n    cluster: homelab\n    user: admin\n  name: homelab\ncurrent-context: homelab\nusers:\n- name: admin\n  user:\n');
        if (X.chance(0.5)) d.w('    client-key-data: ', S('KUBECONFIG_CLIENT_KEY_DATA', Buffer.from(key + '\n').toString('base64')), '\n'); else d.w('    token: ', S('JSON_WEB_TOKEN', jwt(X.r, { alg: 'RS256', payload: { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'kube-system', sub: 'system:serviceaccount:kube-system:admin-user' } })), '\n');
        break; }
      case 'gitconfig': { const p = X.person(); d.w('==> ~/.gitconfig <==\n[user]\n\tname = ', X.pname(p), '\n\temail = ', X.email(p), '\n\tsigningkey = ', L('hash', X.r.hex(16).toUpperCase()), '\n[credential]\n\thelper = store\n');
        if (X.chance(0.5)) d.w('[url "https://oauth2:', X.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@code.corp.example/"]\n\tinsteadOf = https://code.corp.example/\n'); break; }
      case 'rclone': d.w('==> ~/.config/rclone/rclone.conf <==\n[b2]\ntype = b2\naccount = ', L('hash', X.r.hex(12)), '\nkey = ', S('GENERIC_SECRET', X.r.str(ALNUM, 31)), '\n\n[nextcloud]\ntype = webdav\nurl = https://cloud.family.example/remote.php/dav/files/', X.pick(['anna', 'kai', 'mama']), '\nvendor = nextcloud\nuser = ', X.pick(USERNAMES), '\npass = ', S('GENERIC_SECRET', X.r.str(B64URL, 44)), '\n'); break;
      case 'bashrc': d.t('==> ~/.bashrc (tail) <==\nalias ll="ls -la"\n'); block(X, d, 'env', X.int(3, 6)); break;
      case 'sshkey': { if (d.len > 1900) break; const t = X.chance(0.75) ? 'ed25519' : 'rsa'; const who = X.pick(['anna@laptop', 'kai@desktop', 'deploy@nas', 'pi@raspberrypi']);
        d.w('==> ~/.ssh/id_', t, ' <==\n', X.sec('OPENSSH_PRIVATE_KEY', pemKey(X.r, 'OPENSSH_PRIVATE_KEY', { type: t, comment: who })), '\n\n==> ~/.ssh/id_', t, '.pub <==\n');
        d.w(L('public_key', 'ssh-ed25519 ' + PEMX.sshEdPubBlob(PEMX.edKey(X.r)).toString('base64')), ' ', who, '\n'); break; }
      case 'sslkey': { if (d.len > 1800) break; const kind = X.pick(['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']);
        d.w('==> /etc/ssl/private/', X.pick(['nas', 'home', 'mail', 'vpn']), '.key <==\n', X.sec(kind, pemKey(X.r, kind, { type: 'rsa' })), '\n');
        if (X.chance(0.5)) d.w('\n==> /etc/ssl/certs/home.crt <==\n', L('certificate', PEMX.pemWrap('CERTIFICATE', PEMX.certificateDer(X.r, { cn: 'nas.home.example', org: 'Home Lab', country: 'DE', notBefore: '240101000000Z', notAfter: '270101000000Z', ec: true }))), '\n');
        break; }
      case 'gpg': { if (d.len > 2200) break; const p = X.person(); const em = X.g.email(p, X.r).replace(/\.(example|invalid)$/, '.test');
        d.w('$ gpg --list-secret-keys\nsec   ed25519 ', X.date('en'), ' [SC]\n      ', L('hash', X.r.hex(40).toUpperCase()), '\nuid           [ultimate] ', X.pname(p, 'latin'), ' <', P('EMAIL_ADDRESS', em), '>\n\n$ gpg --export-secret-keys --armor ', P('EMAIL_ADDRESS', em), '\n');
        d.w(X.sec('PGP_PRIVATE_KEY_BLOCK', pemKey(X.r, 'PGP_PRIVATE_KEY_BLOCK', { uid: `${p.westernLatin} <${em}>` })), '\n'); break; }
      case 's3cfg': d.w('==> ~/.s3cfg <==\n[default]\naccess_key = ', X.sec('AWS_ACCESS_KEY'), '\nsecret_key = ', X.sec('AWS_SECRET_KEY'), '\nhost_base = s3.storage.example\nhost_bucket = %(bucket)s.s3.storage.example\nuse_https = True\n'); break;
    }
    d.t('\n');
  }
}

// ------------------------------------------------------------------ environment dumps
export function env_dump(X, d) {
  const fmt = X.pick(['env', 'env', 'docker', 'systemd', 'k8s']);
  const user = X.pick(['anna', 'kai', 'app', 'node', 'runner']);
  const basics = [['HOME', `/home/${user}`], ['USER', user], ['SHELL', '/bin/bash'], ['LANG', X.pick(['de_DE.UTF-8', 'en_US.UTF-8', 'fr_FR.UTF-8', 'ja_JP.UTF-8'])], ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin'], ['TERM', 'xterm-256color'], ['PWD', '/srv/app'], ['SHLVL', '1']];
  const lines = [];
  for (const [k, v] of basics) if (X.chance(0.6)) lines.push([k, v]);
  lines.push(['HOSTNAME', X.L('hostname')]);
  const n = X.int(7, 16);
  for (let i = 0; i < n; i++) { if (X.chance(0.75)) { const e = X.nextSecretKind(); lines.push([X.keyName(e, 'env').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase(), X.sec(e)]); } else lines.push([X.pick(['GIT_COMMIT', 'IMAGE', 'APP_VERSION', 'REQUEST_ID', 'DEPLOY_ID', 'STRIPE_PUBLISHABLE_KEY', 'ADMIN_EMAIL']), null]); }
  const val = (k, v) => { if (v !== null) return v; switch (k) { case 'GIT_COMMIT': return X.L('git_sha'); case 'IMAGE': return ['registry.home.example/app@', X.L('digest')]; case 'APP_VERSION': return X.L('version'); case 'REQUEST_ID': return X.L('request_id'); case 'DEPLOY_ID': return X.L('uuid'); case 'STRIPE_PUBLISHABLE_KEY': return L('public_key', 'pk_live_' + X.r.str(ALNUM, 24)); default: return X.email(X.person()); } };
  const sorted = X.chance(0.6) ? lines.sort((a, b) => (a[0] < b[0] ? -1 : 1)) : X.r.shuffle(lines);
  if (fmt === 'env') { d.t(X.pick(['$ env | sort\n', '$ printenv\n', '# /proc/1/environ\n', ''])); for (const [k, v] of sorted) if (d.len < X.budget) d.w(k, '=', val(k, v), '\n'); }
  else if (fmt === 'docker') { d.t('$ docker inspect --format \'{{json .Config.Env}}\' ' + X.pick(['shop-web-1', 'paperless', 'immich_server']) + '\n['); let first = true; for (const [k, v] of sorted) { if (d.len > X.budget) break; d.w(first ? '' : ',', '"', k, '=', val(k, v), '"'); first = false; } d.t(']\n'); }
  else if (fmt === 'systemd') { d.t('[Service]\nUser=' + user + '\n'); for (const [k, v] of sorted) if (d.len < X.budget) d.w('Environment="', k, '=', val(k, v), '"\n'); d.t('ExecStart=/usr/bin/node /srv/app/server.js\nRestart=always\n'); }
  else { d.t('$ kubectl exec deploy/web -- env\n'); for (const [k, v] of sorted) if (d.len < X.budget) d.w(k, '=', val(k, v), '\n'); d.w('KUBERNETES_SERVICE_HOST=10.43.0.1\nKUBERNETES_PORT=tcp://10.43.0.1:443\n'); }
}

// ------------------------------------------------------------------ password manager / browser CSV exports
const SITES = [['Sparkasse', 'https://banking.sparkasse-nord.example/login'], ['Mail', 'https://mail.freemail.example/'], ['Netflix-ish', 'https://stream.tv.test/login'], ['Elster', 'https://portal.tax-office.example/'],
  ['Kita-App', 'https://app.kita-sonnenschein.example/'], ['Amazon-ish', 'https://shop.bigmarket.test/ap/signin'], ['Stadtwerke', 'https://kundenportal.stadtwerke-nord.example/'], ['Router', 'http://192.168.178.1/'],
  ['NAS', 'https://nas.home.example:5001/'], ['Insurance', 'https://my.insure-direct.test/'], ['School portal', 'https://portal.school-district12.test/'], ['Doctor', 'https://termine.clinica-sol.test/'],
  ['Airline', 'https://miles.skyhop.example/'], ['Train', 'https://tickets.rail.test/'], ['Phone provider', 'https://mein.mobilfunk.example/'], ['PayPal-ish', 'https://wallet.payments.test/signin']];
export function password_export(X, d) {
  const fmt = X.pick(['chrome', 'firefox', 'bitwarden', 'onepassword', 'keepass']);
  const owner = X.person();
  const user = () => (X.chance(0.55) ? X.email(owner) : X.pick(USERNAMES));
  const pw = () => (fmt === 'chrome' || fmt === 'firefox' ? S('BROWSER_SAVED_PASSWORD', humanPassword(X.r).replace(/[",]/g, '')) : S('PASSWORD_MANAGER_PASSWORD', (X.chance(0.5) ? strongPassword(X.r) : humanPassword(X.r)).replace(/[",]/g, '')));
  const note = () => X.r.weighted([['', 5], ['cust', 2], ['pin', 1], ['sec', 1], ['phone', 1]]);
  const noteParts = (k) => k === 'cust' ? ['Kundennr. ', X.L('crm_id')] : k === 'pin' ? ['PIN am Kühlschrank'] : k === 'sec' ? ['security answer: ', P('PERSON', X.person().familyLat), ' (mother)'] : k === 'phone' ? ['2FA phone ', X.phone()] : [];
  if (fmt === 'chrome') { d.t('name,url,username,password,note\n'); while (d.len < X.budget) { const [n, u] = X.pick(SITES); const k = note(); d.w(n, ',', u, ',', user(), ',', pw(), ',', noteParts(k), '\n'); } }
  else if (fmt === 'firefox') { d.t('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n');
    while (d.len < X.budget) { const [, u] = X.pick(SITES); const t0 = X.int(1500000000, 1750000000) * 1000; d.w('"', u.replace(/\/[^/]*$/, ''), '","', user(), '","', pw(), '",,"', u.replace(/\/[^/]*$/, ''), '","{', X.L('uuid'), '}","', L('timestamp', String(t0)), '","', L('timestamp', String(t0 + X.int(1, 9e9))), '","', L('timestamp', String(t0 + X.int(1, 9e9))), '"\n'); } }
  else if (fmt === 'bitwarden') { d.t('folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n');
    while (d.len < X.budget) { const [n, u] = X.pick(SITES); const k = note(); d.w(X.pick(['Familie', 'Finanzen', 'Arbeit', '']), ',', X.pick(['1', '']), ',login,', n, ',', noteParts(k), ',,0,', u, ',', user(), ',', pw(), ',', X.chance(0.3) ? X.sec('TOTP_SECRET') : '', '\n'); } }
  else if (fmt === 'onepassword') { d.t('Title,Url,Username,Password,OTPAuth,Notes\n');
    while (d.len < X.budget) { const [n, u] = X.pick(SITES); const k = note(); d.w(n, ',', u, ',', user(), ',', pw(), ',', X.chance(0.3) ? ['otpauth://totp/', n.replace(/[^A-Za-z]/g, ''), '?secret=', X.sec('TOTP_SECRET'), '&issuer=', n.replace(/[^A-Za-z]/g, '')] : '', ',', noteParts(k), '\n'); } }
  else { d.t('"Group","Title","Username","Password","URL","Notes"\n');
    while (d.len < X.budget) { const [n, u] = X.pick(SITES); const k = note(); d.w('"', X.pick(['Root/Bank', 'Root/Home', 'Root/Kids', 'Root/Work']), '","', n, '","', user(), '","', pw(), '","', u, '","', noteParts(k), '"\n'); } }
}

// ------------------------------------------------------------------ router / IoT configs
export function router_config(X, d) {
  const v = X.pick(['openwrt', 'cisco', 'esphome', 'wireguard', 'shelly', 'mikrotik', 'mosquitto', 'hass', 'camera']);
  const mac = () => X.L('mac_address');
  if (v === 'openwrt') {
    d.w("config wifi-device 'radio0'\n\toption type 'mac80211'\n\toption channel '36'\n\toption band '5g'\n\toption macaddr '", mac(), "'\n\n");
    for (let i = 0, n = X.int(1, 3); i < n; i++) d.w("config wifi-iface 'wifinet", String(i), "'\n\toption device 'radio", String(i % 2), "'\n\toption mode 'ap'\n\toption ssid '", X.pick(SSIDS), "'\n\toption encryption '", X.pick(['psk2', 'sae-mixed', 'psk2+ccmp']), "'\n\toption key '", S('WIFI_PASSWORD', humanPassword(X.r).replace(/'/g, '')), "'\n\n");
    d.w("config interface 'wan'\n\toption proto 'pppoe'\n\toption username '", X.email(X.person()), "'\n\toption password '", X.sec('PPPOE_PASSWORD'), "'\n\toption ipv6 'auto'\n\n");
    d.w("config interface 'lan'\n\toption proto 'static'\n\toption ipaddr '192.168.1.1'\n\toption netmask '255.255.255.0'\n\n# last WAN address seen: ", X.ip4(), '\n');
  } else if (v === 'cisco') {
    d.w('!\nhostname ', X.pick(['home-gw', 'office-rtr1', 'branch-sw2']), '\n!\nenable secret 5 ', L('hash', '$1$' + X.r.str(ALNUM, 4) + '$' + X.r.str(ALNUM + './', 22)), '\nusername admin privilege 15 password 7 ', X.sec('CISCO_TYPE7_PASSWORD'), '\n!\n');
    d.w('snmp-server community ', X.sec('SNMP_COMMUNITY_STRING'), ' RO\nsnmp-server location ', X.addrParts(X.addr(), ', '), '\nsnmp-server contact ', X.email(X.person()), '\n!\nradius-server host 10.0.0.5 key ', X.sec('RADIUS_SHARED_SECRET'), '\n!\n');
    d.w('crypto isakmp key ', S('VPN_PRESHARED_KEY', strongPassword(X.r, 24)), ' address ', X.ip4(), '\n!\ninterface GigabitEthernet0/1\n description uplink to ', X.L('hostname'), '\n ip address 10.10.0.2 255.255.255.252\n mac-address ', L('mac_address', X.r.hex(4) + '.' + X.r.hex(4) + '.' + X.r.hex(4)), '\n!\nntp server 10.0.0.1\n!\nend\n');
  } else if (v === 'esphome') {
    d.w('esphome:\n  name: ', X.pick(['garage-door', 'plant-sensor', 'boiler-monitor']), '\n  friendly_name: ', X.pick(['Garage', 'Monstera', 'Heizung']), '\n\nwifi:\n  ssid: "', X.pick(SSIDS), '"\n  password: "', S('WIFI_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"\n  ap:\n    ssid: "Fallback Hotspot"\n    password: "', S('IOT_DEVICE_PASSWORD', X.r.str(ALNUM, 12)), '"\n\n');
    d.w('api:\n  encryption:\n    key: "', X.sec('ESPHOME_API_ENCRYPTION_KEY'), '"\n\nota:\n  - platform: esphome\n    password: "', X.sec('OTA_PASSWORD'), '"\n\nlogger:\n  level: DEBUG\n\nsensor:\n  - platform: dht\n    pin: GPIO4\n    temperature:\n      name: "Temperature"\n');
  } else if (v === 'wireguard') {
    d.w('[Interface]\n# ', X.pname(X.person()), "'s laptop\nPrivateKey = ", X.sec('WIREGUARD_PRIVATE_KEY'), '\nAddress = 10.8.0.', String(X.int(2, 250)), '/24\nDNS = 10.8.0.1\n\n');
    for (let i = 0, n = X.int(1, 2); i < n; i++) d.w('[Peer]\nPublicKey = ', L('public_key', X.r.bytes(32).toString('base64')), '\nPresharedKey = ', S('VPN_PRESHARED_KEY', X.r.bytes(32).toString('base64')), '\nEndpoint = ', X.chance(0.5) ? ['vpn.family.example'] : [X.ip4()], ':51820\nAllowedIPs = ', X.L('cidr'), ', 0.0.0.0/0\nPersistentKeepalive = 25\n\n');
  } else if (v === 'shelly') {
    d.w('{\n  "device": {"type": "SHSW-25", "mac": "', L('mac_address', X.r.hex(12).toUpperCase()), '", "hostname": "shellyswitch25-', X.r.hex(6).toUpperCase(), '"},\n  "wifi_sta": {"enabled": true, "ssid": "', X.pick(SSIDS), '", "pass": "', S('WIFI_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"},\n');
    d.w('  "mqtt": {"enable": true, "server": "192.168.1.5:1883", "user": "shelly", "pass": "', X.sec('MQTT_PASSWORD'), '"},\n  "login": {"enabled": true, "username": "admin", "password": "', S('IOT_DEVICE_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"},\n  "fw": "', X.L('version'), '",\n  "cloud": {"enabled": false},\n  "location": {"lat": ', String((X.r.float() * 10 + 45).toFixed(4)), ', "lng": ', String((X.r.float() * 10 + 5).toFixed(4)), '}\n}\n');
  } else if (v === 'mikrotik') {
    d.w('# ', X.ts(), ' by RouterOS ', X.L('version'), '\n# software id = ', X.r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4), '-', X.r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4), '\n/interface wireless security-profiles\nadd authentication-types=wpa2-psk mode=dynamic-keys name=home wpa2-pre-shared-key="', S('WIFI_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"\n');
    d.w('/ppp secret\nadd name=', X.pick(USERNAMES).replace(/[^a-z0-9]/g, ''), ' password=', S('VPN_PRESHARED_KEY', X.r.str(ALNUM, 16)), ' profile=default-encryption service=l2tp\n/user\nadd group=full name=', X.pick(['admin2', 'backup', 'kai']), ' password="', S('ROUTER_ADMIN_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"\n/ip cloud\nset ddns-enabled=yes\n/snmp community\nset [ find default=yes ] name=', X.sec('SNMP_COMMUNITY_STRING'), '\n');
  } else if (v === 'mosquitto') {
    d.t('# /etc/mosquitto/conf.d/bridge.conf\nlistener 1883\nallow_anonymous false\npassword_file /etc/mosquitto/passwd\n\nconnection cloud-bridge\n');
    d.w('address ', X.pick(['mqtt.home.test', 'broker.family.example']), ':8883\nremote_username ', X.pick(USERNAMES), '\nremote_password ', X.sec('MQTT_PASSWORD'), '\ntopic sensors/# out 1\n\n# /etc/mosquitto/passwd\n');
    for (let i = 0, n = X.int(2, 4); i < n; i++) d.w(X.pick(['zigbee2mqtt', 'ha', 'shelly', 'tasmota', 'frigate']), ':', L('hash', '$7$101$' + X.r.bytes(12).toString('base64') + '$' + X.r.bytes(64).toString('base64')), '\n');
  } else if (v === 'hass') {
    d.w('# secrets.yaml – Home Assistant\nwifi_ssid: "', X.pick(SSIDS), '"\nwifi_password: "', S('WIFI_PASSWORD', humanPassword(X.r).replace(/"/g, '')), '"\nmqtt_user: homeassistant\nmqtt_password: ', X.sec('MQTT_PASSWORD'), '\n');
    d.w('latitude: ', L('coordinates', (X.r.float() * 10 + 45).toFixed(5)), '\nlongitude: ', L('coordinates', (X.r.float() * 10 + 5).toFixed(5)), '\nhome_address: "', X.addrParts(X.addr(), ', '), '"\n');
    block(X, d, 'yaml', X.int(3, 6));
    d.w('notify_phone: "', X.phone(), '"\nalarm_code: "', String(X.int(1000, 9999)), '"\n');
  } else {
    d.w('# Kamera-Setup ', X.pick(['Einfahrt', 'Garten', 'Babyzimmer', 'Front door']), '\nrtsp_url: rtsp://admin:', S('IOT_DEVICE_PASSWORD', X.urlSafe(humanPassword(X.r))), '@', X.g.ipv4Private(X.r), ':554/Streaming/Channels/101\nonvif_user: admin\nserial: ', X.L('serial_number'), '\nmac: ', mac(), '\nfirmware: ', X.L('version'), '\n');
    d.w('cloud_account: ', X.email(X.person()), '\ncloud_password: ', S('ACCOUNT_PASSWORD', humanPassword(X.r)), '\nsnapshot_token: ', X.sec(), '\n');
  }
  if (d.len < 300) { d.t('\n'); block(X, d, X.pick(['yaml', 'ini']), X.int(3, 5)); }
}

// ------------------------------------------------------------------ Terraform tfvars / HCL
export function tfvars(X, d) {
  d.t(X.pick(['# terraform.tfvars\n', '# prod.auto.tfvars – do not commit\n', '# secrets.tfvars\n', '']));
  const keys = []; const n = X.int(4, 9);
  for (let i = 0; i < n; i++) { const e = X.nextSecretKind(); keys.push([X.keyName(e, 'hcl').replace(/[^a-z0-9_]/g, '_'), e]); }
  const align = Math.max(...keys.map(([k]) => k.length));
  for (const [k, e] of keys) d.w(k, ' '.repeat(align - k.length + 1), '= "', X.sec(e), '"\n');
  d.w('region', ' '.repeat(Math.max(1, align - 5)), '= "eu-central-1"\n', 'owner_email', ' '.repeat(Math.max(1, align - 10)), '= "', X.email(X.person()), '"\n');
  d.w('allowed_cidrs', ' '.repeat(Math.max(1, align - 12)), '= ["', X.L('cidr'), '", "', X.L('cidr'), '"]\n');
  if (X.chance(0.45) && d.len < 1800) { const kind = X.pick(['OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY']); d.w('deploy_private_key = <<EOT\n', X.pem(kind), '\nEOT\n'); }
  d.t('\nprovider "aws" {\n  region     = var.region\n');
  d.w('  access_key = "', X.sec('AWS_ACCESS_KEY'), '"\n  secret_key = "', X.sec('AWS_SECRET_KEY'), '"\n}\n\n');
  if (X.chance(0.6)) d.w('provider "azurerm" {\n  features {}\n  tenant_id       = "', X.L('uuid'), '"\n  client_id       = "', X.L('uuid'), '"\n  client_secret   = "', X.sec('AZURE_AD_CLIENT_SECRET'), '"\n  subscription_id = "', X.L('uuid'), '"\n}\n\n');
  if (X.chance(0.6)) d.w('variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "', S('DATABASE_PASSWORD', machinePassword(X.r)), '"\n}\n\n');
  if (X.chance(0.5)) d.w('resource "random_password" "admin" {\n  length = 24\n}\n# admin password is ', X.L('env_reference'), '\n');
  if (X.chance(0.4)) d.w('# state serial 42, lineage ', X.L('uuid'), ', last apply ', X.ts(), ' by ', X.pname(X.person()), '\n');
}

// ------------------------------------------------------------------ PowerShell and batch scripts
export function powershell_script(X, d) {
  const v = X.pick(['ps1', 'ps1', 'bat', 'netsh']);
  const author = X.person();
  if (v === 'ps1') {
    d.w('<#\n.SYNOPSIS\n  ', X.pick(['Nightly backup of the family NAS', 'Map network drives for the office', 'Rotate the scanner service account', 'Sync photos to cloud storage']), '\n.NOTES\n  Author: ', X.pname(author), ' <', X.email(author), '>\n  Changed: ', X.date('en'), '\n#>\n\n');
    d.w('$ErrorActionPreference = "Stop"\n$User = "', X.pick(['HOME\\backup', 'KANZLEI\\svc_scan', 'anna', '.\\Administrator']), '"\n$Password = ConvertTo-SecureString "', S('POWERSHELL_PLAINTEXT_PASSWORD', humanPassword(X.r).replace(/["`$]/g, '')), '" -AsPlainText -Force\n$Cred = New-Object System.Management.Automation.PSCredential ($User, $Password)\n\n');
    const n = X.int(2, 5); for (let i = 0; i < n; i++) { const e = X.nextSecretKind(); d.w(X.kv('ps', X.keyName(e, 'ps').replace(/[^A-Za-z0-9_]/g, ''), X.sec(e), { quote: '"' }), '\n'); }
    d.w('\n$Headers = @{ Authorization = "Bearer ', X.sec(X.pick(['OAUTH_ACCESS_TOKEN', 'JSON_WEB_TOKEN', 'HOME_ASSISTANT_TOKEN'])), '" }\nInvoke-RestMethod -Uri "https://api.home.example/v2/backup/', X.L('uuid'), '" -Headers $Headers -Method Post\n');
    d.w('New-PSDrive -Name "Z" -PSProvider FileSystem -Root "\\\\nas\\family" -Credential $Cred -Persist\n');
    if (X.chance(0.5)) d.w('Send-MailMessage -To "', X.email(X.person()), '" -From "', X.email(null), '" -Subject "Backup OK" -SmtpServer smtp.mail.example -Credential (New-Object PSCredential("backup", (ConvertTo-SecureString "', S('SMTP_PASSWORD', humanPassword(X.r).replace(/["`$]/g, '')), '" -AsPlainText -Force)))\n');
    if (X.chance(0.4)) d.w('# log: ', X.L('file_path'), '\n');
  } else if (v === 'bat') {
    d.w('@echo off\nREM ', X.pick(['Laufwerke verbinden', 'Map drives', 'Sauvegarde quotidienne']), ' – ', X.pname(author), ', ', X.date('de'), '\n');
    d.w('net use Z: \\\\nas\\scans /user:', X.pick(['HOME', 'KANZLEI', 'BUERO']), '\\', X.pick(['anna', 'scanner', 'kai']), ' ', S('SERVICE_ACCOUNT_PASSWORD', strongPassword(X.r, 14).replace(/[%^&|<>"]/g, 'x')), ' /persistent:yes\n');
    d.w('cmdkey /add:', X.L('hostname'), ' /user:admin /pass:', S('COMMAND_LINE_PASSWORD', X.urlSafe(humanPassword(X.r))), '\n');
    const n = X.int(2, 5); for (let i = 0; i < n; i++) { const e = X.nextSecretKind(); d.w(X.kv('bat', X.keyName(e, 'bat').replace(/[^A-Za-z0-9_]/g, '_'), X.sec(e)), '\n'); }
    d.w('schtasks /create /tn "NightlyBackup" /tr "C:\\Tools\\backup.cmd" /sc daily /st 02:00 /ru svc_backup /rp ', S('SERVICE_ACCOUNT_PASSWORD', strongPassword(X.r, 16).replace(/[%^&|<>"]/g, 'x')), '\n');
    d.w('curl.exe -u ', X.pick(USERNAMES), ':', S('HTTP_BASIC_PASSWORD', X.urlSafe(humanPassword(X.r))), ' -T backup.zip https://cloud.family.example/remote.php/dav/files/backup/\n');
    d.t('if errorlevel 1 echo FEHLER & exit /b 1\n');
  } else {
    d.w('PS C:\\Users\\', X.pick(['anna', 'kai', 'Admin']), '> netsh wlan show profile name="', X.pick(SSIDS), '" key=clear\n\nProfile ', X.pick(SSIDS), ' on interface Wi-Fi:\n=======================================================================\n\nApplied: All User Profile\n\nProfile information\n-------------------\n    Version                : 1\n    Type                   : Wireless LAN\n    Name                   : ', X.pick(SSIDS), '\n\nSecurity settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : ', S('WIFI_PASSWORD', humanPassword(X.r)), '\n\nCost settings\n-------------\n    Cost                   : Unrestricted\n\n');
    d.w('PS> Get-NetIPAddress -AddressFamily IPv4 | select IPAddress\n192.168.178.23\n\nPS> whoami /user\nUSER INFORMATION\n----------------\nUser Name     SID\n============= ==============================================\n', X.pick(['laptop\\anna', 'desktop-7\\kai']), '  S-1-5-21-', X.r.digits(10), '-', X.r.digits(10), '-', X.r.digits(9), '-1001\n');
  }
}

// ------------------------------------------------------------------ Windows registry exports
export function registry_export(X, d) {
  d.t('Windows Registry Editor Version 5.00\r\n\r\n');
  const parts = X.r.sample(['winlogon', 'putty', 'odbc', 'app', 'office', 'vnc', 'tcpip', 'app'], X.int(3, 5));
  for (const p of parts) {
    if (d.len > X.budget) break;
    switch (p) {
      case 'winlogon': d.w('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n"AutoAdminLogon"="1"\r\n"DefaultUserName"="', X.pick(['anna', 'kiosk', 'Familie', 'wartezimmer']), '"\r\n"DefaultDomainName"="', X.pick(['HOME', 'PRAXIS', 'WORKGROUP']), '"\r\n"DefaultPassword"="', S('WINDOWS_AUTOLOGON_PASSWORD', humanPassword(X.r).replace(/["\\]/g, '')), '"\r\n\r\n'); break;
      case 'putty': d.w('[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\', X.pick(['nas', 'router', 'pi-hole', 'vps']), ']\r\n"HostName"="', X.g.ipv4Private(X.r), '"\r\n"UserName"="', X.pick(['admin', 'pi', 'root']), '"\r\n"ProxyMethod"=dword:00000003\r\n"ProxyHost"="proxy.corp.example"\r\n"ProxyUsername"="', X.pick(USERNAMES), '"\r\n"ProxyPassword"="', S('PROXY_PASSWORD', humanPassword(X.r).replace(/["\\]/g, '')), '"\r\n"PublicKeyFile"="', X.L('file_path'), '"\r\n\r\n'); break;
      case 'odbc': d.w('[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\', X.pick(['Buchhaltung', 'Praxis', 'Lager']), ']\r\n"Driver"="C:\\\\Windows\\\\system32\\\\sqlsrv32.dll"\r\n"Server"="', X.L('hostname'), '"\r\n"Database"="', X.pick(['FIBU', 'Patienten', 'WaWi']), '"\r\n"UID"="sa"\r\n"PWD"="', S('DATABASE_PASSWORD', machinePassword(X.r).replace(/["\\]/g, '')), '"\r\n\r\n'); break;
      case 'app': { const o = X.person(); d.w('[HKEY_CURRENT_USER\\Software\\', X.pick(['AcmeBackup\\Settings', 'PhotoSync\\Cloud', 'ScanToMail\\Config', 'TaxHelper\\Account']), ']\r\n');
        for (let i = 0, n = X.int(1, 3); i < n; i++) { const e = X.nextSecretKind(); d.w(X.kv('reg', X.keyName(e, 'reg').replace(/[^A-Za-z0-9 ]/g, ''), X.sec(e)), '\r\n'); }
        d.w('"InstallId"="{', X.L('uuid'), '}"\r\n"LicenseKey"="', X.L('serial_number'), '"\r\n"Owner"="', X.pname(o), '"\r\n"OwnerEmail"="', X.email(o), '"\r\n"LastRun"=dword:', X.r.hex(8), '\r\n\r\n'); break; }
      case 'office': { const o = X.person(); d.w('[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\UserInfo]\r\n"UserName"="', X.pname(o), '"\r\n"UserInitials"="', (o.givenLat[0] + o.familyLat[0]).toUpperCase(), '"\r\n"Company"="', X.pick(['Kanzlei Weber', 'Praxis Dr. Lindner', 'Acme Logistics']), '"\r\n\r\n'); break; }
      case 'vnc': d.w('[HKEY_CURRENT_USER\\Software\\ORL\\WinVNC3]\r\n"Password"=hex:', X.sec('VNC_ENCRYPTED_PASSWORD'), '\r\n"PortNumber"=dword:0000170c\r\n\r\n'); break;
      case 'tcpip': d.w('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces\\{', X.L('uuid'), '}]\r\n"DhcpIPAddress"="192.168.178.', String(X.int(2, 250)), '"\r\n"DhcpServer"="192.168.178.1"\r\n"Domain"="fritz.box.test"\r\n\r\n'); break;
    }
  }
}

// ------------------------------------------------------------------ terminal session creating / printing key material
export function terminal_session(X, d) {
  const user = X.pick(['anna', 'kai', 'pi', 'admin', 'mika']); const host = X.pick(['laptop', 'nas', 'raspberrypi', 'desktop', 'vps1']);
  const prompt = `${user}@${host}:~$ `;
  let pems = 0;
  while (d.len < X.budget && pems < 3) {
    const kind = X.lang('pemdeck', ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY_BLOCK']);
    const form = X.lang('pemform', ['plain', 'plain', 'yaml', 'json']);
    const room = 3900 - d.len;
    const pem = pemKey(X.r, kind, { type: room < 2200 ? (kind === 'OPENSSH_PRIVATE_KEY' ? 'ed25519' : 'ec') : undefined, bits: room < 2200 ? 1024 : 2048, comment: `${user}@${host}`, uid: `${X.pname(X.person(), 'latin').value} <${user}@${host}.test>` });
    const need = pem.length + 400; if (need > room) break;
    if (form === 'yaml') { d.w(prompt, 'ansible-vault view group_vars/', X.pick(['all', 'web', 'nas']), '/vault.yml\nVault password: \n---\nvault_admin_email: ', X.email(X.person()), '\nvault_db_password: ', X.sec('DATABASE_PASSWORD'), '\nvault_tls_key: |\n  ', X.sec(kind, pemIndent(pem, '  ')), '\n'); }
    else if (form === 'json') { d.w(prompt, 'terraform output -json\n{\n  "admin_email": {\n    "sensitive": false,\n    "type": "string",\n    "value": "', X.email(X.person()), '"\n  },\n  "deploy_key": {\n    "sensitive": true,\n    "type": "string",\n    "value": "', X.sec(kind, pemEscape(pem)), '\\n"\n  }\n}\n'); }
    else {
      switch (kind) {
        case 'OPENSSH_PRIVATE_KEY': d.w(prompt, 'ssh-keygen -t ed25519 -C "', user, '@', host, '" -f ~/.ssh/id_backup -N ""\nGenerating public/private ed25519 key pair.\nYour identification has been saved in /home/', user, '/.ssh/id_backup\nThe key fingerprint is:\nSHA256:', L('hash', X.r.bytes(32).toString('base64').replace(/=+$/, '')), ' ', user, '@', host, '\n', prompt, 'cat ~/.ssh/id_backup\n', X.sec(kind, pem), '\n'); break;
        case 'RSA_PRIVATE_KEY': d.w(prompt, 'openssl genrsa -traditional ', String(pem.length > 1200 ? 2048 : 1024), ' 2>/dev/null | tee /etc/ssl/private/', X.pick(['nas', 'mail', 'vpn']), '.key\n', X.sec(kind, pem), '\n'); break;
        case 'EC_PRIVATE_KEY': d.w(prompt, 'openssl ecparam -genkey -name prime256v1 -noout\n', X.sec(kind, pem), '\n'); break;
        case 'PKCS8_PRIVATE_KEY': d.w(prompt, 'kubectl get secret ', X.pick(['shop-tls', 'ingress-cert']), " -o jsonpath='{.data.tls\\.key}' | base64 -d\n", X.sec(kind, pem), '\n'); break;
        default: d.w(prompt, 'gpg --armor --export-secret-keys ', user, '@', host, '.test\n', X.sec(kind, pem), '\n');
      }
    }
    pems++;
    if (X.chance(0.6) && d.len < 3300) {
      const extra = X.pick(['age', 'wg', 'hist']);
      if (extra === 'age') d.w(prompt, 'age-keygen\n# created: ', L('timestamp', `${X.int(2022, 2025)}-${p2(X.int(1, 12))}-${p2(X.int(1, 28))}T${p2(X.int(0, 23))}:${p2(X.int(0, 59))}:${p2(X.int(0, 59))}+01:00`), '\n# public key: ', L('public_key', bech32Encode('age', X.r.bytes(32))), '\n', X.sec('AGE_SECRET_KEY'), '\n');
      else if (extra === 'wg') d.w(prompt, 'wg genkey | tee privatekey | wg pubkey\n', L('public_key', X.r.bytes(32).toString('base64')), '\n', prompt, 'cat privatekey\n', X.sec('WIREGUARD_PRIVATE_KEY'), '\n');
      else d.w(prompt, 'history | tail -3\n  ', String(X.int(100, 999)), '  export ', X.keyName(X.nextSecretKind(), 'env'), '=', X.sec(), '\n');
    }
  }
}
