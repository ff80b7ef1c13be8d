// Configuration kinds: credential dotfiles, HCL/tfvars, PowerShell, registry exports, Java
// properties, .env, Kubernetes, compose, JSON settings, INI/TOML, kubeconfig/docker config,
// CI pipelines, Ansible, network devices.
import { fill, keyStyle, envQuote, p2 } from './util.mjs';
import { S, L, P, jsonEsc, nlEsc, mapFrag } from './doc.mjs';
import { SECRET_BY_NAME } from './secrets.mjs';
import { look } from './looks.mjs';

const ODD_KEYS = ['pepper', 'sesame', 'hush', 'magic_beans', 'cookie_jar_lid', 'x9', 'the_big_one', 'knock_knock', 'zz_blob', 'glitter', 'bootstrap_seed',
  'unlock_phrase', 'lantern', 'moon_phrase', 'pixie_dust', 'shibboleth', 'open_sesame', 'sauce', 'secret_sauce', 'not_a_password', 'misc2', 'k', 'blob_alpha',
  'salt_shaker', 'grandmas_recipe', 'dragon_egg', 'mellon', 'xyzzy', 'plugh', 'rosebud', 'nonce_seed_v2', 'ticket_to_ride', 'skeleton', 'brass_key', 'quiet_word'];
const HOSTS = ['db-prod-03.eu-west.internal.example', 'pg.billing.svc.test', 'mysql-01.corp.example', 'redis.cache.internal.example', 'mq.nordwind.example', 'ldap.corp.example', 'smtp.mail.kilnworks.example', 'vault.ops.test', 'git.corp.example', 'pkgs.harbourline.example'];

// a value safe for a given quoting context
function safeSecret(k, kind, bad) {
  // a value of this kind that needs no escaping here; if the kind's format cannot avoid the
  // bad characters, fall back to another kind that can
  for (let j = 0; j < 40; j++) {
    for (let i = 0; i < 30; i++) { const v = k.sv(kind); if (!bad.test(v)) return S(kind, v); }
    kind = k.token();
  }
  throw new Error('no safe secret');
}
function envKeyFor(k, kind) { const e = SECRET_BY_NAME[kind].env; return e.length ? k.r.pick(e) : kind; }
function sprinkle(k, style) {
  // a non-secret config line with a look-alike value
  const r = k.r;
  const w = r.pick(['version', 'uuid', 'hostname', 'env_reference', 'placeholder', 'hex_color', 'timestamp', 'git_sha', 'digest', 'aws_example_key', 'request_id', 'build_number', 'k8s_resource_version', 'ulid', 'container_id']);
  const key = { version: 'APP_VERSION', uuid: 'TENANT_ID', hostname: 'DB_HOST', env_reference: 'DB_PASSWORD', placeholder: 'STRIPE_KEY', hex_color: 'THEME_PRIMARY', timestamp: 'BUILD_TIME', git_sha: 'GIT_COMMIT', digest: 'IMAGE_DIGEST', aws_example_key: 'AWS_ACCESS_KEY_ID', request_id: 'TRACE_SEED', build_number: 'BUILD_NUMBER', k8s_resource_version: 'RESOURCE_VERSION', ulid: 'INSTANCE_ID', container_id: 'CONTAINER_ID' }[w];
  return [keyStyle(key, style), L(w, look(r, w))];
}

// an ordinary, non-sensitive setting
function ordinary(k, style) {
  const r = k.r;
  const [key, v] = r.pick([
    ['REGION', r.pick(['eu-central-1', 'eu-west-1', 'us-east-2', 'ap-northeast-1', 'westeurope'])], ['INSTANCE_TYPE', r.pick(['t3.medium', 'm6i.large', 'Standard_D4s_v5'])],
    ['REPLICAS', String(r.int(1, 6))], ['LOG_LEVEL', r.pick(['info', 'debug', 'warn'])], ['TIMEOUT_SECONDS', String(r.pick([5, 10, 30, 60, 120]))],
    ['VPC_CIDR', `10.${r.int(0, 250)}.0.0/16`], ['PUBLIC_DOMAIN', `${r.pick(['app', 'www', 'portal'])}.${r.pick(['nordwind', 'harbourline', 'kilnworks'])}.example`],
    ['FEATURE_NEW_CHECKOUT', r.pick(['true', 'false'])], ['MAX_UPLOAD_MB', String(r.pick([10, 25, 100]))], ['TZ', r.pick(['Europe/Warsaw', 'Europe/Helsinki', 'Asia/Tokyo', 'UTC'])],
    ['CACHE_TTL', String(r.pick([60, 300, 3600]))], ['SMTP_PORT', r.pick(['587', '465', '25'])], ['DB_POOL_SIZE', String(r.int(5, 50))], ['NODE_ENV', 'production'],
    ['BUCKET_NAME', `${r.pick(['assets', 'backups', 'exports'])}-${r.pick(['prod', 'eu', 'dr'])}`], ['RETENTION_DAYS', String(r.pick([7, 14, 30, 90]))],
  ]);
  return [keyStyle(key, style), v];
}

export const CONFIG = {
  dotfile_credentials(k) {
    const r = k.r, d = k.doc();
    const files = r.shuffle(['netrc', 'pgpass', 'pypirc', 'npmrc', 'gitcred', 'mycnf', 'aws', 's3cfg', 'gem', 'cargo', 'smb', 'pipconf', 'sshkey', 'tlskey', 'pgp', 'htpasswd', 'shadow']);
    const banner = r.pick(['head', 'cat', 'plain']);
    fill(d, r.int(1500, 3700), (i) => {
      const f = files[i % files.length];
      const path = { sshkey: `~/.ssh/${r.pick(['id_ed25519', 'id_ecdsa', 'deploy_key'])}`, tlskey: `/etc/ssl/private/${r.pick(['server', 'api', 'mail'])}.key`, pgp: 'release-signing.asc', htpasswd: '/etc/nginx/.htpasswd', shadow: '/etc/shadow (excerpt)', netrc: '~/.netrc', pgpass: '~/.pgpass', pypirc: '~/.pypirc', npmrc: '.npmrc', gitcred: '~/.git-credentials', mycnf: '~/.my.cnf', aws: '~/.aws/credentials', s3cfg: '~/.s3cfg', gem: '~/.gem/credentials', cargo: '~/.cargo/credentials.toml', smb: '/etc/samba/creds.office', pipconf: '~/.config/pip/pip.conf' }[f];
      d.line(banner === 'head' ? `==> ${path} <==` : banner === 'cat' ? `$ cat ${path}` : `# ${path}`);
      switch (f) {
        case 'netrc':
          for (let j = 0; j < r.int(1, 3); j++) {
            const h = r.pick(HOSTS); const u = r.pick(['deploy', 'anna', 'ci', 'jenkins', 'mirror', 'backup']);
            if (r.chance(0.5)) d.line(`machine ${h} login ${u} password `, k.S('NETRC_PASSWORD'));
            else d.line(`machine ${h}\n  login ${u}\n  password `, k.S('NETRC_PASSWORD'));
          }
          break;
        case 'pgpass':
          for (let j = 0; j < r.int(1, 4); j++) d.line(`${r.pick([r.pick(HOSTS), '*', 'localhost'])}:${r.pick(['5432', '6432', '*'])}:${r.pick(['billing', 'crm', '*', 'analytics'])}:${r.pick(['app', 'postgres', 'report_ro', 'etl'])}:`, k.S('PGPASS_PASSWORD'));
          break;
        case 'pypirc':
          d.line('[distutils]\nindex-servers =\n    internal\n    staging\n\n[internal]\nrepository = https://pkgs.kilnworks.example/simple/\nusername = __token__\npassword = ', k.S('PYPI_API_TOKEN'));
          d.line('\n[staging]\nrepository = https://pkgs.test/legacy/\nusername = ', r.pick(['ci-bot', 'release']), '\npassword = ', k.S('PYPIRC_PASSWORD'));
          break;
        case 'npmrc':
          d.line('registry=https://npm.pkgs.nordwind.example/');
          d.line('//npm.pkgs.nordwind.example/:_authToken=', k.S('NPM_ACCESS_TOKEN'));
          if (r.chance(0.5)) d.line('//npm.corp.test/:_auth=', k.S('BASIC_AUTH_CREDENTIALS'));
          if (r.chance(0.4)) d.line('//npm.mirror.example/:_authToken=', k.L('env_reference', '${NPM_TOKEN}'));
          d.line('always-auth=true');
          break;
        case 'gitcred':
          for (let j = 0; j < r.int(1, 3); j++) d.line(`https://${r.pick(['oauth2', 'x-access-token', 'kasia', 'build'])}:`, k.S('GIT_CREDENTIAL_TOKEN'), `@${r.pick(['git.corp.example', 'code.nordwind.test', 'scm.harbourline.example'])}`);
          break;
        case 'mycnf':
          d.line('[client]\nuser = ', r.pick(['root', 'app', 'backup']), '\npassword = ', safeSecret(k, 'MYSQL_PASSWORD', /[#;"'\s]/), '\nhost = ', k.L('hostname'));
          break;
        case 'aws':
          d.line('[default]\naws_access_key_id = ', k.S('AWS_ACCESS_KEY'), '\naws_secret_access_key = ', k.S('AWS_SECRET_KEY'));
          if (r.chance(0.5)) d.line('\n[sandbox]\naws_access_key_id = ', k.S('AWS_TEMP_ACCESS_KEY'), '\naws_secret_access_key = ', k.S('AWS_SECRET_KEY'), '\naws_session_token = ', k.S('AWS_SESSION_TOKEN'));
          if (r.chance(0.4)) d.line('\n[docs-sample]\naws_access_key_id = ', k.L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'), '\naws_secret_access_key = ', k.L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'));
          break;
        case 's3cfg':
          d.line('[default]\naccess_key = ', k.S('AWS_ACCESS_KEY'), '\nsecret_key = ', k.S('AWS_SECRET_KEY'), '\nhost_base = s3.storage.example\nsignature_v2 = False');
          break;
        case 'sshkey':
          d.line(k.S('OPENSSH_PRIVATE_KEY'));
          break;
        case 'tlskey': {
          const kind = r.pick(['RSA_PRIVATE_KEY', 'PKCS8_RSA_PRIVATE_KEY', 'PKCS8_EC_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'EC_PRIVATE_KEY']);
          d.line(k.S(kind));
          break;
        }
        case 'pgp':
          d.line(k.S('PGP_PRIVATE_KEY'));
          break;
        case 'htpasswd':
          for (let j = 0; j < r.int(1, 4); j++) d.line(r.pick(['admin', 'kasia', 'ops', 'grafana', 'reports', 'dev']) + String(j || ''), ':', k.S(r.pick(['APR1_HTPASSWD_HASH', 'BCRYPT_PASSWORD_HASH'])));
          break;
        case 'shadow':
          for (let j = 0; j < r.int(1, 3); j++) d.line(r.pick(['root', 'deploy', 'backup', 'pi', 'admin']), ':', k.S('SHA512CRYPT_SHADOW_HASH'), `:${r.int(18000, 20000)}:0:99999:7:::`);
          d.line('daemon:*:19000:0:99999:7:::\nnobody:*:19000:0:99999:7:::');
          break;
        case 'gem':
          d.line('---\n:rubygems_api_key: ', k.S('RUBYGEMS_API_KEY'));
          break;
        case 'cargo':
          d.line('[registries.internal]\ntoken = "', k.S('OPAQUE_BEARER_TOKEN', 'cio' + k.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)), '"');
          break;
        case 'smb':
          d.line('username=', r.pick(['scanner', 'office', 'kasia.n']), '\npassword=', k.S('FTP_PASSWORD', k.human({ noSym: ' ' })), '\ndomain=CORP');
          break;
        default:
          d.line('[global]\nindex-url = https://', r.pick(['ci', 'reader']), ':', k.S('URL_EMBEDDED_PASSWORD'), '@pkgs.harbourline.example/simple\ntimeout = 60');
      }
      d.add('\n');
    }, { min: 2 });
    return d;
  },

  terraform_hcl(k) {
    const r = k.r, d = k.doc();
    const owner = k.person(r.pick(['en_GB', 'pl_PL', 'de_DE', 'fi_FI', 'tr_TR', 'uk_UA', 'hu_HU']));
    if (r.chance(0.5)) {
      d.line('# terraform.tfvars — ', r.pick(['prod', 'staging', 'dr']), ' (owner: ', k.P(owner), ', ', k.email(owner), ')');
      fill(d, r.int(1000, 3600), () => {
        const w = r.weighted([[5, 'sec'], [1, 'odd'], [2, 'look'], [3, 'plain']]);
        if (w === 'sec') { const kind = r.chance(0.3) ? k.pwKind() : k.token(); d.line(`${keyStyle(envKeyFor(k, kind), 'snake')}${r.pick([' = ', '   = ', '='])}"`, safeSecret(k, kind, /["\\$]/), '"'); }
        else if (w === 'odd') d.line(`${r.pick(ODD_KEYS)} = "`, k.S('UNUSUAL_KEY_RANDOM_SECRET'), '"');
        else if (w === 'look') { const [kk, v] = sprinkle(k, 'snake'); d.line(kk, ' = "', v, '"'); }
        else { const [kk, v] = ordinary(k, 'snake'); d.line(kk, ' = ', /^\d+$|^(true|false)$/.test(v) ? v : `"${v}"`); }
      }, { min: 4 });
      return d;
    }
    d.line('terraform {\n  required_version = ">= ', k.L('version'), '"\n  backend "s3" {\n    bucket = "tfstate-', r.pick(['nordwind', 'harbourline']), '"\n    key    = "prod/terraform.tfstate"\n  }\n}\n');
    d.line('provider "aws" {\n  region     = "eu-central-1"\n  access_key = "', k.S('AWS_ACCESS_KEY'), '"\n  secret_key = "', k.S('AWS_SECRET_KEY'), '"\n}\n');
    fill(d, r.int(1400, 3600), () => {
      r.weighted([
        [3, () => { const kind = k.pwKind(); d.line(`variable "${keyStyle(envKeyFor(k, kind), 'snake')}" {\n  type      = string\n  sensitive = true\n  default   = "`, safeSecret(k, kind, /["\\$]/), '"\n}\n'); }],
        [2, () => d.line(`resource "aws_db_instance" "${r.pick(['main', 'reports', 'crm'])}" {\n  engine         = "postgres"\n  engine_version = "`, k.L('version'), '"\n  username       = "app"\n  password       = ', k.L('env_reference', 'var.db_password'), '\n  tags = { Owner = "', k.email(owner), '" }\n}\n')],
        [2, () => { const kind = k.token(); d.line(`provider "${r.pick(['datadog', 'cloudflare', 'github', 'pagerduty', 'vault'])}" {\n  ${r.pick(['api_key', 'token', 'api_token'])} = "`, safeSecret(k, kind, /["\\$]/), '"\n}\n'); }],
        [1, () => d.line(`locals {\n  ${r.pick(ODD_KEYS)} = "`, k.S('UNUSUAL_KEY_RANDOM_SECRET'), '"\n  ami       = "', k.L('cloud_resource_id', `ami-${r.hex(17)}`), '"\n  trace     = "', k.L('uuid'), '"\n}\n')],
        [1, () => d.line('resource "tls_self_signed_cert" "edge" {\n  private_key_pem = <<-EOT\n', k.S('EC_PRIVATE_KEY', k.sv('EC_PRIVATE_KEY').split('\n').map((l) => '    ' + l).join('\n').trimStart()), '\n  EOT\n}\n')],
      ])();
    }, { min: 2 });
    return d;
  },

  powershell_script(k) {
    const r = k.r, d = k.doc();
    const a = k.person(r.pick(['en_US', 'de_DE', 'pl_PL', 'nl_NL', 'sv_SE', 'en_IN']));
    d.line('<#\n.SYNOPSIS\n  ', r.pick(['Nightly backup to NAS', 'Provision kiosk accounts', 'Rotate service credentials', 'Sync HR export to SharePoint']), '\n.NOTES\n  Author: ', k.P(a), ' <', k.email(a), '>\n  Version: ', k.L('version'), '\n#>');
    d.line('$ErrorActionPreference = "Stop"');
    fill(d, r.int(1400, 3700), () => {
      r.weighted([
        [3, () => { const vn = r.pick(['pw', 'secpass', 'SvcPassword', 'plain']); d.line('$', vn, ' = ConvertTo-SecureString "', k.S('POWERSHELL_PLAINTEXT_PASSWORD'), '" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("CORP\\', r.pick(['svc_backup', 'kiosk01', 'sqlagent']), '", $', vn, ')'); }],
        [5, () => d.line(r.pick([
          'Get-ChildItem -Path "D:\\Exports" -Filter *.csv | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item -WhatIf',
          'Write-Host "Starting sync at $(Get-Date -Format o)"',
          'robocopy "C:\\Data" "\\\\nas01\\backup\\Data" /MIR /R:2 /W:5 /LOG+:C:\\Logs\\robocopy.log',
          'Start-Sleep -Seconds 15',
          'Import-Module ActiveDirectory',
          'foreach ($u in Import-Csv .\\new_hires.csv) {\n    New-ADUser -Name $u.Name -Enabled $true\n}',
          'if (-not (Test-Path $LogDir)) { New-Item -ItemType Directory -Path $LogDir | Out-Null }',
          'try {\n    Invoke-Sqlcmd -ServerInstance "sql01" -Query "EXEC dbo.nightly_cleanup"\n} catch {\n    Write-Error $_\n}',
          '$LogDir = "C:\\Logs\\$(Get-Date -Format yyyyMMdd)"',
        ]))],
        [2, () => { const kind = k.token(); d.line('$headers = @{ Authorization = "Bearer ', safeSecret(k, kind, /["`$]/), '" }\nInvoke-RestMethod -Uri "https://api.', r.pick(['lumen-hr', 'cobalt-crm']), '.example/v1/sync" -Headers $headers -Method Post'); }],
        [2, () => { const kind = k.token(); d.line('$env:', envKeyFor(k, kind), ' = "', safeSecret(k, kind, /["`$]/), '"'); }],
        [1, () => d.line('net use \\\\nas01\\backup /user:CORP\\', r.pick(['backup', 'kasia.w', 'scan']), ' ', safeSecret(k, 'FTP_PASSWORD', /[\s"`$]/), ' /persistent:no')],
        [1, () => d.line('Set-AzStorageAccount -Name "st', r.pick(['prod', 'logs']), '" -StorageAccountKey "', k.S('AZURE_STORAGE_ACCOUNT_KEY'), '"')],
        [1, () => d.line('Send-MailMessage -From "', k.email(), '" -To "', k.email(), '" -Subject "Report ', k.L('date'), '" -SmtpServer smtp.mail.kilnworks.example')],
        [2, () => d.line('$apiKey = ', k.L('env_reference', `$env:${r.pick(['API_KEY', 'SQL_PASSWORD'])}`), '   # ', r.pick(['TODO move to vault', 'set in pipeline', 'do not hardcode']))],
        [1, () => d.line('# last run ', k.L('timestamp'), ' on ', k.L('hostname'), ' (build ', k.L('build_number'), ')')],
        [1, () => d.line('$' + r.pick(ODD_KEYS).replace(/_/g, ''), ' = "', k.S('UNUSUAL_KEY_RANDOM_SECRET'), '"')],
      ])();
    }, { min: 3 });
    return d;
  },

  windows_registry(k) {
    const r = k.r, d = k.doc();
    d.line('Windows Registry Editor Version 5.00\n');
    const reg = (f) => mapFrag(f, (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
    fill(d, r.int(1200, 3600), () => {
      r.weighted([
        [3, () => d.line('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n"DefaultUserName"="', r.pick(['kiosk', 'frontdesk', 'lab-pc']), '"\n"DefaultPassword"="', k.S('WINDOWS_AUTOLOGON_PASSWORD'), '"\n"DefaultDomainName"="', r.pick(['CORP', 'LAB', 'WORKGROUP']), '"\n')],
        [2, () => { const kind = k.token(); d.line(`[HKEY_CURRENT_USER\\Software\\${r.pick(['Kilnworks', 'Nordwind', 'Harbourline'])}\\${r.pick(['Sync', 'Agent', 'Uploader'])}\\Settings]\n"ApiKey"="`, reg(safeSecret(k, kind, /["\\]/)), '"\n"LastUser"="', reg(k.P(k.person())), '"\n"InstallDate"=dword:', r.hex(8), '\n"ClientId"="', k.L('uuid'), '"\n'); }],
        [2, () => d.line('[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\', r.pick(['prod-db', 'router', 'nas']), ']\n"HostName"="', k.L('hostname'), '"\n"UserName"="', r.pick(['admin', 'root', 'pi']), '"\n"ProxyPassword"="', reg(safeSecret(k, 'SSH_PASSWORD', /["\\]/)), '"\n"PortNumber"=dword:00000016\n')],
        [1, () => d.line('[HKEY_CURRENT_USER\\Software\\TightVNC\\Server]\n"Password"=hex:', k.S('VNC_PASSWORD', Array.from({ length: 8 }, () => r.hex(2)).join(',')), '\n"AcceptHttpConnections"=dword:00000000\n')],
        [1, () => d.line('[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\', r.pick(['Payroll', 'CRM']), ']\n"Server"="', k.L('hostname'), '"\n"UID"="report"\n"PWD"="', reg(safeSecret(k, 'MSSQL_SA_PASSWORD', /["\\]/)), '"\n')],
        [1, () => d.line('[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\UserInfo]\n"UserName"="', reg(k.P(k.person())), '"\n"UserInitials"="', r.str('ABCDEFGHJKLMNPRSTW', 2), '"\n"Company"="', reg(k.L('company_name')), '"\n')],
        [1, () => d.line('[HKEY_LOCAL_MACHINE\\SOFTWARE\\', r.pick(['Acme', 'Kilnworks']), '\\License]\n"Key"="', k.L('placeholder', 'REPLACE_ME'), '"\n"Version"="', k.L('version'), '"\n"Checksum"="', k.L('hash'), '"\n')],
        [1, () => d.line('[HKEY_LOCAL_MACHINE\\SOFTWARE\\', r.pick(['Nordwind', 'Harbourline']), '\\Agent]\n"', r.pick(ODD_KEYS), '"="', k.S('UNUSUAL_KEY_RANDOM_SECRET', k.r.hex(48)), '"\n')],
      ])();
    }, { min: 2 });
    return d;
  },

  java_properties(k) {
    const r = k.r, d = k.doc();
    const sep = r.pick(['=', ' = ', ': ', '=']);
    const esc = r.chance(0.3); // ISO-8859-1 style \\uXXXX escapes for non-ASCII
    const uesc = (f) => (esc ? mapFrag(f, (s) => s.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))) : f);
    const gradle = r.chance(0.3);
    const a = k.person(r.pick(['pl_PL', 'cs_CZ', 'de_DE', 'tr_TR', 'fi_FI', 'hu_HU', 'lt_LT', 'hr_HR']));
    d.line(`# ${gradle ? 'gradle.properties' : 'application-prod.properties'}`);
    d.line('# maintainer: ', uesc(k.P(a)), ' <', k.email(a), '>');
    const pairs = gradle
      ? [['signing.password', 'GPG_PASSPHRASE'], ['ossrhPassword', 'ARTIFACTORY_PASSWORD'], ['systemProp.http.proxyPassword', 'ADMIN_PASSWORD'], ['artifactory_apiKey', 'JFROG_API_KEY'], ['sonar.token', 'SONARQUBE_TOKEN'], ['mavenCentralPassword', 'MAVEN_SETTINGS_PASSWORD']]
      : [['spring.datasource.password', 'POSTGRES_PASSWORD'], ['spring.mail.password', 'SMTP_PASSWORD'], ['spring.rabbitmq.password', 'RABBITMQ_PASSWORD'], ['server.ssl.key-store-password', 'KEYSTORE_PASSWORD'], ['server.ssl.trust-store-password', 'TRUSTSTORE_PASSWORD'], ['jwt.secret', 'JWT_SIGNING_SECRET'], ['aws.secretKey', 'AWS_SECRET_KEY'], ['aws.accessKey', 'AWS_ACCESS_KEY'], ['spring.redis.password', 'REDIS_PASSWORD'], ['spring.ldap.password', 'LDAP_BIND_PASSWORD'], ['app.payments.stripe-key', 'STRIPE_SECRET_KEY'], ['app.slack.token', 'SLACK_BOT_TOKEN'], ['spring.security.oauth2.client.registration.corp.client-secret', 'OAUTH_CLIENT_SECRET'], ['app.crypto.master-key', 'ENCRYPTION_KEY']];
    const usedPairs = new Set();
    fill(d, r.int(1000, 3600), () => {
      r.weighted([
        [usedPairs.size < pairs.length ? 5 : 0, () => { const [key, kind] = r.pick(pairs.filter((x) => !usedPairs.has(x[0]))); usedPairs.add(key); d.line(key, sep, uesc(safeSecret(k, kind, /[\\\s]/))); }],
        [2, () => { const kind = k.token(); d.line(`app.integrations.${keyStyle(envKeyFor(k, kind), 'kebab')}`, sep, safeSecret(k, kind, /[\\\s]/)); }],
        [2, () => { const [kk, v] = sprinkle(k, 'dot'); d.line(kk, sep, v); }],
        [3, () => { const [kk, v] = ordinary(k, 'dot'); d.line('app.', kk, sep, v); }],
        [1, () => d.line(`app.${r.pick(ODD_KEYS).replace(/_/g, '-')}`, sep, k.S('UNUSUAL_KEY_RANDOM_SECRET'))],
        [1, () => d.line('spring.datasource.url', sep, 'jdbc:postgresql://', r.pick(HOSTS), ':5432/', r.pick(['billing', 'crm']), '?user=app&password=', k.S('URL_EMBEDDED_PASSWORD'))],
        [1, () => d.line('app.support.contact', sep, uesc(k.P(k.person(a.culture))), ' ', k.phone(a.cc))],
        [1, () => d.line('#spring.datasource.password', sep, k.L('placeholder'))],
      ])();
    }, { min: 4 });
    return d;
  },

  env_file(k) {
    const r = k.r, d = k.doc();
    const exp = r.chance(0.25) ? 'export ' : '';
    d.line(r.pick(['# .env', '# .env.production', '# local overrides — DO NOT COMMIT', '# generated by setup.sh', '']));
    fill(d, r.int(1200, 3700), () => {
      r.weighted([
        [6, () => { const kind = k.anySecretKind(); const v = k.S(kind); const [q1, q2] = envQuote(r, v.v); d.line(exp, envKeyFor(k, kind), '=', q1, v, q2); }],
        [2, () => { const u = r.pick(['app', 'svc', 'etl', 'admin']); const scheme = r.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'amqp', 'redis']); d.line(exp, r.pick(['DATABASE_URL', 'DB_DSN', 'BROKER_URL', 'CACHE_URL']), '=', scheme, '://', scheme === 'redis' ? '' : u, ':', k.S('URL_EMBEDDED_PASSWORD'), '@', r.pick(HOSTS), '/', r.pick(['app', 'prod', 'vhost1', '0'])); }],
        [1, () => d.line(exp, 'SENTRY_DSN=https://', k.S('SENTRY_DSN_KEY'), '@o', String(r.int(10000, 999999)), '.ingest.errors.example/', String(r.int(1000, 9999999)))],
        [1, () => d.line(exp, 'CLOUDINARY_URL=cloudinary://', r.digits(15), ':', k.S('CLOUDINARY_API_SECRET'), '@', r.pick(['nordwind', 'media-prod']))],
        [3, () => { const [kk, v] = sprinkle(k, 'env'); d.line(exp, kk, '=', v); }],
        [4, () => { const [kk, v] = ordinary(k, 'env'); d.line(exp, kk, '=', v); }],
        [1, () => d.line(exp, r.pick(ODD_KEYS).toUpperCase(), '=', k.S('UNUSUAL_KEY_RANDOM_SECRET'))],
        [1, () => d.line('# ', r.pick(['owner', 'contact', 'on-call']), ': ', k.P(k.person()), ' ', k.email())],
        [1, () => d.line('')],
      ])();
    }, { min: 6 });
    return d;
  },

  k8s_manifest(k) {
    const r = k.r, d = k.doc();
    const ns = r.pick(['prod', 'payments', 'crm', 'monitoring', 'default']);
    fill(d, r.int(1500, 3700), (i) => {
      if (i) d.line('---');
      r.weighted([
        [3, () => {
          d.line('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', r.pick(['db-credentials', 'api-keys', 'smtp', 'registry']), '\n  namespace: ', ns, '\n  uid: ', k.L('uuid'), '\n  resourceVersion: "', k.L('k8s_resource_version'), '"\ntype: Opaque\ndata:');
          for (let j = 0; j < r.int(1, 4); j++) d.line('  ', r.pick(['password', 'db-password', 'api-token', 'smtp-pass', 'redis-auth', 'admin-pass']), ': ', k.S('K8S_SECRET_DATA'));
          if (r.chance(0.5)) { const kind = k.token(); d.line('stringData:\n  ', keyStyle(envKeyFor(k, kind), 'kebab'), ': "', safeSecret(k, kind, /["\\]/), '"'); }
        }],
        [2, () => {
          d.line('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ', r.pick(['api', 'worker', 'web']), '\n  namespace: ', ns, '\n  annotations:\n    owner: "', k.email(), '"\n    deployed-at: "', k.L('timestamp'), '"\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.corp.example/app@', k.L('digest'), '\n          env:');
          for (let j = 0; j < r.int(2, 5); j++) {
            const kind = k.anySecretKind();
            if (r.chance(0.3)) d.line('            - name: ', envKeyFor(k, kind), '\n              valueFrom:\n                secretKeyRef: {name: app-secrets, key: ', keyStyle(envKeyFor(k, kind), 'kebab'), '}');
            else d.line('            - name: ', envKeyFor(k, kind), '\n              value: "', safeSecret(k, kind, /["\\]/), '"');
          }
        }],
        [1, () => d.line('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', r.pick(['edge-tls', 'ingress-cert', 'api-tls']), '\n  namespace: ', ns, '\ntype: Opaque\ndata:\n  tls.crt: ', k.L('certificate', Buffer.from(look(r, 'certificate') + '\n').toString('base64')), '\n  tls.key: ', k.S('K8S_TLS_PRIVATE_KEY_DATA'))],
        [1, () => d.line('apiVersion: v1\nkind: Secret\nmetadata:\n  name: signing-key\n  namespace: ', ns, '\nstringData:\n  key.pem: |\n    ', k.S('PKCS8_EC_PRIVATE_KEY', k.sv('PKCS8_EC_PRIVATE_KEY').split('\n').join('\n    ')))],
        [1, () => d.line('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  APP_VERSION: "', k.L('version'), '"\n  THEME: "', k.L('hex_color'), '"\n  GIT_SHA: "', k.L('git_sha'), '"\n  SUPPORT_CONTACT: "', k.P(k.person()), ' <', k.email(), '>"')],
      ])();
    }, { min: 1 });
    return d;
  },

  docker_compose(k) {
    const r = k.r, d = k.doc();
    d.line('services:');
    const svcs = r.shuffle(['db', 'cache', 'queue', 'api', 'grafana', 'mongo', 'minio', 'search', 'mail']);
    fill(d, r.int(1300, 3700), (i) => {
      const s = svcs[i % svcs.length];
      const img = { db: 'postgres', cache: 'redis', queue: 'rabbitmq', api: 'registry.corp.example/api', grafana: 'grafana/grafana', mongo: 'mongo', minio: 'minio/minio', search: 'elasticsearch', mail: 'mailhog/mailhog' }[s];
      d.line(`  ${s}${i >= svcs.length ? i : ''}:\n    image: ${img}:`, k.L('version'));
      const envList = r.chance(0.5);
      d.line('    environment:');
      const kinds = { db: ['POSTGRES_PASSWORD'], cache: ['REDIS_PASSWORD'], queue: ['RABBITMQ_PASSWORD'], api: [k.token(), k.token(), 'JWT_SIGNING_SECRET'], grafana: ['GRAFANA_ADMIN_PASSWORD'], mongo: ['MONGODB_PASSWORD'], minio: ['MINIO_SECRET_KEY'], search: ['ELASTIC_PASSWORD'], mail: ['SMTP_PASSWORD'] }[s];
      for (const kind of kinds) {
        const key = envKeyFor(k, kind); const v = safeSecret(k, kind, /["\\$#\s:]/);
        d.line(envList ? `      - ${key}=` : `      ${key}: `, v);
      }
      if (r.chance(0.4)) { const [kk, v] = sprinkle(k, 'env'); d.line(envList ? `      - ${kk}=` : `      ${kk}: `, v); }
      if (r.chance(0.3)) d.line('    labels:\n      maintainer: "', k.email(), '"');
    }, { min: 2 });
    return d;
  },

  json_settings(k) {
    const r = k.r, d = k.doc();
    const flavor = r.pick(['appsettings', 'gcp', 'generic', 'vscode']);
    if (flavor === 'gcp') {
      const proj = r.pick(['billing-prod-4411', 'crm-sandbox-27', 'etl-eu-903']);
      d.line('{\n  "type": "service_account",\n  "project_id": "', proj, '",\n  "private_key_id": "', k.L('hash', r.hex(40)), '",');
      d.line('  "private_key": "', k.S('GCP_SERVICE_ACCOUNT_PRIVATE_KEY'), '",');
      d.line('  "client_email": "', r.pick(['deployer', 'etl-runner', 'backup']), '@', proj, '.iam.gcp.example",\n  "client_id": "', r.digits(21), '",\n  "auth_uri": "https://oauth.gcp.example/o/oauth2/auth",\n  "token_uri": "https://oauth.gcp.example/token"\n}');
      return d;
    }
    d.line('{');
    if (flavor === 'appsettings') {
      d.line('  "ConnectionStrings": {');
      d.line('    "Default": "Server=', r.pick(HOSTS), ';Database=', r.pick(['Crm', 'Payroll']), ';User Id=', r.pick(['sa', 'app']), ';Password=', k.S('CONNECTION_STRING_PASSWORD'), ';TrustServerCertificate=True",');
      d.line('    "Reports": "Host=', r.pick(HOSTS), ';Username=report;Password=', k.S('CONNECTION_STRING_PASSWORD'), '"');
      d.line('  },');
    }
    d.line('  "Logging": { "LogLevel": { "Default": "Information" } },');
    d.line('  "Version": "', k.L('version'), '",');
    let first = true;
    d.line('  "Secrets": {');
    fill(d, r.int(1200, 3500), () => {
      d.add(first ? '' : ',\n'); first = false;
      r.weighted([
        [5, () => { const kind = k.anySecretKind(); d.add(['    "', keyStyle(envKeyFor(k, kind), r.pick(['camel', 'pascal'])), '": "', jsonEsc(k.S(kind)), '"']); }],
        [2, () => { const [kk, v] = sprinkle(k, 'camel'); d.add(['    "', kk, '": "', v, '"']); }],
        [2, () => { const [kk, v] = ordinary(k, 'camel'); d.add(['    "', kk, '": ', /^\d+$|^(true|false)$/.test(v) ? v : `"${v}"`]); }],
        [1, () => d.add(['    "', r.pick(ODD_KEYS), '": "', jsonEsc(k.S('UNUSUAL_KEY_RANDOM_SECRET')), '"'])],
        [1, () => d.add(['    "signingKeyPem": "', nlEsc(k.S('EC_PRIVATE_KEY')), '"'])],
        [1, () => d.add(['    "caBundle": "', nlEsc(k.L('certificate')), '"'])],
        [1, () => d.add(['    "adminContact": "', jsonEsc(k.P(k.person())), ' <', k.email(), '>"'])],
      ])();
    }, { min: 3 });
    d.line('\n  }\n}');
    return d;
  },

  ini_toml_config(k) {
    const r = k.r, d = k.doc();
    const toml = r.chance(0.5);
    const sections = r.shuffle(['database', 'mail', 'cache', 'storage', 'auth', 'payments', 'monitoring', 'misc', 'security', 'odbc']);
    fill(d, r.int(1200, 3600), (i) => {
      const sec = sections[i % sections.length];
      d.line(`\n[${sec}${i >= sections.length ? i : ''}]`);
      const kinds = { database: ['POSTGRES_PASSWORD', 'MYSQL_PASSWORD'], mail: ['SMTP_PASSWORD', 'SENDGRID_API_KEY'], cache: ['REDIS_PASSWORD'], storage: ['AWS_ACCESS_KEY', 'AWS_SECRET_KEY', 'BACKBLAZE_APPLICATION_KEY'], auth: ['OAUTH_CLIENT_SECRET', 'JWT_SIGNING_SECRET', 'LDAP_BIND_PASSWORD'], payments: ['STRIPE_SECRET_KEY', 'PAYSTACK_SECRET_KEY', 'MOLLIE_API_KEY'], monitoring: ['DATADOG_API_KEY', 'NEW_RELIC_LICENSE_KEY', 'GRAFANA_SERVICE_ACCOUNT_TOKEN'], misc: [k.token()], security: ['GRAFANA_ADMIN_PASSWORD', 'SESSION_SECRET'], odbc: ['MSSQL_SA_PASSWORD'] }[sec];
      d.line(toml ? 'host = "' : 'host = ', k.L('hostname'), toml ? '"' : '');
      for (const kind of r.sample(kinds, r.int(1, kinds.length))) {
        const key = sec === 'odbc' ? 'PWD' : keyStyle(envKeyFor(k, kind), 'snake');
        d.line(key, r.pick([' = ', '=']), toml ? '"' : '', safeSecret(k, kind, /["\\#;\s]/), toml ? '"' : '');
      }
      if (r.chance(0.4)) { const [kk, v] = sprinkle(k, 'snake'); d.line(kk, ' = ', toml ? '"' : '', v, toml ? '"' : ''); }
      for (let j = 0; j < r.int(1, 3); j++) { const [kk, v] = ordinary(k, 'snake'); d.line(kk, ' = ', toml && !/^\d+$|^(true|false)$/.test(v) ? `"${v}"` : v); }
      if (r.chance(0.2)) d.line(r.pick(ODD_KEYS), ' = ', toml ? '"' : '', k.S('UNUSUAL_KEY_RANDOM_SECRET'), toml ? '"' : '');
      if (r.chance(0.2)) d.line(toml ? '# ' : '; ', 'ask ', k.P(k.person()), ' before changing');
    }, { min: 2 });
    return d;
  },

  kubeconfig_dockerconfig(k) {
    const r = k.r, d = k.doc();
    if (r.chance(0.5)) {
      d.line('{\n  "auths": {');
      const regs = r.sample(['registry.corp.example', 'harbor.nordwind.example', 'cr.kilnworks.test', 'images.harbourline.example'], r.int(2, 4));
      regs.forEach((g, i) => d.line(`    "${g}": {\n      "auth": "`, k.S('DOCKER_REGISTRY_AUTH'), '"', r.chance(0.3) ? [',\n      "identitytoken": "', k.S('OPAQUE_BEARER_TOKEN'), '"'] : '', r.chance(0.3) ? [',\n      "email": "', k.email(), '"'] : '', `\n    }${i < regs.length - 1 ? ',' : ''}`));
      d.line('  },\n  "credsStore": "', r.pick(['desktop', 'pass', 'secretservice']), '",\n  "currentContext": "default"\n}');
      return d;
    }
    const cl = r.pick(['prod-eu', 'staging', 'edge-waw']);
    const ca = Buffer.from(look(r, 'certificate') + '\n').toString('base64');
    d.line('apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ', k.L('certificate', ca), '\n    server: https://', cl, '.k8s.corp.example:6443\n  name: ', cl);
    d.line('contexts:\n- context:\n    cluster: ', cl, '\n    user: ', r.pick(['admin', 'ci']), '\n  name: ', cl, '\ncurrent-context: ', cl, '\nusers:');
    if (r.chance(0.5)) d.line('- name: ', r.pick(['admin', 'ci']), '\n  user:\n    client-key-data: ', k.S('KUBECONFIG_CLIENT_KEY_DATA'));
    else d.line('- name: ', r.pick(['admin', 'ci']), '\n  user:\n    token: ', k.S('KUBERNETES_SA_TOKEN'));
    return d;
  },

  ci_pipeline(k) {
    const r = k.r, d = k.doc();
    const flavor = r.pick(['actions', 'gitlab', 'jenkins', 'circle']);
    if (flavor === 'jenkins') {
      d.line('pipeline {\n  agent { label "', k.L('hostname'), '" }\n  environment {');
      fill(d, r.int(800, 2000), () => {
        if (r.chance(0.5)) { const kind = k.token(); d.line(`    ${envKeyFor(k, kind)} = '`, safeSecret(k, kind, /['\\$]/), "'"); }
        else d.line(`    ${r.pick(['DEPLOY_KEY', 'SONAR_TOKEN', 'NEXUS_PASS'])} = credentials('`, r.pick(['deploy-key', 'sonar', 'nexus']), "')");
      }, { min: 2, max: 6 });
      d.line('  }\n  stages {\n    stage("publish") {\n      steps {\n        sh "docker login -u ci -p ', safeSecret(k, 'DOCKER_HUB_PAT', /["\\$]/), ' registry.corp.example"\n        sh "git tag v', k.L('version'), ' ', k.L('git_sha'), '"\n      }\n    }\n  }\n  post { failure { mail to: "', k.email(), '", subject: "build ', k.L('build_number'), ' failed" } }\n}');
      return d;
    }
    if (flavor === 'gitlab') {
      d.line('variables:');
      fill(d, r.int(800, 2000), () => {
        if (r.chance(0.6)) { const kind = k.token(); d.line(`  ${envKeyFor(k, kind)}: "`, safeSecret(k, kind, /["\\$]/), '"'); }
        else { const [kk, v] = sprinkle(k, 'env'); d.line('  ', kk, ': "', v, '"'); }
      }, { min: 2, max: 8 });
      if (r.chance(0.5)) d.line('  SSH_DEPLOY_KEY: |\n    ', k.S('OPENSSH_PRIVATE_KEY', k.sv('OPENSSH_PRIVATE_KEY').split('\n').join('\n    ')));
      d.line('\nbuild:\n  image: node:', k.L('version'), '\n  script:\n    - npm ci\n    - echo "//npm.pkgs.nordwind.example/:_authToken=', k.L('env_reference', '${NPM_TOKEN}'), '" > .npmrc\n    - npm publish\n  only: [tags]');
      d.line('\ndeploy:\n  script:\n    - curl -fsS -H "PRIVATE-TOKEN: ', k.S('GITLAB_PERSONAL_ACCESS_TOKEN'), '" https://git.corp.example/api/v4/projects/', String(r.int(10, 999)), '/trigger');
      return d;
    }
    if (flavor === 'circle') {
      d.line('version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/python:', k.L('version'), '\n        auth:\n          username: ci\n          password: ', k.S('DOCKER_HUB_PAT'), '\n    environment:');
      fill(d, r.int(900, 2500), () => { const kind = k.token(); d.line(`      ${envKeyFor(k, kind)}: `, safeSecret(k, kind, /["\\$#:\s]/)); }, { min: 2, max: 8 });
      d.line('    steps:\n      - checkout\n      - run: pytest -q  # owner ', k.email());
      return d;
    }
    d.line('name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:');
    fill(d, r.int(900, 2400), () => {
      if (r.chance(0.55)) d.line(`      ${r.pick(['NPM_TOKEN', 'PYPI_TOKEN', 'SLACK_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'SONAR_TOKEN'])}: `, k.L('env_reference', `\${{ secrets.${r.pick(['NPM_TOKEN', 'PYPI_TOKEN', 'SLACK_TOKEN', 'AWS_SECRET_ACCESS_KEY'])} }}`));
      else { const kind = k.token(); d.line(`      ${envKeyFor(k, kind)}: `, safeSecret(k, kind, /["\\$#:\s]/), '   # TODO move to secrets'); }
    }, { min: 2, max: 8 });
    d.line('    steps:\n      - uses: actions/checkout@', k.L('git_sha'), '\n      - uses: docker/login-action@v3\n        with:\n          registry: registry.corp.example\n          username: ci\n          password: ', k.S('DOCKER_HUB_PAT'), '\n      - run: make release VERSION=', k.L('version'));
    return d;
  },

  ansible_inventory(k) {
    const r = k.r, d = k.doc();
    d.line('# inventory/', r.pick(['prod', 'lab', 'branch-offices']), '.ini');
    fill(d, r.int(800, 2000), (i) => {
      d.line(`[${r.pick(['web', 'db', 'routers', 'nas', 'kiosks', 'workers'])}${i}]`);
      for (let j = 0; j < r.int(1, 3); j++) d.line(k.L('hostname'), ' ansible_user=', r.pick(['deploy', 'admin', 'pi']), ' ansible_password=', safeSecret(k, 'SSH_PASSWORD', /[\s'"#]/), r.chance(0.5) ? [' ansible_become_pass=', safeSecret(k, 'ANSIBLE_BECOME_PASSWORD', /[\s'"#]/)] : '');
    }, { min: 1 });
    d.line('\n# group_vars/all.yml');
    d.line('vault_db_password: "', safeSecret(k, 'DATABASE_PASSWORD', /["\\]/), '"');
    d.line('db_password: "', k.L('env_reference', '{{ vault_db_password }}'), '"');
    d.line('admin_contact: "', k.P(k.person()), ' <', k.email(), '>"');
    fill(d, r.int(2200, 3700), () => {
      if (r.chance(0.5)) { const kind = k.token(); d.line(keyStyle(envKeyFor(k, kind), 'snake'), ': "', safeSecret(k, kind, /["\\]/), '"'); }
      else d.line(`encrypted_${r.pick(['smtp', 'ldap', 'backup'])}: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  `, k.L('encrypted_blob', Array.from({ length: r.int(3, 5) }, () => r.hex(80)).join('\n  ')));
    }, { min: 1 });
    return d;
  },

  network_device_config(k) {
    const r = k.r, d = k.doc();
    const vendor = r.pick(['ios', 'mikrotik', 'wpa']);
    const contact = k.person();
    if (vendor === 'ios') {
      d.line('!\nversion ', k.L('version', `${r.int(15, 17)}.${r.int(1, 9)}`), '\nhostname ', r.pick(['core-sw1', 'edge-rtr2', 'branch-waw-01']), '\n!');
      d.line('enable secret 9 ', k.S('CISCO_TYPE9_SECRET'));
      d.line('username admin privilege 15 secret 9 ', k.S('CISCO_TYPE9_SECRET'));
      d.line('snmp-server community ', k.S('SNMP_COMMUNITY_STRING'), ' RO');
      d.line('snmp-server contact ', k.P(contact), ' ', k.phone(contact.cc));
      d.line('radius-server key ', safeSecret(k, 'RADIUS_SHARED_SECRET', /\s/));
      d.line('crypto isakmp key ', safeSecret(k, 'VPN_PRESHARED_KEY', /\s/), ' address ', r.pick(['10.20.0.1', '172.16.4.1', '192.168.50.1']));
      fill(d, r.int(1200, 3600), (i) => {
        d.line(`interface GigabitEthernet0/${i}\n description `, r.pick(['uplink to ', 'desk of ', 'printer near ', 'AP in ']), r.chance(0.5) ? k.P(k.person()) : k.loc(r.pick(['Mokotów', 'Smíchov', 'Kallio', 'Kadıköy', 'Plaka', 'Užupis', 'Kreuzberg'])), '\n ip address 10.', String(r.int(0, 255)), '.', String(r.int(0, 255)), '.1 255.255.255.0\n mac-address ', k.L('mac_address', `${r.hex(4)}.${r.hex(4)}.${r.hex(4)}`), '\n!');
      }, { min: 1 });
      d.line('end');
    } else if (vendor === 'mikrotik') {
      d.line('# ', k.L('timestamp'), ' by RouterOS ', k.L('version'), '\n# software id = ', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4), '-', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4));
      d.line('/user add name=', r.pick(['admin2', 'noc', 'kasia']), ' group=full password=', safeSecret(k, 'ADMIN_PASSWORD', /[\s"]/));
      d.line('/interface wireless security-profiles set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=', safeSecret(k, 'WIFI_PASSPHRASE', /[\s"]/));
      fill(d, r.int(1200, 3400), () => {
        d.line('/ip dhcp-server lease add address=192.168.88.', String(r.int(10, 250)), ' mac-address=', k.L('mac_address', Array.from({ length: 6 }, () => r.HEX(2)).join(':')), ' comment="', k.P(k.person()), r.chance(0.5) ? [' - ', k.L('product_name')] : '', '"');
      }, { min: 2 });
      d.line('/ppp secret add name=vpn-', r.pick(['home', 'branch']), ' password=', safeSecret(k, 'VPN_PRESHARED_KEY', /[\s"]/), ' service=l2tp');
    } else {
      d.line('ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=', r.pick(['PL', 'DE', 'GB', 'FI', 'TR']));
      const ssids = r.shuffle(['Kawiarnia Pod Wawelem', 'HomeNet-5G', 'Oficina_2', 'Dom Kasi', 'Büro-Gäste', 'Lab', 'Ev_Wifi_2.4', 'Σπίτι', 'Dacha', 'Mökki', 'Guest-Lounge']);
      fill(d, r.int(800, 3200), (i) => {
        if (i >= ssids.length) return false;
        d.line('\nnetwork={\n    ssid="', ssids[i], '"\n    psk="', safeSecret(k, 'WIFI_PASSPHRASE', /["\\]/), '"\n    key_mgmt=WPA-PSK\n    # ', r.pick(['added by ', 'ask ', 'router owned by ']), k.P(k.person()), '\n}');
      }, { min: 1 });
      if (r.chance(0.5)) d.line('\nnetwork={\n    ssid="eduroam"\n    key_mgmt=WPA-EAP\n    identity="', k.email(), '"\n    password="', safeSecret(k, 'LDAP_BIND_PASSWORD', /["\\]/), '"\n}');
    }
    return d;
  },
};
