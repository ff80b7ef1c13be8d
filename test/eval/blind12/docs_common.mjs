// blind12 shared pieces for document builders: config rendering, prose secrets, narrative sentences.
import { R, Doc, T, S, P, L, HEX, A62, LO, UP, D10, b64 } from './lib.mjs';
import * as SE from './secrets.mjs';
import * as PI from './pii.mjs';
import * as LA from './lookalikes.mjs';

export { R, Doc, T, S, P, L, SE, PI, LA };
export const MAXB = 3950;
// append chunks until the doc reaches target bytes (never beyond MAXB)
export function fill(d, target, fns) {
  let fails = 0;
  while (d.len < target && fails < 6) {
    const c = R.pick(fns)(); const cd = c instanceof Doc ? c : new Doc().put(c);
    if (d.len + cd.len > MAXB) { fails++; continue; }
    d.append(cd);
  }
  return d;
}
export const tgt = () => R.weighted([[2, () => R.int(300, 900)], [4, () => R.int(900, 2200)], [3, () => R.int(2200, 3500)]])();

// ---- config entries: [key, value] with value a span object or a neutral string ----
const neutralEntries = () => R.pick([
  () => ['host', PI.privIP()], () => ['port', String(R.pick([5432, 3306, 6379, 8080, 443, 9092]))], () => ['timeout_ms', String(R.int(100, 60000))],
  () => ['endpoint', `https://${R.pick(['api', 'auth', 'billing', 'files'])}.${R.pick(['corp.example', 'svc.test', 'partner.invalid'])}/v${R.int(1, 3)}`],
  () => ['region', R.pick(['eu-west-1', 'us-east-2', 'ap-south-1'])], () => ['log_level', R.pick(['info', 'debug', 'warn'])], () => ['max_conns', String(R.int(5, 200))],
  () => ['bind', '127.0.0.1'], () => ['company', R.pick(PI.COMPANIES)], () => ['postal_code', PI.zip()], () => ['routing_number', PI.aba()], () => ['enabled', R.pick(['true', 'false'])],
  () => ['dns', PI.privIP()], () => ['retries', String(R.int(1, 9))],
])();
const lookEntries = () => R.pick([
  () => ['image_digest', LA.digest()], () => ['build_sha', LA.gitSha()], () => ['instance_id', LA.uuid()], () => ['version', LA.version()], () => ['api_key', LA.placeholder()],
  () => ['password', LA.envRef()], () => ['secret', LA.envRef()], () => ['aws_access_key_id', LA.awsExample()], () => ['publishable_key', LA.publicKey()], () => ['upstream', LA.hostname()],
  () => ['theme_color', LA.hexColor()], () => ['schedule', LA.cronExpr()], () => ['deployed_at', LA.timestamp()], () => ['checksum', LA.hash()], () => ['trace_sample_id', LA.traceId()],
  () => ['token', LA.placeholder()], () => ['tenant_id', LA.uuid()], () => ['image', LA.imageTag()], () => ['ulid_seed', LA.ulid()],
])();
const piiEntries = () => R.pick([
  () => ['admin_email', PI.email()], () => ['oncall_phone', PI.phone()], () => ['owner', PI.person()], () => ['notify', PI.email()], () => ['contact_name', PI.person()], () => ['office', PI.city()],
])();
export function secretEntry(unusual = false) {
  const s = SE.secret(); const key = unusual || R.chance(0.15) ? R.pick(SE.unusualKeys) : s.key;
  return [key, s.span];
}
export function entries(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(R.weighted([[3, () => secretEntry()], [4, neutralEntries], [4, lookEntries], [2, piiEntries]])());
  return out;
}
const esc = (v) => ({ ...v, value: v.value.replace(/\n/g, '\\n') });
const isSpan = (v) => v && typeof v === 'object';
const vstr = (v) => (isSpan(v) ? v.value : v);
function yamlVal(v, indent) {
  const s = vstr(v);
  if (s.includes('\n')) return ['|\n' + ' '.repeat(indent + 2), isSpan(v) ? { ...v, value: s.replace(/\n/g, '\n' + ' '.repeat(indent + 2)) } : s, ''];
  if (/^[\w./-]+$/.test(s) && !/^(true|false|yes|no|null|\d+)$/.test(s) || !isSpan(v)) return ['', v, ''];
  return s.includes('"') ? ["'", v, "'"] : ['"', v, '"'];
}
export function render(syntax, ents, section = 'app') {
  const d = new Doc();
  for (const [k0, v] of ents) {
    const multi = vstr(v).includes('\n');
    switch (syntax) {
      case 'env': { const k = k0.toUpperCase().replace(/[^A-Z0-9]/g, '_'); const q = multi || (R.chance(0.3) && !vstr(v).includes('"')) ? '"' : ''; d.t`${k}=${q}${isSpan(v) && multi ? esc(v) : v}${q}\n`; break; }
      case 'yaml': { const [a, vv, b] = yamlVal(v, 2); d.t`  ${k0}: ${a}${vv}${b}\n`; break; }
      case 'toml': d.t`${k0.replace(/[^\w-]/g, '_')} = "${isSpan(v) && multi ? esc(v) : v}"\n`; break;
      case 'ini': d.t`${k0} = ${isSpan(v) && multi ? esc(v) : v}\n`; break;
      case 'properties': d.t`${section}.${k0.replace(/_/g, '.')}=${isSpan(v) && multi ? esc(v) : v}\n`; break;
      case 'json': d.t`    "${k0}": "${isSpan(v) && multi ? esc(v) : v}",\n`; break;
      case 'xml': d.t`    <add key="${k0}" value="${isSpan(v) && multi ? esc(v) : v}" />\n`; break;
      case 'hcl': d.t`  ${k0.replace(/[^\w]/g, '_')} = "${isSpan(v) && multi ? esc(v) : v}"\n`; break;
    }
  }
  return d;
}

// ---- secrets in human prose, several languages ----
export function proseSecret() {
  const s = SE.secret(R.chance(0.6) ? R.pick(['GENERIC_API_KEY', 'GENERIC_TOKEN', 'GENERIC_SECRET', 'GENERIC_CLIENT_SECRET', 'USER_PASSWORD', 'SSH_PASSWORD', 'DATABASE_PASSWORD', 'WIFI_PASSWORD', 'ADMIN_PASSWORD']) : undefined).span;
  if (s.value.includes('\n')) return T`private key below:\n${s}\n`;
  const env = R.pick(['staging', 'prod', 'the sandbox', 'qa', 'the demo tenant']);
  const u = R.pick(['admin', 'root', 'deploy', 'ops', 'marta.k', 'jenkins', 'svc_report', 'backup']);
  return R.pick([
    () => T`the new key for ${env} is ${s} - please don't paste it in the channel again\n`,
    () => T`passwd for the box: ${s}\n`,
    () => T`user ${u} / pass ${s}\n`,
    () => T`login: ${u}  password: ${s}\n`,
    () => T`Rotated it, new one is ${s} (old one revoked at 14:00)\n`,
    () => T`Das neue Passwort für den Jumphost lautet ${s}, bitte nach dem Login ändern.\n`,
    () => T`Zugang für ${env}: Benutzer ${u}, Kennwort ${s}\n`,
    () => T`La contraseña del servidor de ${env} es ${s} — no la compartas.\n`,
    () => T`Te paso la clave de la API: ${s}\n`,
    () => T`Le mot de passe du compte ${u} est ${s} ; pense à le changer.\n`,
    () => T`Voici le jeton pour l'intégration : ${s}\n`,
    () => T`A senha nova do roteador é ${s}\n`,
    () => T`La chiave API per ${env} è ${s}, scade a fine mese.\n`,
    () => T`Het wachtwoord voor de NAS is ${s}\n`,
    () => T`新しいAPIキーは ${s} です。共有しないでください。\n`,
    () => T`Hasło do konta ${u}: ${s}\n`,
    () => T`fyi token=${s} works for both regions\n`,
    () => T`can you try with this client secret: ${s} ?\n`,
    () => T`creds are ${u} and ${s}, same as last quarter\n`,
    () => T`I reset it to ${s} for now\n`,
    () => T`wifi: GuestNet / ${s}\n`,
  ])();
}

// ---- narrative sentences: names and places with no label next to them ----
const pp = (c) => PI.person(c);
const pl = (lc) => PI.place(lc);
export function narrative() {
  return R.pick([
    () => T`${pp()} drove down from ${pl()} on Tuesday and met ${pp()} outside the old station.\n`,
    () => T`After three years in ${pl()}, ${pp()} moved back to ${pl()} to look after her father.\n`,
    () => T`We stayed two nights in ${pl(true)} before taking the night train to ${pl(true)}.\n`,
    () => T`According to ${pp()}, the shipment never left ${pl()}.\n`,
    () => T`${pp()} and ${pp()} shared the stage at the conference in ${pl()}.\n`,
    () => T`The tenant, ${pp()}, has lived at ${PI.street()} since ${R.int(1998, 2022)}.\n`,
    () => T`Please send the documents to ${PI.street()}, ${PI.city()} before Friday.\n`,
    () => T`She grew up near ${pl()} and later studied in ${pl()} with ${pp()}.\n`,
    () => T`I bumped into ${pp()} at the airport in ${pl(true)} — small world.\n`,
    () => T`The delivery driver left the parcel at ${PI.street()} instead of next door.\n`,
    () => T`${pp()} called from ${pl()} at ${PI.phone()}; asked that ${pp()} phone back.\n`,
    () => T`Witnesses said ${pp()} was last seen walking toward ${PI.street()}.\n`,
    () => T`${pp()} (${PI.email()}) will cover while ${pp()} is on leave in ${pl()}.\n`,
    () => T`Residents of ${pl()} protested on ${PI.street()} after the council vote.\n`,
    () => T`Mi hermana ${pp('es')} vive ahora en ${pl()}, en ${PI.street()}.\n`,
    () => T`${pp('de')} ist letzte Woche von ${pl()} nach ${pl()} umgezogen.\n`,
    () => T`${pp('fr')} nous attend à ${pl()} ; son numéro : ${PI.phone('FR')}.\n`,
    () => T`${pp('pt')} chegou a ${pl()} ontem à noite.\n`,
    () => T`${pp('ja')}さんは来週${PI.city()}に出張します。\n`,
    () => T`${pp('zh')}下个月去${PI.city()}开会。\n`,
    () => T`${pp('ru')} вернулся в ${PI.city()} в понедельник.\n`,
    () => T`${pp('ko')} 씨는 ${PI.city()}에서 일합니다.\n`,
    () => T`${pp('hi')} flew in from ${pl()} and ${pp('yo')} joined from ${pl()}.\n`,
    () => T`honestly ${pl(true)} in march was freezing, ${pp()} wouldn't stop complaining\n`,
    () => T`${pp('ar')} runs a small bakery on ${PI.street()} in ${pl()}.\n`,
    () => T`The courier from ${pl()} rang ${PI.phone()} twice but nobody answered.\n`,
  ])();
}
export const langs = ['python', 'javascript', 'typescript', 'go', 'java', 'ruby', 'php', 'rust', 'csharp', 'kotlin', 'swift', 'scala', 'bash', 'perl'];
export const who = () => R.pick(['deploy', 'ubuntu', 'ops', 'jdoe', 'root', 'ci']);
export const ts = () => LA.tsStr();

// ---- PEM private keys embedded in several ways (one span per whole block) ----
export function pemChunk(style) {
  const k = SE.sp('PRIVATE_KEY', SE.pemKey());
  const escd = { ...k, value: k.value.replace(/\n/g, '\\n') };
  const ind = (n) => ({ ...k, value: k.value.replace(/\n/g, '\n' + ' '.repeat(n)) });
  switch (style || R.pick(['raw', 'json', 'yaml', 'env', 'py'])) {
    case 'raw': return T`${R.pick(['here is the key for the bastion, delete after copying:', 'id_ed25519 (old laptop):', 'deploy key:', 'Schlüssel für den Server:', 'clé privée du serveur :'])}\n\`\`\`\n${k}\n\`\`\`\n`;
    case 'json': return T`{\n  "type": "service_account",\n  "project_id": "acme-${R.int(100, 999)}",\n  "private_key_id": "${LA.hash()}",\n  "private_key": "${escd}\\n",\n  "client_email": "svc-${R.int(1, 99)}@acme.iam.corp.example",\n  "client_id": "${R.digits(21)}"\n}\n`;
    case 'yaml': return T`tls:\n  ${R.pick(['key', 'privateKey', 'ssh_key'])}: |\n    ${ind(4)}\n  cert: |\n    ${{ ...LA.certificate(), value: LA.certificate().value.replace(/\n/g, '\n    ') }}\n`;
    case 'env': return T`${R.pick(['SSH_PRIVATE_KEY', 'JWT_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'SAML_SP_KEY'])}="${escd}"\n`;
    case 'py': return T`SIGNING_KEY = """${k}"""\n`;
  }
}
