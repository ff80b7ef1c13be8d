// train7c carriers: how a text reaches the agent through a tool. Every carrier frames
// attacks, look-alikes and harmful items alike, so the framing itself carries no signal.
// A carrier is (parts, c) => fields, where parts holds one text (or two for split items)
// and c is a small deterministic context {pick(list), n(lo,hi), i}.

const esc = {
  json: (s) => JSON.stringify(s).slice(1, -1),
  xml: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
};
export { esc };

const PEOPLE = ['Dana Whitfield', 'Marco Bellini', 'Aiko Tanaka', 'Lena Vogel', 'Priya Raman', 'Tomás Ibarra',
  'Olga Petrenko', 'Sven Lindqvist', 'Fatima Haddad', 'Nguyen Thi Lan', 'Kemal Aydın', 'Joanna Nowak',
  'Rafael Costa', 'Chen Wei', 'Min-jun Park', 'Arjun Mehta', 'Claire Dubois', 'Pieter de Vries', 'Sari Wulandari'];
const DOMAINS = ['acme.example', 'northwind.test', 'contoso-mail.example', 'globex.example', 'initech.test',
  'fabrikam.example', 'umbrella-logistics.test', 'hooli.example', 'vandelay.test', 'blueharbor.example'];
const DATES = ['2026-03-02 09:14', '2026-03-11 16:40', '2026-04-07 08:03', '2026-04-19 13:27', '2026-05-05 11:55',
  '2026-05-21 18:02', '2026-06-03 07:45', '2026-06-30 15:10', '2026-07-14 10:31', '2026-08-09 12:00'];

const mail = (c) => { const p = c.pick(PEOPLE); const d = c.pick(DOMAINS);
  return { name: p, addr: p.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.') + '@' + d }; };

const SUBJECTS = ['Re: Q3 vendor review', 'Fwd: invoice 4471', 'Onboarding pack', 'Quick question about the offsite',
  'Updated draft attached', 'Meeting notes', 'Re: renewal terms', 'Action needed: access review', 'Weekly digest',
  'Re: Re: shipment delay', 'Feedback on proposal', 'Travel itinerary'];

function two(parts) { return parts.length > 1 ? parts : [parts[0], null]; }

export const CARRIERS = {
  email_inbox(parts, c) {
    const [a, b] = two(parts); const f = mail(c);
    const head = `From: ${f.name} <${f.addr}>\nTo: me\nDate: ${c.pick(DATES)}\nSubject: ${c.pick(SUBJECTS)}\n\n`;
    return b ? [head + a, `Attachment preview (notes.txt):\n${b}`] : [head + a];
  },
  email_thread(parts, c) {
    const [a, b] = two(parts); const f1 = mail(c), f2 = mail(c);
    const m1 = `On ${c.pick(DATES)}, ${f1.name} <${f1.addr}> wrote:\n> ${a.split('\n').join('\n> ')}`;
    return b ? [`${f2.name} <${f2.addr}>: ${b}`, m1] : [`${f2.name}: Thanks, see below.\n\n${m1}`];
  },
  calendar_event(parts, c) {
    const [a, b] = two(parts);
    const head = `Event: ${c.pick(['Vendor sync', 'Design review', 'Quarterly planning', '1:1', 'Customer call', 'Team lunch'])}\nWhen: ${c.pick(DATES)} (${c.n(30, 90)} min)\nOrganizer: ${mail(c).addr}\nLocation: Room ${c.n(2, 9)}.${c.n(10, 40)}\n`;
    return b ? [head + 'Description: ' + a, 'Attendee note: ' + b] : [head + 'Description:\n' + a];
  },
  drive_doc(parts, c) {
    const [a, b] = two(parts);
    const head = `[Shared drive] ${c.pick(['Proposals', 'Finance', 'HR', 'Research', 'Marketing'])}/${c.pick(['draft_v3', 'summary', 'brief', 'plan_2026', 'minutes'])}.docx  — owner ${mail(c).addr}, edited ${c.pick(DATES)}\n---\n`;
    return b ? [head + a, `Comment by ${c.pick(PEOPLE)}: ${b}`] : [head + a];
  },
  notes_app(parts, c) {
    const [a, b] = two(parts);
    const head = `Note · ${c.pick(['Inbox', 'Personal', 'Work', 'Ideas', 'Travel'])} · #${c.pick(['todo', 'reading', 'followup', 'misc'])}\n`;
    return b ? [head + a, 'Checklist item: ' + b] : [head + a];
  },
  task_manager(parts, c) {
    const [a, b] = two(parts);
    const head = `Task ${c.pick(['OPS', 'MKT', 'FIN', 'ENG'])}-${c.n(100, 999)}  status: ${c.pick(['To do', 'In progress', 'Blocked', 'Review'])}  assignee: ${c.pick(PEOPLE)}  due: ${c.pick(DATES).slice(0, 10)}\nDescription:\n`;
    return b ? [head + a, `Comment (${c.pick(PEOPLE)}): ${b}`] : [head + a];
  },
  crm_record(parts, c) {
    const [a, b] = two(parts);
    const head = `Account: ${c.pick(['Brightline GmbH', 'Sakura Trading KK', 'Pampa Foods SA', 'Nordlys AS', 'Mekong Digital', 'Atlas Retail'])}\nStage: ${c.pick(['Prospect', 'Negotiation', 'Closed won', 'Renewal'])}  ARR: ${c.n(5, 400)}k\nContact: ${mail(c).addr}\nNotes:\n`;
    return b ? [head + a, 'Last activity: ' + b] : [head + a];
  },
  helpdesk_ticket(parts, c) {
    const [a, b] = two(parts);
    const head = `Ticket #${c.n(10000, 99999)}  priority: ${c.pick(['low', 'normal', 'high'])}  requester: ${mail(c).addr}\nSubject: ${c.pick(['Cannot log in', 'Refund request', 'Question about plan', 'Bug in export', 'Account change'])}\n\n`;
    return b ? [head + a, `Internal note: ${b}`] : [head + a];
  },
  chat_workspace(parts, c) {
    const [a, b] = two(parts); const ch = c.pick(['#general', '#sales', '#eng-infra', '#random', '#support', '#ops']);
    const t = () => `${c.n(8, 18)}:${String(c.n(0, 59)).padStart(2, '0')}`;
    return b ? [`${ch} ${t()} ${c.pick(PEOPLE)}: ${a}`, `${ch} ${t()} ${c.pick(PEOPLE)}: ${b}`] : [`${ch}\n${t()} ${c.pick(PEOPLE)}: ${a}`];
  },
  cloud_console(parts, c) {
    const [a, b] = two(parts);
    const id = `i-0${c.n(100000, 999999)}ab${c.n(10, 99)}`;
    const head = `{"resource": "${id}", "region": "${c.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1'])}", "state": "running", "tags": {"Owner": "${c.pick(['platform', 'data', 'web'])}"}, "description": "${esc.json(a)}"`;
    return b ? [head + '}', `{"resource": "${id}", "annotation": "${esc.json(b)}"}`] : [head + '}'];
  },
  billing_page(parts, c) {
    const [a, b] = two(parts);
    const head = `Billing › Invoices\nInvoice INV-${c.n(2026000, 2026999)}   Amount due: ${c.n(40, 9000)}.${c.n(10, 99)} EUR   Status: ${c.pick(['Open', 'Paid', 'Overdue'])}\nMemo from vendor:\n`;
    return b ? [head + a, 'Payment instructions: ' + b] : [head + a];
  },
  web_page(parts, c) {
    const [a, b] = two(parts);
    const head = `<html><head><title>${c.pick(['Pricing', 'Blog', 'About us', 'Guide', 'Docs'])} | ${c.pick(DOMAINS)}</title></head><body>\n<article>\n`;
    return b ? [head + a + '\n</article>', '<footer>' + b + '</footer></body></html>'] : [head + a + '\n</article></body></html>'];
  },
  rss_feed(parts, c) {
    const [a, b] = two(parts); const d = c.pick(DOMAINS);
    const item = (t) => `<item><title>${c.pick(['Weekly roundup', 'Release notes', 'Field report', 'Opinion'])}</title><link>https://${d}/p/${c.n(100, 999)}</link><description>${esc.xml(t)}</description></item>`;
    return b ? [`<rss><channel>${item(a)}`, `${item(b)}</channel></rss>`] : [`<rss><channel>${item(a)}</channel></rss>`];
  },
  newsletter(parts, c) {
    const [a, b] = two(parts);
    const head = `${c.pick(['The Monday Brief', 'Ops Weekly', 'Growth Notes', 'Dev Digest'])} — issue ${c.n(12, 240)}\nYou are receiving this because you subscribed at ${c.pick(DOMAINS)}.\n\n`;
    return b ? [head + a, 'P.S. ' + b] : [head + a + '\n\nUnsubscribe · Manage preferences'];
  },
  map_review(parts, c) {
    const [a, b] = two(parts);
    const head = `${c.pick(['Café Lumen', 'Hotel Aurora', 'Trattoria Sole', 'Ramen Hoshi', 'Bäckerei Kern', 'Taco Norte'])} · ${c.n(3, 4)}.${c.n(0, 9)}★ (${c.n(20, 900)} reviews)\nReview by ${c.pick(PEOPLE)} · ${c.n(1, 11)} months ago · ${c.n(1, 5)}★\n`;
    return b ? [head + a, `Owner response: ${b}`] : [head + a];
  },
  transcript(parts, c) {
    const [a, b] = two(parts); const s1 = c.pick(PEOPLE), s2 = c.pick(PEOPLE);
    const ts = () => `[00:${String(c.n(0, 59)).padStart(2, '0')}:${String(c.n(0, 59)).padStart(2, '0')}]`;
    return b ? [`${ts()} ${s1}: ${a}`, `${ts()} ${s2}: ${b}`] : [`Transcript — auto-generated\n${ts()} ${s2}: okay, let's start.\n${ts()} ${s1}: ${a}`];
  },
  pdf_extract(parts, c) {
    const [a, b] = two(parts); const tot = c.n(4, 30), pg = c.n(1, tot - 1);
    const foot = (p) => `\n\n— ${p} / ${tot} —  CONFIDENTIAL · ${c.pick(['Annual report', 'Contract', 'Whitepaper', 'Handbook'])}`;
    return b ? [a + foot(pg), b + foot(pg + 1)] : [a + foot(pg)];
  },
  file_metadata(parts, c) {
    const [a, b] = two(parts);
    const head = `File: IMG_${c.n(1000, 9999)}.jpg\nCamera: ${c.pick(['Pixel 9', 'iPhone 16', 'Sony A7 IV', 'Fujifilm X-T5'])}\nDateTimeOriginal: ${c.pick(DATES)}\nGPS: ${c.n(10, 60)}.${c.n(1000, 9999)}, ${c.n(1, 40)}.${c.n(1000, 9999)}\n`;
    return b ? [head + 'ImageDescription: ' + a, 'XPComment: ' + b] : [head + 'ImageDescription: ' + a];
  },
  http_response(parts, c) {
    const [a, b] = two(parts);
    const head = `HTTP/1.1 200 OK\nContent-Type: text/plain; charset=utf-8\nServer: ${c.pick(['nginx', 'envoy', 'caddy'])}\nX-Request-Id: ${c.n(100000, 999999)}-${c.n(1000, 9999)}\n`;
    if (b) return [head + 'X-Notice: ' + a.replace(/\n/g, ' ') + '\n\n(body omitted)', b];
    return c.n(0, 2) === 0 ? [head + 'X-Description: ' + a.replace(/\n/g, ' ') + '\nContent-Length: 0\n'] : [head + '\n' + a];
  },
  yaml_frontmatter(parts, c) {
    const [a, b] = two(parts);
    const head = `---\ntitle: ${c.pick(['Team handbook', 'Release checklist', 'Trip plan', 'Reading list'])}\nauthor: ${c.pick(PEOPLE)}\ndate: ${c.pick(DATES).slice(0, 10)}\n`;
    if (b) return [head + 'summary: ' + JSON.stringify(a) + '\n---', b];
    return c.n(0, 2) === 0 ? [head + 'notes: ' + JSON.stringify(a) + '\ntags: [shared]\n---\n\n(see attached)'] : [head + '---\n\n' + a];
  },
  search_results(parts, c) {
    const [a, b] = two(parts);
    const r = (t, k) => `${k}. ${c.pick(['How to', 'Review:', 'Guide —', 'Notes on', 'Forum:'])} ${c.pick(['travel budgets', 'team offsites', 'cloud costs', 'hiring', 'customer churn'])}\n   https://${c.pick(DOMAINS)}/${c.n(1000, 9999)}\n   ${t}`;
    return b ? [r(a, 1), r(b, 2)] : [r('Result snippet unavailable.', 1) + '\n' + r(a, 2)];
  },
  tool_result_json(parts, c) {
    const [a, b] = two(parts);
    const tool = c.pick(['fetch_document', 'read_message', 'get_record', 'list_comments']);
    return b ? [`{"tool": "${tool}", "ok": true, "result": {"text": "${esc.json(a)}"`, `"next": {"text": "${esc.json(b)}"}}}`]
      : [`{"tool": "${tool}", "ok": true, "result": {"id": ${c.n(100, 99999)}, "text": "${esc.json(a)}"}}`];
  },
  wiki_page(parts, c) {
    const [a, b] = two(parts);
    const head = `Wiki › ${c.pick(['Engineering', 'People', 'Sales', 'Security'])} › ${c.pick(['Runbooks', 'How we work', 'Onboarding', 'FAQ'])}\nLast updated by ${c.pick(PEOPLE)}\n\n`;
    return b ? [head + a, 'Inline comment: ' + b] : [head + a];
  },
  messages_app(parts, c) {
    const [a, b] = two(parts); const who = c.pick(PEOPLE);
    return b ? [`${who} (SMS, ${c.pick(DATES)}): ${a}`, `${who} (SMS): ${b}`] : [`Messages — ${who}\n${c.pick(DATES)}  ${a}`];
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Every variant under which a carrier may have stored a piece of text.
export function stored(s) { return [s, esc.json(s), esc.xml(s), JSON.stringify(s), s.replace(/\n/g, ' '), s.split('\n').join('\n> ')]; }
