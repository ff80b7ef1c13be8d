// train7v: carriers = how a text reaches the agent through a tool. The SAME carriers
// frame harmful texts and look-alikes (each text appears in two of them), so the framing
// is never a signal. Every carrier takes (text, ctx) with ctx = {lang, long, seed, pad}
// and returns the text leaves ("fields") of one tool message; the text is kept verbatim.
const USERS = ['mossgrove', 'k_lind', 'tessa.r', 'owl_at_noon', 'jpark88', 'rivermint', 'dune_walker', 'marta_s', 'quietfox', 'bokafor_', 'lumen42', 'saltpine'];
const pick = (arr, n) => arr[((n % arr.length) + arr.length) % arr.length];
const stamp = (n) => `2026-0${1 + (n % 9)}-${String(10 + (n % 18)).padStart(2, '0')} ${String(8 + (n % 13)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}`;

// ctx.pad() -> {before: [...], after: [...]} ordinary sentences in the text's language
// (empty for short framings); the carrier places the text between them.
export const CARRIERS = {
  forum_thread(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const post = (t, k) => `#${k + 1} ${pick(USERS, n + k)} · ${stamp(n + k)}\n${t}\n[Reply] [Quote] [Report]`;
    const posts = [...before, text, ...after].map(post);
    return [`forum.riverside.example › Community board › thread ${4100 + n}`, posts.join('\n\n')];
  },
  chat_export(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const line = (t, k) => `[${stamp(n + k)}] ${pick(USERS, n + 3 * k)}: ${t}`;
    return [`Exported chat · group "${pick(['Block C residents', 'weekend crew', 'class of 2019', 'night shift', 'book club'], n)}" · chat.harbor.invalid\n` + [...before, text, ...after].map(line).join('\n')];
  },
  email(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const body = [
      `From: ${pick(USERS, n)} <${pick(USERS, n).replace(/[^a-z0-9]/g, '')}@mail.hollowbrook.test>`,
      `To: ${pick(USERS, n + 5).replace(/[^a-z0-9]/g, '')}@mail.hollowbrook.test`,
      `Date: ${stamp(n)}`,
      '',
      ...before,
      text,
      ...after,
      '',
      `--`,
      `Sent via mail.hollowbrook.test webmail`,
    ].join('\n');
    return [`Subject: ${pick(['Re: this week', 'Fwd: message', 'Re: Re: question', 'quick note', 'Fwd: see below'], n)}`, body];
  },
  support_ticket(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const desc = [...before, text, ...after].join('\n\n');
    return [`Ticket #${20000 + n * 13} · status: open · queue: ${pick(['General', 'Community', 'Accounts', 'Content review'], n)} · help.northwind.example`,
      `Reporter: ${pick(USERS, n)}\nDescription:\n${desc}\n\nInternal note: awaiting triage.`];
  },
  web_article(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    return [[`Home › ${pick(['Local', 'Community', 'Opinion', 'Lifestyle', 'Readers write'], n)} › news.lindenvale.example`,
      `Updated ${stamp(n)} · ${3 + (n % 6)} min read`,
      ...before, text, ...after,
      `Share · Print · Comments (${n % 40})`,
      `© 2026 news.lindenvale.example · Privacy · Contact`].join('\n')];
  },
  search_results(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const res = (t, k) => `${k + 1}. ${pick(['Discussion', 'Post', 'Page', 'Thread', 'Article'], n + k)} — ${pick(['forum.riverside.example', 'news.lindenvale.example', 'blog.fernhill.test', 'wiki.saltmarsh.example'], n + k)}/p/${(n * 31 + k * 7) % 9000}\n   ${t}`;
    return [`search.quarry.test — about ${1200 + n * 17} results (0.${30 + (n % 60)} s)`, [...before, text, ...after].map(res).join('\n')];
  },
  pdf_document(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    return [`[PDF text extract · docs.meadow.example/files/doc-${700 + n}.pdf]`,
      [`${pick(['Minutes', 'Collected messages', 'Case file', 'Newsletter', 'Appendix B'], n)} — page ${2 + (n % 5)} of ${8 + (n % 4)}`, ...before, text, ...after, `— ${2 + (n % 5)} —`].join('\n')];
  },
  api_json(text, ctx) {
    // the text leaves of a JSON API answer (as a guard extracts them): url, then author/body per item
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const items = [...before, text, ...after].map((t, k) => [`${pick(USERS, n + k)} · ${stamp(n + k)} · id ${9000 + n * 10 + k}`, t]);
    return [`https://api.kestrel.example/v2/messages?page=${1 + (n % 3)}&limit=${items.length}`, ...items.flat()];
  },
  comment_section(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const c = (t, k) => `${pick(USERS, n + 2 * k)} · ${1 + ((n + k) % 11)}h ago\n${t}\n▲ ${(n * 3 + k) % 50}  Reply`;
    return [`Comments (${[...before, text, ...after].length}) · video.brightlane.test/watch/${n}`, [...before, text, ...after].map(c).join('\n\n')];
  },
  social_dm(text, ctx) {
    const { before, after } = ctx.pad();
    const n = ctx.seed;
    const who = pick(USERS, n + 1);
    const msgs = [...before.map((t, k) => `${k % 2 ? 'you' : who}: ${t}`), `${who}: ${text}`, ...after.map((t, k) => `${k % 2 ? who : 'you'}: ${t}`)];
    return [`Direct messages · social.brightlane.test · conversation with @${who}`, msgs.join('\n')];
  },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
