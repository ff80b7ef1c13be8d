// train7l carriers: framings shared by attacks and look-alikes (framing is never a signal).
// Each carrier: (parts: string[], lang, n) => string[] (fields). The first/last part is framed;
// split records keep each part in its own field.
const L = {
  zh: { subj: '主题', hi: '您好', bye: '此致', page: '第 {n} 页', ticket: '工单', desc: '描述', res: '搜索结果' },
  ja: { subj: '件名', hi: 'お世話になっております。', bye: 'よろしくお願いいたします。', page: '- {n} -', ticket: 'チケット', desc: '内容', res: '検索結果' },
  ko: { subj: '제목', hi: '안녕하세요.', bye: '감사합니다.', page: '- {n} 페이지 -', ticket: '티켓', desc: '설명', res: '검색 결과' },
  ar: { subj: 'الموضوع', hi: 'مرحبًا،', bye: 'مع التحية', page: 'صفحة {n}', ticket: 'تذكرة', desc: 'الوصف', res: 'نتائج البحث' },
  ru: { subj: 'Тема', hi: 'Добрый день!', bye: 'С уважением', page: 'Стр. {n}', ticket: 'Заявка', desc: 'Описание', res: 'Результаты поиска' },
  uk: { subj: 'Тема', hi: 'Добрий день!', bye: 'З повагою', page: 'Стор. {n}', ticket: 'Звернення', desc: 'Опис', res: 'Результати пошуку' },
  hi: { subj: 'विषय', hi: 'नमस्ते,', bye: 'धन्यवाद', page: 'पृष्ठ {n}', ticket: 'टिकट', desc: 'विवरण', res: 'खोज परिणाम' },
  vi: { subj: 'Tiêu đề', hi: 'Kính gửi anh/chị,', bye: 'Trân trọng', page: 'Trang {n}', ticket: 'Phiếu hỗ trợ', desc: 'Mô tả', res: 'Kết quả tìm kiếm' },
  tr: { subj: 'Konu', hi: 'Merhaba,', bye: 'Saygılarımla', page: 'Sayfa {n}', ticket: 'Talep', desc: 'Açıklama', res: 'Arama sonuçları' },
  en: { subj: 'Subject', hi: 'Hi,', bye: 'Best regards', page: 'Page {n}', ticket: 'Ticket', desc: 'Description', res: 'Search results' },
};
const loc = (lang) => L[lang] || L.en;
const first = (parts, f) => [f(parts[0]), ...parts.slice(1)];
const last = (parts, f) => [...parts.slice(0, -1), f(parts[parts.length - 1])];
const pad = (n) => String(n).padStart(4, '0');

export const CARRIERS = {
  email: (p, lang, n) => first(p, (t) => `From: ops${n % 7}@mail.partner.example\nTo: team@corp.example\n${loc(lang).subj}: Re: #${4100 + n}\n\n${loc(lang).hi}\n\n${t}`).map((x, i, a) => i === a.length - 1 ? `${x}\n\n${loc(lang).bye}` : x),
  chat: (p, lang, n) => p.map((t, i) => `[${String(9 + (n % 9)).padStart(2, '0')}:${String((n * 7 + i) % 60).padStart(2, '0')}] user_${(n + i) % 13}: ${t}`),
  web: (p, lang, n) => first(last(p, (t) => `${t}\n</article></main><footer>© 2026 news.portal.example</footer>`), (t) => `<html lang="${lang}"><head><title>${loc(lang).desc} ${n}</title></head><body><main><article>\n${t}`),
  ticket: (p, lang, n) => first(p, (t) => `${loc(lang).ticket} HD-${pad(n)} | P${1 + (n % 4)} | open\n${loc(lang).desc}:\n${t}`),
  json: (p, lang, n) => p.map((t, i) => JSON.stringify({ id: n * 10 + i, lang, status: 'ok', [i === 0 ? 'content' : 'content_more']: t })),
  pdf: (p, lang, n) => first(last(p, (t) => `${t}\n\n${loc(lang).page.replace('{n}', String(2 + (n % 30)))}`), (t) => `CONFIDENTIAL  ·  doc-${pad(n)}.pdf\n\n${t}`),
  code_comment: (p, lang, n) => p.map((t, i) => `${i === 0 ? `// file: src/module_${n % 17}.ts\n` : ''}${t.split('\n').map((l) => `// ${l}`).join('\n')}${i === p.length - 1 ? `\nexport const VERSION_${n} = "1.${n % 10}.0";` : ''}`),
  search: (p, lang, n) => first(p, (t) => `${loc(lang).res}:\n1. ${loc(lang).desc} — https://kb.site${n % 5}.example/a/${n}\n   ${t}`).map((x, i) => i ? `${i + 1}. ${x}` : x),
  markdown: (p, lang, n) => first(p, (t) => `# ${loc(lang).desc} ${n}\n\n> wiki.team.example / space-${n % 6}\n\n${t}`),
  csv: (p, lang, n) => p.map((t, i) => `${i ? "" : "row_id,lang,text\n"}${n * 10 + i},${lang},"${t.replace(/"/g, '""')}"`),
  calendar: (p, lang, n) => first(p, (t) => `BEGIN:VEVENT\nSUMMARY:${loc(lang).subj} ${n}\nDTSTART:2026${String(1 + (n % 12)).padStart(2, '0')}15T090000Z\nDESCRIPTION:${t.replace(/\n/g, '\\n')}\nEND:VEVENT`),
  bare: (p) => p.slice(),
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
