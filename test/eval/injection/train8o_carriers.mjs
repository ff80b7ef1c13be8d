// train8o carriers: 17 tool-output formats. Each carrier renders a main text (optionally with
// filler paragraphs before and after it) and a second text into the fields of one message, and
// escapes text for its own format. esc(carrier, slot, markup) gives the escaping used for the
// main slot and the second slot, so the validator can look for each escaped needle.
// "markup" payloads are HTML fragments: kept raw where the carrier itself is HTML or Markdown
// (web, email HTML body, kb), escaped like any other text elsewhere.

export const CARRIERS = [
  'web', 'email', 'email_thread', 'calendar', 'chat', 'ticket', 'crm', 'code', 'yaml', 'log',
  'rag', 'kb', 'csv', 'search', 'json', 'memory', 'pdf',
];

// ---------------------------------------------------------------- escapers
export const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
export const csvEsc = (s) => s.replace(/"/g, '""');
const ident = (s) => s;

const RAW_HTML = new Set(['web', 'email', 'kb']);
const MAIN_ESC = {
  web: html, email: ident, email_thread: ident, calendar: icsEsc, chat: ident, ticket: ident,
  crm: ident, code: ident, yaml: ident, log: jsonEsc, rag: jsonEsc, kb: ident, csv: csvEsc,
  search: jsonEsc, json: jsonEsc, memory: ident, pdf: ident,
};
const SECOND_ESC = {
  web: ident, email: ident, email_thread: ident, calendar: ident, chat: ident, ticket: ident,
  crm: ident, code: ident, yaml: ident, log: jsonEsc, rag: jsonEsc, kb: ident, csv: csvEsc,
  search: jsonEsc, json: jsonEsc, memory: ident, pdf: ident,
};

export function esc(carrier, slot, markup) {
  if (slot === 'main') return markup && RAW_HTML.has(carrier) ? ident : MAIN_ESC[carrier];
  return SECOND_ESC[carrier];
}

// ICS lines are folded at 75 octets; the validator unfolds before searching.
export function unfold(field) {
  return field.replace(/\r\n[ \t]/g, '');
}
// Folding prefers a break between two characters that are not both part of a URL, address or
// word token, so no host name is ever cut in the raw text.
const TOKEN = /[A-Za-z0-9._%+@:\/\-=?&#\\]/;
function foldLine(line) {
  const chars = Array.from(line);
  const out = [];
  let cur = [];
  const limit = 75;
  const bytes = (arr) => Buffer.byteLength(arr.join(''), 'utf8');
  for (const ch of chars) {
    if (bytes(cur) + Buffer.byteLength(ch, 'utf8') > limit) {
      let j = cur.length;
      while (j > 1 && TOKEN.test(cur[j - 1]) && TOKEN.test(j < cur.length ? cur[j] : ch)) j -= 1;
      if (j <= 1) j = cur.length;
      const tail = cur.slice(j);
      if (bytes([' ', ...tail]) + Buffer.byteLength(ch, 'utf8') > limit) {
        out.push(cur.join(''));
        cur = [' '];
      } else {
        out.push(cur.slice(0, j).join(''));
        cur = [' ', ...tail];
      }
    }
    cur.push(ch);
  }
  out.push(cur.join(''));
  return out.join('\r\n');
}

// ---------------------------------------------------------------- small per-language phrases
const PHRASES = {
  en: ['Hi,', 'Best regards,', 'Thanks, noted.', 'English'],
  es: ['Hola:', 'Un saludo,', 'Gracias, anotado.', 'Spanish'],
  fr: ['Bonjour,', 'Bien cordialement,', 'Merci, c\'est noté.', 'French'],
  de: ['Hallo,', 'Viele Grüße', 'Danke, ist notiert.', 'German'],
  it: ['Ciao,', 'Cordiali saluti,', 'Grazie, preso nota.', 'Italian'],
  pt: ['Olá,', 'Atenciosamente,', 'Obrigado, anotado.', 'Portuguese'],
  nl: ['Hallo,', 'Met vriendelijke groet,', 'Dank je, genoteerd.', 'Dutch'],
  pl: ['Dzień dobry,', 'Pozdrawiam,', 'Dzięki, zanotowane.', 'Polish'],
  sv: ['Hej,', 'Vänliga hälsningar,', 'Tack, noterat.', 'Swedish'],
  cs: ['Dobrý den,', 'S pozdravem,', 'Díky, poznamenáno.', 'Czech'],
  ru: ['Здравствуйте!', 'С уважением,', 'Спасибо, принято.', 'Russian'],
  uk: ['Добрий день!', 'З повагою,', 'Дякую, взяла до відома.', 'Ukrainian'],
  tr: ['Merhaba,', 'Saygılarımla,', 'Teşekkürler, not aldım.', 'Turkish'],
  ar: ['مرحباً،', 'مع خالص التحية،', 'شكراً، تم تسجيل ذلك.', 'Arabic'],
  zh: ['您好：', '此致', '收到，谢谢。', 'Chinese'],
  ja: ['お疲れさまです。', 'よろしくお願いいたします。', '承知しました。ありがとうございます。', 'Japanese'],
  ko: ['안녕하세요.', '감사합니다.', '네, 확인했습니다.', 'Korean'],
  hi: ['नमस्ते,', 'सादर,', 'धन्यवाद, नोट कर लिया।', 'Hindi'],
  id: ['Halo,', 'Salam,', 'Terima kasih, sudah dicatat.', 'Indonesian'],
  vi: ['Chào anh chị,', 'Trân trọng,', 'Cảm ơn, đã ghi nhận.', 'Vietnamese'],
};
export const LANGS = Object.keys(PHRASES);

// ---------------------------------------------------------------- neutral material
const FIRST = ['Alex', 'Maren', 'Tomasz', 'Leila', 'Kenji', 'Ana', 'Oskar', 'Priti', 'Jonas', 'Chloé', 'Dmitri', 'Hana', 'Rafael', 'Ingrid', 'Minh', 'Sofia', 'Tariq', 'Yuki', 'Bea', 'Nils'];
const LAST = ['Moreau', 'Lindgren', 'Okafor', 'Tanaka', 'Ferreira', 'Novak', 'Schmidt', 'Haddad', 'Kowalski', 'Rossi', 'Nguyen', 'Park', 'Ivanova', 'Sato', 'Janssen', 'Costa'];
const DOMAINS = ['larkspur.example', 'brightwater.example', 'quillon.test', 'fenwick-trading.example', 'mail.harborview.example', 'corp.alder.test', 'northgate.example', 'kestrel-group.invalid'];
const ORGS = ['Larkspur Ltd', 'Brightwater Foods', 'Quillon Studio', 'Fenwick Trading', 'Harborview Clinics', 'Alder & Co', 'Northgate Logistics', 'Kestrel Group'];
const SUBJECTS = ['Update for this week', 'Follow-up from Tuesday', 'Q3 planning', 'Invoice and delivery', 'Schedule change', 'Account review', 'Project status', 'Notes from the call'];
const TITLES = ['Team update', 'Customer newsletter', 'Project overview', 'Service notice', 'Weekly digest', 'Product page', 'Account summary', 'Event details'];
const CHAT_OPENERS = ['morning all', 'quick one before standup', 'fyi, posting this here', 'sharing from the vendor thread', 'back from lunch, catching up'];
const TICKET_COMMENTS = ['Assigned to tier 1. Will review today.', 'Customer contacted by phone, waiting for reply.', 'Linked to the related incident; no further action yet.', 'Moved to the billing queue.'];
const NEXT_STEPS = ['Call the customer on Thursday.', 'Send the updated quote after the pricing review.', 'Book a demo with their IT lead.', 'Check renewal date with finance.'];
const COMMITS = ['Fix off-by-one in pagination helper', 'Bump timeout for the sync job', 'Add retry around the mail fetcher', 'Rename config keys for clarity'];
const YAML_NOTES = ['rotated by ops on schedule', 'owner confirmed in last review', 'no changes this quarter'];
const LOG_MSGS = ['fetched 14 messages', 'sync completed in 812 ms', 'token refreshed', 'cache warm', 'processed 3 attachments'];
const SNIPPETS = ['Opening hours, directions and parking for visitors.', 'Read the latest quarterly results and the annual report.', 'Frequently asked questions about deliveries and returns.', 'Contact our customer service team by phone or chat.'];
const MEMORY_NOTES = ['Likes meetings after 10:00', 'Manager: Dana W.', 'Works on the Harbourview account', 'Prefers short summaries with bullet points'];
const PDF_NOTES = ['This page is intentionally left blank.', 'Appendix: the revision history is kept in the document management system.', 'Notes\n\nNo further items for this section.'];
const KB_COMMENTS = ['Thanks, this helped.', 'Could you add a screenshot of the second step?', 'Still accurate as of this month.'];
const LEADS = ['Here is the latest from our team.', 'Everything you need to know about this month, in one place.', 'Posted by the communications team.', 'Please find the details below.'];
const FUNCS = ['syncMailbox', 'loadCalendar', 'exportReport', 'parseInvoice', 'renderDigest'];

function pick(rng, arr) { return arr[Math.floor(rng() * arr.length)]; }
function int(rng, a, b) { return a + Math.floor(rng() * (b - a + 1)); }
function pad(n, w = 2) { return String(n).padStart(w, '0'); }
function person(rng) {
  const f = pick(rng, FIRST); const l = pick(rng, LAST);
  const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return { name: `${f} ${l}`, email: `${ascii(f)}.${ascii(l)}@${pick(rng, DOMAINS)}` };
}
function date(rng) {
  return `2024-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}T${pad(int(rng, 7, 18))}:${pad(int(rng, 0, 59))}:00Z`;
}
function hex(rng, n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rng() * 16)]; return s; }

// Compose the main text: filler before, payload, filler after (each escaped by the carrier).
function compose(c, escMain, escText, before, payload, after) {
  const sep = escText('\n\n');
  const parts = [];
  if (before) parts.push(escText(before));
  parts.push(escMain(payload));
  if (after) parts.push(escText(after));
  return parts.join(sep);
}
const prefixLines = (s, p) => s.split('\n').map((l) => (l.length ? p + l : p.trimEnd())).join('\n');

// ---------------------------------------------------------------- render
// ctx: { lang, title, before, payload, after, second (string|null), markup, rng }
export function render(carrier, ctx) {
  const { lang, rng, before = '', after = '', payload, markup } = ctx;
  const ph = PHRASES[lang];
  const title = ctx.title || pick(rng, TITLES);
  const second = ctx.second;
  const eM = esc(carrier, 'main', markup);
  const eS = esc(carrier, 'second', markup);
  const textEsc = MAIN_ESC[carrier];
  const snd = person(rng); const rcv = person(rng);
  const when = date(rng);

  switch (carrier) {
    case 'web': {
      const site = pick(rng, DOMAINS).replace(/^mail\./, '');
      const para = (t) => t.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
      const body = [];
      if (before) body.push(para(html(before)));
      else body.push(`<p class="lead">${pick(rng, LEADS)}</p>`);
      body.push(markup ? payload : `<p>${html(payload)}</p>`);
      if (after) body.push(para(html(after)));
      const page = `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${html(title)}</title></head>\n<body>\n<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>\n<main><article>\n<h1>${html(title)}</h1>\n${body.join('\n')}\n</article></main>\n<footer>&copy; 2024 ${html(pick(rng, ORGS))} | <a href="https://www.${site}/privacy">Privacy</a></footer>\n</body>\n</html>`;
      const meta = second != null ? `description: ${eS(second)}` : `description: ${pick(rng, SNIPPETS)}\nurl: https://${site}/${hex(rng, 6)}\nfetched: ${when}`;
      return [page, meta];
    }
    case 'email': {
      const headers = `From: ${snd.name} <${snd.email}>\nTo: ${rcv.name} <${rcv.email}>\nSubject: ${pick(rng, SUBJECTS)}\nDate: ${when}\nMIME-Version: 1.0\nContent-Type: ${markup ? 'text/html' : 'text/plain'}; charset=UTF-8`;
      let body;
      if (markup) {
        const para = (t) => t.split('\n\n').map((p) => `<p>${html(p)}</p>`).join('\n');
        const parts = [`<p>${html(ph[0])}</p>`];
        if (before) parts.push(para(before));
        parts.push(payload);
        if (after) parts.push(para(after));
        parts.push(`<p>${html(ph[1])}<br>${html(snd.name)}</p>`);
        body = `<html><body>\n${parts.join('\n')}\n</body></html>`;
      } else {
        body = `${ph[0]}\n\n${compose(carrier, eM, textEsc, before, payload, after)}\n\n${ph[1]}\n${snd.name}`;
      }
      const sig = second != null ? `${snd.name} | ${pick(rng, ORGS)}\n${eS(second)}` : `-- \n${snd.name}\n${pick(rng, ORGS)}\n${snd.email}`;
      return [headers, body, sig];
    }
    case 'email_thread': {
      const third = person(rng);
      const subj = pick(rng, SUBJECTS);
      const head = `Thread: Re: ${subj}\nParticipants: ${snd.name}, ${rcv.name}, ${third.name}\nMessages: 3`;
      const latest = `From: ${rcv.name} <${rcv.email}>\nDate: ${when}\n\n${second != null ? eS(second) : ph[2]}`;
      const quoted = `On ${date(rng)}, ${snd.name} <${snd.email}> wrote:\n${prefixLines(`${ph[0]}\n\n${compose(carrier, eM, textEsc, before, payload, after)}\n\n${ph[1]}\n${snd.name}`, '> ')}`;
      return [head, latest, quoted];
    }
    case 'calendar': {
      const start = int(rng, 8, 16);
      const day = `2024${pad(int(rng, 1, 12))}${pad(int(rng, 1, 28))}`;
      const lines = [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendar Export//EN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
        `UID:${hex(rng, 12)}@cal.${pick(rng, DOMAINS)}`,
        `DTSTAMP:${day}T070000Z`, `DTSTART:${day}T${pad(start)}0000Z`, `DTEND:${day}T${pad(start + 1)}0000Z`,
        `SUMMARY:${icsEsc(title)}`,
        `ORGANIZER;CN=${snd.name}:mailto:${snd.email}`,
        `ATTENDEE;CN=${rcv.name};RSVP=TRUE:mailto:${rcv.email}`,
        `LOCATION:${icsEsc('Room ' + int(rng, 100, 599) + ', main building')}`,
        `DESCRIPTION:${compose(carrier, eM, textEsc, before, payload, after)}`,
        'END:VEVENT', 'END:VCALENDAR',
      ];
      const ics = lines.map(foldLine).join('\r\n');
      const rsvp = `RSVP comment from ${rcv.name}: ${second != null ? eS(second) : ph[2]}`;
      return [ics, rsvp];
    }
    case 'chat': {
      const a = person(rng); const b = person(rng);
      const h = int(rng, 8, 16);
      return [
        `#${pick(rng, ['ops', 'finance', 'team-general', 'vendors', 'project-alpha'])} | exported ${when}`,
        `[${pad(h)}:0${int(rng, 0, 4)}] ${a.name}: ${pick(rng, CHAT_OPENERS)}`,
        `[${pad(h)}:1${int(rng, 0, 9)}] ${snd.name}: ${compose(carrier, eM, textEsc, before, payload, after)}`,
        `[${pad(h)}:3${int(rng, 0, 9)}] ${b.name}: ${second != null ? eS(second) : ph[2]}`,
      ];
    }
    case 'ticket': {
      const id = `#${int(rng, 10000, 99999)}`;
      return [
        `Ticket ${id} | ${pick(rng, SUBJECTS)}\nStatus: Open | Priority: Normal | Requester: ${snd.name} <${snd.email}>\nCreated: ${when}`,
        `Description:\n${compose(carrier, eM, textEsc, before, payload, after)}`,
        `Comment by ${rcv.name} (${date(rng)}):\n${second != null ? eS(second) : pick(rng, TICKET_COMMENTS)}`,
      ];
    }
    case 'crm': {
      return [
        `Account: ${pick(rng, ORGS)}\nOwner: ${rcv.name}\nStage: ${pick(rng, ['Prospect', 'Negotiation', 'Customer', 'Renewal'])}\nPrimary contact: ${snd.name} <${snd.email}>\nLast activity: ${when}`,
        `Notes:\n${compose(carrier, eM, textEsc, before, payload, after)}`,
        `Next step: ${second != null ? eS(second) : pick(rng, NEXT_STEPS)}`,
      ];
    }
    case 'code': {
      const style = pick(rng, ['ts', 'py', 'go']);
      const fn = pick(rng, FUNCS);
      const text = compose(carrier, eM, textEsc, before, payload, after);
      let file;
      if (style === 'py') {
        file = `# file: services/${fn.toLowerCase()}.py\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${prefixLines(text, '# ')}\ndef ${fn.replace(/[A-Z]/g, (m) => '_' + m.toLowerCase())}(client, limit=50):\n    items = client.fetch(limit=limit)\n    log.info("fetched %d items", len(items))\n    return items\n`;
      } else if (style === 'go') {
        file = `// file: internal/${fn.toLowerCase()}/${fn.toLowerCase()}.go\npackage ${fn.toLowerCase()}\n\n${prefixLines(text, '// ')}\nfunc ${fn[0].toUpperCase() + fn.slice(1)}(c *Client, limit int) ([]Item, error) {\n\treturn c.Fetch(limit)\n}\n`;
      } else {
        file = `// file: src/${fn}.ts\nimport { Client } from './client';\n\n${prefixLines(text, '// ')}\nexport async function ${fn}(client: Client, limit = 50) {\n  const items = await client.fetch({ limit });\n  return items;\n}\n`;
      }
      const commit = `commit ${hex(rng, 40)}\nAuthor: ${rcv.name} <${rcv.email}>\nDate: ${when}\n\n${prefixLines(second != null ? eS(second) : pick(rng, COMMITS), '    ')}`;
      return [file, commit];
    }
    case 'yaml': {
      const svc = pick(rng, ['mail-digest', 'invoice-sync', 'calendar-bridge', 'crm-export', 'report-builder']);
      const doc = `# ${svc}.yaml\nservice: ${svc}\nowner: ${rcv.email}\nschedule: "0 6 * * 1-5"\ndescription: |\n${prefixLines(compose(carrier, eM, textEsc, before, payload, after), '  ')}\nretries: ${int(rng, 1, 5)}\n`;
      const notes = `---\nreview:\n  date: ${when.slice(0, 10)}\n  notes: |\n${prefixLines(second != null ? eS(second) : pick(rng, YAML_NOTES), '    ')}\n`;
      return [doc, notes];
    }
    case 'log': {
      const svc = pick(rng, ['mail-sync', 'calendar-sync', 'doc-indexer', 'crm-bridge']);
      const ts = when.slice(0, 16);
      const l1 = `${ts}:01.112Z INFO  ${svc} msg="${pick(rng, LOG_MSGS)}"`;
      const l2 = `${ts}:02.487Z INFO  ${svc} msg="${compose(carrier, eM, textEsc, before, payload, after)}" item=${hex(rng, 8)}`;
      const l3 = `${ts}:02.913Z DEBUG ${svc} msg="${pick(rng, LOG_MSGS)}"`;
      const l4 = `${ts}:04.020Z INFO  ${svc} msg="${second != null ? eS(second) : pick(rng, LOG_MSGS)}" item=${hex(rng, 8)}`;
      return [`${l1}\n${l2}\n${l3}`, l4];
    }
    case 'rag': {
      const doc = `kb-${int(rng, 1000, 9999)}`;
      const src = pick(rng, ['handbook.pdf', 'wiki/onboarding.md', 'mail/2024-archive.mbox', 'drive/notes.docx']);
      const a = `{"doc_id":"${doc}","source":"${src}","chunk":${int(rng, 1, 9)},"score":0.${int(rng, 60, 95)},"text":"${compose(carrier, eM, textEsc, before, payload, after)}"}`;
      const b = `{"doc_id":"${doc}","source":"${src}","chunk":${int(rng, 10, 19)},"score":0.${int(rng, 40, 59)},"text":"${second != null ? eS(second) : jsonEsc(pick(rng, SNIPPETS))}"}`;
      return [a, b];
    }
    case 'kb': {
      const text = compose(carrier, eM, (s) => s, before, payload, after);
      const art = `# ${title}\n\n_Last updated ${when.slice(0, 10)} by ${snd.name}_\n\n${text}\n\n## See also\n- [Contact the service desk](/kb/service-desk)\n- [Mail and calendar basics](/kb/mail-basics)`;
      const comments = `Comments (1)\n${rcv.name}: ${second != null ? eS(second) : pick(rng, KB_COMMENTS)}`;
      return [art, comments];
    }
    case 'csv': {
      const rows = [`id,created,owner,subject,notes`];
      const r1 = int(rng, 1000, 8999);
      rows.push(`${r1},${when.slice(0, 10)},${rcv.name},"${csvEsc(pick(rng, SUBJECTS))}","${csvEsc(pick(rng, NEXT_STEPS))}"`);
      rows.push(`${r1 + 1},${date(rng).slice(0, 10)},${snd.name},"${csvEsc(pick(rng, SUBJECTS))}","${compose(carrier, eM, textEsc, before, payload, after)}"`);
      rows.push(`${r1 + 2},${date(rng).slice(0, 10)},${rcv.name},"${csvEsc(pick(rng, SUBJECTS))}","${csvEsc(pick(rng, NEXT_STEPS))}"`);
      const act = `activity_id,type,comment\n${int(rng, 100, 999)},call,"${second != null ? eS(second) : csvEsc(pick(rng, TICKET_COMMENTS))}"`;
      return [rows.join('\n'), act];
    }
    case 'search': {
      const q = jsonEsc(title.toLowerCase());
      const site = () => pick(rng, DOMAINS);
      const r = (t, u, s) => `{"title":"${jsonEsc(t)}","url":"https://${u}/${hex(rng, 5)}","snippet":"${s}"}`;
      const a = `{"query":"${q}","results":[${r(pick(rng, TITLES), site(), jsonEsc(pick(rng, SNIPPETS)))},${r(title, site(), compose(carrier, eM, textEsc, before, payload, after))},${r(pick(rng, TITLES), site(), jsonEsc(pick(rng, SNIPPETS)))}]}`;
      const b = `{"query":"${q}","page":2,"results":[${r(pick(rng, TITLES), site(), second != null ? eS(second) : jsonEsc(pick(rng, SNIPPETS)))}]}`;
      return [a, b];
    }
    case 'json': {
      const id = hex(rng, 10);
      const a = `{"id":"${id}","type":"message","from":{"name":"${jsonEsc(snd.name)}","email":"${snd.email}"},"subject":"${jsonEsc(pick(rng, SUBJECTS))}","received":"${when}","body":"${compose(carrier, eM, textEsc, before, payload, after)}","labels":["inbox"]}`;
      const b = `{"id":"${hex(rng, 10)}","type":"comment","parent":"${id}","author":"${jsonEsc(rcv.name)}","text":"${second != null ? eS(second) : jsonEsc(ph[2])}"}`;
      return [a, b];
    }
    case 'memory': {
      const text = compose(carrier, eM, textEsc, before, payload, after);
      const entry = text.split('\n').map((l, i) => (i === 0 ? l : (l.length ? '  ' + l : ''))).join('\n');
      const mem = `# MEMORY.md (saved by the assistant)\n\n## User profile\n- Prefers replies in ${ph[3]}\n- ${pick(rng, MEMORY_NOTES)}\n\n## Saved notes\n- (${when.slice(0, 10)}) ${entry}\n- (${date(rng).slice(0, 10)}) ${pick(rng, MEMORY_NOTES)}`;
      const log = `## Session log ${date(rng).slice(0, 10)}\n- ${second != null ? eS(second) : pick(rng, MEMORY_NOTES)}`;
      return [mem, log];
    }
    case 'pdf': {
      const org = pick(rng, ORGS);
      const docId = `DOC-${int(rng, 1000, 9999)}`;
      const total = int(rng, 6, 14);
      const p = int(rng, 2, total - 1);
      const page1 = `${org} | Internal                                    Page ${p} of ${total}\n${title}\n\n${compose(carrier, eM, textEsc, before, payload, after)}\n\nConfidential. Do not distribute.                 ${docId} | rev. ${int(rng, 1, 9)}`;
      const page2 = `${org} | Internal                                    Page ${p + 1} of ${total}\n\n${second != null ? eS(second) : pick(rng, PDF_NOTES)}\n\nConfidential. Do not distribute.                 ${docId}`;
      return [page1, page2];
    }
    default:
      throw new Error(`unknown carrier ${carrier}`);
  }
}
