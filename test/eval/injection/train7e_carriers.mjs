// train7e carriers: how a text reaches the agent. The SAME carriers frame attacks and
// look-alikes (chosen by index rotation, independent of the label), so framing is never a signal.
// Each carrier takes the text parts (1 or 2) and returns the text leaves ("fields") of one
// message; every part lands verbatim in its own field.

const TITLES = ['Quarterly vendor review', 'Release checklist', 'Onboarding notes', 'Shipping update',
  'Meeting notes 14 May', 'Product FAQ', 'Incident follow-up', 'Partner newsletter', 'Invoice INV-20931',
  'Team wiki: how we work', 'Customer feedback digest', 'Travel policy 2024'];
const PEOPLE = ['maria.lopez@northwind.example', 'j.weber@files.acme.example', 'kenji@tanuki-labs.test',
  'support@helpdesk.contoso.example', 'ana.s@mail.fabrikam.example', 'noreply@billing.globex.example',
  'ops@infra.initech.test', 'li.wei@partners.example'];
const HOSTS = ['docs.acme.example', 'blog.northwind.example', 'kb.contoso.example', 'news.globex.test',
  'wiki.initech.example', 'shop.fabrikam.example', 'forum.tanuki-labs.test', 'portal.umbrella.invalid'];
const USERS = ['dmitri', 'sofia_r', 'hkim', 'priya.n', 'tom.b', 'ayse', 'lucas', 'mei'];

const pick = (arr, i) => arr[i % arr.length];
const slug = (i) => pick(['q3-review', 'getting-started', 'release-notes', 'faq', 'team-updates', 'policy', 'support/article', 'posts/2024/05'], i);

export const CARRIERS = {
  web: (p, i) => {
    const f = [`<!doctype html><html><head><title>${pick(TITLES, i)}</title></head><body><main><article>\n${p[0]}\n</article>`];
    if (p[1] !== undefined) f.push(`<aside class="related">\n${p[1]}\n</aside></main></body></html>`);
    else f[0] += '</main></body></html>';
    return f;
  },
  email: (p, i) => {
    const f = [`Subject: ${pick(TITLES, i + 3)}`, `From: ${pick(PEOPLE, i)}\nTo: ${pick(PEOPLE, i + 2)}\nDate: Tue, ${10 + (i % 18)} Jun 2024 09:${String(10 + (i % 49)).padStart(2, '0')}:00 +0200\n\n${p[0]}`];
    if (p[1] !== undefined) f.push(p[1]);
    return f;
  },
  ticket: (p, i) => {
    const f = [`Ticket #${48000 + i * 7} · ${pick(['open', 'pending', 'waiting on customer', 'escalated'], i)} · ${pick(['billing', 'technical', 'account', 'shipping'], i + 1)}`, p[0]];
    if (p[1] !== undefined) f.push(p[1]);
    return f;
  },
  pdf: (p, i) => {
    const doc = pick(TITLES, i + 5);
    const f = [`${doc} — page ${2 + (i % 6)} of ${9 + (i % 4)}\n\n${p[0]}`];
    if (p[1] !== undefined) f.push(`${p[1]}\n\n${doc} · Internal use · ${2 + (i % 6)}`);
    else f[0] += `\n\n${doc} · Internal use · ${2 + (i % 6)}`;
    return f;
  },
  code: (p, i) => {
    const fn = pick(['loadConfig', 'parseInvoice', 'syncUsers', 'renderPage', 'retryFetch', 'buildReport'], i);
    const f = [`/*\n${p[0]}\n*/`];
    if (p[1] !== undefined) f.push(`/*\n${p[1]}\n*/`);
    f.push(`export async function ${fn}(opts = {}) {\n  return run(opts);\n}`);
    return f;
  },
  json: (p, i) => {
    const f = [pick(TITLES, i + 1), p[0]];
    if (p[1] !== undefined) f.push(p[1]);
    f.push(pick(['status: published', 'status: draft', 'visibility: internal', 'priority: normal'], i));
    return f;
  },
  search: (p, i) => {
    const f = [`1. ${pick(TITLES, i)} — https://${pick(HOSTS, i)}/${slug(i)}\n${p[0]}`];
    if (p[1] !== undefined) f.push(`2. ${pick(TITLES, i + 4)} — https://${pick(HOSTS, i + 3)}/${slug(i + 2)}\n${p[1]}`);
    else f.push(`2. ${pick(TITLES, i + 4)} — https://${pick(HOSTS, i + 3)}/${slug(i + 2)}\nNo preview available for this result.`);
    return f;
  },
  chat: (p, i) => {
    const f = [`#${pick(['general', 'support-escalations', 'eng-platform', 'sales-emea', 'random'], i)} · ${pick(USERS, i)} · ${9 + (i % 9)}:${String(i % 60).padStart(2, '0')}\n${p[0]}`];
    if (p[1] !== undefined) f.push(`${pick(USERS, i + 3)} · ${9 + (i % 9)}:${String((i + 2) % 60).padStart(2, '0')}\n${p[1]}`);
    return f;
  },
  wiki: (p, i) => {
    const f = [`== ${pick(TITLES, i + 2)} ==\n${p[0]}`];
    if (p[1] !== undefined) f.push(`=== ${pick(['Details', 'See also', 'Notes', 'History'], i)} ===\n${p[1]}`);
    f.push(`[[Category:${pick(['Operations', 'Engineering', 'Support', 'HR', 'Finance'], i)}]]`);
    return f;
  },
  log: (p, i) => {
    const ts = `2024-06-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:14:07Z`;
    const f = [`${ts} INFO fetch url=https://${pick(HOSTS, i)}/${slug(i)} status=200 bytes=${1200 + i * 13}\n${p[0]}`];
    if (p[1] !== undefined) f.push(`${ts} INFO fetch (continued) part=2\n${p[1]}`);
    return f;
  },
  calendar: (p, i) => {
    const f = [`Event: ${pick(TITLES, i + 6)}\nWhen: ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], i)} ${10 + (i % 7)}:00–${11 + (i % 7)}:00\nOrganizer: ${pick(PEOPLE, i + 1)}`, p[0]];
    if (p[1] !== undefined) f.push(p[1]);
    return f;
  },
  review: (p, i) => {
    const stars = '★★★★★☆☆☆☆☆'.slice(5 - (1 + (i % 5)), 10 - (1 + (i % 5)));
    const f = [`${stars} ${pick(USERS, i + 5)} — verified purchase\n${p[0]}`];
    if (p[1] !== undefined) f.push(`Reply from seller:\n${p[1]}`);
    f.push(`${3 + (i % 40)} people found this helpful`);
    return f;
  },
  doc: (p, i) => {
    const f = [`${pick(TITLES, i + 7)}\nLast edited by ${pick(USERS, i + 1)}\n\n${p[0]}`];
    if (p[1] !== undefined) f.push(p[1]);
    return f;
  },
  bare: (p) => [...p],
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Two distinct carriers for item i; the same rotation is used for attacks and look-alikes.
export function carrierPair(i) {
  const n = CARRIER_NAMES.length;
  const a = i % n;
  const k = 1 + (Math.floor(i / n) % (n - 1));
  return [CARRIER_NAMES[a], CARRIER_NAMES[(a + k) % n]];
}
export function carrierOne(i) {
  return CARRIER_NAMES[(i * 5 + 3) % CARRIER_NAMES.length];
}
