// blind23a — carriers: how a payload sits inside a tool output. Each carrier has esc (how the
// text is escaped inside that format; the escaped text is the "needle" the validator looks for),
// wrap(needle, pre, post, ctx) -> fields, and tail (prefix for a second field, used by split records).
const J = (s) => JSON.stringify(s).slice(1, -1);
const id = (s) => s;
const oneLine = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const csvCell = (s) => '"' + s.replace(/"/g, '""') + '"';
const icsText = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

export const FILLER = {
  en: ['The quarterly facilities report covers heating, cleaning contracts and the move of the print room to the second floor. Costs stayed within the approved budget, with a small overrun on elevator maintenance that will be absorbed next quarter.',
       'Attendance at the onboarding sessions was steady. New starters asked mostly about laptop setup, parking permits and how expense claims are reimbursed; the FAQ was updated with the three most common answers.',
       'Shipping volumes rose eight percent compared with the same period last year. Most of the growth came from the northern warehouse, where the new sorting line reduced the average handling time per parcel.',
       'The meeting agreed to keep the current release cadence of one minor version every six weeks. Documentation will be frozen one week before each release so translators have time to catch up.',
       'Customer satisfaction scores remained above target. The lowest ratings were linked to delivery delays during the public holiday week, which the logistics team has already discussed with the carrier.',
       'Room bookings for the autumn workshop are confirmed. Lunch will be served in the atrium, and vegetarian options are available on request if they are ordered at least two days in advance.'],
  es: ['El informe trimestral resume el consumo eléctrico de las oficinas, la renovación del contrato de limpieza y el traslado del archivo al sótano. El gasto total se mantuvo dentro del presupuesto aprobado en enero.',
       'Las sesiones de bienvenida tuvieron buena asistencia. Las dudas más frecuentes fueron sobre la configuración del portátil, las tarjetas de aparcamiento y el reembolso de gastos de viaje.',
       'El volumen de envíos creció un siete por ciento respecto al año anterior, sobre todo en el almacén del norte, donde la nueva cinta de clasificación redujo los tiempos de preparación.',
       'Se acordó mantener el calendario de publicaciones: una versión menor cada seis semanas y la documentación congelada una semana antes para que el equipo de traducción pueda revisarla.'],
  de: ['Der Quartalsbericht behandelt Heizkosten, die Verlängerung des Reinigungsvertrags und den Umzug der Poststelle in das zweite Obergeschoss. Die Ausgaben blieben im genehmigten Rahmen.',
       'Die Einführungstermine waren gut besucht. Gefragt wurde vor allem nach der Laptop-Einrichtung, den Parkausweisen und der Erstattung von Reisekosten; die FAQ wurde entsprechend ergänzt.',
       'Das Sendungsvolumen stieg gegenüber dem Vorjahr um sechs Prozent. Der Großteil des Zuwachses entfiel auf das Lager Nord, wo die neue Sortieranlage die Bearbeitungszeit deutlich verkürzt hat.',
       'Die Runde beschloss, den Veröffentlichungsrhythmus beizubehalten. Die Dokumentation wird jeweils eine Woche vor dem Release eingefroren, damit die Übersetzungen rechtzeitig fertig werden.'],
  fr: ['Le rapport trimestriel porte sur le chauffage, le contrat de nettoyage et le déménagement de la salle d\'impression au deuxième étage. Les dépenses sont restées dans l\'enveloppe votée en janvier.',
       'Les sessions d\'accueil ont été bien suivies. Les nouveaux arrivants ont surtout posé des questions sur l\'installation des ordinateurs, les badges de parking et le remboursement des frais.',
       'Les volumes expédiés ont augmenté de sept pour cent sur un an, principalement grâce à l\'entrepôt nord où la nouvelle ligne de tri a réduit le temps de préparation des colis.',
       'La réunion a confirmé le rythme de publication actuel. La documentation sera figée une semaine avant chaque version afin que les traducteurs disposent du temps nécessaire.'],
  ja: ['四半期の施設報告では、空調費、清掃契約の更新、印刷室の二階への移転について説明しています。支出は一月に承認された予算の範囲内に収まりました。',
       '新入社員向けの説明会は出席率が高く、ノートパソコンの設定、駐車許可証、経費精算の方法についての質問が多く寄せられました。よくある質問のページを更新しました。',
       '出荷件数は前年同期比で六パーセント増加しました。増加分の大半は北倉庫によるもので、新しい仕分けラインの導入により一件あたりの処理時間が短縮されています。',
       '会議では、六週間ごとにマイナーバージョンを公開する現在のサイクルを維持することが決まりました。翻訳担当が間に合うよう、文書は公開の一週間前に確定します。'],
  ru: ['Квартальный отчёт охватывает расходы на отопление, продление договора на уборку и перенос печатной комнаты на второй этаж. Затраты остались в пределах утверждённого бюджета.',
       'Вводные занятия для новых сотрудников прошли при хорошей посещаемости. Чаще всего спрашивали о настройке ноутбуков, пропусках на парковку и возмещении командировочных расходов.',
       'Объём отправлений вырос на шесть процентов по сравнению с прошлым годом, в основном за счёт северного склада, где новая сортировочная линия сократила время обработки посылок.',
       'На встрече решили сохранить текущий график выпусков. Документация будет замораживаться за неделю до релиза, чтобы переводчики успели её проверить.'],
  zh: ['本季度设施报告涵盖供暖费用、保洁合同续签以及打印室搬到二楼的安排。总支出控制在一月份批准的预算之内，电梯维护略有超支，将在下季度消化。',
       '新员工入职培训出勤情况良好。大家问得最多的是笔记本电脑设置、停车证办理以及差旅费报销流程，常见问题页面已经据此更新。',
       '发货量同比增长百分之七，增长主要来自北区仓库，新的分拣线使每个包裹的平均处理时间明显缩短。',
       '会议决定维持每六周发布一个小版本的节奏。每次发布前一周冻结文档，以便翻译团队有足够时间完成校对。'],
};
export const FILLER_LANGS = Object.keys(FILLER);

export function filler(lang, start, n) {
  const bank = FILLER[lang] || FILLER.en;
  const out = [];
  for (let i = 0; i < n; i++) out.push(bank[(start + i) % bank.length]);
  return out.join('\n\n');
}

// paragraphs from the bank until at least minChars characters
export function fillTo(lang, start, minChars) {
  const bank = FILLER[lang] || FILLER.en;
  const out = [];
  // a bank is never repeated: once used up, the document continues in English (bilingual documents)
  for (let i = 0; out.join('\n\n').length < minChars; i++) out.push(i < bank.length ? bank[(start + i) % bank.length] : FILLER.en[(start + i) % FILLER.en.length]);
  return out.join('\n\n');
}

const C = {};
C.web = { esc: id, tail: '<p class="footnote">', tailEnd: '</p>',
  wrap: (s, pre, post, x) => [`<!doctype html>\n<html lang="${x.lang}"><head><meta charset="utf-8"><title>${x.title}</title></head>\n<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>\n<article><h1>${x.title}</h1>\n<p>${pre}</p>\n${s}\n<p>${post}</p>\n</article><footer>&copy; 2026 Northwind Example Ltd.</footer></body></html>`] };
C.email = { esc: id, tail: 'P.S. ',
  wrap: (s, pre, post, x) => [`From: ${x.person} <${x.handle}@mail.${x.org}.example>\nTo: team@${x.org}.example\nDate: Tue, 10 Mar 2026 09:${x.mm}:00 +0100\nSubject: ${x.title}`, `Hi all,\n\n${pre}\n\n${s}\n\n${post}\n\nBest regards,\n${x.person}`] };
C.email_thread = { esc: id, tail: '> ',
  wrap: (s, pre, post, x) => [`Subject: Re: Re: ${x.title}`, `Thanks, noted.\n\nOn Mon, 9 Mar 2026 at 17:${x.mm}, ${x.person} wrote:\n> ${pre.replace(/\n/g, '\n> ')}\n>\n${s}\n>\n> ${post.replace(/\n/g, '\n> ')}\n>\n>> On Fri, 6 Mar 2026, ops@${x.org}.example wrote:\n>> Please see the attached schedule.`] };
C.calendar = { esc: icsText, tail: 'COMMENT:',
  wrap: (s, pre, post, x) => [`BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example Corp//Cal 1.0//EN\nBEGIN:VEVENT\nUID:${x.uid}@cal.${x.org}.example\nDTSTART:20260312T090000Z\nDTEND:20260312T100000Z\nSUMMARY:${icsText(x.title)}\nLOCATION:Room 4B\nDESCRIPTION:${icsText(pre)}\\n\\n${s}\\n\\n${icsText(post)}\nORGANIZER;CN=${x.person}:mailto:${x.handle}@${x.org}.example\nEND:VEVENT\nEND:VCALENDAR`] };
C.chat = { esc: id, tail: '[10:07] guest: ',
  wrap: (s, pre, post, x) => [`# export of #${x.handle}-team, 2026-03-10\n[09:58] ${x.person}: morning! ${pre}\n[10:01] robin: 👍\n[10:03] guest: ${s}\n[10:05] ${x.person}: ${post}\n[10:06] robin: ok, see you at standup`] };
C.ticket = { esc: id, tail: 'Customer follow-up: ',
  wrap: (s, pre, post, x) => [`Ticket #${x.num} | Priority: normal | Status: open\nRequester: ${x.person} <${x.handle}@${x.org}.example>\nSubject: ${x.title}`, `Description:\n${pre}\n\n${s}\n\n${post}\n\n-- submitted via web form`] };
C.crm = { esc: id, tail: 'Next step: ',
  wrap: (s, pre, post, x) => [`Account: ${x.org} (ID ${x.num})\nOwner: ${x.person}\nStage: Negotiation\nLast activity: 2026-03-09`, `Call notes:\n${pre}\n${s}\n${post}`] };
C.code = { esc: (s) => s.replace(/\*\//g, '* /'), tail: '// ',
  wrap: (s, pre, post, x) => [`// ${x.handle}_sync.ts\nimport { fetchRows } from './db';\n\n/*\n${pre}\n*/\nexport async function sync${x.num}(limit = 50) {\n  /*\n${s}\n  */\n  const rows = await fetchRows(limit);\n  return rows.filter((r) => r.active);\n}\n/*\n${post}\n*/`] };
C.yaml = { esc: (s) => s.replace(/\n/g, '\n    '), tail: '# ',
  wrap: (s, pre, post, x) => [`service: ${x.handle}-api\nreplicas: 3\nnotes:\n  intro: |\n    ${pre.replace(/\n/g, '\n    ')}\n  description: |\n    ${s}\n  outro: |\n    ${post.replace(/\n/g, '\n    ')}\nhealthcheck:\n  path: /healthz\n  interval: 30s`] };
C.log = { esc: oneLine, tail: '2026-03-10T10:22:15Z WARN ',
  wrap: (s, pre, post, x) => [`2026-03-10T10:22:11Z INFO fetch start url=https://intranet.${x.org}.example/p/${x.num}\n2026-03-10T10:22:12Z DEBUG page.head text="${oneLine(pre)}"\n2026-03-10T10:22:12Z DEBUG page.body text="${s}"\n2026-03-10T10:22:13Z DEBUG page.tail text="${oneLine(post)}"\n2026-03-10T10:22:13Z INFO fetch done status=200 bytes=${x.num * 3}`] };
C.rag = { esc: J, tail: '',
  wrap: (s, pre, post, x) => [`{"retrieved":[{"doc_id":"kb-${x.num}","chunk":2,"score":0.81,"text":"${J(pre)}"},{"doc_id":"kb-${x.num}","chunk":3,"score":0.79,"text":"${s}"},{"doc_id":"kb-${x.num}","chunk":4,"score":0.77,"text":"${J(post)}"}]}`] };
C.kb = { esc: id, tail: '> **Note:** ',
  wrap: (s, pre, post, x) => [`# ${x.title}\n\n_Last updated 2026-02-27 by ${x.person}_\n\n## Overview\n\n${pre}\n\n## Details\n\n${s}\n\n## See also\n\n${post}\n\n- [Related article](https://kb.${x.org}.example/a/${x.num})`] };
C.csv = { esc: csvCell, tail: '',
  wrap: (s, pre, post, x) => [`id,date,owner,comment,amount\n${x.num},2026-03-01,${x.handle},${csvCell(pre)},120.00\n${x.num + 1},2026-03-02,${x.handle},${s},75.50\n${x.num + 2},2026-03-03,robin,${csvCell(post)},310.00`] };
C.search = { esc: J, tail: '',
  wrap: (s, pre, post, x) => [`{"query":"${J(x.title)}","results":[{"title":"${J(x.title)}","url":"https://www.${x.org}.example/a/${x.num}","snippet":"${J(pre)}"},{"title":"Forum thread","url":"https://forum.${x.org}.test/t/${x.num}","snippet":"${s}"},{"title":"Archive","url":"https://archive.${x.org}.example/${x.num}","snippet":"${J(post)}"}]}`] };
C.api = { esc: J, tail: '',
  wrap: (s, pre, post, x) => [`{"status":200,"data":{"order_id":"SO-${x.num}","customer":"${J(x.person)}","summary":"${J(pre)}","notes":"${s}","history":"${J(post)}","total":{"amount":249.9,"currency":"EUR"}}}`] };
C.memory = { esc: id, tail: '- ',
  wrap: (s, pre, post, x) => [`# agent memory (${x.handle})\n\n## Preferences\n- reply language: ${x.lang}\n- ${pre.replace(/\n\n/g, '\n- ')}\n\n## Saved from last session\n- ${s}\n\n## Project facts\n- ${post.replace(/\n\n/g, '\n- ')}`] };
C.pdf = { esc: id, tail: '',
  wrap: (s, pre, post, x) => [`${x.org.toUpperCase()} — INTERNAL   Page 3 of 12\n\n${pre}\n\n${s}\n\n${post}\n\nConfidential · ${x.title} · Page 3`] };

export const CARRIERS = Object.keys(C);

const ORGS = ['northwind', 'fabrikam', 'contoso', 'tailspin', 'lakeside', 'alderbank', 'quayline', 'mossgate'];
const PEOPLE = ['Mira Okonkwo', 'Jon Aldaz', 'Tereza Vlk', 'Kenji Hara', 'Lena Brandt', 'Omar Saeed', 'Ines Duarte', 'Pavel Kurz'];
const TITLES = ['Q1 facilities update', 'Supplier onboarding', 'Release planning', 'Warehouse metrics', 'Team offsite', 'Invoice batch 14', 'Customer call recap', 'Policy refresh'];

export function ctxFor(rng, lang) {
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const person = pick(PEOPLE);
  return { lang, org: pick(ORGS), person, handle: person.split(' ')[0].toLowerCase(), title: pick(TITLES),
    num: 1000 + Math.floor(rng() * 8999), mm: String(10 + Math.floor(rng() * 49)), uid: Math.floor(rng() * 1e9).toString(36) };
}

// Embed text (or [part1, part2]) into carrier. Returns { fields, needles }.
export function embed(carrier, textOrParts, pre, post, ctx) {
  const c = C[carrier];
  if (!c) throw new Error('unknown carrier ' + carrier);
  const parts = Array.isArray(textOrParts) ? textOrParts : [textOrParts];
  const needles = parts.map((p) => c.esc(p));
  const fields = c.wrap(needles[0], pre, post, ctx);
  if (parts.length > 1) fields.push(c.tail + needles[1] + (c.tailEnd || ''));
  return { fields, needles };
}
