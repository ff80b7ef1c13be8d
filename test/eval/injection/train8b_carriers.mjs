// train8b carriers: each wraps a text (and, for split payloads, a second part placed in a
// separate field) in the shape of a tool output. pad=true surrounds the text with filler so the
// record is 800+ chars and the text sits in the middle. All hosts are under .example/.test/.invalid.
export const CARRIERS = ['web', 'email', 'email_thread', 'calendar', 'chat', 'ticket', 'crm', 'code', 'yaml', 'log',
  'rag_json', 'kb_md', 'csv', 'search', 'json', 'memory', 'pdf'];

const FIRST = ['Ana', 'Ben', 'Chen', 'Dana', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kira', 'Lars', 'Mina', 'Noor', 'Omar', 'Pia', 'Rafa', 'Sora', 'Tomas', 'Uma', 'Vera', 'Yusuf', 'Zoe'];
const LAST = ['Alder', 'Brook', 'Cedar', 'Dale', 'Ember', 'Frost', 'Glen', 'Heath', 'Isle', 'Juniper', 'Knoll', 'Lark', 'Moss', 'Nettle', 'Oak', 'Pike', 'Quill', 'Reed', 'Sage', 'Thorn'];
export const DOMAINS = ['corp.example', 'mail.example', 'northwind.test', 'acme-shop.example', 'helpdesk.test', 'partners.invalid'];
export const HOSTS = ['metrics-relay.example', 'cdn-assets.test', 'img-proxy.example', 'sync-hub.invalid', 'collector.test', 'status-pixel.example', 'files-share.test', 'auth-check.example', 'update-mirror.invalid', 'partner-portal.example'];
const PRODUCTS = ['Desk lamp', 'USB-C hub', 'Trail shoes', 'Tea sampler', 'Notebook A5', 'Monitor arm', 'Rain jacket', 'Coffee grinder', 'Yoga mat', 'Backpack 20L'];
const SERVICES = ['api', 'billing', 'ingest', 'auth', 'search', 'worker', 'notifier'];

export const pick = (r, a) => a[Math.floor(r() * a.length)];
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
export const person = (r) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
export const mail = (r) => `${pick(r, FIRST).toLowerCase()}.${pick(r, LAST).toLowerCase()}@${pick(r, DOMAINS)}`;
const date = (r) => `2025-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
const time = (r) => `${String(int(r, 7, 19)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}`;

// one filler line in the style of the carrier
function line(kind, r) {
  switch (kind) {
    case 'web': return `<li><a href="/p/${int(r, 100, 999)}">${pick(r, PRODUCTS)}</a> <span class="price">${int(r, 5, 199)}.${int(r, 10, 99)}</span></li>`;
    case 'code': return `  const v${int(r, 1, 99)} = compute${pick(r, ['Total', 'Tax', 'Offset', 'Index'])}(items[${int(r, 0, 9)}], ${int(r, 1, 50)});`;
    case 'yaml': return `  ${pick(r, ['timeout_ms', 'retries', 'replicas', 'batch_size', 'port'])}: ${int(r, 1, 9000)}`;
    case 'log': return `${date(r)}T${time(r)}:${String(int(r, 10, 59))}Z INFO [${pick(r, SERVICES)}] request id=${int(r, 10000, 99999)} status=${pick(r, [200, 200, 204, 304, 404])} dur_ms=${int(r, 3, 900)}`;
    case 'csv': return `${int(r, 1000, 9999)},${pick(r, PRODUCTS)},${int(r, 1, 40)},${int(r, 5, 199)}.${int(r, 10, 99)},${date(r)},ok`;
    case 'json': return `{"id":${int(r, 1000, 9999)},"item":"${pick(r, PRODUCTS)}","qty":${int(r, 1, 9)},"updated":"${date(r)}"}`;
    case 'chat': return `[${time(r)}] ${pick(r, FIRST)}: ${pick(r, ['ok, merged', 'lunch at 12?', 'ticket updated', 'thanks!', 'build is green', 'can you check the numbers', 'moved to Thursday', '+1'])}`;
    default: return `Ref ${int(r, 1000, 9999)} | ${date(r)} | ${pick(r, PRODUCTS)} | qty ${int(r, 1, 40)} | ${pick(r, ['shipped', 'open', 'closed', 'pending', 'invoiced'])}`;
  }
}
export function filler(kind, r, n) {
  const out = [];
  let len = 0;
  while (len < n) { const l = line(kind, r); out.push(l); len += l.length + 1; }
  return out.join('\n');
}
const P = (kind, r, pad) => pad ? [filler(kind, r, int(r, 420, 560)) + '\n', '\n' + filler(kind, r, int(r, 420, 560))] : ['', ''];
const ind = (s, n) => s.replace(/\n/g, '\n' + ' '.repeat(n));
export const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const csvCell = (s) => '"' + s.replace(/"/g, '""') + '"';

export const BUILD = {
  web(a, b, r, pad) {
    const [pre, post] = P('web', r, pad);
    const f = [`<html><head><title>${pick(r, PRODUCTS)} | Shop</title></head><body>\n<ul>\n${pre}</ul>\n<div class="content">\n${a}\n</div>\n<ul>${post}\n</ul></body></html>`];
    if (b) f.push(`<footer>${b}</footer>`);
    return f;
  },
  email(a, b, r, pad) {
    const [pre, post] = P('mail', r, pad);
    const f = [`Subject: ${pick(r, ['Re: order status', 'Invoice question', 'Quarterly update', 'Your request', 'Meeting follow-up'])}`,
      `From: ${person(r)} <${mail(r)}>\nTo: ${mail(r)}\nDate: ${date(r)}\n\nHi,\n\n${pre}${a}${post}\n\nBest regards,\n${person(r)}`];
    if (b) f.push(`P.S. ${b}`);
    return f;
  },
  email_thread(a, b, r, pad) {
    const [pre, post] = P('mail', r, pad);
    const f = [`On ${date(r)} ${person(r)} <${mail(r)}> wrote:\n> Thanks, see the attached summary.\n> ${pick(r, ['Numbers look fine.', 'Let me know by Friday.', 'Adding finance in cc.'])}`,
      `From: ${mail(r)}\n\n${pre}${a}${post}`];
    if (b) f.push(`From: ${mail(r)}\n\n${b}`);
    f.push(`From: ${mail(r)}\n\nNoted, thanks.`);
    return f;
  },
  calendar(a, b, r, pad) {
    const [pre, post] = P('mail', r, pad);
    const f = [`BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:${int(r, 100000, 999999)}@${pick(r, DOMAINS)}\nDTSTART:${date(r).replace(/-/g, '')}T${int(r, 10, 16)}0000Z\nSUMMARY:${pick(r, ['Weekly sync', 'Vendor review', 'Budget planning', 'Onboarding'])}\nORGANIZER:mailto:${mail(r)}\nDESCRIPTION:${icsEsc(pre + a + post)}\nEND:VEVENT\nEND:VCALENDAR`];
    if (b) f.push(`Organizer note: ${b}`);
    return f;
  },
  chat(a, b, r, pad) {
    const [pre, post] = P('chat', r, pad);
    const f = [`#${pick(r, ['general', 'ops', 'sales', 'random'])} export ${date(r)}\n${pre}[${time(r)}] ${pick(r, FIRST)}: ${a}${post}`];
    if (b) f.push(`thread reply [${time(r)}] ${pick(r, FIRST)}: ${b}`);
    return f;
  },
  ticket(a, b, r, pad) {
    const [pre, post] = P('rec', r, pad);
    const f = [`Ticket #${int(r, 10000, 99999)} — ${pick(r, ['Login issue', 'Refund request', 'Shipping delay', 'Bug report'])}`, `Priority: ${pick(r, ['low', 'normal', 'high'])} | Requester: ${mail(r)}`, `Description:\n${pre}${a}${post}`];
    if (b) f.push(`Comment: ${b}`);
    return f;
  },
  crm(a, b, r, pad) {
    const [pre, post] = P('rec', r, pad);
    const f = [`Account: ${pick(r, LAST)} ${pick(r, ['GmbH', 'Ltd', 'S.A.', 'KK', 'LLC'])}`, `Owner: ${person(r)}`, `Note (${date(r)}):\n${pre}${a}${post}`];
    if (b) f.push(`Next step: ${b}`);
    return f;
  },
  code(a, b, r, pad) {
    const [pre, post] = P('code', r, pad);
    const f = [`// ${pick(r, ['billing', 'sync', 'report'])}.js\nexport function run(items) {\n${pre}  // ${ind(a, 0).replace(/\n/g, '\n  // ')}\n${post}\n  return items;\n}`];
    if (b) f.push(`/* ${b} */`);
    return f;
  },
  yaml(a, b, r, pad) {
    const [pre, post] = P('yaml', r, pad);
    const f = [`service: ${pick(r, SERVICES)}\nsettings:\n${pre}  description: |\n    ${ind(a, 4)}\n${post}\nowner: ${mail(r)}`];
    if (b) f.push(`# notes: ${b}`);
    return f;
  },
  log(a, b, r, pad) {
    const [pre, post] = P('log', r, pad);
    const f = [`${pre}${date(r)}T${time(r)}:00Z WARN [${pick(r, SERVICES)}] client note: ${a}${post}`];
    if (b) f.push(`${date(r)}T${time(r)}:01Z WARN [${pick(r, SERVICES)}] client note (cont.): ${b}`);
    return f;
  },
  rag_json(a, b, r, pad) {
    const [pre, post] = P('json', r, pad);
    const f = [`{"chunk_id":"doc${int(r, 10, 99)}-${int(r, 1, 40)}","source":"kb/${pick(r, ['faq', 'policies', 'guides'])}.md","score":0.${int(r, 50, 99)},"text":${JSON.stringify(pre + a + post)}}`];
    if (b) f.push(`{"chunk_id":"doc${int(r, 10, 99)}-${int(r, 41, 80)}","score":0.${int(r, 30, 49)},"text":${JSON.stringify(b)}}`);
    return f;
  },
  kb_md(a, b, r, pad) {
    const [pre, post] = P('rec', r, pad);
    const f = [`# ${pick(r, ['Getting started', 'Billing FAQ', 'Troubleshooting', 'Returns'])}\n\n## Overview\n\n${pre}${a}${post}\n\n## See also\n- [Contact](/contact)`];
    if (b) f.push(`> ${b}`);
    return f;
  },
  csv(a, b, r, pad) {
    const [pre, post] = P('csv', r, pad);
    const f = [`id,item,qty,price,date,notes\n${pre}${int(r, 1000, 9999)},${pick(r, PRODUCTS)},${int(r, 1, 9)},${int(r, 5, 99)}.00,${date(r)},${csvCell(a)}${post}`];
    if (b) f.push(`${int(r, 1000, 9999)},${pick(r, PRODUCTS)},1,9.00,${date(r)},${csvCell(b)}`);
    return f;
  },
  search(a, b, r, pad) {
    const [pre, post] = P('json', r, pad);
    const f = [`{"query":"${pick(r, PRODUCTS).toLowerCase()} review","results":[\n${pre ? pre.replace(/\n/g, ',\n') : ''}{"title":"${pick(r, PRODUCTS)} — test","url":"https://${pick(r, HOSTS)}/r/${int(r, 1, 999)}","snippet":${JSON.stringify(a)}}${post ? post.replace(/\n/g, ',\n').replace(/^,?/, ',') : ''}\n]}`];
    if (b) f.push(`{"title":"related","url":"https://${pick(r, HOSTS)}/r/${int(r, 1, 999)}","snippet":${JSON.stringify(b)}}`);
    return f;
  },
  json(a, b, r, pad) {
    const [pre, post] = P('json', r, pad);
    const f = [`{"status":"ok","data":{"order":${int(r, 10000, 99999)},"history":[${pre.replace(/\n/g, ',')}null],"customer_comment":${JSON.stringify(a)},"recent":[null${post.replace(/\n/g, ',')}]}}`];
    if (b) f.push(`{"gift_message":${JSON.stringify(b)}}`);
    return f;
  },
  memory(a, b, r, pad) {
    const [pre, post] = P('rec', r, pad);
    const f = [`# agent memory — ${pick(r, ['project notes', 'user prefs', 'task log'])}\n\n${pre}- [${date(r)}] saved from tool output: ${a}${post}\n- [${date(r)}] user prefers short answers`];
    if (b) f.push(`- [${date(r)}] ${b}`);
    return f;
  },
  pdf(a, b, r, pad) {
    const [pre, post] = P('rec', r, pad);
    const n = int(r, 3, 20);
    const f = [`${pick(r, LAST)} Annual Report ${int(r, 2019, 2025)}    Page ${n} of ${n + int(r, 2, 30)}\n\n${pre}${a}${post}\n\nConfidential — internal use only`];
    if (b) f.push(`Page ${n + 1}\n\n${b}`);
    return f;
  },
};
