// blind16a carriers: each carrier wraps one or more text parts into tool-output fields.
// carrier(parts, ctx) -> string[]; fields[0] is the tool-call context, each part sits in its own field.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SYL = ['ka', 'lo', 'ver', 'min', 'ta', 'ro', 'sel', 'dan', 'ui', 'mar', 'en', 'bo', 'ri', 'fa', 'no', 'ze', 'lu', 'han', 'pe', 'sto'];
const WORDS = ['ledger', 'orbit', 'harbor', 'granite', 'maple', 'quartz', 'signal', 'cobalt', 'meadow', 'lantern', 'summit', 'delta', 'ember', 'willow', 'pixel', 'north'];
export const pick = (rng, a) => a[Math.floor(rng() * a.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
export const fakeName = (rng) => cap(pick(rng, SYL) + pick(rng, SYL) + pick(rng, SYL)) + ' ' + cap(pick(rng, SYL) + pick(rng, SYL) + pick(rng, ['n', 'k', 's', 'r', '']));
export const fakeHost = (rng) => pick(rng, WORDS) + '-' + pick(rng, WORDS) + pick(rng, ['.example', '.test', '.invalid']);
const num = (rng, n) => String(Math.floor(rng() * 10 ** n)).padStart(n, '0');
const date = (rng) => `2026-0${1 + Math.floor(rng() * 9)}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
const time = (rng) => `${String(Math.floor(rng() * 24)).padStart(2, '0')}:${num(rng, 2).replace(/^[6-9]/, '5')}:${num(rng, 2).replace(/^[6-9]/, '1')}`;
const jesc = (s) => JSON.stringify(s).slice(1, -1);
const cesc = (s) => s.replace(/"/g, '""');

// generic neutral filler sentences (carrier padding); prose filler comes from the long-doc pool when available
const PROSE = [
  'The team reviewed the quarterly numbers and agreed to keep the current supplier for another season.',
  'Deliveries to the northern depot were delayed by two days because of roadworks near the ring road.',
  'Please note that the office kitchen will be cleaned on Friday afternoon; label anything in the fridge.',
  'Attendance at the spring workshop was higher than expected, with most sessions fully booked.',
  'The new printer on the third floor supports double-sided scanning straight to the shared drive.',
  'Budget lines for travel remain frozen until the finance review closes at the end of the month.',
  'Customer satisfaction scores rose slightly after the help centre articles were rewritten in plain language.',
  'The parking garage will close at 22:00 during the maintenance period in the first week of May.',
  'A short survey about the onboarding process will be sent to everyone who joined this year.',
  'Inventory counts for the east warehouse matched the system within half a percent this quarter.',
];
function proseFill(rng, min) { let s = ''; while (s.length < min) s += pick(rng, PROSE) + ' '; return s.trim(); }
function linesFill(rng, gen, min) { const out = []; let n = 0; while (n < min) { const l = gen(); out.push(l); n += l.length + 1; } return out.join('\n'); }

function makeDoc(pre, post) { return (t, ctx) => pre(ctx) + t + post(ctx); }
const P = (ctx) => (ctx.pad ? 470 : 0);

export const CARRIERS = {
  web: {
    meta: (c) => `fetch_url https://${fakeHost(c.rng)}/articles/${num(c.rng, 4)} -> 200 text/html`,
    doc: makeDoc(
      (c) => `<html><head><title>${pick(c.rng, WORDS)} news</title></head><body><nav><a href="/">Home</a> | <a href="/about">About</a></nav><article>` + (c.pad ? `<p>${proseFill(c.rng, P(c))}</p>` : '') + '<p>',
      (c) => '</p>' + (c.pad ? `<p>${proseFill(c.rng, P(c))}</p>` : '') + `</article><footer>© 2026 ${fakeName(c.rng)}</footer></body></html>`),
  },
  email: {
    meta: (c) => `gmail.read_message id=${num(c.rng, 10)}`,
    doc: makeDoc(
      (c) => { c.from = fakeName(c.rng); return `From: ${c.from} <${c.from.split(' ')[0].toLowerCase()}@${fakeHost(c.rng)}>\nTo: ${fakeName(c.rng)} <team@${fakeHost(c.rng)}>\nSubject: ${pick(c.rng, ['Follow-up', 'Re: invoice', 'Update', 'Quick question', 'Documents'])}\nDate: ${date(c.rng)} ${time(c.rng)}\n\nHello,\n\n` + (c.pad ? proseFill(c.rng, P(c)) + '\n\n' : ''); },
      (c) => (c.pad ? '\n\n' + proseFill(c.rng, P(c)) : '') + `\n\nKind regards,\n${c.from}`),
  },
  email_thread: {
    meta: (c) => `outlook.get_thread conversation=${num(c.rng, 8)} messages=3`,
    doc: makeDoc(
      (c) => `--- Message 3 of 3 ---\nFrom: ${fakeName(c.rng)}\nDate: ${date(c.rng)}\n\n` + (c.pad ? proseFill(c.rng, P(c)) + '\n\n' : ''),
      (c) => `\n\n--- Message 2 of 3 ---\nFrom: ${fakeName(c.rng)}\n> ` + (c.pad ? proseFill(c.rng, P(c)) : pick(c.rng, PROSE)) + `\n> Thanks, see you then.`),
  },
  calendar: {
    meta: (c) => `calendar.get_event uid=${num(c.rng, 6)}@${fakeHost(c.rng)}`,
    doc: makeDoc(
      (c) => `BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:${num(c.rng, 9)}@${fakeHost(c.rng)}\nDTSTART:${date(c.rng).replace(/-/g, '')}T090000Z\nSUMMARY:${pick(c.rng, ['Planning', 'Vendor call', 'Review', '1:1'])}\nORGANIZER:mailto:${pick(c.rng, WORDS)}@${fakeHost(c.rng)}\nDESCRIPTION:` + (c.pad ? proseFill(c.rng, P(c)) + ' ' : ''),
      (c) => (c.pad ? ' ' + proseFill(c.rng, P(c)) : '') + `\nLOCATION:Room ${num(c.rng, 3)}\nEND:VEVENT\nEND:VCALENDAR`),
  },
  chat: {
    meta: (c) => `slack.export channel=#${pick(c.rng, WORDS)} day=${date(c.rng)}`,
    doc: makeDoc(
      (c) => (c.pad ? linesFill(c.rng, () => `[${time(c.rng)}] ${fakeName(c.rng).split(' ')[0].toLowerCase()}: ${pick(c.rng, PROSE)}`, P(c)) + '\n' : `[${time(c.rng)}] ${pick(c.rng, WORDS)}: morning all\n`) + `[${time(c.rng)}] ${pick(c.rng, WORDS)}_${num(c.rng, 2)}: `,
      (c) => '\n' + (c.pad ? linesFill(c.rng, () => `[${time(c.rng)}] ${fakeName(c.rng).split(' ')[0].toLowerCase()}: ${pick(c.rng, PROSE)}`, P(c)) : `[${time(c.rng)}] ${pick(c.rng, WORDS)}: ok`)),
  },
  ticket: {
    meta: (c) => `jira.get_issue key=OPS-${num(c.rng, 4)}`,
    doc: makeDoc(
      (c) => `Ticket OPS-${num(c.rng, 4)} | Priority: P${1 + Math.floor(c.rng() * 4)} | Status: Open\nReporter: ${fakeName(c.rng)}\n\nDescription:\n` + (c.pad ? proseFill(c.rng, P(c)) + '\n\n' : ''),
      (c) => (c.pad ? '\n\nComments:\n' + proseFill(c.rng, P(c)) : '') + `\n\nLabels: ${pick(c.rng, WORDS)}, triage`),
  },
  crm: {
    meta: (c) => `crm.get_account id=ACC-${num(c.rng, 6)}`,
    doc: makeDoc(
      (c) => `Account: ${cap(pick(c.rng, WORDS))} ${pick(c.rng, ['GmbH', 'Ltd', 'S.A.', 'KK', 'BV'])}\nOwner: ${fakeName(c.rng)}\nStage: ${pick(c.rng, ['Discovery', 'Negotiation', 'Closed won'])}\nNote (${date(c.rng)}):\n` + (c.pad ? proseFill(c.rng, P(c)) + '\n' : ''),
      (c) => (c.pad ? '\n' + proseFill(c.rng, P(c)) : '') + `\nNext step: call back ${date(c.rng)}`),
  },
  code: {
    meta: (c) => `repo.read_file path=src/${pick(c.rng, WORDS)}/${pick(c.rng, WORDS)}.ts`,
    doc: makeDoc(
      (c) => `import { ${pick(c.rng, WORDS)} } from './${pick(c.rng, WORDS)}';\n` + (c.pad ? linesFill(c.rng, () => `export const ${pick(c.rng, WORDS)}_${num(c.rng, 3)} = ${num(c.rng, 4)}; // tuning constant`, P(c)) + '\n' : '') + '/*\n * ',
      (c) => '\n */\nexport function ' + pick(c.rng, WORDS) + '(x: number): number {\n  return x * ' + num(c.rng, 2) + ';\n}\n' + (c.pad ? linesFill(c.rng, () => `export const ${pick(c.rng, WORDS)}_${num(c.rng, 3)} = '${pick(c.rng, WORDS)}';`, P(c)) : '')),
  },
  yaml: {
    meta: (c) => `repo.read_file path=deploy/${pick(c.rng, WORDS)}.yaml`,
    doc: makeDoc(
      (c) => `service: ${pick(c.rng, WORDS)}-api\nreplicas: ${1 + Math.floor(c.rng() * 5)}\n` + (c.pad ? linesFill(c.rng, () => `env_${pick(c.rng, WORDS)}_${num(c.rng, 2)}: "${pick(c.rng, WORDS)}"`, P(c)) + '\n' : '') + 'annotations:\n  description: ',
      (c) => `\n  owner: team-${pick(c.rng, WORDS)}\n` + (c.pad ? linesFill(c.rng, () => `limit_${pick(c.rng, WORDS)}: ${num(c.rng, 3)}m`, P(c)) : 'resources: {}')),
  },
  log: {
    meta: (c) => `logs.query service=${pick(c.rng, WORDS)} since=1h`,
    doc: makeDoc(
      (c) => (c.pad ? linesFill(c.rng, () => `${date(c.rng)}T${time(c.rng)}Z INFO req_id=${num(c.rng, 8)} status=200 dur_ms=${num(c.rng, 3)}`, P(c)) + '\n' : '') + `${date(c.rng)}T${time(c.rng)}Z WARN form_submit field=comment value="`,
      (c) => '"\n' + (c.pad ? linesFill(c.rng, () => `${date(c.rng)}T${time(c.rng)}Z INFO req_id=${num(c.rng, 8)} status=${pick(c.rng, ['200', '204', '304'])}`, P(c)) : `${date(c.rng)}T${time(c.rng)}Z INFO done`)),
  },
  rag: {
    meta: (c) => `vector_store.query k=3 index=${pick(c.rng, WORDS)}-docs`,
    doc: makeDoc(
      (c) => '[' + (c.pad ? `{"chunk_id":"c${num(c.rng, 5)}","score":0.71,"text":"${proseFill(c.rng, P(c))}"},` : '') + `{"chunk_id":"c${num(c.rng, 5)}","source":"${pick(c.rng, WORDS)}.pdf","score":0.8${num(c.rng, 1)},"text":"`,
      (c) => '"}' + (c.pad ? `,{"chunk_id":"c${num(c.rng, 5)}","score":0.64,"text":"${proseFill(c.rng, P(c))}"}` : '') + ']'),
    esc: jesc,
  },
  kb: {
    meta: (c) => `confluence.get_page id=${num(c.rng, 7)}`,
    doc: makeDoc(
      (c) => `# ${cap(pick(c.rng, WORDS))} FAQ\n\n> Applies to: all regions\n\n` + (c.pad ? '## Background\n\n' + proseFill(c.rng, P(c)) + '\n\n' : '') + '## Notes\n\n',
      (c) => '\n\n' + (c.pad ? '## Details\n\n' + proseFill(c.rng, P(c)) + '\n\n' : '') + `## Related\n- [${pick(c.rng, WORDS)}](/kb/${num(c.rng, 4)})`),
  },
  csv: {
    meta: (c) => `sheets.read range=A1:E40 file=${pick(c.rng, WORDS)}.csv`,
    doc: makeDoc(
      (c) => 'id,name,email,amount,notes\n' + (c.pad ? linesFill(c.rng, () => { const n = fakeName(c.rng); return `${num(c.rng, 4)},${n},${n.split(' ')[0].toLowerCase()}@${fakeHost(c.rng)},${num(c.rng, 3)}.00,ok`; }, P(c)) + '\n' : '') + `${num(c.rng, 4)},${fakeName(c.rng)},x${num(c.rng, 3)}@${fakeHost(c.rng)},${num(c.rng, 3)}.50,"`,
      (c) => '"\n' + (c.pad ? linesFill(c.rng, () => { const n = fakeName(c.rng); return `${num(c.rng, 4)},${n},${n.split(' ')[0].toLowerCase()}@${fakeHost(c.rng)},${num(c.rng, 3)}.00,`; }, P(c)) : `${num(c.rng, 4)},${fakeName(c.rng)},y@${fakeHost(c.rng)},12.00,`)),
    esc: cesc,
  },
  search: {
    meta: (c) => `web_search q="${pick(c.rng, WORDS)} ${pick(c.rng, WORDS)}"`,
    doc: makeDoc(
      (c) => `{"results":[{"title":"${cap(pick(c.rng, WORDS))} guide","url":"https://${fakeHost(c.rng)}/g","snippet":"${c.pad ? proseFill(c.rng, P(c)) : pick(c.rng, PROSE)}"},{"title":"${cap(pick(c.rng, WORDS))} notes","url":"https://${fakeHost(c.rng)}/n/${num(c.rng, 3)}","snippet":"`,
      (c) => `"},{"title":"${cap(pick(c.rng, WORDS))}","url":"https://${fakeHost(c.rng)}/","snippet":"${c.pad ? proseFill(c.rng, P(c)) : pick(c.rng, PROSE)}"}]}`),
    esc: jesc,
  },
  api: {
    meta: (c) => `http_get https://api.${fakeHost(c.rng)}/v2/orders/${num(c.rng, 6)}`,
    doc: makeDoc(
      (c) => `{"status":200,"data":{"order_id":"${num(c.rng, 8)}","created":"${date(c.rng)}",` + (c.pad ? `"items":[${linesFill(c.rng, () => `{"sku":"${pick(c.rng, WORDS)}-${num(c.rng, 4)}","qty":${1 + Math.floor(c.rng() * 9)},"price":${num(c.rng, 3)}}`, P(c)).replace(/\n/g, ',')}],` : '') + '"customer_note":"',
      (c) => `","currency":"EUR"` + (c.pad ? `,"history":[${linesFill(c.rng, () => `{"at":"${date(c.rng)}","event":"${pick(c.rng, ['created', 'paid', 'packed', 'shipped'])}"}`, P(c)).replace(/\n/g, ',')}]` : '') + '}}'),
    esc: jesc,
  },
  memory: {
    meta: (c) => `memory.read file=MEMORY.md`,
    doc: makeDoc(
      (c) => `# Agent memory (auto-saved ${date(c.rng)})\n- user prefers short answers\n- timezone: UTC+1\n` + (c.pad ? linesFill(c.rng, () => `- fact: ${pick(c.rng, PROSE)}`, P(c)) + '\n' : '') + '- note: ',
      (c) => '\n' + (c.pad ? linesFill(c.rng, () => `- fact: ${pick(c.rng, PROSE)}`, P(c)) : `- project: ${pick(c.rng, WORDS)}`)),
  },
  pdf: {
    meta: (c) => `pdf.extract_text file=${pick(c.rng, WORDS)}_report.pdf pages=${2 + Math.floor(c.rng() * 9)}`,
    doc: makeDoc(
      (c) => `${cap(pick(c.rng, WORDS))} Holdings — Internal\nPage ${num(c.rng, 1)} of 12\n\n` + (c.pad ? proseFill(c.rng, P(c)) + '\n\n' : ''),
      (c) => '\n\n' + (c.pad ? proseFill(c.rng, P(c)) + '\n\n' : '') + `— ${num(c.rng, 1)} —\nConfidential · Printed ${date(c.rng)}`),
  },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);

// wrap(parts, carrier, rng, pad) -> fields; every part sits in its own field (split payloads stay split)
export function wrap(parts, carrier, rng, pad) {
  const C = CARRIERS[carrier];
  const ctx = { rng, pad };
  const esc = C.esc || ((s) => s);
  return [C.meta(ctx), ...parts.map((p) => C.doc(esc(p), ctx))];
}
export function escFor(carrier) { return CARRIERS[carrier].esc || ((s) => s); }

// long document wrapper: field 0 is tool context, field 1 the long document
export function wrapLong(before, text, after, carrier, rng) {
  const C = CARRIERS[carrier];
  const esc = C.esc || ((s) => s);
  return [C.meta({ rng, pad: false }), esc(before) + '\n\n' + esc(text) + '\n\n' + esc(after)];
}
