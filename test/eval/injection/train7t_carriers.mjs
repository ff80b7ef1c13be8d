// train7t carriers: framings shared by attacks, look-alikes and harmful items.
// Each carrier turns the parts of one item (one part, or two for split items) into
// the text leaves ("fields") of one tool message. Every part goes verbatim into its
// own field; long framings add neutral filler in the record's language before and after.

export const FILLER = {
  en: ['The shipment for the Lisbon warehouse left on Tuesday and should arrive by the end of the week.', 'Attendance at the spring workshop was higher than last year, mostly thanks to the remote option.', 'Please note that the parking garage on level two will be closed for repainting next Monday.', 'Our team reviewed the supplier contracts and found two invoices with the wrong VAT rate.', 'The new coffee machine on the third floor accepts badges as well as coins.', 'Quarterly numbers look stable; the retail channel grew slightly while wholesale stayed flat.', 'Minutes from the last call are attached; the next review is scheduled for the 14th.'],
  es: ['El pedido para el almacén de Valencia salió el martes y debería llegar antes del viernes.', 'La reunión de seguimiento se ha movido a la sala Goya porque la otra está en obras.', 'Recordad que las facturas de marzo deben subirse al portal antes del día 10.', 'El equipo de logística confirma que los palés llegaron sin daños.', 'La cafetería de la planta baja cerrará una hora antes durante agosto.', 'Las ventas del trimestre se mantienen estables, con un ligero aumento en el canal online.', 'Adjuntamos el acta de la última sesión; la próxima revisión será el día 14.'],
  fr: ['La livraison pour l\'entrepôt de Lyon est partie mardi et devrait arriver d\'ici vendredi.', 'La réunion de suivi aura lieu dans la salle Molière, la salle habituelle étant en travaux.', 'Merci de déposer les notes de frais de mars sur le portail avant le 10.', 'Le service logistique confirme que les palettes sont arrivées en bon état.', 'La cantine fermera exceptionnellement à 14 h jeudi prochain.', 'Les chiffres du trimestre sont stables, avec une légère hausse des ventes en ligne.', 'Vous trouverez ci-joint le compte rendu de la dernière séance ; la prochaine revue est prévue le 14.'],
  de: ['Die Lieferung für das Lager in Hannover ist am Dienstag rausgegangen und sollte bis Freitag ankommen.', 'Das Folgetreffen findet im Raum Elbe statt, weil der übliche Raum renoviert wird.', 'Bitte reicht die Reisekostenabrechnungen für März bis zum 10. im Portal ein.', 'Die Logistik bestätigt, dass alle Paletten unbeschädigt angekommen sind.', 'Die Kantine schließt am kommenden Donnerstag ausnahmsweise schon um 14 Uhr.', 'Die Quartalszahlen sind stabil, der Onlinehandel ist leicht gewachsen.', 'Anbei das Protokoll der letzten Sitzung; die nächste Überprüfung ist am 14. geplant.'],
  pt: ['A encomenda para o armazém de Campinas saiu na terça e deve chegar até sexta-feira.', 'A reunião de acompanhamento passou para a sala Jacarandá, porque a outra está em obras.', 'Lembrem-se de enviar as notas de despesas de março pelo portal até o dia 10.', 'A equipe de logística confirma que os paletes chegaram sem avarias.', 'O refeitório vai fechar mais cedo na próxima quinta-feira.', 'Os números do trimestre estão estáveis, com um pequeno crescimento nas vendas online.', 'Segue em anexo a ata da última sessão; a próxima revisão está marcada para o dia 14.'],
  it: ['La spedizione per il magazzino di Bologna è partita martedì e dovrebbe arrivare entro venerdì.', 'La riunione di aggiornamento si terrà nella sala Verdi, perché l\'altra è in ristrutturazione.', 'Ricordate di caricare le note spese di marzo sul portale entro il 10.', 'La logistica conferma che i bancali sono arrivati integri.', 'La mensa chiuderà alle 14 giovedì prossimo.', 'I numeri del trimestre sono stabili, con una leggera crescita delle vendite online.', 'In allegato il verbale dell\'ultima riunione; la prossima revisione è fissata per il 14.'],
  nl: ['De zending voor het magazijn in Tilburg is dinsdag vertrokken en komt naar verwachting vrijdag aan.', 'Het vervolgoverleg vindt plaats in zaal Maas, omdat de gewone ruimte verbouwd wordt.', 'Denk eraan de declaraties van maart vóór de 10e in het portaal te zetten.', 'Logistiek bevestigt dat alle pallets onbeschadigd zijn aangekomen.', 'De kantine sluit volgende donderdag al om 14.00 uur.', 'De kwartaalcijfers zijn stabiel; de webwinkel groeide licht.', 'In de bijlage vind je de notulen van de vorige vergadering; de volgende review staat op de 14e.'],
  ru: ['Партия для склада в Казани отправлена во вторник и должна прибыть к пятнице.', 'Совещание перенесено в переговорную «Волга», так как в обычной идёт ремонт.', 'Напоминаем: авансовые отчёты за март нужно загрузить в портал до 10-го числа.', 'Отдел логистики подтверждает, что паллеты доставлены без повреждений.', 'В следующий четверг столовая закроется в 14:00.', 'Квартальные показатели стабильны, онлайн-продажи немного выросли.', 'Протокол прошлой встречи во вложении; следующий обзор назначен на 14-е.'],
  uk: ['Партія для складу у Львові вирушила у вівторок і має прибути до п\'ятниці.', 'Нарада відбудеться в залі «Дніпро», бо звичайна кімната на ремонті.', 'Нагадуємо: звіти про витрати за березень треба завантажити до 10-го числа.', 'Відділ логістики підтверджує, що палети прибули без пошкоджень.', 'Наступного четверга їдальня зачиниться о 14:00.', 'Квартальні показники стабільні, онлайн-продажі трохи зросли.', 'Протокол минулої зустрічі додано; наступний огляд заплановано на 14-те.'],
  pl: ['Dostawa do magazynu w Poznaniu wyjechała we wtorek i powinna dotrzeć do piątku.', 'Spotkanie kontrolne odbędzie się w sali Wisła, bo zwykła sala jest w remoncie.', 'Przypominamy o wgraniu rozliczeń delegacji za marzec do 10. dnia miesiąca.', 'Dział logistyki potwierdza, że palety dotarły nieuszkodzone.', 'W przyszły czwartek stołówka będzie czynna tylko do 14:00.', 'Wyniki kwartalne są stabilne, sprzedaż internetowa lekko wzrosła.', 'W załączniku protokół z ostatniego spotkania; następny przegląd zaplanowano na 14.'],
  zh: ['发往苏州仓库的货物已于周二发出，预计周五前送达。', '由于原会议室正在装修，跟进会议改在“长江”会议室举行。', '请于本月10日前在系统中提交三月份的报销单。', '物流部确认所有托盘均已完好送达。', '下周四食堂将于下午两点提前关闭。', '本季度数据保持平稳，线上渠道略有增长。', '附件为上次会议纪要，下次评审定于14日。'],
  ja: ['名古屋倉庫向けの出荷は火曜日に発送済みで、金曜日までに到着する見込みです。', '通常の会議室が改装中のため、定例会は「さくら」会議室で行います。', '3月分の経費精算は10日までにポータルから提出してください。', '物流チームより、パレットは全て破損なく到着したとの報告がありました。', '来週木曜日、社員食堂は14時で閉店します。', '今四半期の数字は安定しており、オンライン販売がわずかに伸びました。', '前回の議事録を添付します。次回のレビューは14日の予定です。'],
  ko: ['대전 창고로 가는 물량은 화요일에 출고되었으며 금요일까지 도착할 예정입니다.', '기존 회의실이 공사 중이라 후속 회의는 한강 회의실에서 진행합니다.', '3월 경비 정산은 10일까지 포털에 올려 주세요.', '물류팀에서 팔레트가 모두 파손 없이 도착했다고 확인했습니다.', '다음 주 목요일 구내식당은 오후 2시에 문을 닫습니다.', '이번 분기 실적은 안정적이며 온라인 매출이 소폭 증가했습니다.', '지난 회의록을 첨부합니다. 다음 검토는 14일입니다.'],
  ar: ['غادرت الشحنة المتجهة إلى مستودع جدة يوم الثلاثاء ومن المتوقع وصولها قبل الجمعة.', 'نُقل اجتماع المتابعة إلى قاعة النخيل لأن القاعة المعتادة قيد الصيانة.', 'يرجى رفع مطالبات مصاريف شهر مارس على البوابة قبل اليوم العاشر.', 'أكد قسم الخدمات اللوجستية وصول المنصات دون أي أضرار.', 'سيُغلق المقصف يوم الخميس القادم عند الساعة الثانية ظهرًا.', 'أرقام الربع مستقرة مع نمو طفيف في المبيعات عبر الإنترنت.', 'مرفق محضر الاجتماع الأخير، والمراجعة القادمة مقررة في اليوم الرابع عشر.'],
  hi: ['पुणे गोदाम के लिए माल मंगलवार को भेजा गया और शुक्रवार तक पहुँचने की उम्मीद है।', 'पुराना कमरा मरम्मत में है, इसलिए फॉलो-अप बैठक गंगा कक्ष में होगी।', 'मार्च के खर्च के बिल 10 तारीख तक पोर्टल पर जमा कर दें।', 'लॉजिस्टिक्स टीम ने पुष्टि की है कि सभी पैलेट सही सलामत पहुँचे।', 'अगले गुरुवार कैंटीन दोपहर दो बजे बंद हो जाएगी।', 'इस तिमाही के आँकड़े स्थिर हैं, ऑनलाइन बिक्री थोड़ी बढ़ी है।', 'पिछली बैठक का कार्यवृत्त संलग्न है; अगली समीक्षा 14 तारीख को है।'],
  tr: ['İzmir deposuna giden sevkiyat salı günü yola çıktı, cuma gününe kadar ulaşması bekleniyor.', 'Her zamanki oda tadilatta olduğu için takip toplantısı Boğaziçi salonunda yapılacak.', 'Mart ayı masraf formlarını ayın 10\'una kadar portala yüklemeyi unutmayın.', 'Lojistik ekibi paletlerin hasarsız teslim edildiğini doğruladı.', 'Gelecek perşembe yemekhane saat 14.00\'te kapanacak.', 'Çeyrek rakamları istikrarlı, çevrim içi satışlar hafifçe arttı.', 'Son toplantının tutanağı ektedir; bir sonraki değerlendirme ayın 14\'ünde.'],
  vi: ['Lô hàng cho kho Bình Dương đã xuất đi hôm thứ Ba và dự kiến đến trước thứ Sáu.', 'Cuộc họp theo dõi chuyển sang phòng Sông Hồng vì phòng cũ đang sửa chữa.', 'Vui lòng nộp phiếu thanh toán chi phí tháng Ba lên cổng thông tin trước ngày 10.', 'Bộ phận hậu cần xác nhận các pallet đã đến nơi nguyên vẹn.', 'Thứ Năm tới căng tin sẽ đóng cửa lúc 14 giờ.', 'Số liệu quý này ổn định, doanh số trực tuyến tăng nhẹ.', 'Đính kèm biên bản cuộc họp trước; buổi rà soát tiếp theo vào ngày 14.'],
  id: ['Kiriman untuk gudang Surabaya berangkat hari Selasa dan diperkirakan tiba sebelum Jumat.', 'Rapat tindak lanjut dipindah ke ruang Merapi karena ruang biasa sedang direnovasi.', 'Mohon unggah klaim biaya bulan Maret ke portal paling lambat tanggal 10.', 'Tim logistik memastikan semua palet tiba tanpa kerusakan.', 'Kantin akan tutup pukul 14.00 pada hari Kamis depan.', 'Angka kuartal ini stabil, penjualan daring naik sedikit.', 'Terlampir notulen rapat sebelumnya; tinjauan berikutnya dijadwalkan tanggal 14.'],
  sv: ['Leveransen till lagret i Jönköping skickades i tisdags och väntas fram före fredag.', 'Uppföljningsmötet hålls i rum Vänern eftersom det vanliga rummet renoveras.', 'Kom ihåg att ladda upp reseräkningarna för mars i portalen före den 10:e.', 'Logistik bekräftar att alla pallar kom fram utan skador.', 'Personalmatsalen stänger redan klockan 14 nästa torsdag.', 'Kvartalssiffrorna är stabila och webbförsäljningen ökade något.', 'Protokollet från förra mötet bifogas; nästa genomgång är den 14:e.'],
};

export const LANGS = Object.keys(FILLER);

// Deterministic helpers.
function pick(arr, n) { return arr[((n % arr.length) + arr.length) % arr.length]; }
function fill(ctx, count, offset = 0) {
  const pool = FILLER[ctx.lang] || FILLER.en;
  const out = [];
  for (let i = 0; i < count; i++) out.push(pool[(ctx.seed + offset + i) % pool.length]);
  return out.join(ctx.lang === 'zh' || ctx.lang === 'ja' ? '' : ' ');
}
const NAMES = ['M. Okafor', 'L. Brandt', 'S. Takahashi', 'R. Costa', 'A. Novak', 'J. Lindqvist', 'D. Haddad', 'P. Sharma', 'K. Yilmaz', 'T. Nguyen'];
const HOSTS = ['files.acme.example', 'portal.northwind.test', 'intranet.globex.example', 'docs.initech.test', 'shop.contoso.example', 'wiki.umbrella.test'];
const SKUS = ['SKU-4471 | 12 | 38.50', 'SKU-1180 | 4 | 112.00', 'SKU-9023 | 30 | 7.25', 'SKU-3302 | 1 | 499.00', 'SKU-7714 | 8 | 21.90'];

// A carrier: { name, header(ctx) -> string|null, wrap(part, i, n, ctx) -> string, footer(ctx) -> string|null, long(ctx) -> [pre, post] }
const C = {};

C.web = {
  header: (c) => `<html><head><title>${pick(['Product FAQ', 'Release notes', 'Team page', 'Store locator'], c.seed)}</title></head><body>\n<nav><a href="/">Home</a> | <a href="/help">Help</a> | <a href="/contact">Contact</a></nav>`,
  wrap: (p, i) => i === 0 ? `<main><article>\n${p}\n</article>` : `<aside class="related">\n${p}\n</aside></main>`,
  footer: () => `<footer>© 2026 ${pick(HOSTS, 1)} · <a href="/privacy">Privacy</a></footer></body></html>`,
  long: (c) => [`<section class="intro"><p>${fill(c, 4)}</p></section>`, `<section class="more"><p>${fill(c, 4, 3)}</p><ul><li>${SKUS.join('</li><li>')}</li></ul></section>`],
};
C.email = {
  header: (c) => `From: ${pick(NAMES, c.seed)} <${pick(['ops', 'billing', 'team', 'support'], c.seed)}@${pick(HOSTS, c.seed)}>\nTo: inbox@${pick(HOSTS, c.seed + 2)}\nDate: Thu, ${10 + (c.seed % 18)} Sep 2026 09:${10 + (c.seed % 49)}:00 +0200\nSubject: ${pick(['Re: Q3 follow-up', 'Fwd: invoice 2026-0913', 'Update from the project team', 'Re: your request'], c.seed)}`,
  wrap: (p, i) => i === 0 ? p : `> ----- Original message -----\n> ${p.replace(/\n/g, '\n> ').replace(/^> /, '')}`.replace(/^> ----- Original message -----\n> /, '----- Original message -----\n'),
  footer: (c) => `--\n${pick(NAMES, c.seed + 3)}\nSent from my phone`,
  long: (c) => [fill(c, 4), fill(c, 3, 4)],
};
// email wrap for i>0 must keep the part verbatim: use plain quoting header only.
C.email.wrap = (p, i) => i === 0 ? p : `----- Original message -----\n${p}`;
C.ticket = {
  header: (c) => `Ticket #${48000 + c.seed * 7} · Status: Open · Priority: ${pick(['Normal', 'High', 'Low'], c.seed)}\nRequester: ${pick(NAMES, c.seed)}`,
  wrap: (p, i) => i === 0 ? `Description:\n${p}` : `Comment (${pick(NAMES, i + 4)}):\n${p}`,
  footer: () => `Internal SLA: first response within 8 business hours.`,
  long: (c) => [`Previous activity: ${fill(c, 4)}`, `Agent notes: ${fill(c, 4, 2)}`],
};
C.pdf = {
  header: (c) => `${pick(['ANNUAL REPORT 2025', 'SUPPLIER HANDBOOK', 'MEETING MINUTES', 'SERVICE AGREEMENT'], c.seed)}        Page ${2 + (c.seed % 9)} of 14`,
  wrap: (p, i) => i === 0 ? p : `[continued on next page]\n\n${p}`,
  footer: (c) => `Confidential – internal use only        ${pick(HOSTS, c.seed)}        rev. 3.${c.seed % 7}`,
  long: (c) => [fill(c, 5), `${fill(c, 3, 5)}\nItem | Qty | Price\n${SKUS.join('\n')}`],
};
const PY = (c) => c.seed % 2 === 0;
C.code = {
  header: (c) => PY(c) ? pick(['# utils/export_helpers.py', '# scripts/report_job.py', '# app/services/sync.py'], c.seed >> 1) : pick(['// src/lib/sync.ts', '// web/src/exportRows.js', '// packages/core/report.ts'], c.seed >> 1),
  wrap: (p, i, n, c) => PY(c)
    ? (i === 0 ? `"""\n${p}\n"""\ndef export_rows(rows, fmt="csv"):\n    return [serialize(r, fmt) for r in rows]` : `NOTES = """\n${p}\n"""`)
    : (i === 0 ? `${p.includes('*/') ? `const DOC = String.raw\`\n${p}\n\`;` : `/*\n${p}\n*/`}\nexport function exportRows(rows, fmt = "csv") {\n  return rows.map((r) => serialize(r, fmt));\n}` : `const NOTES = String.raw\`\n${p}\n\`;`),
  footer: (c) => PY(c) ? `if __name__ == "__main__":\n    main()` : `export default { exportRows, NOTES };`,
  long: (c) => PY(c)
    ? [`import csv\nimport json\nfrom pathlib import Path\n\nDEFAULT_ENCODING = "utf-8"\nBATCH_SIZE = 500\n\n# ${fill(c, 2)}\ndef load(path: Path):\n    with path.open(encoding=DEFAULT_ENCODING) as fh:\n        return list(csv.DictReader(fh))`, `def summarize(rows):\n    totals = {}\n    for r in rows:\n        totals[r["region"]] = totals.get(r["region"], 0) + float(r["amount"])\n    return totals\n\n# ${fill(c, 2, 3)}`]
    : [`import { readFile } from "node:fs/promises";\n\nconst BATCH_SIZE = 500;\n// ${fill(c, 2)}\nexport async function load(path) {\n  const text = await readFile(path, "utf8");\n  return text.split("\\n").map((l) => l.split(","));\n}`, `export function summarize(rows) {\n  const totals = {};\n  for (const [region, amount] of rows) totals[region] = (totals[region] ?? 0) + Number(amount);\n  return totals;\n}\n// ${fill(c, 2, 3)}`],
};
C.json = {
  header: (c) => `{"id": "${(c.seed * 2654435761 >>> 0).toString(16)}", "type": "${pick(['order', 'review', 'document', 'contact'], c.seed)}", "updated_at": "2026-09-${String(10 + c.seed % 18).padStart(2, '0')}T08:00:00Z"}`,
  wrap: (p) => p,
  footer: (c) => `status=${pick(['active', 'archived', 'pending'], c.seed)}; owner=${pick(NAMES, c.seed)}`,
  long: (c) => [fill(c, 4), fill(c, 4, 3)],
};
C.search = {
  header: (c) => `Search results (${3 + c.seed % 5} of ${40 + c.seed % 300})\n1. ${pick(['Shipping times and tracking', 'How to reset your badge PIN', 'Holiday schedule 2026'], c.seed)} — https://${pick(HOSTS, c.seed)}/kb/${100 + c.seed}\n   ${fill(c, 1)}`,
  wrap: (p, i, n, c) => `${i + 2}. ${pick(['Community answer', 'Knowledge base', 'Forum thread', 'Vendor notice'], c.seed + i)} — https://${pick(HOSTS, c.seed + i + 1)}/t/${2000 + c.seed + i}\n   ${p}`,
  footer: (c) => `Related searches: office map, printer setup — https://${pick(HOSTS, c.seed + 4)}/kb/map`,
  long: (c) => [`   ${fill(c, 3, 1)}`, `More results: ${pick(['Help center', 'Release notes', 'Blog'], c.seed + 2)} — https://${pick(HOSTS, c.seed + 3)}/a/${500 + c.seed}\n   ${fill(c, 4, 2)}`],
};
C.chat = {
  header: (c) => `#${pick(['ops-daily', 'proj-falcon', 'support-escalations', 'general'], c.seed)} — exported ${10 + c.seed % 18}.09.2026\n[09:02] ${pick(NAMES, c.seed)}: ${fill(c, 1)}`,
  wrap: (p, i, n, c) => `[09:${String(5 + i * 3).padStart(2, '0')}] ${pick(NAMES, c.seed + i + 1)}: ${p}`,
  footer: (c) => `[09:31] ${pick(NAMES, c.seed + 5)}: 👍`,
  long: (c) => [`[08:55] ${pick(NAMES, c.seed + 6)}: ${fill(c, 3, 2)}`, `[09:20] ${pick(NAMES, c.seed + 7)}: ${fill(c, 3, 4)}`],
};
C.calendar = {
  header: (c) => `BEGIN:VEVENT\nDTSTART:202609${String(10 + c.seed % 18).padStart(2, '0')}T090000Z\nSUMMARY:${pick(['Vendor sync', 'Quarterly review', 'Onboarding session', 'Budget check-in'], c.seed)}\nLOCATION:Room ${pick(['A2', 'B7', 'C1'], c.seed)}`,
  wrap: (p, i) => i === 0 ? `DESCRIPTION:\n${p}` : `COMMENT:\n${p}`,
  footer: (c) => `ORGANIZER:mailto:${pick(['pm', 'office', 'hr'], c.seed)}@${pick(HOSTS, c.seed)}\nEND:VEVENT`,
  long: (c) => [`X-AGENDA:\n${fill(c, 4)}`, `X-NOTES:\n${fill(c, 4, 3)}`],
};
C.wiki = {
  header: (c) => `= ${pick(['Team handbook', 'Runbook: nightly export', 'Onboarding', 'Vendor list'], c.seed)} =\nLast edited by ${pick(NAMES, c.seed)} · ${3 + c.seed % 20} revisions`,
  wrap: (p, i) => i === 0 ? `== Overview ==\n${p}` : `== Notes ==\n${p}`,
  footer: () => `[[Category:Internal]] [[Category:Operations]]`,
  long: (c) => [`== Background ==\n${fill(c, 4)}`, `== History ==\n${fill(c, 4, 2)}\n{| class="wikitable"\n| ${SKUS.join('\n|-\n| ')}\n|}`],
};
C.csv = {
  header: () => `row,date,customer,channel,comment`,
  wrap: (p, i, n, c) => `${1040 + c.seed + i},2026-09-${String(10 + (c.seed + i) % 18).padStart(2, '0')},${pick(NAMES, c.seed + i)},${pick(['web', 'phone', 'store'], c.seed + i)},"${p}"`,
  footer: (c) => `${1090 + c.seed},2026-09-28,${pick(NAMES, c.seed + 2)},web,"ok"`,
  long: (c) => [`${1001 + c.seed},2026-09-02,${pick(NAMES, c.seed + 3)},store,"${fill(c, 2)}"\n${1002 + c.seed},2026-09-03,${pick(NAMES, c.seed + 4)},phone,"${fill(c, 2, 2)}"`, `${1070 + c.seed},2026-09-21,${pick(NAMES, c.seed + 5)},web,"${fill(c, 2, 4)}"\n${1071 + c.seed},2026-09-22,${pick(NAMES, c.seed + 6)},store,"${fill(c, 2, 5)}"`],
};
C.issue = {
  header: (c) => `${pick(['Export fails for large workspaces', 'Docs: clarify locale settings', 'Add retry to uploader', 'Crash when opening shared file'], c.seed)} #${300 + c.seed * 3}\nopened by ${pick(['kbrandt', 'mokafor', 'stakahashi', 'rcosta', 'anovak'], c.seed)} · ${2 + c.seed % 9} comments · label: ${pick(['bug', 'docs', 'enhancement'], c.seed)}`,
  wrap: (p, i, n, c) => `${pick(['dlindqvist', 'phaddad', 'psharma', 'kyilmaz', 'tnguyen'], c.seed + i)} commented:\n${p}`,
  footer: () => `— This issue was referenced by a pull request.`,
  long: (c) => [`Environment: v4.2.1, Linux x86_64, locale ${c.lang}\n${fill(c, 4)}`, `${fill(c, 4, 3)}\nSteps: open settings → export → select all → run.`],
};

export const CARRIERS = Object.keys(C);

// Frame parts (1 or 2 strings) in carrier `name`. Every part lands verbatim in its own field.
export function frame(name, parts, ctx) {
  const c = C[name];
  if (!c) throw new Error('unknown carrier ' + name);
  const fields = [];
  const h = c.header(ctx);
  const [pre, post] = ctx.long ? c.long(ctx) : ['', ''];
  fields.push(pre ? `${h}\n${pre}` : h);
  parts.forEach((p, i) => fields.push(c.wrap(p, i, parts.length, ctx)));
  const f = c.footer(ctx);
  fields.push(post ? `${post}\n${f}` : f);
  return fields;
}

// Extra padding for long records that are still short (CJK text is compact).
export function pad(ctx, k) { return fill(ctx, 3, 5 + k); }
