// train7i carriers: framings of text as an assistant receives it through tools.
// The same carriers frame attacks and look-alikes; a carrier is never a label signal.
// Each carrier takes the body text and an integer seed and returns the framed string.
// All host names are under .example / .test / .invalid.

const NAMES = ['marta_r', 'kdub77', 'lin.chen', 'o.haddad', 'nightowl', 'petra.v', 'samir_k', 'jo-ann', 'dmitri.s', 'yuki_t', 'ravi.m', 'ines.f'];
const HOSTS = ['forum.lakeside.example', 'talk.gamers.test', 'board.citynews.example', 'community.homelab.test', 'help.shopfront.example', 'mail.acme.example'];
const pick = (arr, n) => arr[n % arr.length];
const day = (n) => `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n * 7) % 28 + 1).padStart(2, '0')}`;

export const CARRIERS = {
  forum_post: (t, n) => `Thread: ${pick(['General', 'Off-topic', 'Help', 'Discussion', 'Local'], n)} · ${pick(HOSTS, n)}\nPosted by ${pick(NAMES, n)} on ${day(n)}\n\n${t}\n\n— ${n % 9} replies · Report · Quote`,
  chat_export: (t, n) => `[${day(n)} ${String(n % 24).padStart(2, '0')}:${String((n * 13) % 60).padStart(2, '0')}] ${pick(NAMES, n)}: ${t.split('\n').join(`\n[${day(n)} ${String(n % 24).padStart(2, '0')}:${String((n * 13 + 1) % 60).padStart(2, '0')}] ${pick(NAMES, n)}: `)}`,
  dm: (t, n) => JSON.stringify({ type: 'direct_message', from: `@${pick(NAMES, n)}`, to: `@${pick(NAMES, n + 3)}`, sent_at: `${day(n)}T1${n % 10}:0${n % 6}:00Z`, text: t }),
  comment: (t, n) => `${pick(NAMES, n)} · ${1 + (n % 23)}h ago\n${t}\n▲ ${n * 3 % 97}  ▼  Reply  Share`,
  review: (t, n) => `★${'★'.repeat(n % 5)}${'☆'.repeat(4 - (n % 5))}  Review by ${pick(NAMES, n)} (verified)\n${t}\nWas this review helpful? Yes (${n % 31}) No (${n % 4})`,
  support_ticket: (t, n) => `Ticket #${40210 + n * 17} | Status: ${pick(['Open', 'Pending', 'Escalated', 'New'], n)} | Queue: ${pick(['Trust & Safety', 'General', 'Billing', 'Moderation'], n)}\nCustomer message:\n${t}`,
  email: (t, n) => `From: ${pick(NAMES, n)}@mail.acme.example\nTo: inbox@${pick(['northwind.example', 'contoso.test', 'fabrikam.example'], n)}\nDate: ${day(n)}\nSubject: ${pick(['Re: question', 'quick one', 'Fwd: see below', 'update', '(no subject)'], n)}\n\n${t}`,
  cv_form: (t, n) => JSON.stringify({ form: pick(['job_application', 'volunteer_signup', 'contact_form', 'membership_request'], n), submitted: day(n), applicant: pick(NAMES, n), free_text_answer: t }),
  search_snippet: (t, n) => `${1 + (n % 8)}. ${pick(['Forum', 'Blog', 'News', 'Q&A', 'Wiki'], n)} — https://${pick(HOSTS, n)}/p/${1000 + n}\n   ${t.replace(/\n+/g, ' … ')}`,
  document: (t, n) => `--- page ${1 + (n % 12)} ---\n${t}\n\n${pick(['Internal', 'Draft', 'Confidential — do not distribute', 'v2.1'], n)} · ${day(n)}`,
  transcript: (t, n) => `Transcript (auto-generated), ${day(n)}\nSPEAKER ${1 + (n % 2)}: ${t.replace(/\n+/g, '\nSPEAKER ' + (2 - (n % 2)) + ': ')}`,
};

// carriers used for the harmful family (all eleven) and for the injection family
export const HARMFUL_CARRIERS = Object.keys(CARRIERS);
export const INJECTION_CARRIERS = ['email', 'forum_post', 'support_ticket', 'search_snippet', 'document', 'dm', 'review', 'comment', 'chat_export', 'cv_form', 'transcript'];

export function frame(carrier, text, n) {
  const f = CARRIERS[carrier];
  if (!f) throw new Error(`unknown carrier ${carrier}`);
  return f(text, n);
}
