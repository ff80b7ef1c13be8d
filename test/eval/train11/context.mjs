// Template context: decks that cycle through every secret / look-alike kind, and a
// mini template language «TOKEN:arg» rendered through the span-recording builder.
import { SECRETS, SECRET_KINDS, BIG_SECRETS, humanPassword, urlSafePassword } from './secrets.mjs';
import { LOOK, LOOK_KINDS } from './lookalikes.mjs';
import * as P from './pii.mjs';
const UNUSUAL = ['hush', 'sigil', 'x_seed', 'blob_k', 'opaque_ref', 'mimi', 'k2', 'zeta_auth', 'ledger_salt', 'tk', 'magic', 'sesame', 'shh_value', 'cfgB', 'relay_pin', 'gatekey', 'aux_material', 'pepper', 'cookie_jar_key', 'bootstrap_blob', 'geheimnis', 'clave_maestra', 'senha_app', 'wachtwoord_db', 'haslo', 'himitsu', 'mi_ma', 'parol'];
function keyName(e, r) {
  if (['RANDOM_SECRET_TOKEN', 'API_KEY_GENERIC', 'HMAC_KEY', 'ENCRYPTION_KEY', 'SESSION_SECRET', 'WEBHOOK_SECRET'].includes(e) && r.chance(0.7)) return r.pick(UNUSUAL);
  if (e === 'PASSWORD' || e === 'DATABASE_PASSWORD') return r.pick(['password', 'db_password', 'pass', 'pwd', 'DB_PASS', 'passwd', 'root_password', 'mot_de_passe', 'contrasena', 'Kennwort']);
  const base = e.toLowerCase().replace(/_(key|token|secret)$/, '_$1');
  return r.pick([base, base.toUpperCase(), base.replace(/_([a-z])/g, (m, c) => c.toUpperCase())]);
}
export function makeCtx(r) {
  let sdeck = [], ldeck = [];
  const nextSecret = (allowBig) => {
    for (;;) { if (!sdeck.length) sdeck = r.shuffle(SECRET_KINDS); const k = sdeck.pop(); if (allowBig || !BIG_SECRETS.has(k)) return k; sdeck.unshift(k); if (sdeck.every((x) => BIG_SECRETS.has(x))) sdeck = r.shuffle(SECRET_KINDS); }
  };
  const nextLook = () => { if (!ldeck.length) ldeck = r.shuffle(LOOK_KINDS); return ldeck.pop(); };
  const ctx = { r, cur: null, place: null };
  ctx.secret = (kind, allowBig) => { const e = kind || nextSecret(allowBig); return { e, v: SECRETS[e](r) }; };
  ctx.person = (c) => (ctx.cur = P.person(r, c));
  ctx.render = (d, tpl) => {
    const parts = tpl.split(/(«[^»]*»)/);
    for (const part of parts) {
      if (!part.startsWith('«')) { if (part) d.t(part); continue; }
      const [tok, ...rest] = part.slice(1, -1).split(':'); const arg = rest.join(':');
      ctx.tok(d, tok, arg);
    }
    return d;
  };
  ctx.tok = (d, tok, arg) => {
    const cur = () => ctx.cur || ctx.person();
    const pl = () => ctx.place || (ctx.place = P.place(r));
    switch (tok) {
      case 'S': { const s = ctx.secret(arg || null); return d.sec(s.e, s.v); }
      case 'SB': { const s = ctx.secret(null, true); return d.sec(s.e, s.v); }
      case 'KS': { const s = ctx.secret(null, arg === 'json'); const k = keyName(s.e, r); const v = arg === 'json' ? JSON.stringify(s.v).slice(1, -1) : s.v;
        const [pre, post] = { env: [`${k.toUpperCase()}=`, ''], yaml: [`${k}: `, ''], yamlq: [`${k}: "`, '"'], json: [`"${k}": "`, '"'], toml: [`${k} = "`, '"'], ini: [`${k} = `, ''], xml: [`<${k}>`, `</${k}>`], hcl: [`${k} = "`, '"'], props: [`${k.replace(/_/g, '.')}=`, ''] }[arg] || [`${k}=`, ''];
        d.t(pre); d.sec(s.e, v); return d.t(post); }
      case 'PW': return d.sec('PASSWORD', humanPassword(r));
      case 'DBPW': return d.sec('DATABASE_PASSWORD', urlSafePassword(r));
      case 'NAME': return d.pii('PERSON', ctx.person(arg || undefined).full);
      case 'NAME2': { const p = ctx.person(arg || undefined); return d.pii('PERSON', p.culture.match(/^(zh|ja|ko|hu|vi|zhl|kol)$/) ? p.full : `${p.family}, ${p.given}`); }
      case 'GIVEN': return d.pii('PERSON', cur().given);
      case 'FAMILY': return d.pii('PERSON', cur().family);
      case 'EMAIL': return d.pii('EMAIL_ADDRESS', P.email(r, arg === 'new' ? null : cur()));
      case 'PHONE': return d.pii('PHONE_NUMBER', P.phone(r, arg || (ctx.place && P.PHONE_PLANS[ctx.place.cc] ? ctx.place.cc : undefined)));
      case 'PLACE': ctx.place = P.place(r, arg || undefined); return d;
      case 'CITY': return d.pii('LOCATION', pl().city);
      case 'COUNTRY': return d.pii('LOCATION', pl().country);
      case 'STREET': return d.pii('LOCATION', pl().street);
      case 'ZIP': return d.t(P.zip(r, pl().cc));
      case 'ADDR': { const p = ctx.place = P.place(r, arg || undefined); ctx.addr(d, p); return d; }
      case 'IP': return d.pii('IP_ADDRESS', P.ipv4(r, false));
      case 'IPPRIV': return d.pii('IP_ADDRESS', P.ipv4(r, true));
      case 'IP6': return d.pii('IP_ADDRESS', P.ipv6(r));
      case 'CARD': return d.pii('CREDIT_CARD', P.card(r, arg || undefined));
      case 'IBAN': return d.pii('IBAN_CODE', P.iban(r, arg || undefined));
      case 'SSN': return d.pii('US_SSN', P.ssn(r));
      case 'ITIN': return d.pii('US_ITIN', P.itin(r));
      case 'PASSPORT': return d.pii('US_PASSPORT', P.passport(r));
      case 'DL': { const x = P.driverLicense(r); if (arg === 'st') d.t(x.state + ' '); return d.pii('US_DRIVER_LICENSE', x.value); }
      case 'BANK': return d.pii('US_BANK_NUMBER', P.bankAccount(r));
      case 'ROUTING': { let s; for (;;) { s = r.digits(8); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let t = 0; for (let i = 0; i < 8; i++) t += w[i] * +s[i]; const c = (10 - (t % 10)) % 10; s += c; break; } return d.t(s); }
      case 'DEA': return d.pii('MEDICAL_LICENSE', P.dea(r, cur().family.match(/^[A-Za-z]/) ? cur().family : 'X'));
      case 'NHS': return d.pii('UK_NHS', P.nhs(r));
      case 'BTC': return d.pii('CRYPTO', P.btc(r));
      case 'L': { const w = arg || nextLook(); return d.look(w, LOOK[w](r)); }
      case 'PROSE': ctx.proseFn(ctx, d); return d;
      case 'R': return d.t(r.pick(arg.split('|')));
      case 'N': { const [a, b] = arg.split('-').map(Number); return d.t(String(r.int(a, b))); }
      case 'HOST': return d.t(r.pick(['db-01', 'pg-primary', 'redis-cache', 'mq-02', 'ldap-01', 'vault', 'build-agent-7', 'smtp-relay']));
      case 'DOM': return d.t(r.pick(['corp.example', 'svc.test', 'internal.invalid', 'api.example', 'shop.test']));
      default: throw new Error('unknown token ' + tok);
    }
  };
  ctx.addr = (d, p) => {
    const z = P.zip(r, p.cc);
    switch (p.cc) {
      case 'US': case 'CA': case 'AU': d.pii('LOCATION', p.street); d.t(', '); d.pii('LOCATION', p.city); d.t(`, ${r.pick(['OK', 'ID', 'GA', 'OH', 'ON', 'NS', 'VIC', 'QLD'])} ${z}`); break;
      case 'GB': d.pii('LOCATION', p.street); d.t(', '); d.pii('LOCATION', p.city); d.t(` ${z}`); break;
      case 'JP': d.t(z + ' '); d.pii('LOCATION', p.street); break;
      case 'CN': case 'KR': d.pii('LOCATION', p.street); d.t(' ' + z); break;
      case 'BR': case 'MX': case 'AR': case 'ES': case 'IT': d.pii('LOCATION', p.street); d.t(`, ${z} `); d.pii('LOCATION', p.city); break;
      default: d.pii('LOCATION', p.street); d.t(`, ${z} `); d.pii('LOCATION', p.city);
    }
    if (r.chance(0.5)) { d.t(', '); d.pii('LOCATION', p.country); }
  };
  return ctx;
}
