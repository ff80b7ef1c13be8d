// Data-team document kinds: SQL results and dumps, spreadsheet exports, notebooks, API payloads,
// directory exports.
import { Doc, S, P, L, cat, raw, emitJSON, emitYAML, psqlTable, mysqlTable, frameTable, delimited, textOf, jsonEsc, xmlEsc, mapItem } from './doc.mjs';
import { fmtTs } from './lookalikes.mjs';

const n = (c, base) => Math.max(2, Math.round(base * c.scale));
const xml = (x) => mapItem(x, xmlEsc);
const sqlq = (x) => mapItem(x, (s) => s.replace(/'/g, "''"));

const H = {
  en: { first: 'first_name', last: 'last_name', full: 'full_name', email: 'email', phone: 'phone', street: 'street', city: 'city', zip: 'postal_code', country: 'country', created: 'created_at', notes: 'notes', owner: 'owner' },
  de: { first: 'Vorname', last: 'Nachname', full: 'Name', email: 'E-Mail', phone: 'Telefon', street: 'Straße', city: 'Ort', zip: 'PLZ', country: 'Land', created: 'Angelegt am', notes: 'Notizen', owner: 'Betreuer' },
  fr: { first: 'Prénom', last: 'Nom', full: 'Nom complet', email: 'Courriel', phone: 'Téléphone', street: 'Adresse', city: 'Ville', zip: 'Code postal', country: 'Pays', created: 'Créé le', notes: 'Remarques', owner: 'Commercial' },
  es: { first: 'Nombre', last: 'Apellidos', full: 'Nombre completo', email: 'Correo', phone: 'Teléfono', street: 'Dirección', city: 'Ciudad', zip: 'CP', country: 'País', created: 'Fecha alta', notes: 'Notas', owner: 'Responsable' },
  it: { first: 'Nome', last: 'Cognome', full: 'Nominativo', email: 'Email', phone: 'Telefono', street: 'Indirizzo', city: 'Città', zip: 'CAP', country: 'Paese', created: 'Creato il', notes: 'Note', owner: 'Referente' },
  pt: { first: 'Nome', last: 'Sobrenome', full: 'Nome completo', email: 'E-mail', phone: 'Telefone', street: 'Endereço', city: 'Cidade', zip: 'CEP', country: 'País', created: 'Criado em', notes: 'Observações', owner: 'Vendedor' },
  nl: { first: 'Voornaam', last: 'Achternaam', full: 'Naam', email: 'E-mail', phone: 'Telefoon', street: 'Adres', city: 'Plaats', zip: 'Postcode', country: 'Land', created: 'Aangemaakt', notes: 'Opmerkingen', owner: 'Accountmanager' },
  pl: { first: 'Imię', last: 'Nazwisko', full: 'Imię i nazwisko', email: 'E-mail', phone: 'Telefon', street: 'Ulica', city: 'Miasto', zip: 'Kod pocztowy', country: 'Kraj', created: 'Utworzono', notes: 'Uwagi', owner: 'Opiekun' },
  ja: { first: '名', last: '姓', full: '氏名', email: 'メールアドレス', phone: '電話番号', street: '住所', city: '市区町村', zip: '郵便番号', country: '国', created: '登録日', notes: '備考', owner: '担当者' },
  zh: { first: '名', last: '姓', full: '姓名', email: '邮箱', phone: '电话', street: '地址', city: '城市', zip: '邮编', country: '国家', created: '创建时间', notes: '备注', owner: '负责人' },
  ru: { first: 'Имя', last: 'Фамилия', full: 'ФИО', email: 'Эл. почта', phone: 'Телефон', street: 'Адрес', city: 'Город', zip: 'Индекс', country: 'Страна', created: 'Создан', notes: 'Комментарий', owner: 'Менеджер' },
  tr: { first: 'Ad', last: 'Soyad', full: 'Ad Soyad', email: 'E-posta', phone: 'Telefon', street: 'Adres', city: 'Şehir', zip: 'Posta Kodu', country: 'Ülke', created: 'Oluşturma', notes: 'Notlar', owner: 'Temsilci' },
  ko: { first: '이름', last: '성', full: '성명', email: '이메일', phone: '전화번호', street: '주소', city: '도시', zip: '우편번호', country: '국가', created: '등록일', notes: '메모', owner: '담당자' },
  sv: { first: 'Förnamn', last: 'Efternamn', full: 'Namn', email: 'E-post', phone: 'Telefon', street: 'Adress', city: 'Ort', zip: 'Postnr', country: 'Land', created: 'Skapad', notes: 'Anteckningar', owner: 'Ansvarig' },
  el: { first: 'Όνομα', last: 'Επώνυμο', full: 'Ονοματεπώνυμο', email: 'Email', phone: 'Τηλέφωνο', street: 'Διεύθυνση', city: 'Πόλη', zip: 'ΤΚ', country: 'Χώρα', created: 'Δημιουργία', notes: 'Σημειώσεις', owner: 'Υπεύθυνος' },
};
const hdr = (lang) => H[lang] || H.en;
const first = (c, p) => P('PERSON', p.native ? p.given : p.givenRoman);
const last = (c, p) => P('PERSON', p.native ? p.family : p.familyRoman);

// short prose for notes columns, in the document language
function noteText(c) {
  const d = new Doc('tmp');
  c.say(d, 'note', c.slots());
  return d;
}
// turn a tiny Doc into a list of pieces (strings and Items) for table cells and JSON strings
function pieces(d) {
  const txt = Buffer.from(d.text(), 'utf8');
  const out = [];
  let pos = 0;
  for (const s of d.spans) {
    if (s.start > pos) out.push(txt.subarray(pos, s.start).toString('utf8'));
    out.push(s.fam === 'look' ? L(s.ent, s.v) : s.fam === 'pii' ? P(s.ent, s.v) : S(s.ent, s.v));
    pos = s.end;
  }
  if (pos < txt.length) out.push(txt.subarray(pos).toString('utf8'));
  return out;
}
export const notePieces = (c) => pieces(noteText(c));
export const sayPieces = (c, catg, slots, lang) => { const d = new Doc('tmp'); c.say(d, catg, slots || c.slots(), lang); return pieces(d); };

// ------------------------------------------------------------------ sql_psql
function sqlPsql(c, d) {
  const r = c.r;
  const db = r.pick(['crm', 'shop', 'analytics', 'support', 'warehouse', 'lms']);
  const prompt = r.pick([`${db}=> `, `${db}=# `, `${db}_ro=> `, `postgres@${db}:5432 ${db}> `]);
  const v = r.pick(['customers', 'customers', 'expanded', 'integrations', 'orders', 'signups']);
  if (r.chance(0.3)) d.f`psql (${c.look('version')})\nType "help" for help.\n\n`;
  if (v === 'customers') {
    const split = r.chance(0.4);
    const cols = split ? ['id', 'first_name', 'last_name', 'email', 'phone', 'city', 'country', 'created_at'] : ['id', 'full_name', 'email', 'phone', 'city', 'lifetime_value', 'created_at'];
    d.t(`${prompt}SELECT ${cols.join(', ')} FROM customers WHERE ${r.pick(['created_at > now() - interval \'30 days\'', "country = 'DE'", 'segment = \'enterprise\'', 'last_order_at IS NOT NULL'])} ORDER BY id LIMIT ${r.int(5, 12)};\n`);
    const rows = [];
    for (let i = 0; i < n(c, 8); i++) {
      const p = c.person();
      const id = r.chance(0.5) ? String(r.int(1000, 99999)) : c.look('crm_id');
      rows.push(split ? [id, first(c, p), last(c, p), c.E(p), c.Ph(p), c.City(p), c.Country(p), c.ts('space')] : [id, c.N(p), c.E(p), c.Ph(p), c.City(p), c.look('price', { amount: r.int(10, 90000) / 10 }), c.ts(r.pick(['space', 'isoOff']))]);
    }
    psqlTable(d, cols, rows, { numeric: [0] });
  } else if (v === 'expanded') {
    d.t(`${prompt}\\x\nExpanded display is on.\n${prompt}SELECT * FROM ${r.pick(['contacts', 'leads', 'tickets_customers'])} WHERE ${r.pick(["owner_id = 42", "status = 'open'", "updated_at > now() - interval '1 day'"])} LIMIT ${n(c, 2)};\n`);
    for (let k = 1; k <= n(c, 2); k++) {
      const p = c.person();
      const fields = [['id', String(r.int(100, 99999))], ['name', c.N(p)], ['email', c.E(p)], ['mobile', c.Ph(p)], ['street', c.Street(p)], ['city', c.City(p)], ['country', c.Country(p)], ['source', r.pick(['webinar', 'trade fair', 'referral', 'inbound'])], ['notes', notePieces(c)], ['updated_at', c.ts('isoOff')]];
      const w = Math.max(...fields.map((f) => f[0].length));
      d.t(`-[ RECORD ${k} ]${'-'.repeat(w - 8 > 0 ? w - 8 : 1)}+${'-'.repeat(30)}\n`);
      for (const [k2, val] of fields) { d.t(`${k2.padEnd(w)} | `); d.put(val); d.t('\n'); }
    }
  } else if (v === 'integrations') {
    d.t(`${prompt}SELECT name, provider, secret, owner_email, rotated_at FROM integrations ORDER BY name;\n`);
    const rows = [];
    for (let i = 0; i < n(c, 6); i++) {
      const t = c.tok();
      const p = c.person({ lang: 'en' });
      rows.push([r.pick(['billing-sync', 'crm-export', 'mailer', 'geo', 'warehouse-feed', 'chatbot', 'ci-notify', 'reporting']) + '-' + r.int(1, 9), t.kind.e.split('_')[0].toLowerCase(), S(t.e, t.v), c.E(p), c.ts('space')]);
    }
    if (r.chance(0.5)) { const p = c.person(); rows.push(['legacy-ftp', 'internal', c.look('placeholder'), c.E(p), c.ts('space')]); }
    psqlTable(d, ['name', 'provider', 'secret', 'owner_email', 'rotated_at'], rows);
  } else if (v === 'orders') {
    d.t(`${prompt}SELECT o.number, c.name, o.ship_city, o.tracking, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = '${r.pick(['shipped', 'delayed', 'returned'])}' LIMIT 10;\n`);
    const rows = [];
    for (let i = 0; i < n(c, 9); i++) { const p = c.person(); rows.push([c.look('order_number'), c.N(p), c.City(p), c.look('tracking_number'), c.price()]); }
    psqlTable(d, ['number', 'name', 'ship_city', 'tracking', 'total'], rows);
  } else {
    d.t(`${prompt}SELECT email, signup_ip, locale, consent_at FROM newsletter_signups ORDER BY consent_at DESC LIMIT 10;\n`);
    const rows = [];
    for (let i = 0; i < n(c, 10); i++) { const p = c.person(); rows.push([c.E(p), c.ip(), r.pick(['de-DE', 'en-GB', 'fr-FR', 'ja-JP', 'pt-BR', 'es-MX', 'ko-KR', 'tr-TR']), c.ts('isoMs')]); }
    psqlTable(d, ['email', 'signup_ip', 'locale', 'consent_at'], rows);
  }
  if (r.chance(0.6)) d.t(`\nTime: ${r.int(1, 900)}.${r.digits(3)} ms\n`);
  return d;
}

// ------------------------------------------------------------------ sql_mysql
function sqlMysql(c, d) {
  const r = c.r;
  const v = r.pick(['users', 'payments', 'vertical', 'staff']);
  if (v === 'users') {
    d.t(`mysql> SELECT id, username, email, password_hash, last_login_ip, last_login FROM users ORDER BY last_login DESC LIMIT ${r.int(5, 9)};\n`);
    const rows = [];
    for (let i = 0; i < n(c, 7); i++) { const p = c.person(); rows.push([String(r.int(1, 40000)), c.user(p), c.E(p), c.look('hash', { kind: r.pick(['bcrypt', 'argon2', 'md5', 'sha1']) }), c.ip(), c.ts('space')]); }
    mysqlTable(d, ['id', 'username', 'email', 'password_hash', 'last_login_ip', 'last_login'], rows);
    d.t(`${rows.length} rows in set (0.0${r.int(0, 9)} sec)\n`);
  } else if (v === 'payments') {
    d.t('mysql> SELECT customer, card_number, exp, iban, created FROM payment_methods WHERE verified = 0;\n');
    const rows = [];
    for (let i = 0; i < n(c, 6); i++) {
      const p = c.person();
      const kind = r.weighted([[5, 'card'], [3, 'iban'], [1, 'test'], [1, 'bad']]);
      rows.push([c.N(p), kind === 'card' ? c.card(null, 'plain') : kind === 'test' ? c.look('vendor_test_card') : kind === 'bad' ? c.look('invalid_card') : 'NULL', kind === 'iban' ? 'NULL' : `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(25, 31)}`, kind === 'iban' ? c.iban(null, false) : 'NULL', c.date('iso')]);
    }
    mysqlTable(d, ['customer', 'card_number', 'exp', 'iban', 'created'], rows);
    d.t(`${rows.length} rows in set, 1 warning (0.01 sec)\n`);
  } else if (v === 'vertical') {
    d.t(`mysql> SELECT * FROM ${r.pick(['customers', 'members', 'accounts'])} WHERE id = ${r.int(10, 9999)}\\G\n`);
    for (let k = 1; k <= n(c, 2); k++) {
      const p = c.person();
      d.t(`*************************** ${k}. row ***************************\n`);
      const f = [['id', String(r.int(10, 99999))], ['display_name', c.N(p)], ['email', c.E(p)], ['phone', c.Ph(p)], ['address', c.Street(p)], ['city', c.City(p)], ['api_token', r.chance(0.6) ? c.T() : c.look('placeholder')], ['created', c.ts('space')]];
      const w = Math.max(...f.map((x) => x[0].length));
      for (const [k2, val] of f) { d.t(`${k2.padStart(w)}: `); d.put(val); d.t('\n'); }
    }
    d.t('1 row in set (0.00 sec)\n');
  } else {
    d.t("mysql> SELECT emp_no, name, ssn, phone, hire_date FROM staff WHERE dept = 'support';\n");
    const rows = [];
    for (let i = 0; i < n(c, 7); i++) { const p = c.person({ loc: 'US' }); rows.push([String(r.int(10001, 49999)), c.N(p), r.chance(0.85) ? c.ssn('dash') : c.look('invalid_ssn'), c.Ph(p), c.date('iso')]); }
    mysqlTable(d, ['emp_no', 'name', 'ssn', 'phone', 'hire_date'], rows);
    d.t(`${rows.length} rows in set (0.00 sec)\n`);
  }
  return d;
}

// ------------------------------------------------------------------ sql_dump
function sqlDump(c, d) {
  const r = c.r;
  const v = r.pick(['pg', 'mysql', 'sqlite']);
  if (v === 'pg') {
    d.f`--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version ${c.look('version')}\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n`;
    d.t('COPY public.customers (id, name, email, phone, city) FROM stdin;\n');
    for (let i = 0; i < n(c, 6); i++) { const p = c.person(); d.f`${String(r.int(1, 9999))}\t${c.N(p)}\t${c.E(p)}\t${c.Ph(p)}\t${c.City(p)}\n`; }
    d.t('\\.\n\n');
    d.t('COPY public.service_credentials (service, secret, created_at) FROM stdin;\n');
    for (let i = 0; i < n(c, 3); i++) { const t = c.tok(); d.f`${t.e.toLowerCase().split('_').slice(0, 2).join('-')}\t${S(t.e, t.v)}\t${c.ts('space')}\n`; }
    d.t('\\.\n\n');
    const pw = c.tok('POSTGRES_PASSWORD');
    d.f`ALTER ROLE ${r.pick(['app_user', 'reporting', 'etl'])} WITH LOGIN PASSWORD '${S(pw.e, pw.v)}';\n`;
    if (r.chance(0.5)) d.f`-- role password for read replica: ${c.look('placeholder')}\n`;
  } else if (v === 'mysql') {
    d.f`-- MySQL dump 10.13  Distrib ${c.look('version')}, for Linux (x86_64)\n--\n-- Host: ${c.look('hostname')}    Database: ${r.pick(['shop', 'crm', 'club'])}\n\n`;
    d.t('INSERT INTO `customers` VALUES ');
    const k = n(c, 5);
    for (let i = 0; i < k; i++) {
      const p = c.person();
      d.f`(${String(i + 1)},'${sqlq(c.N(p))}','${c.E(p)}','${c.Ph(p)}','${sqlq(c.Street(p))}','${sqlq(c.City(p))}','${c.ts('space')}')`;
      d.t(i < k - 1 ? ',' : ';\n');
    }
    const pw = c.tok('MYSQL_PASSWORD');
    d.f`CREATE USER '${r.pick(['report', 'bi', 'export'])}'@'%' IDENTIFIED BY '${S(pw.e, pw.v)}';\n`;
    d.t('INSERT INTO `api_keys` (`id`,`label`,`key`,`revoked`) VALUES ');
    const m = n(c, 3);
    for (let i = 0; i < m; i++) d.f`(${String(i + 1)},'${r.pick(['zapier', 'mobile-app', 'partner-portal', 'pos'])}','${c.T()}',${String(r.int(0, 1))})${i < m - 1 ? ',' : ';\n'}`;
  } else {
    d.t('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, joined TEXT, note TEXT);\n');
    for (let i = 0; i < n(c, 6); i++) {
      const p = c.person();
      d.f`INSERT INTO members VALUES(${String(i + 1)},'${sqlq(c.N(p))}','${c.E(p)}','${c.Ph(p)}','${c.date('iso')}','`;
      d.put(notePieces(c).map(sqlq));
      d.t("');\n");
    }
    d.t("CREATE TABLE settings (k TEXT, v TEXT);\n");
    const t = c.tok();
    d.f`INSERT INTO settings VALUES('${t.key.toLowerCase()}','${S(t.e, t.v)}');\n`;
    d.f`INSERT INTO settings VALUES('theme_color','${c.look('hex_color')}');\nCOMMIT;\n`;
  }
  return d;
}

// ------------------------------------------------------------------ csv_export
function csvExport(c, d) {
  const r = c.r;
  const h = hdr(c.lang);
  const euro = !['en', 'ja', 'zh', 'ko'].includes(c.lang);
  const sep = euro ? r.pick([';', ';', ',']) : r.pick([',', ',', ';']);
  const quote = r.pick(['min', 'min', 'all']);
  if (r.chance(0.2)) d.t('\ufeff');
  const v = r.pick(['contacts', 'contacts', 'leads', 'subscribers', 'refunds']);
  if (v === 'refunds') {
    const rows = [['refund_id', 'customer', 'email', 'card_number', 'amount', 'reason', 'created']];
    for (let i = 0; i < n(c, 7); i++) { const p = c.person(); const k = r.weighted([[6, 'card'], [1, 'test'], [1, 'bad']]); rows.push([L('order_number', `RF-${r.digits(6)}`), c.N(p), c.E(p), k === 'card' ? c.card(null, r.pick(['plain', 'space'])) : k === 'test' ? c.look('vendor_test_card') : c.look('invalid_card'), c.price(), r.pick(['damaged', 'late delivery', 'duplicate charge', 'wrong size']), c.date()]); }
    delimited(d, rows, { sep, quote });
    return d;
  }
  if (v === 'contacts') {
    const split = r.chance(0.6);
    const header = split ? [h.first, h.last, h.email, h.phone, h.street, h.zip, h.city, h.country, h.notes] : [h.full, h.email, h.phone, h.city, h.country, h.created, h.owner];
    const rows = [header];
    for (let i = 0; i < n(c, 9); i++) {
      const p = c.person();
      const o = c.person();
      rows.push(split ? [first(c, p), last(c, p), c.E(p), c.Ph(p), c.Street(p), p.addr.postal, c.City(p), c.Country(p), r.chance(0.4) ? notePieces(c) : ''] : [c.N(p), c.E(p), c.Ph(p), c.City(p), c.Country(p), c.date(), c.N(o)]);
    }
    // notes cells are piece lists: render specially
    for (const row of rows) {
      row.forEach((cell, i) => {
        if (Array.isArray(cell)) {
          const txt = cell.map(textOf).join('');
          const need = quote === 'all' || txt.includes(sep) || txt.includes('"');
          if (need) d.t('"');
          d.put(cell.map((x) => mapItem(x, (s) => s.replace(/"/g, '""'))));
          if (need) d.t('"');
        } else delimited(d, [[cell]], { sep, quote, eol: '' });
        d.t(i < row.length - 1 ? sep : '\r\n'.slice(euro ? 1 : 0));
      });
    }
  } else if (v === 'leads') {
    const rows = [['Lead ID', 'Company', 'Contact', 'Email', 'Phone', 'Deal size', 'Stage', 'Next step']];
    for (let i = 0; i < n(c, 8); i++) { const p = c.person(); rows.push([c.look('crm_id'), c.company(), c.N(p), c.E(p), c.Ph(p), c.price(), r.pick(['Qualified', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost']), c.date()]); }
    delimited(d, rows, { sep, quote });
  } else {
    const rows = [['email', 'name', 'signup_ip', 'consent_ts', 'source']];
    for (let i = 0; i < n(c, 10); i++) { const p = c.person(); rows.push([c.E(p), c.N(p), c.ip(), c.ts(r.pick(['isoZ', 'epoch'])), r.pick(['footer', 'checkout', 'popup', 'event'])]); }
    delimited(d, rows, { sep, quote });
  }
  return d;
}

// ------------------------------------------------------------------ tsv_export
function tsvExport(c, d) {
  const r = c.r;
  const header = r.chance(0.4);
  const v = r.pick(['shipments', 'members', 'sheet']);
  const rows = [];
  if (v === 'shipments') {
    if (header) rows.push(['order', 'recipient', 'street', 'postal', 'city', 'phone', 'tracking', 'value']);
    for (let i = 0; i < n(c, 9); i++) { const p = c.person(); rows.push([c.look('order_number'), c.N(p), c.Street(p), p.addr.postal, c.City(p), c.Ph(p), c.look('tracking_number'), c.price()]); }
  } else if (v === 'members') {
    if (header) rows.push(['member_no', 'name', 'email', 'mobile', 'joined', 'fee_paid']);
    for (let i = 0; i < n(c, 10); i++) { const p = c.person(); rows.push([`M${r.digits(5)}`, c.N(p), c.E(p), c.Ph(p), c.date(), r.pick(['yes', 'no', 'partial'])]); }
  } else {
    if (header) rows.push(['Timestamp', 'Full name', 'Email address', 'Phone number', 'City', 'Comments']);
    for (let i = 0; i < n(c, 7); i++) { const p = c.person(); rows.push([c.ts(r.pick(['space', 'isoZ'])), c.N(p), c.E(p), c.Ph(p), c.City(p), r.pick(['', 'vegetarian', 'needs invoice', 'arriving late', 'bringing +1'])]); }
  }
  delimited(d, rows, { sep: '\t', quote: 'none' });
  return d;
}

// ------------------------------------------------------------------ notebook_output (console)
function notebookOutput(c, d) {
  const r = c.r;
  let cell = 1;
  const In = (s) => { d.t(`In [${cell}]: `); d.put(s); d.t('\n'); };
  const style = r.pick(['ipython', 'jupyter', 'databricks']);
  if (style === 'databricks') d.t(`Cmd ${cell}\n`);
  const t = c.tok();
  const k = t.key;
  In(['import os, pandas as pd\n   ...: os.environ["', k, '"] = "', S(t.e, t.v), '"']);
  cell++;
  const dsn = c.dsn(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'SNOWFLAKE_PASSWORD', 'CLICKHOUSE_PASSWORD', null]));
  In(['engine = create_engine("', ...dsn.pieces, '")']);
  cell++;
  In([`df = pd.read_sql("SELECT name, email, city, country, arr FROM accounts WHERE churn_risk > 0.${r.int(5, 8)}", engine)`]);
  cell++;
  In(['df.head(', String(n(c, 6)), ')']);
  d.t(`Out[${cell - 0}]:\n`);
  const rows = [];
  for (let i = 0; i < n(c, 6); i++) { const p = c.person(); rows.push([c.N(p), c.E(p), c.City(p), c.Country(p), String(r.int(1000, 250000))]); }
  frameTable(d, ['name', 'email', 'city', 'country', 'arr'], rows);
  d.t('\n');
  cell++;
  In(["df.groupby('country')['arr'].sum().sort_values(ascending=False).head()"]);
  d.t(`Out[${cell}]:\ncountry\n`);
  const countries = new Set();
  let top = r.int(600000, 990000);
  for (let i = 0; i < 4; i++) { const p = c.person(); if (countries.has(p.addr.country)) continue; countries.add(p.addr.country); top = Math.floor(top * (0.4 + r.float() * 0.5)); d.f`${c.Country(p)}    ${String(top)}\n`; }
  d.t('Name: arr, dtype: int64\n');
  if (r.chance(0.5)) { cell++; In(['!curl -s -H "Authorization: Bearer ', c.jwt(), `" https://api.crm.example/v2/accounts/${r.int(100, 999)} | head -c 200`]); }
  if (r.chance(0.4)) d.f`/opt/conda/lib/python3.11/site-packages/sqlalchemy/engine/base.py:${String(r.int(100, 2000))}: SAWarning: ${r.pick(['Did not recognize type', 'Unicode type received non-unicode bind param'])}\n`;
  return d;
}

// ------------------------------------------------------------------ notebook_json (.ipynb)
function notebookJson(c, d) {
  const r = c.r;
  const t = c.tok();
  const p = c.person();
  const rows = [];
  for (let i = 0; i < n(c, 4); i++) { const q = c.person(); rows.push(cat(`${i}  `, c.N(q), '  ', c.E(q), '  ', c.City(q), '\n')); }
  const cells = [
    { cell_type: 'markdown', metadata: {}, source: [cat('# Churn review — ', c.date('iso'), '\n'), cat('Prepared by ', c.N(p), ' (', c.E(p), ')')] },
    { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: ['import requests\n', cat(`${styleCase(r)} = "`, S(t.e, t.v), '"\n'), cat(`BASE = "https://${r.pick(['api', 'crm', 'events'])}.${r.pick(['vendor', 'partner', 'internal'])}.example/v1"`)] },
    { cell_type: 'code', execution_count: 2, metadata: {}, outputs: [{ name: 'stdout', output_type: 'stream', text: [cat('fetched ', String(r.int(50, 5000)), ' rows in ', String(r.int(1, 40)), '.', String(r.int(0, 9)), 's\n'), ...rows] }], source: ['rows = fetch_accounts(BASE, key=API_KEY)\n', 'for i, row in enumerate(rows[:5]):\n', '    print(i, row.name, row.email, row.city)'] },
  ];
  if (r.chance(0.5)) cells.push({ cell_type: 'code', execution_count: 3, metadata: {}, outputs: [{ data: { 'text/plain': [cat("'", c.look('uuid'), "'")] }, execution_count: 3, metadata: {}, output_type: 'execute_result' }], source: ['job.submit().id'] });
  emitJSON(d, { cells, metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, { indent: 1 });
  d.t('\n');
  return d;
}
const styleCase = (r) => r.pick(['API_KEY', 'api_key', 'TOKEN', 'key']);

// ------------------------------------------------------------------ api_json
function apiJson(c, d) {
  const r = c.r;
  const v = r.pick(['contacts', 'order', 'oauth', 'graphql', 'webhooks', 'mongo']);
  if (v === 'mongo') {
    d.t(`$ mongoexport --uri="mongodb+srv://reader:${'*'.repeat(8)}@cluster0.mongo.example/crm" -c customers --limit ${n(c, 6)}\n`);
    for (let i = 0; i < n(c, 6); i++) { const p = c.person(); emitJSON(d, { _id: { $oid: c.look('object_id') }, name: c.N(p), email: c.E(p), phone: c.Ph(p), city: c.City(p), createdAt: { $date: c.ts('isoMs') }, lastOrder: c.look('order_number') }, { indent: 0 }); d.t('\n'); }
    d.put(L('timestamp', fmtTs(r, c.clock.tick(), 'isoMs').replace('Z', '+0000'))); d.t(`\texported ${n(c, 6)} records\n`);
    return d;
  }
  const head = r.chance(0.6);
  if (head) d.f`HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\nDate: ${c.ts('rfc2822')}\nX-Request-Id: ${c.look('request_id')}\nETag: W/"${c.look('hash', { kind: 'md5' })}"\n\n`;
  else d.t(`$ curl -s https://${r.pick(['api', 'crm', 'shop'])}.${r.pick(['acme-retail', 'bluefin-crm', 'sunpath'])}.example/v${r.int(1, 3)}/${v} | jq .\n`);
  const ind = r.pick([2, 2, 4, '\t']);
  let body;
  if (v === 'contacts') {
    const data = [];
    for (let i = 0; i < n(c, 3); i++) {
      const p = c.person(); const o = c.person({ lang: 'en' });
      data.push({ id: c.look('crm_id'), type: 'contact', attributes: { name: c.N(p), email: c.E(p), phone: c.Ph(p), avatar: r.chance(0.3) ? c.look('data_uri') : null, address: { line1: c.Street(p), city: c.City(p), postal_code: p.addr.postal, country: c.Country(p) }, created_at: c.ts('isoZ'), owner: { name: c.N(o), email: c.E(o) }, notes: cat(...notePieces(c)) } });
    }
    body = { data, meta: { next_cursor: c.look('pagination_cursor'), total: r.int(40, 4000) } };
  } else if (v === 'order') {
    const p = c.person();
    body = { id: c.look('order_number'), status: r.pick(['paid', 'shipped', 'refunded']), customer: { id: c.look('crm_id'), name: c.N(p), email: c.E(p) }, shipping: { name: c.N(p), line1: c.Street(p), city: c.City(p), country: c.Country(p), phone: c.Ph(p), geo: { lat: raw(L('coordinates', (r.float() * 120 - 50).toFixed(5))), lng: raw(L('coordinates', (r.float() * 300 - 150).toFixed(5))) } }, payment: { method: 'card', card: { brand: r.pick(['visa', 'mastercard', 'amex']), last4: r.digits(4) }, masked: c.look('masked_card') }, items: [] , tracking: c.look('tracking_number'), created: raw(L('timestamp', String(c.clock.tick()))) };
    for (let i = 0; i < r.int(1, 3); i++) body.items.push({ sku: c.look('sku'), qty: r.int(1, 4), unit_price: raw(L('price', (r.int(199, 49999) / 100).toFixed(2))) });
  } else if (v === 'oauth') {
    body = { access_token: c.jwt(r.pick(['JWT_ACCESS_TOKEN', 'OIDC_ID_TOKEN'])), token_type: 'Bearer', expires_in: 3600, refresh_token: c.T('OAUTH_REFRESH_TOKEN'), scope: 'openid profile crm.read', id_token: c.jwt('OIDC_ID_TOKEN') };
  } else if (v === 'graphql') {
    const nodes = [];
    for (let i = 0; i < n(c, 3); i++) { const p = c.person(); nodes.push({ node: { id: c.look('uuid'), fullName: c.N(p), primaryEmail: c.E(p), mobile: c.Ph(p), lastSeenIp: c.ip(), city: c.City(p) } }); }
    body = { data: { customers: { edges: nodes, pageInfo: { endCursor: c.look('pagination_cursor'), hasNextPage: true } } }, extensions: { traceId: c.look('trace_id') } };
  } else {
    const hooks = [];
    for (let i = 0; i < n(c, 3); i++) hooks.push({ id: `we_${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 14)}`, url: `https://hooks.${r.pick(['crm', 'erp', 'helpdesk'])}.example/in/${r.hex(8)}`, events: ['order.created', 'order.refunded'], secret: i === 0 && r.chance(0.4) ? c.look('masked_secret') : c.T(r.pick(['WEBHOOK_SIGNING_SECRET', 'STRIPE_WEBHOOK_SECRET', 'HMAC_SIGNING_KEY'])), created: c.ts('isoZ') });
    body = { object: 'list', data: hooks, has_more: false };
  }
  emitJSON(d, body, { indent: ind });
  d.t('\n');
  return d;
}

// ------------------------------------------------------------------ api_xml
function apiXml(c, d) {
  const r = c.r;
  const v = r.pick(['soap', 'members', 'ubl']);
  d.t('<?xml version="1.0" encoding="UTF-8"?>\n');
  if (v === 'soap') {
    d.t('<soap:Envelope xmlns:soap="urn:schemas-soap-envelope">\n  <soap:Header>\n');
    d.f`    <AuthHeader><ApiKey>${xml(c.T())}</ApiKey><RequestId>${c.look('request_id')}</RequestId></AuthHeader>\n  </soap:Header>\n  <soap:Body>\n    <GetCustomersResponse>\n`;
    for (let i = 0; i < n(c, 3); i++) {
      const p = c.person();
      d.f`      <Customer id="${c.look('crm_id')}">\n        <Name>${xml(c.N(p))}</Name>\n        <Email>${c.E(p)}</Email>\n        <Phone type="mobile">${c.Ph(p)}</Phone>\n        <Address><Street>${xml(c.Street(p))}</Street><City>${xml(c.City(p))}</City><Zip>${xmlEsc(p.addr.postal)}</Zip><Country>${xml(c.Country(p))}</Country></Address>\n        <Modified>${c.ts('isoZ')}</Modified>\n      </Customer>\n`;
    }
    d.t('    </GetCustomersResponse>\n  </soap:Body>\n</soap:Envelope>\n');
  } else if (v === 'members') {
    d.f`<export generated="${c.ts('isoOff')}" source="${r.pick(['club-portal', 'lms', 'alumni-db'])}">\n`;
    for (let i = 0; i < n(c, 4); i++) {
      const p = c.person();
      d.f`  <member no="${String(r.int(1000, 9999))}" since="${c.date('iso')}">\n    <fullName>${xml(c.N(p))}</fullName>\n    <contact email="${c.E(p)}" phone="${c.Ph(p)}"/>\n    <home city="${xml(c.City(p))}">${xml(c.Street(p))}</home>\n`;
      if (r.chance(0.35)) { d.t('    <comment>'); d.put(notePieces(c).map(xml)); d.t('</comment>\n'); }
      d.t('  </member>\n');
    }
    d.f`  <sync target="sftp" user="${r.pick(['clubsync', 'export'])}" password="${xml(c.T('FTP_PASSWORD'))}"/>\n</export>\n`;
  } else {
    const s = c.person(); const b = c.person();
    d.f`<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n  <ID>${c.look('invoice_number')}</ID>\n  <IssueDate>${c.date('iso')}</IssueDate>\n  <AccountingSupplierParty><Party><PartyName><Name>${xmlEsc(c.company())}</Name></PartyName><PartyTaxScheme><CompanyID>${c.look('vat_id')}</CompanyID></PartyTaxScheme><Contact><Name>${xml(c.N(s))}</Name><Telephone>${c.Ph(s)}</Telephone></Contact></Party></AccountingSupplierParty>\n  <AccountingCustomerParty><Party><PostalAddress><StreetName>${xml(c.Street(b))}</StreetName><CityName>${xml(c.City(b))}</CityName><PostalZone>${xmlEsc(b.addr.postal)}</PostalZone></PostalAddress><Contact><Name>${xml(c.N(b))}</Name><ElectronicMail>${c.E(b)}</ElectronicMail></Contact></Party></AccountingCustomerParty>\n  <PaymentMeans><PaymentID>${c.look('order_number')}</PaymentID><PayeeFinancialAccount><ID>${c.iban(null, false)}</ID></PayeeFinancialAccount></PaymentMeans>\n`;
    for (let i = 0; i < r.int(1, 3); i++) d.f`  <InvoiceLine><ID>${String(i + 1)}</ID><Item><SellersItemIdentification><ID>${c.look('sku')}</ID></SellersItemIdentification></Item><Price><PriceAmount currencyID="EUR">${L('price', (r.int(100, 90000) / 100).toFixed(2))}</PriceAmount></Price></InvoiceLine>\n`;
    d.t('</Invoice>\n');
  }
  return d;
}

// ------------------------------------------------------------------ yaml_config (records and settings in YAML)
function yamlConfig(c, d) {
  const r = c.r;
  const v = r.pick(['spring', 'ansible', 'export', 'rails']);
  if (v === 'spring') {
    const pw = c.dsn(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MSSQL_PASSWORD', 'ORACLE_PASSWORD'])); const t = c.tok();
    d.f`# application-${r.pick(['prod', 'staging'])}.yml\n`;
    emitYAML(d, { spring: { datasource: r.chance(0.5) ? { url: cat(...pw.pieces) } : { url: { POSTGRES_PASSWORD: `jdbc:postgresql://${pw.host}:5432/crm`, MYSQL_PASSWORD: `jdbc:mysql://${pw.host}:3306/crm`, MSSQL_PASSWORD: `jdbc:sqlserver://${pw.host}:1433;databaseName=crm`, ORACLE_PASSWORD: `jdbc:oracle:thin:@//${pw.host}:1521/CRMPDB` }[pw.e], username: pw.user, password: pw.pw }, mail: { host: 'smtp.mailer.example', port: 587, username: c.roleEmail('noreply'), password: c.T('SMTP_PASSWORD') } }, app: { integrations: { [c.key(t.key, r.pick(['kebab', 'camel']))]: S(t.e, t.v), 'feature-flags-url': 'https://flags.internal.example' }, version: c.look('version'), 'support-contact': c.E(c.person({ lang: 'en' })) } }, { indent: 2 });
  } else if (v === 'ansible') {
    const host = c.look('hostname');
    d.f`# host_vars/${host.v}.yml\n`;
    emitYAML(d, { ansible_host: `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, ansible_user: 'deploy', ansible_become_password: c.T(r.pick(['ADMIN_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD'])), crm_admin: { name: c.N(c.person()), email: c.E(c.person()) }, backup_encryption_key: c.T(r.pick(['ENCRYPTION_KEY_BASE64', 'ENCRYPTION_KEY_HEX', 'AGE_SECRET_KEY'])), db_password: c.look('env_reference', { name: 'DB_PASSWORD' }), vault_db_password: c.look('encrypted_value') }, { indent: 2 });
  } else if (v === 'export') {
    d.f`# exported ${c.ts('isoZ')} by crm-cli ${c.look('version')}\ncontacts:\n`;
    const items = [];
    for (let i = 0; i < n(c, 3); i++) { const p = c.person(); items.push({ id: c.look('crm_id'), name: c.N(p), email: c.E(p), phone: c.Ph(p), city: c.City(p), tags: [r.pick(['vip', 'churn-risk', 'newsletter', 'partner'])], note: cat(...notePieces(c)) }); }
    emitYAML(d, items, { indent: 2, base: '  ' });
  } else {
    const pw = c.dsn('POSTGRES_PASSWORD');
    d.t('# config/database.yml\ndefault: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n\nproduction:\n  <<: *default\n');
    emitYAML(d, { database: 'shop_production', username: pw.user, password: pw.pw, host: pw.host }, { base: '  ' });
    d.t('\n# config/credentials (decrypted for debugging)\n');
    const t1 = c.tok(); const t2 = c.tok();
    emitYAML(d, { secret_key_base: c.T('RAILS_SECRET_KEY_BASE'), [t1.key.toLowerCase()]: S(t1.e, t1.v), [t2.key.toLowerCase()]: S(t2.e, t2.v) });
  }
  return d;
}

// ------------------------------------------------------------------ ldif_export
function ldifExport(c, d) {
  const r = c.r;
  const base = `dc=${r.pick(['acme', 'bluefin', 'kestrel', 'orbit'])},dc=example`;
  d.f`# extended LDIF\n# base <ou=people,${base}> with scope subtree\n# filter: (objectClass=inetOrgPerson)\n\n`;
  for (let i = 0; i < n(c, 3); i++) {
    const p = c.person({ native: false });
    const uid = c.user(p);
    d.f`# ${uid}, people, ${base.replace(/dc=/g, '').replace(',', '.')}\ndn: uid=${uid},ou=people,${base}\nobjectClass: inetOrgPerson\ncn: ${c.NR(p)}\nsn: ${P('PERSON', p.familyRoman)}\ngivenName: ${P('PERSON', p.givenRoman)}\nmail: ${c.E(p)}\ntelephoneNumber: ${c.Ph(p, true)}\nl: ${P('LOCATION', p.addr.cityRoman)}\n`;
    if (r.chance(0.5)) d.f`mobile: ${c.Ph(c.person({ loc: p.loc }), false)}\n`;
    d.f`userPassword: ${r.chance(0.75) ? c.look('hash', { kind: r.pick(['ssha', 'bcrypt']) }) : c.humanPw('en')}\n\n`;
  }
  d.f`# search result\n# numEntries: ${String(r.int(3, 400))}\n# bind: cn=admin,${base} / ${c.T('LDAP_BIND_PASSWORD')}\n`;
  return d;
}

// ------------------------------------------------------------------ vcard_export
function vcardExport(c, d) {
  const r = c.r;
  for (let i = 0; i < n(c, 3); i++) {
    const p = c.person();
    const a = p.addr;
    d.f`BEGIN:VCARD\nVERSION:${r.pick(['3.0', '4.0'])}\nN:${last(c, p)};${first(c, p)};;;\nFN:${c.N(p)}\n`;
    if (r.chance(0.6)) d.f`ORG:${c.company()}\n`;
    d.f`TEL;TYPE=CELL:${c.Ph(p, true)}\nEMAIL;TYPE=INTERNET:${c.E(p)}\nADR;TYPE=HOME:;;${c.Street(p)};${c.City(p)};;${a.postal};${c.Country(p)}\n`;
    if (r.chance(0.4)) { d.t('NOTE:'); d.put(notePieces(c)); d.t('\n'); }
    d.f`REV:${c.ts('isoZ')}\nUID:${c.look('uuid')}\nEND:VCARD\n`;
  }
  return d;
}

export const DATA_KINDS = [
  { name: 'sql_psql', count: 12, scale: 1.4, langs: ['en', 'de', 'fr', 'es', 'ja', 'pt', 'ru', 'zh'], build: sqlPsql },
  { name: 'sql_mysql', count: 10, scale: 1.3, langs: ['en', 'es', 'tr', 'it', 'pl', 'ko'], build: sqlMysql },
  { name: 'sql_dump', count: 10, scale: 1.5, langs: ['en', 'de', 'fr', 'pt', 'nl', 'el'], build: sqlDump },
  { name: 'csv_export', count: 12, scale: 1.5, langs: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'zh', 'ru', 'tr', 'ko', 'sv', 'el'], build: csvExport },
  { name: 'tsv_export', count: 9, scale: 1.5, langs: ['en', 'de', 'es', 'ja', 'hi', 'ar'], build: tsvExport },
  { name: 'notebook_output', count: 9, scale: 1.2, langs: ['en', 'de', 'fr', 'ja', 'zh', 'es', 'ru'], build: notebookOutput },
  { name: 'notebook_json', count: 8, langs: ['en', 'pt', 'ko', 'it', 'he', 'vi'], build: notebookJson },
  { name: 'api_json', count: 12, scale: 1.4, langs: ['en', 'de', 'fr', 'es', 'ja', 'ko', 'th', 'id', 'ar'], build: apiJson },
  { name: 'api_xml', count: 9, scale: 1.4, langs: ['en', 'de', 'fr', 'it', 'nl', 'pl', 'ru', 'el'], build: apiXml },
  { name: 'yaml_config', count: 9, scale: 1.4, langs: ['en', 'de', 'ja', 'es', 'uk', 'tr'], build: yamlConfig },
  { name: 'ldif_export', count: 8, scale: 1.6, langs: ['en', 'de', 'fr', 'sv', 'pl'], build: ldifExport },
  { name: 'vcard_export', count: 8, scale: 1.6, langs: ['en', 'de', 'ja', 'ko', 'el', 'ru', 'ar', 'he', 'hi', 'th', 'zh'], build: vcardExport },
];
