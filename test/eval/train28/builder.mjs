// Document builder: appends text and spans, tracking UTF-8 byte offsets.
import { KIND, CONFIG_KINDS } from './secrets.mjs';

export const s = (e, v) => ({ f: 'secrets', e, v: String(v) });
export const p = (e, v) => ({ f: 'pii', e, v: String(v) });
export const l = (w, v) => ({ f: 'look', e: w, v: String(v) });
const isSpan = (x) => x && typeof x === 'object' && 'f' in x && 'v' in x;

export class Doc {
  constructor() { this.chunks = []; this.len = 0; this.spans = []; }
  t(str) { str = String(str); this.chunks.push(str); this.len += Buffer.byteLength(str); return this; }
  span(sp) {
    const start = this.len; this.t(sp.v);
    this.spans.push({ start, end: this.len, f: sp.f, e: sp.e, v: sp.v });
    return this;
  }
  put(x) { if (isSpan(x)) this.span(x); else if (Array.isArray(x)) x.forEach((y) => this.put(y)); else if (x !== undefined && x !== null) this.t(x); return this; }
  add(strings, ...vals) { strings.forEach((str, i) => { this.t(str); if (i < vals.length) this.put(vals[i]); }); return this; }
  get text() { return this.chunks.join(''); }
}
// Convert a list of parts (strings / spans / nested) into a Doc fragment appended later: used by renderers
export const seq = (...xs) => xs;

// ---- key-name styling
export function styleKey(snake, style) {
  const w = snake.split('_').filter(Boolean);
  switch (style) {
    case 'SCREAMING': return w.join('_').toUpperCase();
    case 'camel': return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'Pascal': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'kebab': return w.join('-');
    case 'dotted': return w.join('.');
    case 'Header': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('-');
    default: return w.join('_');
  }
}
export const LOCAL_PW_KEYS = ['Passwort', 'mot_de_passe', 'contraseña', 'senha', 'パスワード', '密码', '비밀번호', 'пароль', 'hasło', 'wachtwoord', 'lösenord', 'şifre', 'kata_sandi', 'mật_khẩu', 'heslo', 'jelszó', 'salasana', 'parola', 'adgangskode', 'passord', 'κωδικός', 'סיסמה', 'كلمة_المرور'];

// ---- config renderers. items: [{k: snake key, v: span|string, q?: force quote}]
function needsQuote(v) { return /^[!&*%@`'"{[|>#?,-]|: | #|^\s|\s$|^(true|false|null|yes|no)$/i.test(v) || v === ''; }
export function renderConfig(r, syntax, items, opt = {}) {
  const out = [];
  const val = (it) => it.v; const raw = (it) => (typeof it.v === 'string' ? it.v : it.v.v);
  const ks = opt.keyStyle;
  const key = (it, dflt) => (it.lit ? it.k : styleKey(it.k, ks ?? dflt));
  const ind = opt.indent ?? '';
  switch (syntax) {
    case 'env': {
      const qs = r.pick(['', '"', "'", '']);
      for (const it of items) { const q = /[\s#$'"]/.test(raw(it)) ? "'" : qs; out.push(`${opt.export ? 'export ' : ''}${key(it, 'SCREAMING')}=${q}`, val(it), `${q}\n`); }
      break;
    }
    case 'yaml': {
      if (opt.section) out.push(`${ind}${opt.section}:\n`);
      const i2 = ind + (opt.section ? '  ' : '');
      for (const it of items) { const q = needsQuote(raw(it)) || r.chance(0.25) ? '"' : ''; out.push(`${i2}${key(it, r.pick(['snake', 'camel']))}: ${q}`, val(it), `${q}\n`); }
      break;
    }
    case 'json': {
      const i2 = ind + '  ';
      out.push(`${ind}${opt.section ? `"${opt.section}": ` : ''}{\n`);
      items.forEach((it, n) => { out.push(`${i2}"${key(it, r.pick(['snake', 'camel']))}": "`, val(it), `"${n < items.length - 1 ? ',' : ''}\n`); });
      out.push(`${ind}}${opt.trailingComma ? ',' : ''}\n`);
      break;
    }
    case 'toml': case 'ini': {
      if (opt.section) out.push(`[${opt.section}]\n`);
      for (const it of items) { const q = syntax === 'toml' ? '"' : ''; out.push(`${key(it, syntax === 'ini' ? r.pick(['snake', 'Pascal', 'camel']) : 'snake')} = ${q}`, val(it), `${q}\n`); }
      break;
    }
    case 'hcl': {
      out.push(`${opt.section ?? 'provider "helpdesk"'} {\n`);
      for (const it of items) out.push(`  ${key(it, 'snake')} = "`, val(it), `"\n`);
      out.push('}\n');
      break;
    }
    case 'properties': {
      const pre = opt.prefix ?? r.pick(['app', 'spring.datasource', 'crm.client', 'support.integration']);
      for (const it of items) out.push(`${pre}.${key(it, r.pick(['dotted', 'camel', 'kebab']))}=`, val(it), '\n');
      break;
    }
    case 'xml': {
      const mode = r.int(0, 1);
      out.push(`<${opt.section ?? 'appSettings'}>\n`);
      for (const it of items) { if (mode === 0) out.push(`  <add key="${key(it, 'Pascal')}" value="`, val(it), '" />\n'); else { const k = key(it, 'camel'); out.push(`  <${k}>`, val(it), `</${k}>\n`); } }
      out.push(`</${opt.section ?? 'appSettings'}>\n`);
      break;
    }
    case 'cli': {
      out.push(`${opt.cmd ?? 'deskctl sync'} \\\n`);
      items.forEach((it, n) => { const eq = r.chance(0.5) ? '=' : ' '; const q = /[^A-Za-z0-9._\-/:+=]/.test(raw(it)) ? "'" : ''; out.push(`  --${key(it, 'kebab')}${eq}${q}`, val(it), `${q}${n < items.length - 1 ? ' \\' : ''}\n`); });
      break;
    }
    case 'table': {
      out.push(`| ${opt.h1 ?? 'Setting'} | ${opt.h2 ?? 'Value'} |\n|---|---|\n`);
      for (const it of items) out.push(`| ${key(it, r.pick(['snake', 'SCREAMING', 'dotted']))} | `, val(it), ' |\n');
      break;
    }
    default: throw new Error('syntax ' + syntax);
  }
  return out;
}
export const SYNTAXES = ['env', 'yaml', 'json', 'toml', 'ini', 'hcl', 'properties', 'xml', 'cli', 'table'];

// Round-robin cursor over config secret kinds so that every kind is used.
export class KindCursor {
  constructor(r) { this.list = r.shuffle(CONFIG_KINDS.map((k) => k.e)); this.i = 0; }
  next() { const e = this.list[this.i % this.list.length]; this.i++; return e; }
}
// Value for a kind that is safe in the given context (no quotes/backslashes, no spaces etc.)
export function secretValue(r, e, ctx = 'any') {
  const g = KIND[e].g;
  for (let i = 0; i < 50; i++) {
    const v = g(r);
    if (/example/i.test(v)) continue;
    if (/["\\`]/.test(v)) continue;
    if (/@[A-Za-z0-9-]+\.[A-Za-z0-9]/.test(v)) continue;
    if (ctx === 'xml' && /[&<>]/.test(v)) continue;
    if (ctx === 'url' && /[^A-Za-z0-9\-._~!*]/.test(v)) continue;
    if ((ctx === 'cfg' || ctx === 'xml' || ctx === 'url') && /\s/.test(v)) continue;
    if (ctx === 'cfg' && /'/.test(v)) continue;
    return v;
  }
  throw new Error('no value for ' + e);
}
export function keyFor(r, e) { return r.pick(KIND[e].k); }
