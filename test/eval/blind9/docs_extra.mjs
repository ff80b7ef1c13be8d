// blind9 mixed tool output: recursive grep / ripgrep results across a repository.
import { R, Doc, mapv } from './lib.mjs';
import * as la from './lookalikes.mjs';
import * as pi from './pii.mjs';
import { drawKind, secOf, sec, simple } from './secrets.mjs';
import { urlSecret } from './docs_tech.mjs';
const pick = R.pick;
const FILES = ['src/settings.py', 'deploy/helm/values-prod.yaml', '.github/workflows/release.yml', 'scripts/backfill.sh', 'docs/setup.md', 'config/app.toml', 'test/fixtures/users.json', 'terraform/main.tf', 'notebooks/eda.ipynb', 'README.md', 'packages/web/.env.local', 'src/main/resources/application.yml'];
function grepDoc() {
  const d = new Doc('grep_output'); const rg = R.chance(0.5);
  d.w`$ ${rg ? 'rg -n -i "(token|secret|password|key)"' : 'grep -rnI -E "token|secret|passw|key" --exclude-dir=node_modules .'}\n`;
  for (let i = 0; i < R.int(7, 12); i++) {
    const f = (rg ? '' : './') + pick(FILES); const ln = R.int(1, 400); d.w`${f}:${ln}:`;
    const r = R.int(0, 9);
    if (r <= 2) { const c = drawKind(simple); const [o, cl] = pick([[' = "', '"'], [': ', ''], ['=', ''], ['": "', '",'], [": '", "'"]]); d.w`${pick(['    ', '  ', ''])}${pick(c.keys)}${o}${secOf(c)}${cl}\n`; }
    else if (r === 3) d.w`  password: ${la.envRef()}\n`;
    else if (r === 4) d.w`# api_key = ${la.placeholder()}\n`;
    else if (r === 5) d.w`    "integrity": "${la.integrity()}",\n`;
    else if (r === 6) d.w`    "owner_email": "${pi.email()}", "owner": "${pi.person().span()}",\n`;
    else if (r === 7) d.w`DATABASE_URL=${urlSecret()}\n`;
    else if (r === 8) d.w`key_fingerprint: ${la.hash()}  # public, fine to commit\n`;
    else d.w`  aws_access_key_id: ${la.awsExample(0)}  # from the AWS docs\n`;
  }
  return d;
}
export const EXTRA = { grep_output: grepDoc };
