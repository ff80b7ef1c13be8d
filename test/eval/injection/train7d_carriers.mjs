// train7d carriers: framings shared by attacks, look-alikes and harmful records.
// A carrier takes parts (1 or 2 strings), lang and a deterministic rng, and returns the
// text leaves ("fields") of one tool message. With 2 parts each part gets its own field.

export const UI = {
  en: ['Reply', 'Share', 'Comments', 'Home', 'Search', 'Reviews', 'Related', 'Report'],
  es: ['Responder', 'Compartir', 'Comentarios', 'Inicio', 'Buscar', 'Opiniones', 'Relacionado', 'Denunciar'],
  fr: ['Répondre', 'Partager', 'Commentaires', 'Accueil', 'Rechercher', 'Avis', 'Articles liés', 'Signaler'],
  de: ['Antworten', 'Teilen', 'Kommentare', 'Startseite', 'Suche', 'Bewertungen', 'Ähnliche Artikel', 'Melden'],
  pt: ['Responder', 'Compartilhar', 'Comentários', 'Início', 'Pesquisar', 'Avaliações', 'Relacionados', 'Denunciar'],
  it: ['Rispondi', 'Condividi', 'Commenti', 'Home', 'Cerca', 'Recensioni', 'Articoli correlati', 'Segnala'],
  nl: ['Reageren', 'Delen', 'Reacties', 'Home', 'Zoeken', 'Beoordelingen', 'Gerelateerd', 'Melden'],
  ru: ['Ответить', 'Поделиться', 'Комментарии', 'Главная', 'Поиск', 'Отзывы', 'Похожие', 'Пожаловаться'],
  uk: ['Відповісти', 'Поділитися', 'Коментарі', 'Головна', 'Пошук', 'Відгуки', 'Схожі', 'Поскаржитися'],
  pl: ['Odpowiedz', 'Udostępnij', 'Komentarze', 'Strona główna', 'Szukaj', 'Opinie', 'Powiązane', 'Zgłoś'],
  zh: ['回复', '分享', '评论', '首页', '搜索', '评价', '相关推荐', '举报'],
  ja: ['返信', '共有', 'コメント', 'ホーム', '検索', 'レビュー', '関連記事', '通報'],
  ko: ['답글', '공유', '댓글', '홈', '검색', '리뷰', '관련 글', '신고'],
  ar: ['رد', 'مشاركة', 'التعليقات', 'الرئيسية', 'بحث', 'المراجعات', 'ذات صلة', 'إبلاغ'],
  hi: ['जवाब दें', 'शेयर करें', 'टिप्पणियाँ', 'होम', 'खोजें', 'समीक्षाएँ', 'संबंधित', 'रिपोर्ट करें'],
  tr: ['Yanıtla', 'Paylaş', 'Yorumlar', 'Ana Sayfa', 'Ara', 'Değerlendirmeler', 'İlgili', 'Şikayet et'],
  vi: ['Trả lời', 'Chia sẻ', 'Bình luận', 'Trang chủ', 'Tìm kiếm', 'Đánh giá', 'Liên quan', 'Báo cáo'],
  id: ['Balas', 'Bagikan', 'Komentar', 'Beranda', 'Cari', 'Ulasan', 'Terkait', 'Laporkan'],
  sv: ['Svara', 'Dela', 'Kommentarer', 'Hem', 'Sök', 'Recensioner', 'Relaterat', 'Anmäl'],
};

const USERS = ['mika_r', 'tanuki88', 'okra_mom', 'sleepless_dev', 'b.hansen', 'ptr_k', 'lua-lua', 'zeynep.k', 'ngoc_anh',
  'rafa_g', 'ole77', 'kasia_w', 'dmitry.v', 'h4rsh', 'yuki_t', 'minjun.p', 'salma_z', 'pieter', 'anon_1123', 'chen.lin'];

function pick(rng, xs) { return xs[Math.floor(rng() * xs.length)]; }
function num(rng, lo, hi) { return lo + Math.floor(rng() * (hi - lo + 1)); }
function date(rng) { return `2026-${String(num(rng, 1, 11)).padStart(2, '0')}-${String(num(rng, 1, 28)).padStart(2, '0')}`; }
function time(rng) { return `${String(num(rng, 0, 23)).padStart(2, '0')}:${String(num(rng, 0, 59)).padStart(2, '0')}`; }
function ui(lang) { return UI[lang] || UI.en; }

export const CARRIERS = {
  forum_thread(parts, lang, rng) {
    const L = ui(lang); const host = pick(rng, ['forum.lumen.example', 'board.kestrel.test', 'community.fernway.example']);
    const head = `${host} › ${L[3]} › t/${num(rng, 1000, 99999)} · ${L[2]} (${num(rng, 2, 140)})`;
    const posts = parts.map((p, i) => `#${i + 1 + num(rng, 0, 30)} ${pick(rng, USERS)} · ${date(rng)} ${time(rng)}\n${p}\n${L[0]} · ${L[1]} · ${L[7]}`);
    return [head, ...posts];
  },
  qa_answer(parts, lang, rng) {
    const host = pick(rng, ['ask.kettle.example', 'answers.quarry.test', 'qa.pinecone.example']);
    const out = [`${host}/q/${num(rng, 10000, 999999)}`, `▲ ${num(rng, 0, 412)} ▼ · ${pick(rng, USERS)} · ${date(rng)}\n${parts[0]}`];
    if (parts[1]) out.push(`↳ ${pick(rng, USERS)}: ${parts[1]}`);
    else out.push(`${num(rng, 1, 9)} answers · ${num(rng, 30, 9000)} views`);
    return out;
  },
  wiki_extract(parts, lang, rng) {
    const page = `https://wiki.osmium.example/${lang}/wiki/Page_${num(rng, 100, 9999)}`;
    const out = parts.map((p, i) => `${i === 0 ? '' : '== … ==\n'}${p} [${num(rng, 1, 40)}]`);
    out.push(`Retrieved from "${page}" · rev ${num(rng, 100000, 999999)}`);
    return out;
  },
  news_comments(parts, lang, rng) {
    const L = ui(lang); const host = pick(rng, ['news.harbor.example', 'daily.tidewater.test', 'courier.northgate.example']);
    const out = [`${host} — ${L[2]} (${num(rng, 3, 600)})`];
    for (const p of parts) out.push(`${pick(rng, USERS)} ${time(rng)}\n${p}\n👍 ${num(rng, 0, 300)} 👎 ${num(rng, 0, 40)} · ${L[0]}`);
    return out;
  },
  social_post(parts, lang, rng) {
    const L = ui(lang); const u = pick(rng, USERS);
    const out = [`@${u} · ${date(rng)}\n${parts[0]}`];
    if (parts[1]) out.push(`@${pick(rng, USERS)} → @${u}: ${parts[1]}`);
    out.push(`♥ ${num(rng, 0, 9000)} · ↻ ${num(rng, 0, 800)} · ${L[1]}`);
    return out;
  },
  product_listing(parts, lang, rng) {
    const L = ui(lang); const host = pick(rng, ['shop.marigold.example', 'market.bluefin.test', 'store.oakleaf.example']);
    const out = [`${host} › ${L[3]} › SKU-${num(rng, 10000, 99999)} · ${num(rng, 5, 900)}.${num(rng, 10, 99)} · ★${num(rng, 2, 5)}.${num(rng, 0, 9)}`, parts[0]];
    out.push(parts[1] ? `${L[5]} · ${pick(rng, USERS)} ★★★★☆\n${parts[1]}` : `${L[5]} (${num(rng, 0, 2000)}) · ${L[6]}`);
    return out;
  },
  blog_post(parts, lang, rng) {
    const L = ui(lang); const host = pick(rng, ['blog.cardamom.example', 'wander.saltroad.test', 'kitchen.figtree.example']);
    const out = [`${host} | ${L[3]} | ${L[6]} | ${L[4]}`, parts[0]];
    out.push(parts[1] ? `${L[2]} · ${pick(rng, USERS)}: ${parts[1]}` : `${L[2]} (${num(rng, 0, 90)}) · ${L[1]}`);
    return out;
  },
  gov_school_page(parts, lang, rng) {
    const L = ui(lang); const host = pick(rng, ['services.ministry.example', 'portal.cityhall.test', 'www.riverside-school.example']);
    const out = [`${host} › ${L[3]} › ${num(rng, 1, 12)}.${num(rng, 1, 30)}`, ...parts, `${date(rng)} · ${L[7]}`];
    return out;
  },
  scraped_html(parts, lang, rng) {
    const L = ui(lang);
    const out = [`<nav><a href="/">${L[3]}</a> | <a href="/search">${L[4]}</a> | <a href="/related">${L[6]}</a></nav>`];
    for (const p of parts) out.push(`<div class="content"><p>${p}</p></div>`);
    out.push(`<footer>© 2026 · <a href="https://static.cobalt.example/privacy">privacy</a></footer>`);
    return out;
  },
  rag_chunk(parts, lang, rng) {
    const src = pick(rng, ['kb/handbook.pdf', 'crawl/page_8812.html', 'docs/faq.md', 'drive/notes_2026.docx']);
    const n = num(rng, 4, 30);
    return parts.map((p, i) => `[source: ${src} | chunk ${num(rng, 1, n - 1) + i}/${n} | score 0.${num(rng, 40, 99)}]\n…${p}`);
  },
  search_snippets(parts, lang, rng) {
    const hosts = ['www.lindenpress.example', 'help.gravel.test', 'info.sandpiper.example', 'site.marlow.test'];
    const out = [`1. ${pick(rng, hosts)}/${num(rng, 100, 999)} — ${date(rng)}\n${parts[0]}`];
    if (parts[1]) out.push(`2. ${pick(rng, hosts)}/${num(rng, 100, 999)} — ${date(rng)}\n${parts[1]}`);
    out.push(`${parts[1] ? 3 : 2}. ${pick(rng, hosts)}/${num(rng, 100, 999)} — …`);
    return out;
  },
  email(parts, lang, rng) {
    const u = pick(rng, USERS).replace(/[^a-z0-9]/g, '');
    const out = [`From: ${u}@mail.corvid.example\nTo: inbox@home.wren.test\nDate: ${date(rng)} ${time(rng)}\nSubject: Re: #${num(rng, 100, 9999)}`, parts[0]];
    if (parts[1]) out.push(`> ${parts[1]}`);
    return out;
  },
  json_api(parts, lang, rng) {
    const out = [`item-${num(rng, 1000, 99999)}`, parts[0]];
    if (parts[1]) out.push(parts[1]);
    out.push(`${lang} · ${date(rng)}T${time(rng)}:00Z`);
    return out;
  },
  chat_log(parts, lang, rng) {
    const out = [`#${pick(rng, ['general', 'random', 'help', 'team-ops', 'club'])} · export ${date(rng)}`];
    for (const p of parts) out.push(`[${time(rng)}] ${pick(rng, USERS)}: ${p}`);
    return out;
  },
  pdf_text(parts, lang, rng) {
    const n = num(rng, 2, 40);
    const out = parts.map((p, i) => `${p}\n\n— ${n + i} —`);
    out.unshift(`DOC-${num(rng, 100, 999)}/${num(rng, 2020, 2026)}`);
    return out;
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);
