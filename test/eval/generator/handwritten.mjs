// Hand-written documents: one-off, messy real-world shapes that no template produces (values are
// still drawn from the seeded generators so they are format-valid and fake). All go to the test
// split. Each entry is [kind, fragment].
import { d, S, P, L, lines } from './lib/frag.mjs';
import { gen, password, privateKeyPem, jwt } from './lib/secrets.mjs';
import * as PII from './lib/pii.mjs';
import * as LA from './lib/lookalikes.mjs';
import { f, int, digits, hex } from './lib/rng.mjs';

const b64 = (s) => Buffer.from(s).toString('base64');

export default function handwritten() {
  const docs = [];
  const add = (kind, fr) => docs.push([kind, fr]);

  // 1. kubectl get secret -o yaml, then decoded by a human in the same paste
  {
    const pw = password(true);
    add('k8s', d`$ kubectl get secret pg-auth -n data -o yaml
apiVersion: v1
data:
  password: ${S('BASE64_ENCODED_SECRET', b64(pw))}
  username: cG9zdGdyZXM=
kind: Secret
metadata:
  creationTimestamp: "${L('timestamp', '2025-02-11T09:14:03Z')}"
  name: pg-auth
  namespace: data
  resourceVersion: "${L('k8s_resource_version', '48213377')}"
  uid: ${L('uuid', LA.uuid())}
type: Opaque
$ kubectl get secret pg-auth -n data -o jsonpath='{.data.password}' | base64 -d
${S('DATABASE_PASSWORD', pw)}$
`);
  }

  // 2. PEM key pasted into a Slack message, mangled by the client (spaces instead of newlines)
  {
    const key = privateKeyPem('ec').replace(/\n/g, ' ');
    add('chat', d`**${P('PERSON', 'Priya Raghunathan')}** 10:42 AM
ok here's the signing key for the staging webhook, don't lose it again lol
\`${S('PRIVATE_KEY', key)}\`
**${P('PERSON', 'Tomasz Wiśniewski')}** 10:43 AM
:eyes: pls rotate after, this channel has ${int(40, 90)} members
`);
  }

  // 3. .env with Windows line endings, export prefixes, inline comments and a multiline value
  {
    const key = privateKeyPem('rsa');
    add('config', d`# shared by the team - DO NOT COMMIT\r\nexport OPENAI_API_KEY=${S('OPENAI_API_KEY', gen.OPENAI_API_KEY())} # personal key, rate limited\r\nexport ANTHROPIC_API_KEY="${S('ANTHROPIC_API_KEY', gen.ANTHROPIC_API_KEY())}"\r\n#export ANTHROPIC_API_KEY=${L('placeholder', 'sk-ant-api03-xxxxxxxx')}\r\nJWT_PRIVATE_KEY="${S('PRIVATE_KEY', key)}"\r\nFEATURE_X=1\r\n`);
  }

  // 4. docker inspect output with env array
  add('log', d`[
    {
        "Id": "${L('hash', hex(64))}",
        "Created": "${L('timestamp', '2025-06-30T18:22:51.118276459Z')}",
        "Image": "${L('digest', LA.sha256Digest())}",
        "Config": {
            "Hostname": "${hex(12)}",
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "STRIPE_SECRET_KEY=${S('STRIPE_SECRET_KEY', gen.STRIPE_SECRET_KEY())}",
                "SENTRY_AUTH_TOKEN=${S('SENTRY_AUTH_TOKEN', gen.SENTRY_AUTH_TOKEN())}",
                "NODE_VERSION=${L('version', '20.11.1')}",
                "YARN_VERSION=${L('version', '1.22.19')}"
            ],
            "Labels": {
                "org.opencontainers.image.revision": "${L('git_sha', LA.gitSha())}",
                "maintainer": "${P('EMAIL_ADDRESS', 'platform-team@' + f.internet.domainName())}"
            }
        }
    }
]
`);

  // 5. Terraform state excerpt (JSON, sensitive values in plain)
  add('config', d`{
  "version": 4,
  "terraform_version": "${L('version', '1.7.5')}",
  "serial": ${int(10, 400)},
  "lineage": "${L('uuid', LA.uuid())}",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [
        {
          "attributes": {
            "id": "${S('AWS_ACCESS_KEY', 'AKIA' + gen.AWS_ACCESS_KEY().slice(4))}",
            "secret": "${S('AWS_SECRET_KEY', gen.AWS_SECRET_KEY())}",
            "ses_smtp_password_v4": "${S('PASSWORD', b64(hex(24)).slice(0, 44))}",
            "status": "Active",
            "user": "ci-deployer"
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "type": "random_password",
      "name": "db",
      "instances": [ { "attributes": { "result": "${S('DATABASE_PASSWORD', password())}", "length": 24 } } ]
    }
  ]
}
`);

  // 6. git diff that REMOVES a secret and adds an env lookup (the removed one is still a secret)
  {
    const tok = gen.SLACK_BOT_TOKEN();
    add('git', d`diff --git a/bot/config.py b/bot/config.py
index ${L('git_sha', LA.shortSha())}..${L('git_sha', LA.shortSha())} 100644
--- a/bot/config.py
+++ b/bot/config.py
@@ -1,6 +1,7 @@
 import os
-SLACK_TOKEN = "${S('SLACK_BOT_TOKEN', tok)}"
+SLACK_TOKEN = os.environ["SLACK_TOKEN"]
 CHANNEL = "#alerts"
-SIGNING_SECRET = "${S('GENERIC_API_KEY', hex(32))}"
+SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "${L('placeholder', 'changeme')}")
`);
  }

  // 7. A customer's angry email with everything in one paragraph
  {
    const card = PII.card('amex');
    add('email', d`From: "${P('PERSON', 'Dolores Fairweather-Ng')}" <${P('EMAIL_ADDRESS', 'dolores.fw.ng@' + 'btinternet.com')}>
Subject: RE: RE: RE: refund STILL not received!!!

I have now called ${P('PHONE_NUMBER', PII.phone('GB', false))} FOUR times. My Amex is ${P('CREDIT_CARD', card)} (yes the whole number, I don't care anymore), order ${L('order_number', LA.orderNumber())} placed on ${L('date', '14/03/2025')} for ${L('price', '£249.99')}. If I don't hear back by Friday I'm going to my bank. You can also text me on ${P('PHONE_NUMBER', PII.phone('GB', true))}.
My address hasn't changed: ${P('LOCATION', '12 Larkspur Close')}, ${P('LOCATION', 'Harrogate')} HG1 2AB.

Sent from my iPhone
`);
  }

  // 8. Postman collection export with auth and a variable placeholder
  add('config', d`{
  "info": { "_postman_id": "${L('uuid', LA.uuid())}", "name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "${S('STRIPE_RESTRICTED_KEY', gen.STRIPE_RESTRICTED_KEY())}", "type": "string" } ] },
  "item": [
    { "name": "List charges", "request": { "method": "GET", "header": [ { "key": "X-Api-Key", "value": "${L('env_reference', '{{apiKey}}')}" } ], "url": "https://api.stripe.com/v1/charges?limit=3" } },
    { "name": "Legacy basic", "request": { "method": "GET", "header": [ { "key": "Authorization", "value": "Basic ${S('BASIC_AUTH_CREDENTIALS', b64('admin:' + password()))}" } ], "url": "https://legacy.internal/api" } }
  ],
  "variable": [ { "key": "apiKey", "value": "${S('POSTMAN_API_KEY', gen.POSTMAN_API_KEY())}" } ]
}
`);

  // 9. Jenkins console output with masked and unmasked values
  add('log', d`Started by user ${P('PERSON', 'Henrik Ødegård')}
Running as SYSTEM
[Pipeline] withCredentials
Masking supported pattern matches of $GITHUB_TOKEN
[Pipeline] sh
+ git clone https://****@github.com/acme/infra.git
+ curl -s -H 'Authorization: token ${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())}' https://api.github.com/repos/acme/infra/statuses/${L('git_sha', LA.gitSha())}
+ echo 'deploying build ${L('build_number', '#4812')}'
deploying build #4812
+ ./notify.sh ${L('placeholder', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')}
+ ./notify.sh ${S('SLACK_WEBHOOK_URL', gen.SLACK_WEBHOOK_URL())}
Finished: SUCCESS
`);

  // 10. Python REPL session
  {
    const k = gen.HUGGINGFACE_TOKEN();
    add('code', d`>>> from huggingface_hub import login
>>> login(token="${S('HUGGINGFACE_TOKEN', k)}")
Token is valid (permission: write).
Your token has been saved to /home/${f.internet.username().toLowerCase()}/.cache/huggingface/token
Login successful
>>> import hashlib; hashlib.sha256(b"hello").hexdigest()
'${L('hash', '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824')}'
>>> uuid.uuid4()
UUID('${L('uuid', LA.uuid())}')
`);
  }

  // 11. Mixed-language support thread (Portuguese) with CPF-like number (not an entity) and a phone
  add('ticket', d`Olá, meu nome é ${P('PERSON', 'João Pedro Albuquerque')} e não consigo acessar minha conta.
Meu celular é ${P('PHONE_NUMBER', PII.phone('BR', false))} e o e-mail cadastrado é ${P('EMAIL_ADDRESS', 'jp.albuquerque@uol.com.br')}.
Pedido nº ${L('order_number', LA.orderNumber())}, valor ${L('price', 'R$ 1.249,90')}.
Obrigado!
`);

  // 12. Japanese business card OCR
  add('crm', d`株式会社サンプル商事
営業部 部長
${P('PERSON', '山田 太郎')}
〒100-0005 ${P('LOCATION', '東京都千代田区丸の内1-1-1')}
TEL ${P('PHONE_NUMBER', PII.phone('JP', false))}  携帯 ${P('PHONE_NUMBER', PII.phone('JP', false))}
E-mail ${P('EMAIL_ADDRESS', 'yamada.taro@sample-shoji.co.jp')}
`);

  // 13. npm debug log with auth header redacted and a token in a URL
  add('log', d`${int(10, 99)} verbose cli /usr/local/bin/node /usr/local/bin/npm
${int(10, 99)} info using npm@${L('version', '10.5.0')}
${int(10, 99)} http fetch GET 200 https://registry.npmjs.org/left-pad ${int(10, 900)}ms (cache revalidated)
${int(10, 99)} verbose config //registry.npmjs.org/:_authToken=${S('NPM_TOKEN', gen.NPM_TOKEN())}
${int(10, 99)} verbose stack Error: 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fcore
${int(10, 99)} verbose pkgid @acme/core@${L('version', '3.2.1')}
${int(10, 99)} error integrity ${L('integrity', LA.integrity())}
`);

  // 14. Bitcoin wallet export with xpub (public, look-alike) and addresses
  add('banking', d`# Electrum wallet summary
xpub: ${L('public_key', 'xpub661MyMwAqRbcF' + f.string.alphanumeric(94))}
Receiving addresses:
  ${P('CRYPTO', PII.btcAddress())}   balance ${L('price', '0.01240000 BTC')}
  ${P('CRYPTO', PII.btcAddress())}   balance ${L('price', '0.00000000 BTC')}
Last tx: ${L('hash', hex(64))}
`);

  // 15. HR spreadsheet pasted as tab-separated text with mixed SSN formats
  {
    const rows = [];
    for (let i = 0; i < 5; i++) {
      const p = PII.person('US');
      rows.push(d`${P('PERSON', p.full)}\t${P('US_SSN', PII.ssn(['dash', 'plain', 'space'][i % 3]))}\t${P('PHONE_NUMBER', PII.phone('US', i % 2 === 0))}\t${L('date', LA.date())}`);
    }
    add('hr', d`Name\tSSN\tPhone\tStart\n${lines(rows)}\n(row 6 removed: SSN ${L('invalid_ssn', '000-12-3456')} invalid)\n`);
  }

  // 16. Log line with JSON-escaped JWT and a cookie header
  add('log', d`${L('timestamp', '2025-09-02T11:03:44.902Z')} WARN  http  request rejected {"method":"GET","path":"/admin","headers":{"cookie":"session=${S('JWT', jwt())}; theme=dark","x-forwarded-for":"${P('IP_ADDRESS', PII.ipv4())}, ${P('IP_ADDRESS', PII.ipv4())}"},"reason":"expired"}
`);

  // 17. Ansible vault-less inventory with passwords and IPs
  add('config', d`[web]
web1 ansible_host=${PII.ipv4('private')} ansible_user=deploy ansible_password=${S('PASSWORD', password())}
web2 ansible_host=${PII.ipv4('private')} ansible_user=deploy ansible_become_pass='${S('PASSWORD', password())}'

[db]
db1 ansible_host=${P('IP_ADDRESS', PII.ipv4('public'))} mysql_root_password="${S('DATABASE_PASSWORD', password())}"

[all:vars]
ansible_ssh_common_args='-o StrictHostKeyChecking=no'
`);

  // 18. Markdown doc mixing real-looking example keys and a real leak
  add('markdown', d`## Connecting to S3

> **Note**: the keys below are AWS's documented examples, not ours.

\`\`\`ini
[default]
aws_access_key_id = ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
\`\`\`

~~Our old key was ${S('AWS_ACCESS_KEY', gen.AWS_ACCESS_KEY())}~~ (rotated ${L('date', '2024-11-02')}).
`);

  // 19. kubeconfig with exec plugin + embedded token
  add('config', d`apiVersion: v1
kind: Config
users:
- name: oidc
  user:
    auth-provider:
      config:
        client-id: kubernetes
        client-secret: ${S('GENERIC_API_KEY', f.string.alphanumeric(32))}
        id-token: ${S('JWT', jwt({ email: 'ops@example.org' }))}
        idp-issuer-url: https://dex.${f.internet.domainName()}
        refresh-token: ${S('GENERIC_API_KEY', f.string.alphanumeric(26).toLowerCase())}
      name: oidc
- name: sa
  user:
    client-key-data: ${S('KUBECONFIG_CLIENT_KEY_DATA', gen.KUBECONFIG_CLIENT_KEY_DATA())}
`);

  // 20. GitHub Actions log with ::add-mask:: and a leaked fine-grained token
  add('log', d`${L('timestamp', '2025-10-09T07:12:31.5520931Z')} ##[group]Run echo "::add-mask::$TOKEN"
${L('timestamp', '2025-10-09T07:12:31.5521302Z')} echo "::add-mask::$TOKEN"
${L('timestamp', '2025-10-09T07:12:31.5600000Z')} ##[endgroup]
${L('timestamp', '2025-10-09T07:12:33.0101020Z')} remote: Invalid username or password.
${L('timestamp', '2025-10-09T07:12:33.0102000Z')} fatal: Authentication failed for 'https://x-access-token:${S('GITHUB_FINE_GRAINED_PAT', gen.GITHUB_FINE_GRAINED_PAT())}@github.com/acme/site.git/'
`);

  // 21. SQL dump with customer rows
  {
    const rows = [];
    for (let i = 0; i < 4; i++) {
      const p = PII.person();
      rows.push(d`(${1000 + i},'${P('PERSON', p.full.replace(/'/g, "''"))}','${P('EMAIL_ADDRESS', PII.email(p))}','${P('PHONE_NUMBER', PII.phone(p.cc, true))}','${L('timestamp', LA.timestamp())}')`);
    }
    add('crm', d`-- MySQL dump 10.13  Distrib ${L('version', '8.0.36')}
INSERT INTO \`customers\` VALUES ${lines(rows, ',')};
`);
  }

  // 22. PGP private key block in a backup note
  {
    const body = Buffer.concat([Buffer.from([0x94, 0x58, 0x04]), Buffer.from(hex(300), 'hex')]).toString('base64').match(/.{1,64}/g).join('\n');
    add('markdown', d`Backup of release signing key (${P('PERSON', 'Greta Lindqvist')}):

${S('PRIVATE_KEY', `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n=${f.string.alphanumeric(4)}\n-----END PGP PRIVATE KEY BLOCK-----`)}

Fingerprint: ${L('hash', hex(40).toUpperCase().match(/.{4}/g).join(' '))}
`);
  }

  // 23. curl command in a ticket with basic auth and a data payload with PII
  add('ticket', d`Repro:
curl -u 'svc-billing:${S('PASSWORD', password())}' -X POST https://billing.internal/api/customers \\
  -d '{"name":"${P('PERSON', 'Aoife Ní Bhriain')}","email":"${P('EMAIL_ADDRESS', 'aoife.nibhriain@eircom.net')}","iban":"${P('IBAN_CODE', PII.iban('IE'))}"}'
Returns 500 since release ${L('version', '2.14.0')}.
`);

  // 24. Azure CLI output
  add('log', d`$ az ad sp create-for-rbac --name ci-deployer --role contributor
{
  "appId": "${L('uuid', LA.uuid())}",
  "displayName": "ci-deployer",
  "password": "${S('AZURE_AD_CLIENT_SECRET', gen.AZURE_AD_CLIENT_SECRET())}",
  "tenant": "${L('uuid', LA.uuid())}"
}
`);

  // 25. Heroku config output
  add('config', d`=== acme-api Config Vars
DATABASE_URL:        postgres://${f.string.alphanumeric(14).toLowerCase()}:${S('DATABASE_PASSWORD', hex(64))}@ec2-${int(1, 99)}-${int(1, 250)}-${int(1, 250)}-${int(1, 250)}.compute-1.amazonaws.com:5432/${f.string.alphanumeric(14).toLowerCase()}
PAPERTRAIL_API_TOKEN: ${S('GENERIC_API_KEY', f.string.alphanumeric(20))}
REDIS_URL:           rediss://:${S('DATABASE_PASSWORD', 'p' + hex(63))}@ec2-3-${int(1, 250)}-${int(1, 250)}-${int(1, 250)}.compute-1.amazonaws.com:${int(10000, 30000)}
SENDGRID_API_KEY:    ${S('SENDGRID_API_KEY', gen.SENDGRID_API_KEY())}
`);

  // 26. Medical referral letter, free prose
  add('medical', d`Dear Dr ${P('PERSON', 'Okonkwo')},

Re: ${P('PERSON', 'Margaret Eleanor Hughes')}, NHS ${P('UK_NHS', PII.nhsNumber('space'))}, of ${P('LOCATION', '4 Mill Lane')}, ${P('LOCATION', 'Keswick')}.

Thank you for seeing this ${int(60, 90)}-year-old lady. She can be reached on ${P('PHONE_NUMBER', PII.phone('GB', false))}; her daughter's number is ${P('PHONE_NUMBER', PII.phone('GB', false))}.
Her HbA1c was ${int(48, 90)} mmol/mol on ${L('date', '03/02/2025')}.

Yours sincerely,
Dr ${P('PERSON', 'Sunita Mehra')}
`);

  // 27. Go test file with fake and real-shaped values
  add('code', d`func TestParseToken(t *testing.T) {
	cases := []struct{ in string; ok bool }{
		{"${L('placeholder', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}", false},
		{"${L('placeholder', 'github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}", false},
		{"${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())}", true}, // TODO: replace with a fake
	}
	_ = cases
}
`);

  // 28. Browser HAR excerpt
  add('log', d`{"log":{"entries":[{"request":{"method":"POST","url":"https://api.${f.internet.domainName()}/graphql","headers":[{"name":"authorization","value":"Bearer ${S('JWT', jwt())}"},{"name":"x-client-version","value":"${L('version', '5.18.2')}"}],"postData":{"text":"{\\"query\\":\\"mutation{updateUser(email:\\\\\\"${P('EMAIL_ADDRESS', 'lena.k@posteo.de')}\\\\\\")}\\"}"}},"startedDateTime":"${L('timestamp', '2025-05-05T10:00:01.123Z')}"}]}}
`);

  // 29. Invoice PDF text extraction
  add('banking', d`INVOICE ${L('order_number', 'INV-2025-004417')}
Bill to: ${P('PERSON', 'Benedikt Schäfer')}
${P('LOCATION', 'Hauptstraße 12')}
80331 ${P('LOCATION', 'München')}
Due date: ${L('date', '30.06.2025')}     Total: ${L('price', '€1.480,00')}
Please transfer to IBAN ${P('IBAN_CODE', PII.iban('DE'))}, BIC ${f.finance.bic()}.
VAT ID DE${digits(9)}
`);

  // 30. Lockfile with git URLs (git SHAs) and an auth token in a registry URL
  add('lockfile', d`"@acme/ui@git+https://github.com/acme/ui.git#${L('git_sha', LA.gitSha())}":
  version "${L('version', '0.9.3')}"
  resolved "git+https://github.com/acme/ui.git#${L('git_sha', LA.gitSha())}"

"@acme/private@^1.2.0":
  version "${L('version', '1.2.7')}"
  resolved "https://${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())}@npm.pkg.github.com/download/@acme/private/1.2.7/${hex(40)}"
  integrity ${L('integrity', LA.integrity())}
`);

  // 31. Phone numbers vs look-alikes in a shipping log
  add('log', d`shipment ${L('tracking_number', '1Z999AA10123456784')} created ${L('timestamp', '1719830400')}
  consignee phone: ${P('PHONE_NUMBER', PII.phone('DE', true))}
  weight: 2.4 kg, dims 30x20x10
  ref: ${L('order_number', '112-7795143-2203447')}
  fallback phone: ${P('PHONE_NUMBER', PII.phone('FR', false))}
  GPS: ${L('coordinates', '48.858370, 2.294481')}
`);

  // 32. Rust config with a Cargo registry token
  add('config', d`# ~/.cargo/credentials.toml
[registry]
token = "${S('GENERIC_API_KEY', 'cio' + f.string.alphanumeric(32))}"

[registries.acme]
token = "Bearer ${S('JWT', jwt())}"
`);

  // 33. MCP server tool output: search results with mixed content
  add('ticket', d`Found 3 matching issues:
1. #${int(100, 999)} "Login fails for ${P('EMAIL_ADDRESS', 'wei.zhang@' + f.internet.domainName())}" — opened ${L('date', '2025-03-08')}
2. #${int(100, 999)} "Leaked key in logs" — body: "…the logs contain \`${S('OPENAI_API_KEY', gen.OPENAI_API_KEY())}\` near line 88…"
3. #${int(100, 999)} "Bump lodash to ${L('version', '4.17.21')}" — commit ${L('git_sha', LA.shortSha())}
`);

  // 34. Windows registry / event log with SID and IP
  add('log', d`Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          ${L('timestamp', '2025-08-14 02:11:09')}
Event ID:      4625
Account Name:  ${P('PERSON', 'Rafael Mendonça')}
Security ID:   S-1-5-21-${digits(10)}-${digits(10)}-${digits(10)}-${int(1000, 9999)}
Source Network Address: ${P('IP_ADDRESS', PII.ipv4())}
Workstation:   ${L('hostname', 'DESKTOP-' + f.string.alphanumeric(7).toUpperCase())}
OS build:      ${L('version', '10.0.22631.3880')}
`);

  // 35. Twilio / SendGrid code in a notebook-style markdown
  add('code', d`\`\`\`js
const client = require('twilio')('AC${hex(32)}', '${S('TWILIO_AUTH_TOKEN', gen.TWILIO_AUTH_TOKEN())}');
client.messages.create({ to: '${P('PHONE_NUMBER', PII.phone('US', true))}', from: '+15005550006', body: 'Your code is ${digits(6)}' });
\`\`\`
`);

  // 36. Vendors' documented test card numbers (Luhn-valid, public, not anyone's card): look-alikes.
  add('markdown', d`Use these **test** cards in the sandbox:
| brand | number | result |
|---|---|---|
| Visa | ${L('vendor_test_card', '4242 4242 4242 4242')} | success |
| Mastercard | ${L('vendor_test_card', '5555 5555 5555 4444')} | success |
| Bad checksum | ${L('invalid_card', LA.badCard())} | error |
Production customer card on file for ${P('PERSON', 'Ines Carvalho')}: ${P('CREDIT_CARD', PII.card('visa', 'dash'))}
`);

  // 37. Redis MONITOR output
  add('log', d`${L('timestamp', '1717000000.123456')} [0 ${P('IP_ADDRESS', PII.ipv4())}:${int(30000, 60000)}] "AUTH" "${S('DATABASE_PASSWORD', password(true))}"
${L('timestamp', '1717000000.223456')} [0 ${P('IP_ADDRESS', PII.ipv4())}:${int(30000, 60000)}] "SET" "session:${L('uuid', LA.uuid())}" "${P('EMAIL_ADDRESS', PII.email())}"
${L('timestamp', '1717000000.323456')} [0 ${P('IP_ADDRESS', PII.ipv4())}:${int(30000, 60000)}] "GET" "rate:${hex(8)}"
`);

  // 38. SSH known_hosts / authorized_keys (public, look-alikes) with a private key left in the same dir listing
  add('shell', d`$ cat ~/.ssh/authorized_keys
${L('public_key', LA.sshPublicKey())} ${P('EMAIL_ADDRESS', PII.email())}
${L('public_key', LA.sshPublicKey())} deploy@ci
$ cat ~/.ssh/id_ed25519
${S('PRIVATE_KEY', privateKeyPem('ssh'))}
`);

  // 39. Chat with crypto and IBAN in another language (Spanish)
  add('chat', d`${P('PERSON', 'Lucía')}: te paso mi IBAN para lo de la cena: ${P('IBAN_CODE', PII.iban('ES'))}
${P('PERSON', 'Mateo')}: o mejor en bitcoin? ${P('CRYPTO', PII.btcAddress())}
${P('PERSON', 'Lucía')}: jaja no, transferencia. Mi móvil por si acaso: ${P('PHONE_NUMBER', PII.phone('ES', true))}
`);

  // 40. Stack trace that prints a Java Properties object
  add('log', d`Exception in thread "main" java.lang.IllegalStateException: bad config {mail.smtp.host=smtp.sendgrid.net, mail.smtp.user=apikey, mail.smtp.password=${S('SENDGRID_API_KEY', gen.SENDGRID_API_KEY())}, app.build=${L('build_number', '20250611.3')}}
	at com.acme.Mailer.<init>(Mailer.java:42)
	at com.acme.Main.main(Main.java:17)
`);

  // 41. CSV with IBANs from several countries and invalid ones
  add('banking', d`payee,iban,amount
${P('PERSON', 'Sven Åkesson')},${P('IBAN_CODE', PII.iban('SE'))},${L('price', '1200.00')}
${P('PERSON', 'Marta Kowalczyk')},${P('IBAN_CODE', PII.iban('PL'))},${L('price', '830.50')}
${P('PERSON', 'Pieter de Vries')},${P('IBAN_CODE', PII.iban('NL'))},${L('price', '99.99')}
${P('PERSON', 'Chiara Bianchi')},${L('invalid_iban', LA.badIban())},${L('price', '10.00')}
${P('PERSON', 'Lukas Huber')},${P('IBAN_CODE', PII.iban('AT'))},${L('price', '450.00')}
`);

  // 42. Vault CLI output
  add('log', d`$ vault kv get secret/prod/payments
====== Metadata ======
Key              Value
---              -----
created_time     ${L('timestamp', '2025-07-01T12:00:00.000000Z')}
version          ${int(2, 30)}

======= Data =======
Key                  Value
---                  -----
braintree_token      ${S('BRAINTREE_ACCESS_TOKEN', gen.BRAINTREE_ACCESS_TOKEN())}
square_secret        ${S('SQUARE_OAUTH_SECRET', gen.SQUARE_OAUTH_SECRET())}
webhook_secret       ${S('STRIPE_WEBHOOK_SECRET', gen.STRIPE_WEBHOOK_SECRET())}
`);
  return docs;
}
