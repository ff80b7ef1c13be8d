// train7g carriers: framings an assistant reads through tools. The SAME carriers
// frame attacks and look-alikes within each family, so framing carries no label signal.
// A carrier takes the text parts of one message (1 part, or 2 for split records) and an
// index k (for deterministic variation) and returns the `fields` array.

const USERS = ['mkowalski', 'luna_rr', 'dtran88', 'anon4471', 'sofia.m', 'kenji_w', 'hamza.k', 'jo_vdb', 'priya_s', 'e.lindqvist', 'user20931', 'marco.b'];
const DATES = ['2024-02-03', '2024-03-17', '2024-05-09', '2024-06-21', '2024-08-02', '2024-09-14', '2024-10-30', '2024-11-11', '2025-01-08', '2025-02-19'];
const pick = (arr, k, s = 0) => arr[(k * 7 + s) % arr.length];
const time = (k) => `${String(8 + (k % 13)).padStart(2, '0')}:${String((k * 17) % 60).padStart(2, '0')}`;

function frame(head, foot, wrap = (t) => t) {
  return (parts, k) => {
    const h = head(k), f = foot(k);
    if (parts.length === 1) return [h + wrap(parts[0]) + f];
    return [h + wrap(parts[0]), wrap(parts[1]) + f];
  };
}

export const CARRIERS = {
  forum: frame(
    (k) => `Thread: ${pick(['Re: need some advice', 'General discussion', 'Off-topic lounge', 'Re: question', 'Weekend thread'], k)}\nPosted by ${pick(USERS, k)} · ${pick(DATES, k)} · #${100 + k * 3}\n\n`,
    (k) => `\n\nReply · Quote · Report   (${k % 9 + 1} replies)`),
  chat_export: frame(
    (k) => `Chat export — group "${pick(['friends', 'class 9B', 'team', 'neighbours', 'gaming squad'], k)}"\n[${pick(DATES, k)}, ${time(k)}] ${pick(USERS, k, 3)}: ok\n[${pick(DATES, k)}, ${time(k + 1)}] ${pick(USERS, k)}: `,
    (k) => `\n[${pick(DATES, k)}, ${time(k + 2)}] ${pick(USERS, k, 5)}: <media omitted>`),
  dm: frame(
    (k) => `Direct message from @${pick(USERS, k)}\n`,
    (k) => `\nSeen ${time(k)}`),
  comment: frame(
    (k) => `${pick(USERS, k)} · ${k % 23 + 1}h ago\n`,
    (k) => `\n♥ ${(k * 13) % 200}   Reply   Share`),
  review: frame(
    (k) => `${'★'.repeat(k % 5 + 1)}${'☆'.repeat(4 - (k % 5))}  ${pick(USERS, k)} — ${pick(DATES, k)}\n`,
    () => `\nWas this review helpful?  Yes · No · Report`),
  ticket: frame(
    (k) => `Ticket #${40000 + k * 37} | Status: open | Priority: ${pick(['low', 'normal', 'high'], k)}\nRequester: ${pick(USERS, k)}@mail.example\nDescription:\n`,
    (k) => `\n---\nAssigned to: queue-${k % 4 + 1}`),
  email: (parts, k) => {
    const head = `From: ${pick(USERS, k)} <${pick(USERS, k)}@mail.example>\nTo: inbox@acme.example\nDate: ${pick(DATES, k)} ${time(k)}\nSubject: ${pick(['Re: follow-up', 'Fwd: message', 'quick question', 'Re: Re: update', '(no subject)'], k)}`;
    if (parts.length === 1) return [head, parts[0]];
    return [head + '\n\n' + parts[0], parts[1] + '\n\n--\nSent from my phone'];
  },
  form: frame(
    (k) => `Form submission (${pick(['contact form', 'job application', 'volunteer sign-up', 'feedback form'], k)}) — ${pick(DATES, k)}\nName: ${pick(USERS, k)}\nMessage / "About you":\n`,
    () => `\nConsent to data processing: yes`),
  search: frame(
    (k) => `Results (about ${k * 311 + 1200}):\n1. ${pick(['forum', 'news', 'blog', 'community', 'qa'], k)}.site${k % 9}.example › ${pick(['t', 'p', 'post', 'article'], k)} › ${1000 + k}\n   `,
    (k) => `\n2. help.site${k % 9}.example › faq\n   Frequently asked questions and related pages.`),
  document: frame(
    (k) => `${pick(['notes', 'draft', 'export', 'scan_ocr', 'minutes'], k)}_${k}.docx — page ${k % 5 + 1} of ${k % 5 + 3}\n\n`,
    () => `\n\nInternal — do not distribute`),
  transcript: frame(
    (k) => `Transcript (auto-generated)\n[00:${String(k % 60).padStart(2, '0')}:${String((k * 7) % 60).padStart(2, '0')}] SPEAKER ${k % 3 + 1}: `,
    (k) => `\n[00:${String((k + 1) % 60).padStart(2, '0')}:05] SPEAKER ${(k + 1) % 3 + 1}: mm-hm.`),
  web: frame(
    (k) => `<!doctype html><html><head><title>${pick(['Home', 'Blog', 'Support', 'News', 'Shop'], k)}</title></head><body><main><article>`,
    () => `</article></main><footer>© 2024 Example Org · <a href="/privacy">Privacy</a></footer></body></html>`),
  json: (parts, k) => {
    const obj = (t, i) => JSON.stringify({ id: 5000 + k * 11 + i, type: 'message', author: pick(USERS, k), created: pick(DATES, k), body: t });
    if (parts.length === 1) return [`{"status":"ok","items":[${obj(parts[0], 0)}]}`];
    return [`{"status":"ok","items":[${obj(parts[0], 0)},`, `${obj(parts[1], 1)}]}`];
  },
  pdf: frame(
    (k) => `${pick(['Annual Report 2023', 'Vendor Handbook', 'Course Reader', 'Meeting Pack'], k)}\n\n`,
    (k) => `\n\n${k % 40 + 2} | Example Ltd. — printed ${pick(DATES, k)}`),
  code: frame(
    () => `/*\n`,
    (k) => `\n */\nexport function ${pick(['init', 'loadConfig', 'render', 'main'], k)}() { return null; }`,
    (t) => t.split('\n').map((l) => ' * ' + l).join('\n')),
};

export const HARMFUL_CARRIERS = ['forum', 'chat_export', 'dm', 'comment', 'review', 'ticket', 'email', 'form', 'search', 'document', 'transcript', 'json'];
export const INJECTION_CARRIERS = ['web', 'email', 'ticket', 'pdf', 'code', 'json', 'search', 'forum', 'chat_export', 'document'];
