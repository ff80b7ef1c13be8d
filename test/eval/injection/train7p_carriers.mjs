// train7p carriers: how a text reaches the agent through a tool. The SAME carriers frame
// attacks and look-alikes of both families, so the framing is never a label signal.
// Each carrier is a function (text, n) -> string; n is a deterministic per-record number.

const pick = (arr, n, salt = 0) => arr[Math.abs((n * 2654435761 + salt * 40503) >>> 0) % arr.length];
const num = (n, lo, hi, salt = 0) => lo + (((n * 1103515245 + 12345 + salt * 7919) >>> 0) % (hi - lo + 1));
const date = (n) => `2026-${String(num(n, 1, 11, 3)).padStart(2, '0')}-${String(num(n, 1, 28, 5)).padStart(2, '0')}`;
const csvq = (s) => '"' + s.replace(/"/g, '""') + '"';

export const CARRIERS = {
  pdf: (t, n) => `${pick(['Annual Report', 'Field Study', 'Case Compilation', 'Briefing Pack', 'Handbook'], n)} ${2020 + num(n, 0, 6)}                    Page ${num(n, 2, 40)}\n\n${t}\n\n${pick(['Confidential — internal distribution', 'Printed from archive copy', 'Draft v0.' + num(n, 2, 9)], n, 1)}                    ${num(n, 2, 40)}`,
  word_export: (t, n) => `${pick(['notes_final', 'draft2', 'Document1', 'summary_v3', 'input_collected'], n)}.docx — exported as plain text\n\n${t}\n\n[${num(n, 1, 6)} comment(s) not exported]`,
  wiki: (t, n) => `== ${pick(['Background', 'Overview', 'Discussion', 'Details', 'Notes'], n)} ==\n${t}\n\nThis page was last edited on ${date(n)}. Revision ${num(n, 1000, 99999)}.`,
  minutes: (t, n) => `Minutes of meeting ${num(n, 10, 99)}/${2026}\nPresent: ${pick(['JK, MR, AL (chair)', 'board members, 2 guests', 'team leads', 'residents committee'], n)}\nItem ${num(n, 2, 9)}:\n${t}\nAction: noted.`,
  court_report: (t, n) => `Case No. ${num(n, 10, 99)}-CR-${num(n, 1000, 9999, 1)}\nExcerpt from the record (${date(n)}):\n\n${t}`,
  police_report: (t, n) => `INCIDENT REPORT #${num(n, 100000, 999999)}\nDistrict: ${pick(['North', 'Central', 'East', 'Harbour'], n)}   Officer ID: ${num(n, 1000, 9999, 2)}\nNarrative / attached statement:\n${t}`,
  essay: (t, n) => `Submission ${num(n, 1000, 9999)} · Grade ${num(n, 8, 12)} · uploaded to the class portal ${date(n)}\n\n${t}`,
  book_review: (t, n) => `${'★'.repeat(num(n, 1, 5))}${'☆'.repeat(5 - num(n, 1, 5))}  Review by reader${num(n, 10, 9999, 4)}\n${t}\n${num(n, 0, 60)} people found this helpful`,
  film_review: (t, n) => `Score ${num(n, 1, 10)}/10 — review posted ${date(n)}\n${t}\n[Contains spoilers: ${pick(['no', 'yes'], n)}]`,
  news_translated: (t, n) => `[Automatic translation · original language detected · ${date(n)}]\n${t}\n— wire copy, ${pick(['regional desk', 'agency feed', 'syndicated'], n)}`,
  ticket: (t, n) => `Ticket #${num(n, 10000, 99999)} · Status: open · Channel: ${pick(['web form', 'email', 'in-app'], n)}\nCustomer message:\n${t}`,
  chat: (t, n) => `[${String(num(n, 8, 22)).padStart(2, '0')}:${String(num(n, 0, 59, 1)).padStart(2, '0')}] visitor_${num(n, 100, 999)}: ${t}\n[auto] An agent will reply shortly.`,
  forum: (t, n) => `Re: ${pick(['quick question', 'need advice', 'anyone else?', 'thread for this', 'off-topic'], n)}\nPosted by user${num(n, 10, 99999)} · ${num(n, 0, 40)} replies\n\n${t}`,
  product_review: (t, n) => `Rating: ${num(n, 1, 5)}/5 · Verified purchase\n${t}\nHelpful? Yes (${num(n, 0, 50)}) No (${num(n, 0, 9, 1)})`,
  app_review: (t, n) => `App review · version ${num(n, 1, 9)}.${num(n, 0, 20, 1)}.${num(n, 0, 9, 2)} · ${num(n, 1, 5)}★\n${t}`,
  mod_queue: (t, n) => `Moderation queue · item ${num(n, 100000, 999999)} · flagged by ${pick(['user report', 'auto-filter', 'trusted flagger'], n)}\nContent:\n${t}\nDecision: pending`,
  hotline_notes: (t, n) => `Call log ${date(n)} · duration ${num(n, 3, 55)} min · line ${pick(['A', 'B', 'C'], n)}\nNotes:\n${t}`,
  csv: (t, n) => `id,created_at,channel,body\n${num(n, 1000, 99999)},${date(n)},${pick(['web', 'app', 'email', 'sms'], n)},${csvq(t)}`,
  json: (t, n) => JSON.stringify({ id: num(n, 100000, 999999), created: date(n), kind: pick(['comment', 'message', 'record', 'note'], n), body: t }, null, 2),
  sheet: (t, n) => `Sheet "${pick(['Responses', 'Import', 'Feedback', 'Q3'], n)}" · cell ${pick(['B', 'C', 'D', 'F'], n, 1)}${num(n, 2, 400)}:\n${t}`,
  email: (t, n) => `From: ${pick(['noreply', 'support', 'j.doe', 'office', 'alerts'], n)}@${pick(['mail.acme.example', 'lists.campus.test', 'corp.invalid'], n, 1)}\nSubject: ${pick(['Re: your message', 'Fwd: note', 'Weekly digest', 'Update'], n)}\n\n${t}`,
  web: (t, n) => `<html><head><title>${pick(['Community', 'Blog', 'Article', 'Help Center'], n)}</title></head><body>\n<article>\n${t}\n</article>\n<footer>© ${2026} ${pick(['pages.acme.example', 'news.portal.test', 'blog.site.example'], n)}</footer></body></html>`,
  code: (t, n) => `File excerpt (lines ${num(n, 1, 300)}-${num(n, 301, 600)}), repository ${pick(['web-shop', 'infra-tools', 'mobile-app', 'docs-site'], n)}:\n${t}`,
  search: (t, n) => `Results for your query (${num(n, 3, 900)} found)\n1. ${pick(['Thread', 'Article', 'Page', 'Post'], n)} — https://${pick(['search.results.example', 'idx.corp.test', 'found.site.example'], n, 1)}/r/${num(n, 1000, 9999)}\n   ${t}\n2. Related — https://${pick(['search.results.example', 'idx.corp.test'], n, 2)}/r/${num(n, 1000, 9999, 7)}`,
};

export function frame(carrier, fields, n) {
  const f = CARRIERS[carrier];
  if (!f) throw new Error('unknown carrier ' + carrier);
  return fields.map((x, i) => (i === 0 ? f(x, n) : x));
}
