// Document kinds: SQL results, data frames, notebooks, structured and access logs, crash
// reports, incident timelines, on-call chats, analytics exports, runbooks.
import { S, P, L, tpl, json, frag, Raw, plain, jsonEscape } from './builder.mjs';
import { kv, V, LANGS, COUNTRIES, priceText } from './ctx.mjs';
import { styleKey } from './secrets.mjs';
import { secretLine, lookLine } from './kinds_git.mjs';
import { B62, HEX, LOWER, DIGITS } from './checksums.mjs';
import { cityOf, countryName } from './geo.mjs';

const rawL = (what, v) => ({ ...L(what, v), raw: true });
const width = (f) => [...plain(f)].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const padF = (f, n) => [f, ' '.repeat(Math.max(0, n - width(f)))];

// a customer row: fragments per column
function custRow(c, country) {
  const r = c.r;
  const cc = country || c.country();
  const p = c.person({ country: cc });
  const { city } = cityOf(r, cc);
  return { p, cc, cols: { id: L('crm_id', V.crmId(r)), name: p.name(), email: p.email(), phone: p.phone(), city: P('LOCATION', city), country: P('LOCATION', countryName(r, cc)), created: c.tick(60000, 900000000).ts(r.pick(['space', 'isos'])), ltv: L('price', priceText(r, COUNTRIES[cc].cur)) } };
}

function table(d, style, headers, rows) {
  const w = headers.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
  if (style === 'psql') {
    d.line(' ', headers.map((h, i) => padF(h, w[i])).flatMap((x, i) => (i ? [' | ', x] : [x])));
    d.line(w.map((n) => '-'.repeat(n + 2)).join('+'));
    for (const row of rows) d.line(' ', row.map((f, i) => padF(f, w[i])).flatMap((x, i) => (i ? [' | ', x] : [x])));
    d.line(`(${rows.length} rows)`);
  } else if (style === 'mysql') {
    const sep = '+' + w.map((n) => '-'.repeat(n + 2)).join('+') + '+';
    d.line(sep).line('| ', headers.map((h, i) => padF(h, w[i])).flatMap((x, i) => (i ? [' | ', x] : [x])), ' |').line(sep);
    for (const row of rows) d.line('| ', row.map((f, i) => padF(f, w[i])).flatMap((x, i) => (i ? [' | ', x] : [x])), ' |');
    d.line(sep).line(`${rows.length} rows in set (0.${String(c0(rows.length)).padStart(2, '0')} sec)`);
  } else if (style === 'pandas') {
    d.line('    ', headers.map((h, i) => padF(h, w[i])).flatMap((x, i) => (i ? ['  ', x] : [x])));
    rows.forEach((row, k) => d.line(String(k).padEnd(4), row.map((f, i) => padF(f, w[i])).flatMap((x, i) => (i ? ['  ', x] : [x]))));
    d.line('').line(`[${rows.length} rows x ${headers.length} columns]`);
  } else if (style === 'polars') {
    d.line(`shape: (${rows.length}, ${headers.length})`);
    d.line('┌', w.map((n) => '─'.repeat(n + 2)).join('┬'), '┐');
    d.line('│ ', headers.map((h, i) => padF(h, w[i])).flatMap((x, i) => (i ? [' ┆ ', x] : [x])), ' │');
    d.line('╞', w.map((n) => '═'.repeat(n + 2)).join('╪'), '╡');
    for (const row of rows) d.line('│ ', row.map((f, i) => padF(f, w[i])).flatMap((x, i) => (i ? [' ┆ ', x] : [x])), ' │');
    d.line('└', w.map((n) => '─'.repeat(n + 2)).join('┴'), '┘');
  } else { // csv / tsv
    const sep = style === 'tsv' ? '\t' : ',';
    d.line(headers.join(sep));
    for (const row of rows) d.line(row.flatMap((f, i) => (i ? [sep, f] : [f])));
  }
}
const c0 = (n) => (n * 7) % 100;

export function sqlResult(c, d) {
  const r = c.r;
  const style = r.pick(['psql', 'mysql', 'psql']);
  const db = `${c.slug}_${r.pick(['prod', 'replica', 'analytics'])}`;
  const which = r.pick(['customers', 'customers', 'users', 'apikeys', 'expanded']);
  if (which === 'customers') {
    d.line(style === 'psql' ? `${db}=> ` : 'mysql> ', 'SELECT id, name, email, phone, city, country FROM customers WHERE ', r.pick(['created_at > now() - interval \'1 day\'', 'vip = true', "country IN ('DE','FR','JP')"]), ' LIMIT ', String(r.int(8, 14)), ';');
    const rows = [];
    for (let i = 0; i < r.int(10, 18); i++) { const x = custRow(c); rows.push([x.cols.id, x.cols.name, x.cols.email, x.cols.phone, x.cols.city, x.cols.country]); }
    while (rows.length > 3 && plain(rows).length > 2700) rows.pop();
    table(d, style, ['id', 'name', 'email', 'phone', 'city', 'country'], rows);
  } else if (which === 'users') {
    d.line(style === 'psql' ? `${db}=> ` : 'mysql> ', 'SELECT id, email, password_hash, last_login_ip, last_login_at FROM users ORDER BY last_login_at DESC LIMIT 8;');
    const rows = [];
    for (let i = 0; i < r.int(4, 8); i++) { const p = c.person(); rows.push([String(r.int(1000, 99999)), p.email(), L('hash', V.passwordHash(r)), c.ip(), c.tick(1000, 9000000).ts('space')]); }
    while (rows.length > 2 && plain(rows).length > 2800) rows.pop();
    table(d, style, ['id', 'email', 'password_hash', 'last_login_ip', 'last_login_at'], rows);
  } else if (which === 'apikeys') {
    d.line(style === 'psql' ? `${db}=> ` : 'mysql> ', 'SELECT id, owner, key_prefix, token, created_at FROM api_credentials WHERE revoked_at IS NULL;');
    const rows = [];
    for (let i = 0; i < r.int(3, 6); i++) {
      const p = c.person({ domain: c.dom }); const s = c.sec();
      rows.push([L('uuid', V.uuid(r)), p.email(), L('masked_value', s.v.slice(0, 6) + '…'), s.span, c.tick(1000, 90000000).ts('space')]);
    }
    while (rows.length > 2 && plain(rows).length > 2800) rows.pop();
    table(d, style, ['id', 'owner', 'key_prefix', 'token', 'created_at'], rows);
  } else {
    d.line(`${db}=> \\x on`).line('Expanded display is on.').line(`${db}=> SELECT * FROM payment_methods pm JOIN customers c ON c.id = pm.customer_id WHERE pm.id = ${r.int(100, 99999)};`);
    const x = custRow(c, r.pick(['US', 'GB', 'DE', 'FR', 'NL', 'ES']));
    const fields = [['id', String(r.int(100, 99999))], ['customer_id', x.cols.id], ['name', x.cols.name], ['email', x.cols.email], ['phone', x.cols.phone],
      ['billing_street', P('LOCATION', COUNTRIES[x.cc].street(r))], ['billing_city', x.cols.city], ['billing_country', x.cols.country],
      ['card_number', V.card(r)], ['card_fingerprint', L('fingerprint', r.str(B62, 16))], ['iban', V.iban(r, V.IBAN_COUNTRIES.includes(x.cc) ? x.cc : 'DE')],
      ['ssn_last4', L('masked_value', `***-**-${r.digits(4)}`)], ['created_at', x.cols.created], ['updated_at', c.tick(1000, 99999999).ts('space')]];
    d.line('-[ RECORD 1 ]----+', '-'.repeat(40));
    for (const [k, v] of fields) d.line(k.padEnd(17), '| ', v);
  }
}

export function dataframe(c, d) {
  const r = c.r;
  const style = r.pick(['pandas', 'polars', 'pandas']);
  d.line('In [', String(r.int(3, 40)), ']: ', r.pick(["df = pd.read_parquet('s3://exports/customers/2026-03.parquet')", "df = pl.read_csv('crm_export.csv')", 'df = spark.sql("select * from gold.customers").toPandas()']));
  d.line('In [', String(r.int(41, 60)), ']: ', r.pick(['df.head(10)', 'df.sample(8, random_state=7)', 'df[df.churn_risk > 0.8]']));
  const cols = r.pick([['name', 'email', 'city', 'country', 'ltv'], ['customer_id', 'name', 'phone', 'city', 'signup_ts'], ['name', 'email', 'phone', 'country']]);
  const rows = [];
  for (let i = 0; i < r.int(8, 16); i++) {
    const x = custRow(c);
    rows.push(cols.map((k) => (k === 'customer_id' ? x.cols.id : k === 'signup_ts' ? x.cols.created : x.cols[k])));
  }
  while (rows.length > 3 && plain(rows).length > 2500) rows.pop();
  table(d, style, cols, rows);
  if (r.chance(0.6) && d.size < 3200) {
    d.line('').line('In [', String(r.int(61, 80)), ']: df.groupby("country").ltv.sum().round(2)').line('Out[', String(r.int(61, 80)), ']:');
    for (let i = 0; i < r.int(2, 4); i++) { const cc = c.country(); d.line(P('LOCATION', countryName(r, cc)), '    ', L('price', priceText(r, 'EUR'))); }
  }
}

export function notebook(c, d) {
  const r = c.r;
  const cells = [];
  const src = (...lines) => lines.map((l, i) => (Array.isArray(l) || typeof l === 'object' ? frag(l, i < lines.length - 1 ? '\n' : '') : frag(l + (i < lines.length - 1 ? '\n' : ''))));
  cells.push({ cell_type: 'markdown', metadata: {}, source: src(`# ${r.pick(['Churn model – EU customers', 'Refund anomaly check', 'LLM triage of support tickets'])}`, ['Owner: ', c.person({ domain: c.dom }).name()]) });
  const s1 = c.sec((x) => x.vendor), s2 = c.sec();
  cells.push({ cell_type: 'code', execution_count: r.int(1, 9), metadata: {}, outputs: [], source: src('import os', ['os.environ["', s1.key('SNAKE'), '"] = "', s1.span, '"'], [s2.key('snake'), ' = "', s2.span, '"'], 'client = make_client()') });
  const x1 = custRow(c), x2 = custRow(c), x3 = custRow(c);
  const outText = [frag('   name                 email                     city\n'), frag('0  ', x1.cols.name, '  ', x1.cols.email, '  ', x1.cols.city, '\n'), frag('1  ', x2.cols.name, '  ', x2.cols.email, '  ', x2.cols.city, '\n'), frag('2  ', x3.cols.name, '  ', x3.cols.email, '  ', x3.cols.city)];
  cells.push({ cell_type: 'code', execution_count: r.int(10, 20), metadata: { tags: ['pii'] }, outputs: [{ output_type: 'execute_result', execution_count: r.int(10, 20), data: { 'text/plain': outText }, metadata: {} }], source: src("df[['name', 'email', 'city']].head(3)") });
  if (r.chance(0.6)) {
    const pw = c.mk('DATABASE_PASSWORD');
    cells.push({ cell_type: 'code', execution_count: r.int(21, 30), metadata: {}, outputs: [{ output_type: 'stream', name: 'stderr', text: [frag('WARNING: connecting as analyst to ', L('hostname', V.hostname(r)), '\n')] }], source: src([`engine = create_engine("postgresql://analyst:`, pw.span, `@${c.host()}:5432/warehouse")`]) });
  }
  const nb = { cells, metadata: { kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' }, language_info: { name: 'python', version: L('version', `3.${r.int(10, 13)}.${r.int(0, 9)}`) } }, nbformat: 4, nbformat_minor: 5 };
  d.add(json(nb, 1)).line('');
}

export function obsLogs(c, d) {
  const r = c.r;
  const fmt = r.pick(['json', 'logfmt', 'json', 'otel']);
  const svc = r.pick(['checkout', 'auth', 'orders-api', 'gateway']);
  const tsf = r.pick(['iso', 'micro']);
  while (d.size < r.int(2600, 3600)) {
    c.tick(5, 3000);
    const p = c.person();
    const kind = r.int(0, 9);
    const tr = L('trace_id', V.traceId(r)), sp = L('span_id', V.spanId(r));
    if (fmt === 'json' || fmt === 'otel') {
      const o = fmt === 'json' ? { ts: c.ts(tsf), level: r.pick(['info', 'warn', 'error', 'debug']), service: svc, trace_id: tr, span_id: sp } : { Timestamp: rawL('timestamp', c.clock.epochMs() + '000000'), SeverityText: r.pick(['INFO', 'WARN', 'ERROR']), 'Resource.service.name': svc, TraceId: tr, SpanId: sp };
      if (kind === 0) { o.msg = 'login succeeded'; o['user.email'] = p.email(); o['client.ip'] = c.ip(); }
      else if (kind === 1) { o.msg = 'upstream call failed'; const s = c.sec((x) => !!x.h); const [hn, pre] = c.authHeader(s.spec); o['http.request.header.' + hn.toLowerCase()] = frag(pre, s.span); o['http.status_code'] = r.pick([401, 403, 502]); }
      else if (kind === 2) { o.msg = 'order placed'; o.order_id = L('order_number', V.orderNo(r)); o.amount = L('price', priceText(r, r.pick(['EUR', 'USD', 'GBP']))); o['user.id'] = L('crm_id', V.crmId(r)); }
      else if (kind === 3) { o.msg = 'request'; o.method = 'GET'; o.path = frag('/api/v1/export?api_key=', S('API_KEY_IN_QUERY_STRING', r.str(B62, 32))); o['client.ip'] = c.ip(); o.request_id = L('request_id', V.requestId(r)); }
      else if (kind === 4) { o.msg = 'password reset requested'; o.email = p.email(); o.phone = p.phone('intl'); o['geo.city'] = P('LOCATION', cityOf(r, p.country).city); }
      else if (kind === 5) { o.msg = 'config loaded'; const s = c.sec(); o[s.key('snake')] = s.span; o.build = L('git_sha', V.gitSha(r, true)); }
      else if (kind === 8) { o.msg = 'outbound request'; o['http.url'] = `https://${c.host('fqdn')}/v1/sync`; o['http.request.header.authorization'] = frag(r.chance(0.5) ? ['Basic ', c.basic(r.pick(['sync', 'etl', 'partner']), c.pw('url'))] : ['Bearer ', c.mk('JWT').span]); }
      else if (kind === 9) { o.msg = 'document updated'; o.collection = 'orders'; o._id = L('object_id', V.objectId(r)); o.customer = p.name(); o['customer.email'] = p.email(); }
      else if (kind === 6) { o.msg = 'db pool'; o.dsn = frag(c.urlCred('postgres', 'DATABASE_PASSWORD', 'app', c.pw('url'), { port: 5432, path: '/orders' })); }
      else { o.msg = 'cache miss'; o.key = frag('session:', L('uuid', V.uuid(r))); o.pod = L('pod_name', V.podName(r, svc)); }
      d.add(json(o, 0, true)).line('');
    } else {
      const head = ['ts=', c.ts('iso'), ' level=', r.pick(['info', 'warn', 'error']), ` svc=${svc} trace_id=`, tr, ' '];
      if (kind === 0 || kind === 4) d.line(head, 'msg="login ok" user=', p.email(), ' ip=', c.ip(), ' ua="Mozilla/5.0"');
      else if (kind === 1) { const s = c.sec((x) => x.h === 'bearer'); d.line(head, 'msg="retrying upstream" authorization="Bearer ', s.span, '" attempt=', String(r.int(1, 5))); }
      else if (kind === 2) d.line(head, 'msg="order placed" order=', L('order_number', V.orderNo(r)), ' total=', L('price', priceText(r, 'EUR')), ' customer="', p.name(), '"');
      else if (kind === 3) d.line(head, 'msg="slow request" path=/v2/reports?token=', S('API_KEY_IN_QUERY_STRING', r.str(B62 + '-_', 40)), ' dur=', `${r.int(1, 9)}.${r.int(100, 999)}s`);
      else if (kind === 5) { const s = c.sec(); d.line(head, 'msg="env dump" ', s.key('SNAKE'), '=', s.span); }
      else d.line(head, 'msg="cache evicted" key=user:', L('uuid', V.uuid(r)), ' node=', L('hostname', V.hostname(r)));
    }
  }
}

export function accessLog(c, d) {
  const r = c.r;
  const style = r.pick(['nginx', 'nginx', 'apache', 'alb']);
  const hostn = c.host('fqdn');
  while (d.size < r.int(2600, 3600)) {
    c.tick(10, 20000);
    const ip = c.ip();
    const u = r.chance(0.2) ? c.person().user : '-';
    const roll = r.int(0, 9);
    let path;
    if (roll === 9) path = ['/oauth/callback?access_token=', S('JWT', c.jwt()), '&state=', L('nonce', V.nonce(r).replace(/[+/=]/g, 'x'))];
    else if (roll === 0) path = ['/api/v1/orders?api_key=', S('API_KEY_IN_QUERY_STRING', r.str(B62, 32)), '&page=2'];
    else if (roll === 1) path = [`/${r.pick(['exports', 'invoices'])}/`, L('uuid', V.uuid4(r)), '.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=', S('AWS_ACCESS_KEY_ID', 'AKIA' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)), `%2F2026${String(r.int(1, 6)).padStart(2, '0')}${String(r.int(10, 28))}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=2026`, `0${r.int(1, 6)}${r.int(10, 28)}T${String(r.int(0, 23)).padStart(2, "0")}${String(r.int(0, 59)).padStart(2, "0")}${String(r.int(0, 59)).padStart(2, "0")}Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=`, S('S3_PRESIGNED_SIGNATURE', r.str(HEX, 64))];
    else if (roll === 2) path = ['/media/', r.pick(['logo.png', 'invoice.pdf', 'backup.zip']), '?sv=2024-11-04&ss=b&srt=co&sp=rl&se=2026-', `0${r.int(1, 6)}-${r.int(10, 28)}T00:00:00Z&sig=`, S('AZURE_SAS_SIGNATURE', r.bytes(32).toString('base64').replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D'))];
    else if (roll === 3) path = ['/reset-password?email=', P('EMAIL_ADDRESS', c.person().emailStr.replace('@', '%40')), '&token=', S('OPAQUE_BEARER_TOKEN', r.str(B62 + '-_', 43))];
    else if (roll === 4) path = ['/api/v2/orders/', L('order_number', V.orderNo(r).replace('#', '')), '/tracking'];
    else if (roll === 5) path = ['/healthz'];
    else if (roll === 6) path = ['/static/app.', L('hash', r.str(HEX, 8)), '.js'];
    else path = [r.pick(['/login', '/cart', '/checkout', '/api/v1/me']), '?ref=', L('request_id', V.requestId(r))];
    const status = r.pick([200, 200, 200, 204, 301, 302, 401, 403, 404, 500, 502]);
    const ua = r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'curl/8.7.1', 'okhttp/4.12.0', 'python-requests/2.32.3', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)']);
    if (style === 'alb') d.line('https ', c.ts('micro'), ` app/${c.slug}-alb/${r.str(HEX, 16)} `, ip, ':', String(r.int(1024, 65535)), ` 10.0.${r.int(0, 9)}.${r.int(2, 250)}:8080 0.001 0.0${r.int(10, 99)} 0.000 ${status} ${status} ${r.int(100, 900)} ${r.int(200, 90000)} "GET https://${hostn}:443`, path, ' HTTP/1.1" "', ua, '" - - ', L('arn', V.arn(r)), ' "', L('request_id', `Root=1-${r.str(HEX, 8)}-${r.str(HEX, 24)}`), '"');
    else d.line(ip, ' - ', u, ' [', c.ts('clf'), '] "', r.pick(['GET', 'GET', 'POST', 'PUT']), ' ', path, ' HTTP/', r.pick(['1.1', '2.0']), '" ', String(status), ' ', String(r.int(0, 90000)), ' "', style === 'apache' ? '-' : r.pick(['-', `https://${hostn}/`]), '" "', ua, '"', style === 'nginx' ? [' rt=', `0.${r.digits(3)}`, ' rid=', L('request_id', r.str(HEX, 32))] : '');
  }
}

const STACKS = {
  python: (c, d, s) => { d.line('Traceback (most recent call last):').line('  File "/srv/app/orders/sync.py", line 88, in push_batch').line('    resp = session.post(url, json=batch, headers=headers)').line('  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post').line('requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://', c.host('fqdn'), '/v1/batch'); d.line('').line('Local variables in push_batch:').line("    headers = {'Authorization': 'Bearer ", s.span, "', 'X-Request-Id': '", L('request_id', V.uuid4(c.r)), "'}"); },
  java: (c, d, s) => { d.line('java.lang.IllegalStateException: Failed to load ApplicationContext').line('\tat org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate.loadContext(DefaultCacheAwareContextLoaderDelegate.java:180)').line('Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "orders"').line('\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)').line('  [datasource] url=jdbc:postgresql://', c.host(), ':5432/orders user=orders password=', S('DATABASE_PASSWORD', c.pw())); },
  node: (c, d, s) => { d.line('Error: Request failed with status code 403').line('    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)').line('    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)').line('  config: {').line("    url: 'https://", c.host('fqdn'), "/v3/charges',").line("    headers: { Authorization: 'Bearer ", s.span, "', 'User-Agent': 'axios/1.7.2' }").line('  }'); },
  go: (c, d, s) => { d.line('panic: runtime error: invalid memory address or nil pointer dereference').line('[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x', c.r.str(HEX, 7), ']').line('').line('goroutine ', String(c.r.int(10, 900)), ' [running]:').line('main.(*Relay).forward(0xc000', c.r.str(HEX, 6), ', {0xc00', c.r.str(HEX, 7), ', 0x', c.r.str(HEX, 2), '})').line('\t/src/cmd/relay/main.go:142 +0x', c.r.str(HEX, 3)).line('relay config: token=', s.span); },
};
export function crashReport(c, d) {
  const r = c.r;
  const style = r.pick(['text', 'text', 'sentry']);
  const user = c.person();
  if (style === 'sentry') {
    const s = c.sec((x) => !!x.h), [hn, pre] = c.authHeader(s.spec);
    const env = {}; for (let i = 0; i < r.int(2, 4); i++) { const x = c.sec(); env[x.key('SNAKE')] = x.span; }
    const ev = { event_id: L('uuid', V.uuid4(r).replace(/-/g, '')), timestamp: rawL('timestamp', `${c.clock.epoch()}.${r.digits(3)}`), platform: r.pick(['python', 'node', 'java']), level: 'error', release: L('version', V.version(r)),
      exception: { values: [{ type: r.pick(['PermissionError', 'TypeError', 'KeyError']), value: r.pick(["'NoneType' object is not subscriptable", 'Cannot read properties of undefined', 'upstream rejected credentials']) }] },
      user: { id: L('crm_id', V.crmId(r)), email: user.email(), ip_address: c.ip(), username: user.user },
      request: { url: `https://${c.host('fqdn')}/api/checkout`, method: 'POST', headers: { [hn]: frag(pre, s.span), Cookie: frag('session=', S('SESSION_COOKIE', r.str(B62 + '-_', r.pick([32, 43, 64]))), '; theme=dark') } },
      contexts: { trace: { trace_id: L('trace_id', V.traceId(r)), span_id: L('span_id', V.spanId(r)) }, runtime: { name: 'CPython', version: L('version', '3.12.4') } },
      extra: { environ: env } };
    d.add(json(ev, 2)).line('');
    return;
  }
  const lang = r.pick(Object.keys(STACKS));
  d.line(r.pick(['=== crash report ', '*** Unhandled exception ', '----- BEGIN CRASH ']), c.ts('iso'), ' host=', L('hostname', V.hostname(r)), ' pid=', String(r.int(100, 60000)));
  d.line('build: ', L('git_sha', V.gitSha(r, true)), ' version: ', L('version', V.version(r)), ' request_id: ', L('request_id', V.requestId(r)));
  d.line('user: ', user.email(), ' (', user.name(), ') from ', c.ip());
  d.line('');
  STACKS[lang](c, d, c.sec((x) => x.h === 'bearer'));
  d.line('').line('Environment:');
  for (let i = 0; i < r.int(5, 9) && d.size < 3400; i++) {
    if (r.chance(0.2)) { d.line('  ', lookLine(c, 'env')); continue; }
    const s = c.sec(); d.line('  ', s.key('SNAKE'), '=', s.span);
  }
  d.line('  HOME=/home/app').line('  PATH=/usr/local/bin:/usr/bin:/bin');
}

export function incidentTimeline(c, d) {
  const r = c.r;
  const ic = c.person({ domain: c.dom }), comms = c.person({ domain: c.dom }), eng = c.person({ domain: c.dom }), cust = c.person();
  const sev = r.pick(['SEV1', 'SEV2', 'SEV2', 'SEV3']);
  d.line('# ', L('ticket_ref', V.ticketRef(r)), ` — ${r.pick(['Checkout errors after key rotation', 'Leaked token in public build log', 'Refund job double-charged customers', 'EU database failover'])} (${sev})`);
  d.line('').line('**Incident commander:** ', ic.name(), ' · **Comms:** ', comms.name(), ' · **Bridge:** ', P('PHONE_NUMBER', COUNTRIES[ic.country].phone(r)[1]), ' PIN ', r.digits(6));
  d.line('**Status page:** https://status.', c.dom, '/incidents/', L('ulid', V.ulid(r)));
  d.line('').line('## Timeline (UTC)').line('');
  const events = r.shuffle([
    () => ['alert `', r.pick(['checkout_5xx_rate', 'refund_job_errors', 'pg_replication_lag']), '` fired (', L('request_id', V.requestId(r)), ')'],
    () => [eng.name(), ' acknowledged page, joined bridge'],
    () => { const s = c.sec((x) => x.vendor); return ['found ', s.key('SNAKE'), ' printed in build log ', L('build_number', V.buildNo(r)), ': `', s.span, '` — revoked']; },
    () => ['rolled back to ', L('version', V.version(r)), ' (', L('git_sha', V.gitSha(r, true)), ')'],
    () => ['customer ', cust.name(), ' (', cust.email(), ') reported duplicate charge on order ', L('order_number', V.orderNo(r))],
    () => [comms.firstName(), ' posted update to status page'],
    () => { const pw = c.mk('TEMPORARY_PASSWORD'); return ['break-glass account `oncall-admin` enabled, temp password ', pw.span, ' (rotated after)']; },
    () => ['replica ', L('hostname', V.hostname(r)), ' promoted; lag ', String(r.int(2, 90)), 's'],
    () => ['error rate back under 0.1%, monitoring'],
  ]);
  const tlf = r.pick(['hms', 'isos']);
  for (const e of events) { if (d.size > 3000) break; c.tick(60000, 1500000); d.line('- ', c.ts(tlf), ' — ', e()); }
  d.line('').line('## Impact').line(`- ${r.int(12, 4000)} failed checkouts, `, L('price', priceText(r, r.pick(['EUR', 'USD']))), ' in refunds');
  d.line('- Affected regions: ', P('LOCATION', countryName(r, c.country())), ', ', P('LOCATION', countryName(r, c.country())));
  d.line('').line('## Action items').line('- [ ] ', eng.firstName(), ': add secret scanning to CI (', L('ticket_ref', V.ticketRef(r)), ')').line('- [ ] ', ic.firstName(), ': postmortem review on ', c.date());
}

export function oncallChat(c, d) {
  const r = c.r;
  const team = Array.from({ length: r.int(3, 5) }, () => c.person({ domain: c.dom }));
  const style = r.pick(['slack', 'slackjson', 'teams', 'irc']);
  const chan = r.pick(['#oncall-payments', '#inc-2231', '#platform', '#db-ops', '#sre-eu']);
  if (style !== 'slackjson') d.line(style === 'irc' ? `--- ${chan} log opened ` : `${chan} — `, c.ts(style === 'irc' ? 'rfc' : 'isos'));
  const msgs = [];
  const say = (p, ...text) => msgs.push([p, text]);
  const langs = [];
  for (let i = 0; i < r.int(9, 16); i++) {
    const p = r.pick(team);
    const roll = r.int(0, 12);
    if (roll <= 1) { const lg = c.lang(); langs.push(lg); const s = c.sec(); say(p, tpl(LANGS[lg].oops, { x: s.span })); d.tag(`prose:${lg}`); }
    else if (roll === 2) { const lg = c.lang(); langs.push(lg); const s = c.sec((x) => x.vendor); say(p, tpl(LANGS[lg].key, { s: s.key('kebab').split('-')[0], x: s.span })); d.tag(`prose:${lg}`); }
    else if (roll === 3) { const lg = c.lang(); langs.push(lg); say(p, tpl(LANGS[lg].pass, { x: S('PASSPHRASE', c.pw('phrase')) })); d.tag(`prose:${lg}`); }
    else if (roll === 4) say(p, 'pw for ', L('hostname', V.hostname(r)), ' is ', S('DATABASE_PASSWORD', c.pw(r.pick(['human', 'machine']))), ' (user ', r.pick(['postgres', 'root', 'admin']), ')');
    else if (roll === 5) say(p, 'deploying ', L('version', V.version(r)), ' / ', L('git_sha', V.gitSha(r, true)), ' now');
    else if (roll === 6) say(p, '@', r.pick(team).user, ' can you check trace ', L('trace_id', V.traceId(r)), '?');
    else if (roll === 7) { const q = r.pick(team); say(p, 'paging ', q.name(), ' — their phone is ', q.phone()); }
    else if (roll === 8) say(p, 'customer ', c.person().name(), ' escalated again, ticket ', L('ticket_ref', V.ticketRef(r)));
    else if (roll === 9) say(p, r.pick(['ack', 'on it', 'looking', '👀', 'thx', 'merci', 'danke', 'grazie', 'ありがとう']));
    else if (roll === 11) say(p, 'see msg ', L('snowflake_id', V.snowflake(r)), ' in #', r.pick(['alerts', 'deploys']), ' — same ', L('request_id', V.requestId(r)));
    else if (roll === 12) { const s = c.sec((x) => x.h === 'bearer'); say(p, 'try: curl -H "Authorization: Bearer ', s.span, `" https://${c.host('fqdn')}/healthz`); }
    else { const u = r.pick(['admin', 'grafana', 'kibana']); say(p, `${u} / `, S('ADMIN_PASSWORD', c.pw('human')), ' works for the dashboard, change it after'); }
  }
  d.lang(...langs);
  if (style === 'slackjson') {
    const arr = msgs.map(([p, text]) => { c.tick(5000, 600000); return { type: 'message', user: `U0${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`, user_name: p.user, user_profile: { real_name: p.name() }, text: frag(text), ts: rawL('timestamp', `${c.clock.epoch()}.${r.digits(6)}`) }; });
    d.add(json(arr, 2)).line('');
    return;
  }
  for (const [p, text] of msgs) {
    if (d.size > 3500) break;
    c.tick(5000, 600000);
    if (style === 'slack') d.line(p.name(), '  ', c.ts('hms')).line(text).line('');
    else if (style === 'teams') d.line('[', c.ts('space'), '] ', p.name(), ': ', text);
    else d.line(c.ts('hms'), ' <', p.user, '> ', text);
  }
}

export function analyticsExport(c, d) {
  const r = c.r;
  const fmt = r.pick(['jsonl', 'jsonl', 'csv', 'bq']);
  const events = ['checkout_completed', 'signup', 'login', 'refund_requested', 'address_updated', 'page_view'];
  if (fmt === 'csv') {
    d.line('event,ts,user_id,email,ip,city,country,lat_lng,revenue');
    while (d.size < r.int(2600, 3500)) {
      const x = custRow(c); c.tick(1000, 3000000);
      d.line(r.pick(events), ',', c.ts('isos'), ',', x.cols.id, ',', x.cols.email, ',', c.ip(), ',', x.cols.city, ',', x.cols.country, ',"', L('coordinates', V.coords(r)), '",', L('price', priceText(r, COUNTRIES[x.cc].cur)));
    }
    return;
  }
  if (fmt === 'bq') d.line('$ bq query --format=prettyjson \'SELECT * FROM analytics.events WHERE event = "refund_requested" LIMIT 4\'').line('[');
  let first = true;
  while (d.size < r.int(2200, 3000)) {
    const x = custRow(c); c.tick(1000, 3000000);
    const o = { event: r.pick(events), timestamp: c.ts('iso'), anonymous_id: L('uuid', V.uuid(r)), user_id: x.cols.id, traits: { email: x.cols.email, name: x.cols.name, phone: x.cols.phone }, context: { ip: c.ip(), location: { city: x.cols.city, country: x.cols.country, latitude_longitude: L('coordinates', V.coords(r)) }, userAgent: 'Mozilla/5.0', library: { name: 'analytics.js', version: L('version', V.version(r)) } }, properties: { revenue: L('price', priceText(r, COUNTRIES[x.cc].cur)), order_id: L('order_number', V.orderNo(r)) }, messageId: L('request_id', `ajs-${r.str(HEX, 32)}`) };
    if (r.chance(0.25)) o.context.campaign = { source: 'newsletter', content: L('hex_color', V.hexColor(r)) };
    if (fmt === 'bq') { d.add(first ? '' : ',\n', json(o, 2, false, 2)); first = false; }
    else d.add(json(o, 0, true)).line('');
  }
  if (fmt === 'bq') d.line('').line(']');
}

export function runbook(c, d) {
  const r = c.r;
  const svc = r.pick(['orders-api', 'payments-gateway', 'warehouse-sync', 'support-bot']);
  d.line(`# Runbook: ${svc}`).line('');
  if (r.chance(0.5)) d.line('![team logo](', L('data_uri', V.dataUri(r)), ')').line('').line('Owner team: ', r.pick(['Payments', 'Platform', 'Data']), ' · escalation: ', c.person({ domain: c.dom }).name()).line('');
  d.line('## Local setup').line('').line('```bash').line('cp .env.example .env');
  d.line('export DB_PASSWORD=', L('placeholder', V.placeholder(r)), '          # ask in #platform');
  d.line('export STRIPE_SECRET_KEY=', L('env_reference', V.envRef(r, 'STRIPE_SECRET_KEY')));
  d.line('export AWS_ACCESS_KEY_ID=', L('aws_example_key', V.AWS_EXAMPLES[r.pick([0, 2])]));
  d.line('export AWS_SECRET_ACCESS_KEY=', L('aws_example_key', V.AWS_EXAMPLES[r.pick([1, 3])]));
  d.line('```').line('');
  d.line('## Smoke test against staging').line('').line('```bash');
  const s = c.sec((x) => x.h === 'bearer');
  d.line('curl -H "Authorization: Bearer ', s.span, `" https://staging.${c.dom}/healthz`).line('```');
  d.line('').line('> NOTE: the token above is the shared staging token; ', r.pick(['rotate after use', 'it expires on ']), r.chance(0.5) ? c.date() : '').line('');
  d.line('Test cards: ', L('vendor_test_card', V.vendorTestCard(r)), ' (success), ', L('vendor_test_card', V.vendorTestCard(r)), ' (3DS).').line('');
  d.line('## On-call contacts').line('').line('| name | role | phone | email |').line('|---|---|---|---|');
  for (let i = 0; i < r.int(3, 5); i++) { const p = c.person({ domain: c.dom }); d.line('| ', p.name(), ' | ', r.pick(['primary', 'secondary', 'manager', 'DBA']), ' | ', p.phone(), ' | ', p.email(), ' |'); }
  d.line('').line('## Break-glass').line('').line('Vault path `secret/', svc, '/admin`, fallback password in the sealed envelope, ', r.chance(0.5) ? ['or: ', S('ADMIN_PASSWORD', c.pw('human'))] : ['never paste it here.']);
}
