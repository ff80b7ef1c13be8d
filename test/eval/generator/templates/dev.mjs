// Developer tool output: git, lockfiles, Kubernetes manifests, markdown docs.
import { d, S, P, L, lines, cred, gen, password, LA, PII, int, pick, bool, f, hex, digits, kv, mixed, sv, dbUri } from '../lib/common.mjs';
import { privateKeyPem } from '../lib/secrets.mjs';

const author = () => { const p = PII.person(); return d`${P('PERSON', p.full)} <${P('EMAIL_ADDRESS', PII.email(p))}>`; };
const gitDate = () => L('timestamp', `${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${pick(['Mar', 'Jun', 'Oct', 'Nov'])} ${int(1, 28)} ${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)} ${int(2023, 2026)} ${pick(['+0000', '+0100', '-0700', '+0530'])}`);

export const git = [
  () => lines(Array.from({ length: int(3, 8) }, () => d`commit ${L('git_sha', LA.gitSha())}\nAuthor: ${author()}\nDate:   ${gitDate()}\n\n    ${f.git.commitMessage()}\n`)).push('\n'),
  () => lines(Array.from({ length: int(6, 20) }, () => d`${L('git_sha', LA.shortSha())} ${f.git.commitMessage()}`)).push('\n'),
  // git show with a secret added in the diff
  () => {
    const c = cred();
    return d`commit ${L('git_sha', LA.gitSha())}\nAuthor: ${author()}\nDate:   ${gitDate()}\n\n    add local config\n\ndiff --git a/.env b/.env\nnew file mode 100644\nindex 0000000..${L('git_sha', LA.shortSha())}\n--- /dev/null\n+++ b/.env\n@@ -0,0 +1,${int(3, 5)} @@\n+${kv(c, 'env')}\n+${mixed('env', 0, 1)}\n+${mixed('env', 0, 1)}\n`;
  },
  // git remote -v / config with token in URL
  () => {
    const t = bool() ? S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN()) : S('GITHUB_FINE_GRAINED_PAT', gen.GITHUB_FINE_GRAINED_PAT());
    const repo = `${f.internet.domainWord()}/${f.internet.domainWord()}`;
    return d`origin\thttps://${t}@github.com/${repo}.git (fetch)\norigin\thttps://github.com/${repo}.git (push)\nupstream\tgit@github.com:${repo}.git (fetch)\n`;
  },
  // git blame
  () => lines(Array.from({ length: int(4, 10) }, (_, i) => {
    const p = PII.person();
    return d`${L('git_sha', LA.shortSha())} (${P('PERSON', p.full)} ${L('timestamp', LA.timestamp())} ${String(i + 1).padStart(3)}) ${pick(['import os', 'def main():', '    return 0', `VERSION = "${LA.semver()}"`, '# config'])}`;
  })).push('\n'),
];

export const lockfile = [
  () => {
    const pk = Array.from({ length: int(3, 8) }, () => { const n = f.word.noun().toLowerCase(); const v = LA.semver(); return d`    "node_modules/${n}": {\n      "version": "${L('version', v)}",\n      "resolved": "https://registry.npmjs.org/${n}/-/${n}-${v}.tgz",\n      "integrity": "${L('integrity', LA.integrity())}",\n      "license": "MIT"\n    }`; });
    return d`{\n  "name": "${f.internet.domainWord()}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${lines(pk, ',\n')}\n  }\n}\n`;
  },
  () => lines(Array.from({ length: int(3, 8) }, () => { const n = f.word.noun().toLowerCase(); const v = LA.semver(); return d`${n}@^${v.split('.')[0]}.0.0:\n  version "${L('version', v)}"\n  resolved "https://registry.yarnpkg.com/${n}/-/${n}-${v}.tgz#${L('hash', hex(40))}"\n  integrity ${L('integrity', LA.integrity())}\n`; })).push('\n'),
  () => lines(Array.from({ length: int(4, 10) }, () => { const m = `github.com/${f.internet.domainWord()}/${f.word.noun()}`; const v = `v${LA.semver()}`; return d`${m} ${L('version', v)} h1:${L('hash', Buffer.from(hex(64), 'hex').toString('base64'))}\n${m} ${L('version', v)}/go.mod h1:${L('hash', Buffer.from(hex(64), 'hex').toString('base64'))}`; })).push('\n'),
  () => lines(Array.from({ length: int(3, 7) }, () => { const n = f.word.noun().toLowerCase(); return d`[[package]]\nname = "${n}"\nversion = "${L('version', LA.semver())}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${L('hash', hex(64))}"\n`; })).push('\n'),
];

export const k8s = [
  () => {
    const c = cred();
    return d`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${f.internet.domainWord()}-secrets\n  namespace: prod\n  uid: ${L('uuid', LA.uuid())}\n  resourceVersion: "${L('k8s_resource_version', LA.k8sResourceVersion())}"\ntype: Opaque\nstringData:\n  ${kv(c, 'yaml', c.name)}\n  DATABASE_URL: "${dbUri()}"\n`;
  },
  () => {
    const v = password();
    return d`apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: ${Buffer.from('app').toString('base64')}\n  password: ${S('BASE64_ENCODED_SECRET', Buffer.from(v).toString('base64'))}\n`;
  },
  () => d`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  labels: { app: api, version: "${L('version', LA.semver())}" }\nspec:\n  replicas: ${int(1, 6)}\n  template:\n    spec:\n      containers:\n      - name: api\n        image: ghcr.io/${f.internet.domainWord()}/api@${L('digest', LA.sha256Digest())}\n        env:\n${lines(mixed('yaml', int(1, 2), 0).map((x) => { const m = x.text.match(/^([^:]+):/); return d`        - name: ${m ? m[1].toUpperCase() : 'X'}\n          value: ${x.labels.length ? S(x.labels[0].entity, x.text.slice(x.labels[0].start, x.labels[0].end)) : 'x'}`; }))}\n        - name: GITHUB_TOKEN\n          valueFrom:\n            secretKeyRef: { name: gh, key: token }\n`,
  () => {
    const cert = LA.certificatePem().split('\n').join('\n    ');
    const key = privateKeyPem(pick(['rsa', 'ec', 'pkcs8'])).split('\n').join('\n    ');
    return d`apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-bundle\ntype: kubernetes.io/tls\nstringData:\n  ca.crt: |\n    ${L('certificate', cert)}\n  tls.key: |\n    ${S('PRIVATE_KEY', key)}\n`;
  },
];

export const markdown = [
  () => d`# ${f.internet.domainWord()} API client\n\n![version](https://img.shields.io/badge/version-${L('version', LA.semver())}-blue)\n\n## Setup\n\n1. Create a token in the dashboard.\n2. Export it:\n\n\`\`\`bash\nexport API_TOKEN=${L('placeholder', LA.placeholder())}\nexport AWS_ACCESS_KEY_ID=${L('aws_example_key', pick(LA.AWS_DOC_KEYS))}\nexport AWS_SECRET_ACCESS_KEY=${L('aws_example_key', pick(LA.AWS_DOC_SECRETS))}\n\`\`\`\n\n3. Run \`make test\`. CI sets \`${L('env_reference', '${{ secrets.API_TOKEN }}')}\`.\n\nContact: ${P('EMAIL_ADDRESS', PII.roleEmail(f.internet.domainName()))}\n`,
  // runbook with an accidentally pasted real token
  () => d`## Runbook: rotate the ${pick(['Slack', 'Stripe', 'GitHub', 'OpenAI'])} key\n\nLast rotated on ${L('date', LA.date())} by ${P('PERSON', PII.person().full)}.\n\nCurrent key (DELETE THIS AFTER ROTATION):\n\n    ${sv(cred())}\n\nOld key: \`${L('placeholder', LA.placeholder())}\`\n\nSteps:\n- open the console\n- generate a new key, store it in Vault at \`secret/data/${f.internet.domainWord()}\`\n- restart pods: \`kubectl rollout restart deploy/api\` (build ${L('build_number', LA.buildNumber())})\n`,
  // changelog: lots of look-alikes
  () => d`# Changelog\n\n## [${L('version', LA.semver())}] - ${L('date', LA.date())}\n### Fixed\n- Crash on startup (${L('git_sha', LA.shortSha())})\n- Order ${L('order_number', LA.orderNumber())} rounding to ${L('price', LA.price())}\n- Map pin at ${L('coordinates', LA.coordinates())}\n\n## [${L('version', LA.semver())}] - ${L('date', LA.date())}\n### Added\n- ISBN lookup (${L('isbn', LA.isbn13())})\n- Windows ${L('version', LA.windowsBuild())} support\n- Theme color ${L('hex_color', LA.hexColor())}\n- Publishable key support (${L('public_key', LA.stripePublishable())})\n`,
  // docs with a certificate and public key
  () => d`### Trusting the internal CA\n\nSave this as \`ca.pem\`:\n\n\`\`\`\n${L('certificate', LA.certificatePem())}\n\`\`\`\n\nThe signing public key:\n\n\`\`\`\n${L('public_key', LA.publicKeyPem())}\n\`\`\`\n\nAdd your SSH key: \`${L('public_key', LA.sshPublicKey(PII.email()).replace(/ \S+@\S+$/, ''))}\`\nLogo: ![logo](${L('data_uri', LA.dataUri())})\n`,
];

markdown.push(
  // API reference with lots of IDs
  () => d`### GET /v1/books/{isbn}\n\nExample: \`GET /v1/books/${L('isbn', LA.isbn13())}\`\n\n| field | example |\n|---|---|\n| id | \`${L('uuid', LA.uuid())}\` |\n| etag | \`${L('hash', hex(32))}\` |\n| location | \`${L('coordinates', LA.coordinates())}\` |\n| color | \`${L('hex_color', LA.hexColor())}\` |\n| shipped | \`${L('timestamp', LA.timestamp())}\` |\n| tracking | \`${L('tracking_number', LA.trackingNumber())}\` |\n\nAuthenticate with \`Authorization: Bearer ${L('placeholder', '<YOUR_API_KEY>')}\`. Test card: ${L('invalid_card', LA.badCard())} (fails Luhn on purpose).\n`,
  // dev split: env example file documentation
  () => d`# .env.example\n\nCopy to \`.env\` and fill in:\n\n\`\`\`\nOPENAI_API_KEY=${L('placeholder', 'sk-...')}\nGITHUB_TOKEN=${L('placeholder', LA.placeholder())}\nDATABASE_URL=postgres://user:${L('placeholder', 'password')}@localhost:5432/app\nSTRIPE_PUBLISHABLE_KEY=${L('public_key', LA.stripePublishable())}\nMAPBOX_PUBLIC_TOKEN=${L('public_key', LA.mapboxPublic())}\nSENTRY_RELEASE=${L('version', LA.semver())}\n\`\`\`\n\nMaintainer: ${P('PERSON', PII.person().full)} (${P('EMAIL_ADDRESS', PII.email())})\n`,
);
