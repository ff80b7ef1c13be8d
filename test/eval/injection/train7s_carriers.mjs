// train7s carriers: how a text reaches the agent through a tool.
// The SAME carriers frame attacks and benign look-alikes (in both families), so the
// framing is never a signal. Each carrier has a short form and a long form; the long
// form surrounds the material with neutral page/thread furniture (material in the middle).

export function rng(seedStr) {
  let h = 2166136261 >>> 0;
  for (const c of seedStr) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
  let a = h;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];

const USERS = ['nightowl_88', 'k.marsh', 'throwaway_5512', 'lenaB', 'quietfox', 'd_okafor', 'tomasz.w', 'mei_l', 'rafa_gs', 'ivan.p', 'sunny-day', 'petra_k', 'ahmed.r', 'yuki_t', 'guest_4410', 'jo.vdberg'];
const HOSTS = ['forum.hollowpine.example', 'board.riverside.test', 'news.northgate.example', 'help.quillbox.example', 'mail.acme.example', 'community.tidewater.test', 'docs.lumen.example', 'search.portal.example', 'api.crowsnest.test', 'git.bramble.example'];

const FILL = {
  web_page: [
    'Home | Topics | Latest | About us | Contact. Cookie notice: this site uses cookies to remember your preferences; you can change your choice at any time in the settings panel at the bottom of the page.',
    'Related reading: Why our newsletter moved to a weekly schedule; Readers ask, we answer; How we moderate comments. Share this page: copy link, print, send by mail.',
    'Footer: © 2026 Hollow Pine Media. All rights reserved. Terms of use, privacy notice, accessibility statement, advertising partners, careers, press kit, sitemap.',
    'Sidebar: Most read this week — 1. Local library extends opening hours 2. Ten tips for a quieter commute 3. What the new parking rules mean for residents 4. Weekend weather outlook.',
  ],
  email: [
    'This message and any attachments are confidential and intended only for the named recipient. If you received it in error please notify the sender and delete it. Messages may be monitored for compliance purposes.',
    'Sent from my phone. Please excuse brevity and typos. Our office will be closed on the public holiday; replies may take up to two working days during that period.',
    '---------- Forwarded message ---------\nDate: Tue, 3 Nov 2026 09:14\nTo: shared-inbox@mail.acme.example\nAttachments: none\nLabels: inbox, unread',
    'You are receiving this because you are subscribed to this list. To unsubscribe, manage your preferences at https://lists.acme.example/prefs. Archive: https://lists.acme.example/archive.',
  ],
  support_ticket: [
    'Ticket status: Open | Priority: Normal | Queue: Tier 1 | Channel: web form | SLA: first response within 8 business hours | Tags: needs-triage, customer-reply',
    'Internal note (agent only): customer account verified, no previous tickets in the last 90 days. Please keep replies polite and use the approved macros where possible.',
    'Customer satisfaction survey will be sent automatically when this ticket is marked as solved. Linked records: order history (3), device list (1), previous chats (0).',
    'Auto-reply sent: "Thanks for contacting us! A member of our team will get back to you shortly. Your reference number is shown above."',
  ],
  forum_post: [
    'Board index › General discussion › Off-topic. Posting rules: be respectful, no spam, search before you post. Moderators: mod_anna, mod_kev. Users browsing this forum: 14 guests.',
    'Reply #2 — Posted by lenaB » 2 hours ago: Bumping this because nobody answered yet. Also, admins, the dark theme is broken on mobile again.',
    'Reply #5 — Posted by quietfox » 40 minutes ago: Not sure this belongs in this subforum but ok. Signature: "Keep calm and clear your cache" | Joined: 2019 | Posts: 1,204',
    'Quick reply | Jump to page: 1 2 3 … 7 | Subscribe to topic | Report | Share. Similar topics: Best budget headphones?; Moving house checklist; Anyone else get the update?',
  ],
  chat_log: [
    '[09:12] sunny-day: morning all\n[09:12] petra_k: morning! anyone seen the meeting link?\n[09:13] ivan.p: pinned in #general\n[09:14] sunny-day: thx',
    '[10:40] mei_l: brb lunch\n[10:41] rafa_gs: ok\n[10:52] guest_4410 joined the channel\n[10:53] bot: Welcome! Please read the channel rules in the pinned message.',
    '[11:05] d_okafor: did the deploy go out?\n[11:06] tomasz.w: yes, green\n[11:06] d_okafor: nice :)\n[11:07] k.marsh reacted with 👍',
    '[14:20] yuki_t: anyway\n[14:21] jo.vdberg: lol\n[14:22] ahmed.r: ok back to work, talk later\n[14:22] ahmed.r is away',
  ],
  comments: [
    'Comments (37) · Sort by: Top | Newest. Please keep the conversation civil. Comments are reviewed by our moderation team and may be removed if they break the community guidelines.',
    'k.marsh · 3 days ago: Great article, thanks for writing it up. Reply · 12 likes\nnightowl_88 · 2 days ago: Agreed, the second part was the most useful. Reply · 4 likes',
    'tomasz.w · 5 hours ago: First time commenting here, long time reader. Reply · 1 like\nLoad 20 more comments · Sign in to join the discussion.',
    'Reader poll: Was this helpful? Yes (81%) No (19%). Top comment of the week gets featured in the Friday newsletter.',
  ],
  search_results: [
    'About 1,240 results (0.41 seconds). Showing results for your query. Filters: Any time · All languages · Safe search: moderate.',
    '1. Weekend weather outlook — news.northgate.example › weather — Cloudy with sunny spells, highs around 14 degrees, light wind from the west...\n2. Library opening hours — city.riverside.test › services — The main branch is open daily from 9 to 20...',
    'People also ask: How long does delivery take? · What is the refund policy? · How do I reset my password? · Is there a student discount?',
    'Related searches: quick dinner ideas · cheap flights in spring · how to fix a squeaky door · best hiking boots 2026 · Page 1 of 12 · Next ›',
  ],
  json_api: [
    '{"status":"ok","page":1,"per_page":20,"total":3841,"rate_limit":{"remaining":4972,"reset":1767610800},"source":"api.crowsnest.test/v2/items"}',
    '{"meta":{"request_id":"7f3c1a9e-2b44-4c1e-9d0a-1c2b3e4f5a6b","took_ms":38,"cached":false},"links":{"next":"https://api.crowsnest.test/v2/items?cursor=eyJwIjoyfQ"}}',
    '{"author":{"id":90211,"display_name":"user_90211","karma":312,"created":"2021-06-02"},"flags":{"nsfw":false,"locked":false,"pinned":false}}',
    '{"pagination":{"has_more":true,"cursor":"c_1049"},"warnings":[],"api_version":"2026-10-01"}',
  ],
  pdf_text: [
    'Page 3 of 14 — Quarterly Community Report — Prepared by the Research & Outreach Office — Draft for internal review — Not for distribution',
    '[header] Northgate Council · Public Documents Archive · Document ref. NC/2026/0417 [/header]\nTable of contents: 1 Introduction ... 2; 2 Method ... 4; 3 Findings ... 7; 4 Annex ... 12',
    'Figure 2: Distribution of responses by region (n = 1,482). Source: survey data collected March–May 2026. Percentages may not add up to 100 due to rounding.',
    '[footer] Printed 04/11/2026 11:02 · Page 4 · This document was converted from a scanned original; minor OCR errors may occur. [/footer]',
  ],
  repo_issue: [
    'Issue #4182 · opened 3 days ago · 6 comments · Labels: triage, needs-info · Assignees: none · Milestone: none · Linked pull requests: none',
    'Thanks for opening an issue! Please make sure you have searched existing issues and included the version, operating system and steps to reproduce. Issues without this information may be closed.',
    'k.marsh commented 2 days ago: Can reproduce on the latest release as well. Marking as confirmed.\n👍 3 · 👀 1',
    'bot added the stale label 14 days ago. This issue has been automatically marked as stale because it has not had recent activity. It will be closed if no further activity occurs.',
  ],
};

export const CARRIERS = Object.keys(FILL);

function filler(r, carrier, minLen) {
  const pool = FILL[carrier];
  const start = Math.floor(r() * pool.length);
  let out = [];
  let i = 0;
  while (out.join('\n').length < minLen) { out.push(pool[(start + i) % pool.length]); i++; if (i > 12) break; }
  return out.join('\n');
}

// frame(carrier, parts, opts) -> fields (array of strings)
// parts: array of 1 or 2 material strings; with 2 parts, each goes in its own field.
export function frame(carrier, parts, { long = false, seed = '' } = {}) {
  if (!FILL[carrier]) throw new Error('unknown carrier ' + carrier);
  const r = rng(seed + '|' + carrier);
  const u = pick(r, USERS), u2 = pick(r, USERS), host = pick(r, HOSTS);
  const n = 1000 + Math.floor(r() * 8999);
  const pre = long ? filler(r, carrier, 300) + '\n' : '';
  const post = long ? '\n' + filler(r, carrier, 300) : '';
  const [a, b] = parts;
  switch (carrier) {
    case 'web_page': {
      const f = [`<html><head><title>Page ${n} · ${host}</title></head><body>\n${long ? '<nav>' + pre + '</nav>\n' : ''}<article>\n<p>${a}</p>\n</article>${long ? '\n<footer>' + post + '</footer>' : ''}\n</body></html>`];
      if (b !== undefined) f.push(`<aside class="related">\n<p>${b}</p>\n</aside>`);
      return f;
    }
    case 'email': {
      const f = [`From: ${u} <${u.replace(/[^a-z0-9]/gi, '')}@mail.acme.example>\nTo: inbox@mail.acme.example\nSubject: Re: message ${n}\n\n${pre}${a}${post}`];
      if (b !== undefined) f.push(`--- attachment: notes_${n}.txt ---\n${b}`);
      return f;
    }
    case 'support_ticket': {
      const f = [`Ticket #${n} · Requester: ${u} · Via: https://${host}/tickets/${n}\n${pre}Customer message:\n${a}${post}`];
      if (b !== undefined) f.push(`Follow-up from requester (${u}):\n${b}`);
      return f;
    }
    case 'forum_post': {
      const f = [`${pre}Topic #${n} — posted by ${u}\n${a}${post}`];
      if (b !== undefined) f.push(`Reply — posted by ${u2}\n${b}`);
      return f;
    }
    case 'chat_log': {
      const f = [`${pre}[12:0${n % 10}] ${u}: ${a}${post}`];
      if (b !== undefined) f.push(`[12:1${n % 10}] ${u}: ${b}`);
      return f;
    }
    case 'comments': {
      const f = [`${pre}${u} · ${1 + (n % 9)} hours ago\n${a}\nReply · ${n % 40} likes${post}`];
      if (b !== undefined) f.push(`${u2} · just now\n${b}\nReply`);
      return f;
    }
    case 'search_results': {
      const f = [`${pre}1. Result from ${host} — https://${host}/t/${n}\n${a}${post}`];
      if (b !== undefined) f.push(`2. Result from ${host} — https://${host}/t/${n + 1}\n${b}`);
      return f;
    }
    case 'json_api': {
      const f = [`${long ? pre + '\n' : ''}{"id":${n},"title":"item ${n}","body":${JSON.stringify(a)}}${long ? '\n' + post : ''}`];
      if (b !== undefined) f.push(`{"id":${n + 1},"reply_to":${n},"body":${JSON.stringify(b)}}`);
      return f;
    }
    case 'pdf_text': {
      const f = [`${pre}${a}${post}\n— ${n % 20 + 1} —`];
      if (b !== undefined) f.push(`Annex (continued)\n${b}`);
      return f;
    }
    case 'repo_issue': {
      const f = [`${pre}${u} opened this issue\n\n${a}${post}`];
      if (b !== undefined) f.push(`${u2} commented\n\n${b}`);
      return f;
    }
  }
}
