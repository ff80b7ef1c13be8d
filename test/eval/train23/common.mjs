// Shared helpers for document kinds: secrets placed as values (with the URL or
// DSN around them where the kind needs one), config entries and serialisers.
import { draw, make, pemAs, styleKey, urlPassword, NON_BEARER, DB_PASSWORDS } from './secrets.mjs';
import { LK } from './lookalikes.mjs';
import { S, P } from './doc.mjs';
import { EMAIL, emailFor, PHONE, person, anyCulture } from './pii.mjs';
import { UPPER_ALNUM } from './prng.mjs';

export const SMALL = (c) => !c.big && !c.medium;
export const ANY = () => true;
export const PLAIN_TOKEN = (c) => !c.big && !c.medium && !c.urlPath && !c.query && !c.urlUser && !c.json;
export const PW = (c) => !!c.pw;
export const BEARER = (c) => PLAIN_TOKEN(c) && !c.pw && !c.basic && !c.query2 && !NON_BEARER.has(c.e);
export const DBPW = (c) => DB_PASSWORDS.has(c.e);
export const LOGINPW = (c) => !!c.pw && !DB_PASSWORDS.has(c.e) && !['WIFI_PSK', 'SNMP_COMMUNITY_STRING', 'DOOR_KEYPAD_MASTER_CODE', 'VPN_PRESHARED_KEY', 'RESTIC_PASSWORD', 'SSH_KEY_PASSPHRASE'].includes(c.e);

const HOSTWORD = ['corp', 'infra', 'lab', 'shop', 'acme', 'nordwind', 'kanzlei', 'clinic', 'stadtwerke', 'ops'];
export const host = (r, sub) => `${sub ?? r.pick(['api', 'db', 'auth', 'files', 'mq', 'cache', 'search'])}.${r.pick(HOSTWORD)}.${r.pick(['example', 'example', 'test', 'internal.example', 'invalid'])}`;

// pieces for a drawn secret in a value position
export function secretPieces(r, s, ctx = {}) {
  const c = s.entry;
  if (c.urlPath && s.e === 'DISCORD_WEBHOOK_TOKEN') return [`https://chat.${r.pick(HOSTWORD)}.invalid/api/webhooks/${r.digits(18)}/`, s.span()];
  if (c.urlPath) return [`https://hooks.${r.pick(['chat', 'notify', 'alerts'])}.example/services/T${r.chars(UPPER_ALNUM, 10)}/B${r.chars(UPPER_ALNUM, 10)}/`, s.span()];
  if (c.query) return [`https://${r.pick(['blobstore', 'files', 'backup'])}.${r.pick(HOSTWORD)}.example/${r.pick(['exports', 'invoices', 'media'])}/${r.pick(['2024-q3.csv', 'dump.tar.gz', 'logo.png'])}?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-31T00:00:00Z&spr=https&sig=`, s.span()];
  if (c.urlUser) return ['https://', s.span(), `@errors.${r.pick(HOSTWORD)}.example/${r.int(2, 90)}`];
  if (c.big) {
    const mode = ctx.pem ?? 'escaped';
    return [S(pemAs(s.value, mode, ctx.indent ?? '  '), s.e)];
  }
  return [s.span()];
}

// database URLs with the password as the span
export function dsn(r, sec, scheme) {
  scheme = scheme ?? ({ MYSQL_PASSWORD: 'mysql', SQLSERVER_PASSWORD: 'mssql', REDIS_PASSWORD: 'redis', MONGODB_PASSWORD: 'mongodb', RABBITMQ_PASSWORD: 'amqp', PLANETSCALE_PASSWORD: 'mysql' }[sec.e] ?? r.pick(['postgres', 'postgresql', 'postgres']));
  if (!{ postgres: 1, postgresql: 1, mysql: 1, mongodb: 1, redis: 1, amqp: 1, mssql: 1 }[scheme]) scheme = 'postgres';
  const user = r.pick(['app', 'svc_orders', 'reporting', 'admin', 'django', 'etl', 'readonly', 'root']);
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, mongodb: 27017, redis: 6379, amqp: 5672, mssql: 1433 }[scheme];
  const v = /^[A-Za-z0-9._~!*-]+$/.test(sec.value) ? sec.value : encodeURIComponent(sec.value);
  return [`${scheme}://${scheme === 'redis' && r.chance(0.5) ? '' : user}:`, S(v, sec.e), `@${host(r, r.pick(['db', 'pg-primary', 'mysql-1', 'mongo-rs0', 'cache', 'mq']))}:${port}/${r.pick(['app', 'orders', 'crm', '0', 'billing', 'analytics'])}${r.chance(0.3) ? '?sslmode=require' : ''}`];
}
export const pwSecret = (r) => draw(r, DBPW);

// ---------------- config entries ----------------
const GROUPS = ['database', 'cache', 'mail', 'payments', 'auth', 'storage', 'observability', 'queue', 'ai', 'vcs', 'cloud', 'integrations'];
// entry: { group, words, pieces, multi, kind }
export function configEntries(r, { secrets = 4, looks = 3, plain = 3, pii = 1, filter = SMALL, pemCtx } = {}) {
  const out = [];
  for (let i = 0; i < secrets; i++) {
    const s = draw(r, filter);
    let pieces;
    if (DB_PASSWORDS.has(s.e) && r.chance(0.45)) { pieces = dsn(r, s); out.push({ group: r.pick(GROUPS), words: r.pick(['database url', 'dsn', 'connection string', 'db uri', 'broker url']), pieces, kind: 'secret' }); continue; }
    pieces = secretPieces(r, s, pemCtx);
    out.push({ group: r.pick(GROUPS), words: s.entry.urlUser ? 'sentry dsn' : s.entry.urlPath ? s.kw.replace(/webhook.*/, 'webhook url') : s.entry.query ? 'sas url' : s.kw, pieces, kind: 'secret', multi: !!s.entry.big, e: s.e });
  }
  const lookGen = [
    () => { const pk = publicOneLine(r); return { words: pk.t.startsWith('pk_') ? 'stripe publishable key' : pk.t.startsWith('pk.') ? 'mapbox public token' : r.pick(['ssh public key', 'deploy public key']), pieces: [pk] }; },
    () => ({ words: r.pick(['api token', 'db password', 'smtp password', 'stripe secret key']), pieces: [LK(r, 'placeholder')] }),
    () => ({ words: r.pick(['db password', 'api key', 'jwt secret', 'github token']), pieces: [LK(r, 'env_reference')] }),
    () => ({ words: r.pick(['aws access key id', 'aws secret access key']), pieces: [LK(r, 'aws_example_key')] }),
    () => ({ words: r.pick(['release sha', 'git commit', 'revision']), pieces: [LK(r, 'git_sha')] }),
    () => ({ words: r.pick(['instance id', 'tenant id', 'client id', 'workspace id']), pieces: [LK(r, 'uuid')] }),
    () => ({ words: r.pick(['app version', 'api version', 'schema version']), pieces: [LK(r, 'version')] }),
    () => ({ words: r.pick(['build number', 'build id']), pieces: [LK(r, 'build_number')] }),
    () => ({ words: r.pick(['image digest', 'artifact checksum']), pieces: [LK(r, 'digest')] }),
    () => ({ words: r.pick(['primary host', 'replica host', 'smtp host', 'broker host']), pieces: [LK(r, 'hostname')] }),
    () => ({ words: r.pick(['brand color', 'accent color']), pieces: [LK(r, 'hex_color')] }),
    () => ({ words: r.pick(['map center', 'warehouse location']), pieces: [LK(r, 'coordinates')] }),
    () => ({ words: r.pick(['password hash', 'admin password hash']), pieces: [LK(r, 'hash')] }),
    () => ({ words: r.pick(['deployed at', 'last rotated']), pieces: [LK(r, 'timestamp')] }),
    () => ({ words: 'test card', pieces: [LK(r, 'vendor_test_card')] }),
    () => ({ words: r.pick(['rejected iban sample', 'bad iban fixture']), pieces: [LK(r, 'invalid_iban')] }),
    () => ({ words: r.pick(['device mac', 'gateway mac']), pieces: [LK(r, 'mac_address')] }),
    () => ({ words: r.pick(['container id', 'sidecar id']), pieces: [LK(r, 'container_id')] }),
    () => ({ words: r.pick(['trace id', 'correlation id']), pieces: [LK(r, 'request_id')] }),
  ];
  for (let i = 0; i < looks; i++) out.push({ group: r.pick(GROUPS), ...r.pick(lookGen)(), kind: 'look' });
  const plainGen = [
    () => ({ words: 'port', pieces: [String(r.pick([80, 443, 5432, 3306, 6379, 8080, 9092, 27017, 8443]))] }),
    () => ({ words: r.pick(['debug', 'enabled', 'use tls', 'dry run']), pieces: [r.pick(['true', 'false'])] }),
    () => ({ words: 'log level', pieces: [r.pick(['info', 'warn', 'debug', 'error'])] }),
    () => ({ words: r.pick(['timeout ms', 'pool size', 'max retries', 'cache ttl']), pieces: [String(r.pick([5, 10, 30, 250, 3000, 60000]))] }),
    () => ({ words: 'region', pieces: [r.pick(['eu-north-1', 'eu-central-1', 'us-east-2', 'ap-northeast-1', 'westeurope'])] }),
    () => ({ words: r.pick(['base url', 'endpoint', 'issuer url']), pieces: [`https://${host(r)}/${r.pick(['v1', 'api', 'oauth2', ''])}`] }),
    () => ({ words: r.pick(['bucket', 'queue name', 'topic']), pieces: [r.pick(['invoices-prod', 'orders.created', 'media-eu', 'audit-log'])] }),
    () => ({ words: 'locale', pieces: [r.pick(['fi-FI', 'de-DE', 'pl-PL', 'en-GB', 'tr-TR', 'ja-JP'])] }),
  ];
  for (let i = 0; i < plain; i++) out.push({ group: r.pick(GROUPS), ...r.pick(plainGen)(), kind: 'plain' });
  for (let i = 0; i < pii; i++) {
    const p = person(r, anyCulture(r));
    out.push(r.chance(0.6) ? { group: 'contact', words: r.pick(['admin email', 'alert email', 'owner email', 'on call email']), pieces: [EMAIL(emailFor(r, p))], kind: 'pii' }
      : { group: 'contact', words: r.pick(['support phone', 'on call phone', 'sms sender']), pieces: [PHONE(r, r.pick(['GB', 'DE', 'FI', 'PL', 'US', 'IN', 'JP', 'BR']), 'intl')], kind: 'pii' });
  }
  return r.shuffle(out);
}
export function publicOneLine(r) { for (;;) { const x = LK(r, 'public_key'); if (!x.t.includes('\n')) return x; } }

const q = (r, style) => style ?? r.wpick([[5, '"'], [2, ''], [1, "'"]]);

// ---- serialisers: each returns a list of lines; a line is an array of pieces ----
export function toEnv(r, entries, opts = {}) {
  const lines = [];
  for (const e of entries) {
    const k = styleKey(e.words, 'env');
    if (r.chance(0.15)) lines.push([`# ${r.pick(['TODO rotate', 'set by ops', 'prod value', 'do not commit', 'legacy', 'see vault'])}`]);
    const quote = e.multi ? '"' : q(r);
    const prefix = (e.kind === 'secret' || e.kind === 'look') && r.chance(0.12) ? '# ' : opts.export && r.chance(0.6) ? 'export ' : '';
    lines.push([prefix, k, '=', quote, ...e.pieces, quote]);
  }
  return lines;
}
export function toYaml(r, entries, { indent = '  ', style = 'snake', nested = true, anchors = true } = {}) {
  const lines = []; const groups = {};
  for (const e of entries) (groups[nested ? e.group : '_'] ??= []).push(e);
  let anchorDone = false; let anchorGroup = null;
  for (const [g, es] of Object.entries(groups)) {
    const pre = nested ? indent : '';
    if (nested) {
      if (anchors && !anchorDone && r.chance(0.4)) { lines.push([`${styleKey(g, style)}: &${styleKey(g, 'snake')}_defaults`]); anchorDone = true; anchorGroup = g; }
      else lines.push([`${styleKey(g, style)}:`]);
    }
    for (const e of es) {
      const k = styleKey(e.words, style);
      if (e.multi) {
        const more = pre + indent;
        const piece = e.pieces[0];
        const raw = piece.t.replace(/\\n/g, '\n');
        lines.push([`${pre}${k}: |`]);
        lines.push([more, S(raw.split('\n').join('\n' + more), piece.e)]);
      } else {
        const quote = r.wpick([[5, ''], [3, '"'], [1, "'"]]);
        lines.push([`${pre}${r.chance(0.08) ? '# ' : ''}${k}: ${quote}`, ...e.pieces, quote]);
      }
    }
  }
  if (anchorDone && r.chance(0.8)) {
    lines.push([`${styleKey(r.pick(['staging', 'canary', 'eu', 'worker']), 'snake')}:`]);
    lines.push([`${indent}<<: *${styleKey(anchorGroup, 'snake')}_defaults`]);
  }
  return lines;
}
export function toJson(r, entries, { style = 'camel', nested = true, indent = '  ' } = {}) {
  const groups = {};
  for (const e of entries) (groups[nested ? e.group : '_'] ??= []).push(e);
  const lines = [['{']];
  const gs = Object.entries(groups);
  gs.forEach(([g, es], gi) => {
    const pre = nested ? indent + indent : indent;
    if (nested) lines.push([`${indent}"${styleKey(g, style)}": {`]);
    es.forEach((e, i) => {
      const comma = i < es.length - 1 ? ',' : '';
      const pieces = e.multi ? [S(e.pieces[0].t.includes('\\n') ? e.pieces[0].t : e.pieces[0].t.replace(/\n/g, '\\n'), e.pieces[0].e)] : e.pieces;
      const bare = pieces.length === 1 && typeof pieces[0] === 'object' && /^(true|false|\d+)$/.test(pieces[0].t);
      lines.push([`${pre}"${styleKey(e.words, style)}": ${bare ? '' : '"'}`, ...pieces, `${bare ? '' : '"'}${comma}`]);
    });
    if (nested) lines.push([`${indent}}${gi < gs.length - 1 ? ',' : ''}`]);
  });
  lines.push(['}']);
  return lines;
}
export function toToml(r, entries) {
  const groups = {}; for (const e of entries) (groups[e.group] ??= []).push(e);
  const lines = [];
  for (const [g, es] of Object.entries(groups)) {
    lines.push([`[${styleKey(g, 'snake')}]`]);
    for (const e of es) {
      if (e.multi) lines.push([`${styleKey(e.words, 'snake')} = """`], [S(e.pieces[0].t.replace(/\\n/g, '\n'), e.pieces[0].e)], ['"""']);
      else lines.push([`${styleKey(e.words, 'snake')} = "`, ...e.pieces, '"']);
    }
    lines.push(['']);
  }
  return lines;
}
export function toIni(r, entries) {
  const groups = {}; for (const e of entries) (groups[e.group] ??= []).push(e);
  const lines = [];
  for (const [g, es] of Object.entries(groups)) {
    lines.push([`[${r.chance(0.5) ? g : styleKey(g, 'pascal')}]`]);
    for (const e of es) lines.push([`${r.chance(0.1) ? '; ' : ''}${styleKey(e.words, r.pick(['snake', 'kebab']))}${r.pick(['=', ' = '])}`, ...(e.multi ? [S(e.pieces[0].t.includes('\\n') ? e.pieces[0].t : e.pieces[0].t.replace(/\n/g, '\\n'), e.pieces[0].e)] : e.pieces)]);
    lines.push(['']);
  }
  return lines;
}
export function toProperties(r, entries, prefix) {
  return entries.map((e) => [`${r.chance(0.08) ? '#' : ''}${prefix ? prefix + '.' : ''}${styleKey(e.group, 'dot')}.${styleKey(e.words, 'kebab')}=`, ...(e.multi ? [S(e.pieces[0].t.includes('\\n') ? e.pieces[0].t : e.pieces[0].t.replace(/\n/g, '\\n'), e.pieces[0].e)] : e.pieces)]);
}
export function toXml(r, entries) {
  const lines = [['<?xml version="1.0" encoding="utf-8"?>'], ['<configuration>'], ['  <appSettings>']];
  for (const e of entries) lines.push([`    <add key="${styleKey(e.words, 'pascal')}" value="`, ...(e.multi ? [S(e.pieces[0].t.includes('\\n') ? e.pieces[0].t : e.pieces[0].t.replace(/\n/g, '\\n'), e.pieces[0].e)] : e.pieces), '" />']);
  lines.push(['  </appSettings>'], ['</configuration>']);
  return lines;
}
export function writeLines(d, lines) { for (const l of lines) { d.add(l); d.text('\n'); } }
