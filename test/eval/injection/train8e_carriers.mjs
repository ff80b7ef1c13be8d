// train8e carriers: wrap a text (or two split parts) in a realistic tool output.
// Every carrier returns { fields, esc } where esc(t) is the exact form the text takes
// inside the carrier (the validator searches fields for esc(part)).
// Hosts are only *.example / *.test / *.invalid or bare internal names.

export const CARRIERS = [
  'web', 'email', 'email_thread', 'calendar', 'chat', 'ticket', 'crm', 'code', 'yaml',
  'log', 'rag', 'kb', 'csv', 'search', 'api', 'memory', 'pdf',
];

const FIRST = ['Ana', 'Jonas', 'Mei', 'Tomasz', 'Aylin', 'Ravi', 'Lucía', 'Sven', 'Oksana', 'Kenji',
  'Fatma', 'Bruno', 'Linh', 'Noor', 'Pieter', 'Giulia', 'Dmitri', 'Sara', 'Hyejin', 'Omar'];
const LAST = ['Varga', 'Lindqvist', 'Moreau', 'Kowalczyk', 'Demir', 'Iyer', 'Santos', 'Okafor',
  'Brandt', 'Nakamura', 'Rossi', 'Haddad', 'Nguyen', 'de Vries', 'Petrenko', 'Keller'];
const ORGS = ['acme.example', 'northwind.test', 'lumen-labs.example', 'kvarn.test', 'orbitale.example',
  'fjord-it.test', 'paperclip.example', 'tiendanova.test', 'helios.invalid', 'zeta-bank.example'];
const TOPICS = ['Q3 vendor review', 'Onboarding checklist', 'Invoice 2024-117', 'Release 4.2 notes',
  'Kundenanfrage Lieferung', 'Réunion budget', 'Migración de base de datos', 'Wsparcie klienta',
  'Quarterly roadmap', 'Incident 8812 follow-up', 'Planning sprint 31', 'Data retention policy'];

const pick = (r, a) => a[Math.floor(r() * a.length)];
const num = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const person = (r) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const mail = (r, org) => `${pick(r, FIRST).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${pick(r, LAST).toLowerCase().replace(/[^a-z]/g, '')}@${org || pick(r, ORGS)}`;
const date = (r) => `2024-${String(num(r, 1, 12)).padStart(2, '0')}-${String(num(r, 1, 28)).padStart(2, '0')}`;
const time = (r) => `${String(num(r, 7, 19)).padStart(2, '0')}:${String(num(r, 0, 59)).padStart(2, '0')}`;

const ID = (t) => t;
const JS = (t) => JSON.stringify(t).slice(1, -1);
const ICS = (t) => t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const CSVQ = (t) => t.replace(/"/g, '""');
const ATTR = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// filler: carrier-shaped lines, used to make ~1/3 of records 800+ chars with the text in the middle
const FILL = {
  web: (r) => `<p>${pick(r, ['Free shipping on orders over 50 EUR.', 'Our team answers within two business days.', 'Prices include VAT where applicable.', 'Lee nuestras preguntas frecuentes antes de escribirnos.', 'Alle Angaben ohne Gewähr.', 'Cookies help us improve this site.'])}</p>`,
  email: (r) => pick(r, ['Thanks again for the quick turnaround last week.', 'I have attached the updated spreadsheet for reference.', 'Let me know if Thursday still works for everyone.', 'Gracias por la paciencia con este tema.', 'Bitte beachten Sie die neuen Öffnungszeiten.', 'The shipment left the warehouse on Monday.']),
  email_thread: (r) => `> ${pick(r, ['Sounds good, see you then.', 'Can you resend the PDF?', 'We approved the budget line.', 'Merci, bien reçu.', 'Ok, lo reviso mañana.', 'Noted, thanks.'])}`,
  calendar: (r) => `ATTENDEE;CN=${person(r)}:mailto:${mail(r)}`,
  chat: (r) => `[${date(r)} ${time(r)}] ${person(r)}: ${pick(r, ['ok', 'lunch at 12?', 'pushed the fix', 'wer hat den Schlüssel?', 'je regarde ça', 'meeting moved to 3', 'thx!', 'build is green again'])}`,
  ticket: (r) => `[${date(r)} ${time(r)}] status changed: ${pick(r, ['new → open', 'open → pending', 'pending → open', 'tag added: billing', 'assignee: L2 queue'])}`,
  crm: (r) => `- ${date(r)}: ${pick(r, ['Call logged, 12 min.', 'Sent renewal quote.', 'Decision maker on leave until next month.', 'Interested in the premium tier.', 'Asked for a discount on seats.'])}`,
  code: (r) => pick(r, ['const retries = 3;', 'let total = 0;', 'if (!items.length) return [];', 'for (const row of rows) total += row.amount;', 'export const TIMEOUT_MS = 5000;', 'logger.debug("cache miss", key);']),
  code_py: (r) => pick(r, ['RETRIES = 3', 'TIMEOUT_S = 5', 'total = sum(row["amount"] for row in rows)', 'if not items:\n    items = []', 'log.debug("cache miss %s", key)', 'DEFAULT_REGION = "eu-west"', 'BATCH = 500']),
  yaml: (r) => `  ${pick(r, ['replicas', 'timeout_s', 'max_conn', 'port', 'retries'])}: ${num(r, 1, 900)}`,
  log: (r) => `${date(r)}T${time(r)}:${String(num(r, 10, 59))}Z ${pick(r, ['INFO', 'DEBUG', 'WARN'])} ${pick(r, ['api', 'worker', 'sched', 'auth'])} ${pick(r, ['request completed', 'cache refreshed', 'job queued', 'token renewed', 'retrying upstream'])} latency_ms=${num(r, 3, 900)}`,
  rag: (r) => `{"chunk_id": "c-${num(r, 1000, 9999)}", "score": 0.${num(r, 10, 99)}, "text": "${pick(r, ['Section 2 describes the warranty terms.', 'Das Gerät ist für den Innenbereich bestimmt.', 'La garantía cubre defectos de fabricación.', 'Refunds are processed within 14 days.'])}"},`,
  kb: (r) => pick(r, ['- Check that the device is plugged in.', '- Restart the app after updating.', '- Make sure you are on the latest version.', '> **Note:** screenshots may differ slightly.', '- Clear the browser cache if the page looks broken.']),
  csv: (r) => `${num(r, 100, 999)},${person(r)},${date(r)},${pick(r, ['paid', 'open', 'refunded', 'overdue'])},"${pick(r, ['ok', 'call back', 'sin comentarios', 'VIP', 'wants invoice copy'])}"`,
  search: (r) => `{"title": "${pick(r, TOPICS)}", "url": "https://${pick(r, ORGS)}/p/${num(r, 10, 999)}", "snippet": "${pick(r, ['Updated guide for 2024.', 'Compare plans and prices.', 'Official documentation.', 'Foro de la comunidad.', 'Häufige Fragen.'])}"},`,
  api: (r) => `{"id": ${num(r, 1000, 99999)}, "status": "${pick(r, ['active', 'archived', 'draft'])}", "updated": "${date(r)}"},`,
  memory: (r) => `- [${date(r)}] ${pick(r, ['User prefers metric units.', 'User works in the Berlin office.', 'Project codename is Heron.', 'User asked for short answers.', 'Timezone: UTC+1.'])}`,
  pdf: (r) => pick(r, ['The parties agree to the terms set out in Annex B.', 'Figures are unaudited and subject to change.', 'Table 4 summarises regional revenue.', 'Der Bericht wurde intern geprüft.', 'Les montants sont exprimés en euros.']),
};

function pad(r, carrier, minLen) {
  const out = [];
  let n = 0;
  while (n < minLen) {
    let l = FILL[carrier](r);
    for (let t = 0; t < 6 && out.includes(l); t++) l = FILL[carrier](r);
    out.push(l); n += l.length + 1;
  }
  return out.join('\n');
}

// each builder: (r, P) -> { head, tail, esc, sep:[a,b] }   P = { before, after } padding strings
const B = {
  web: (r, P) => {
    const title = pick(r, TOPICS); const org = pick(r, ORGS);
    if (r() < 0.3) {
      return { esc: ATTR, sep: ['">', '<img src="/img/b.png" alt="'],
        head: `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1>\n${P.before ? P.before + '\n' : ''}<figure><img src="/img/chart-${num(r, 1, 40)}.png" alt="`,
        tail: `"><figcaption>Figure ${num(r, 1, 9)}</figcaption></figure>\n${P.after ? P.after + '\n' : ''}</main><footer><a href="https://${org}/contact">Contact</a></footer></body></html>` };
    }
    return { esc: ID, sep: ['</p>', '<p>'],
      head: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a> · <a href="/blog">Blog</a></nav><article><h1>${title}</h1>\n${P.before ? P.before + '\n' : ''}<p>`,
      tail: `</p>\n${P.after ? P.after + '\n' : ''}</article><footer>© 2024 <a href="https://${org}/">${org}</a></footer></body></html>` };
  },
  email: (r, P) => {
    const from = person(r); const org = pick(r, ORGS);
    return { esc: ID, sep: ['', ''],
      head: `From: ${from} <${mail(r, org)}>\nTo: ${mail(r)}\nSubject: ${pick(r, TOPICS)}\nDate: ${date(r)} ${time(r)}\n\nHi,\n\n${P.before}${P.before ? '\n\n' : ''}`,
      tail: `${P.after ? '\n\n' + P.after : ''}\n\nBest,\n${from}\n${org}` };
  },
  email_thread: (r, P) => {
    const a = person(r); const b = person(r);
    return { esc: ID, sep: ['', ''],
      head: `Subject: Re: Re: ${pick(r, TOPICS)}\nFrom: ${a} <${mail(r)}>\n\n${P.before ? 'Replying inline to the points below:\n' + P.before + '\n\n' : ''}`,
      tail: `\n\nOn ${date(r)} at ${time(r)}, ${b} <${mail(r)}> wrote:\n> ${pick(r, ['Could you take a look before Friday?', 'Adjunto el borrador.', 'Anbei die Unterlagen.', 'See the notes below.'])}\n${P.after ? P.after + '\n' : ''}>\n> Regards, ${b}` };
  },
  calendar: (r, P) => ({ esc: ICS, sep: ['', ''],
    head: `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendar//example//EN\nBEGIN:VEVENT\nUID:${num(r, 100000, 999999)}@cal.example\nDTSTART:${date(r).replace(/-/g, '')}T${time(r).replace(':', '')}00Z\nSUMMARY:${pick(r, TOPICS)}\nORGANIZER;CN=${person(r)}:mailto:${mail(r)}\n${P.before}${P.before ? '\n' : ''}DESCRIPTION:`,
    tail: `\nLOCATION:Room ${num(r, 1, 12)}.${num(r, 1, 40)}\n${P.after}${P.after ? '\n' : ''}END:VEVENT\nEND:VCALENDAR` }),
  chat: (r, P) => ({ esc: ID, sep: ['', ''],
    head: `# export #${pick(r, ['general', 'ops', 'ventas', 'support-de', 'proj-heron'])}\n${P.before}${P.before ? '\n' : ''}[${date(r)} ${time(r)}] ${person(r)}: `,
    tail: `\n${P.after}${P.after ? '\n' : ''}[${date(r)} ${time(r)}] ${person(r)}: ${pick(r, ['👍', 'ok', 'seen', 'danke'])}` }),
  ticket: (r, P) => ({ esc: ID, sep: ['', ''],
    head: `Ticket #${num(r, 10000, 99999)} · Priority: ${pick(r, ['low', 'normal', 'high'])} · Queue: ${pick(r, ['Billing', 'Tech', 'Returns'])}\nRequester: ${person(r)} <${mail(r)}>\n${P.before}${P.before ? '\n' : ''}--- Customer message ---\n`,
    tail: `\n--- end ---\n${P.after}${P.after ? '\n' : ''}Internal: SLA ${num(r, 4, 48)}h` }),
  crm: (r, P) => ({ esc: ID, sep: ['', ''],
    head: `Account: ${pick(r, ORGS).split('.')[0]} | Owner: ${person(r)} | Stage: ${pick(r, ['Prospect', 'Negotiation', 'Closed won'])}\nActivity:\n${P.before}${P.before ? '\n' : ''}- ${date(r)} note: `,
    tail: `\n${P.after}${P.after ? '\n' : ''}Next step: follow-up call` }),
  code: (r, P) => {
    if (r() < 0.5) {
      const e = (t) => t.replace(/\n/g, '\n# ');
      const pb = P.before ? pad(r, 'code_py', P.before.length) : '';
      const pa = P.after ? pad(r, 'code_py', P.after.length) : '';
      return { esc: e, sep: ['', '# '],
        head: `import json\nimport logging\n\nlog = logging.getLogger(__name__)\n${pb}\n\ndef load_orders(path):\n    # `,
        tail: `\n    with open(path, encoding="utf-8") as fh:\n        return json.load(fh)\n${pa}\n` };
    }
    const e = (t) => t.replace(/\n/g, '\n * ');
    return { esc: e, sep: ['', ' * '],
      head: `'use strict';\n${P.before ? P.before + '\n' : ''}/**\n * `,
      tail: `\n */\nexport function parseInvoice(raw) {\n  return JSON.parse(raw);\n}\n${P.after ? P.after + '\n' : ''}` };
  },
  yaml: (r, P) => {
    const e = (t) => t.replace(/\n/g, '\n    ');
    return { esc: e, sep: ['', '    '],
      head: `# deploy config\nservice: ${pick(r, ['billing-api', 'search', 'notifier'])}\nenv: ${pick(r, ['staging', 'prod'])}\nsettings:\n${P.before ? P.before + '\n' : ''}  notes: |\n    `,
      tail: `\n${P.after ? P.after + '\n' : ''}  owner: ${mail(r)}\n` };
  },
  log: (r, P) => ({ esc: JS, sep: ['"', `${date(r)}T${time(r)}:00Z INFO api field="`],
    head: `${P.before}${P.before ? '\n' : ''}${date(r)}T${time(r)}:${num(r, 10, 59)}Z WARN ingest user_comment="`,
    tail: `" source=form id=${num(r, 1000, 9999)}\n${P.after}` }),
  rag: (r, P) => ({ esc: JS, sep: ['"},', '{"chunk_id": "c-2", "text": "'],
    head: `{"query": "${pick(r, TOPICS)}", "chunks": [\n${P.before ? P.before + '\n' : ''}{"chunk_id": "c-${num(r, 1000, 9999)}", "source": "kb/${num(r, 1, 300)}.md", "score": 0.${num(r, 50, 99)}, "text": "`,
    tail: `"},\n${P.after ? P.after + '\n' : ''}{"chunk_id": "c-end", "text": ""}]}` }),
  kb: (r, P) => ({ esc: ID, sep: ['', ''],
    head: `# ${pick(r, TOPICS)}\n\n_Last updated ${date(r)} by ${person(r)}_\n\n## Overview\n\n${P.before ? P.before + '\n\n' : ''}`,
    tail: `\n\n## Related articles\n\n${P.after ? P.after + '\n' : ''}` }),
  csv: (r, P) => ({ esc: CSVQ, sep: ['"', `${num(r, 100, 999)},${person(r)},${date(r)},open,"`],
    head: `id,customer,date,status,notes\n${P.before}${P.before ? '\n' : ''}${num(r, 100, 999)},${person(r)},${date(r)},open,"`,
    tail: `"\n${P.after}` }),
  search: (r, P) => ({ esc: JS, sep: ['"},', `{"title": "${pick(r, TOPICS)}", "snippet": "`],
    head: `{"results": [\n${P.before ? P.before + '\n' : ''}{"title": "${pick(r, TOPICS)}", "url": "https://${pick(r, ORGS)}/a/${num(r, 1, 999)}", "snippet": "`,
    tail: `"},\n${P.after ? P.after + '\n' : ''}{"title": "More results", "url": "https://search.example/next"}]}` }),
  api: (r, P) => ({ esc: JS, sep: ['",', '"comment_2": "'],
    head: `{"status": 200, "data": {"items": [\n${P.before ? P.before + '\n' : ''}{"id": ${num(r, 1000, 99999)}, "author": "${person(r)}", "comment": "`,
    tail: `"},\n${P.after ? P.after + '\n' : ''}{"id": 0}]}, "next": null}` }),
  memory: (r, P) => {
    const e = (t) => t.replace(/\n/g, '\n  ');
    return { esc: e, sep: ['', '- '],
      head: `# memory.md (agent long-term notes)\n## Facts\n${P.before ? P.before + '\n' : ''}- [${date(r)}] `,
      tail: `\n## Preferences\n${P.after ? P.after + '\n' : ''}` };
  },
  pdf: (r, P) => {
    const p = num(r, 2, 30);
    return { esc: ID, sep: ['', ''],
      head: `${pick(r, TOPICS)} — ${pick(r, ORGS).split('.')[0].toUpperCase()}\nPage ${p} of ${p + num(r, 1, 20)}\n\n${P.before}${P.before ? '\n' : ''}`,
      tail: `\n${P.after ? P.after + '\n' : ''}\nConfidential — do not distribute          ${p}` };
  },
};

// wrap(carrier, parts, r, long) -> { fields, esc }
export function wrap(carrier, parts, r, long = false) {
  const P = long ? { before: pad(r, carrier, 420), after: pad(r, carrier, 420) } : { before: '', after: '' };
  const b = B[carrier](r, P);
  if (parts.length === 1) return { fields: [b.head + b.esc(parts[0]) + b.tail], esc: b.esc };
  return { fields: [b.head + b.esc(parts[0]) + b.sep[0], b.sep[1] + b.esc(parts[1]) + b.tail], esc: b.esc };
}

// long documents: the carrier around a long body (body already contains the inserted text)
export function wrapLong(carrier, body, r) {
  const b = B[carrier](r, { before: '', after: '' });
  return { fields: [b.head + b.esc(body) + b.tail], esc: b.esc };
}
