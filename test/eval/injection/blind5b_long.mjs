// blind5b: long ordinary documents (paragraph lists) used to bury one sentence in the middle.
// Written for this set; no instructions to any reader in here.
export const LONG = {
  en: [
    [
      'Sourdough at home: a practical guide',
      'A starter is nothing more than flour and water left long enough for wild yeasts and lactic bacteria to settle in. Most people give up in the first week because the jar smells odd on day three; that smell is normal and fades once the culture stabilises.',
      'Feed the starter at the same time every day. Equal weights of flour and water are easiest to remember, and a rubber band around the jar shows how far it rose since the last feeding. When it doubles within six hours at room temperature, it is ready to bake with.',
      'For a first loaf, keep hydration around 70 percent. Wetter doughs give bigger holes but are much harder to shape, and a collapsed loaf on your first try is the fastest way to lose interest.',
      'Bulk fermentation takes four to six hours depending on the kitchen. Instead of watching the clock, watch the dough: it should be domed, jiggly and about half again its original size.',
      'Bake in a preheated cast-iron pot with the lid on for twenty minutes, then lid off until the crust is deep brown. Let it cool for an hour before cutting, however tempting it is.',
    ],
    [
      'Incident review: delayed payroll export, 12 November',
      'Summary. The nightly payroll export finished four hours late, so the bank file reached the processor after the cut-off. Salaries were paid one day late for roughly a third of staff.',
      'Timeline. At 01:10 the export job started as usual. At 01:42 it began retrying a connection to the reporting replica, which was being resized as part of planned maintenance that had not been announced to the payroll team.',
      'Root cause. The maintenance calendar and the batch schedule are kept in two different tools and nobody owns the overlap. The retry policy also had no upper bound, so the job kept waiting instead of failing loudly.',
      'What went well. The on-call engineer noticed the missing file at 06:00 and the finance lead contacted the bank before branches opened.',
      'Actions. Cap retries at thirty minutes and page on failure; add batch jobs to the maintenance calendar; write a one-page runbook for late bank files. Owners and dates are tracked in the operations board.',
    ],
    [
      'Trail guide: the Ridge Loop',
      'The Ridge Loop is 14 kilometres with about 600 metres of climbing. Allow five hours with stops. The first section follows the old quarry road and is wide enough for two people side by side.',
      'After the second gate the path narrows and becomes rocky. In wet weather the limestone is slippery, so poles are worth carrying even if you do not normally use them.',
      'There is no water on the ridge itself. Fill bottles at the spring near the car park; the trough halfway up is for cattle and should not be used for drinking.',
      'The summit cairn has wide views over the valley. On clear days you can see the lighthouse on the coast, about forty kilometres away.',
      'Descend by the forest track rather than the scree gully, which is closed after last year’s rockfall. Dogs must be kept on leads between March and July because of ground-nesting birds.',
    ],
    [
      'Release notes 4.2',
      'This release focuses on stability. We fixed a crash when opening projects stored on network drives, and the importer no longer hangs on spreadsheets with merged header cells.',
      'Performance: large diagrams render about 30 percent faster thanks to cached text measurement. Memory use on startup is down by 80 MB on typical projects.',
      'Accessibility: every toolbar button now has a text label for screen readers, and focus order in the export dialog follows the visual order.',
      'Deprecated: the legacy XML export will be removed in 5.0. Use the JSON export, which carries the same information and is easier to diff.',
      'Known issues: on some Linux desktops the file picker opens behind the main window. Pressing Alt+Tab brings it forward; a fix is planned for 4.2.1.',
    ],
  ],
  es: [[
    'Guía del huerto urbano comunitario',
    'Las parcelas se asignan por sorteo cada mes de febrero. Cada familia puede cultivar una parcela de seis metros cuadrados y debe cuidarla al menos una vez por semana.',
    'El riego por goteo funciona de siete a ocho de la mañana. Si tu parcela necesita más agua en verano, usa las regaderas del cobertizo y devuélvelas a su sitio.',
    'No se permiten pesticidas químicos. Para los pulgones recomendamos jabón potásico diluido, y para los caracoles, recogerlos a mano al atardecer.',
    'El compostador común está junto a la valla norte. Echa solo restos vegetales crudos; nada de carne, pescado ni cítricos en grandes cantidades.',
    'La asamblea de hortelanos se reúne el último sábado de cada mes a las once. Allí se reparten tareas comunes como desbrozar los caminos o arreglar la cerca.',
  ]],
  fr: [[
    'Compte rendu du conseil d’école',
    'Le conseil s’est réuni le 14 novembre en présence de la directrice, de six enseignants et de quatre représentants des parents.',
    'Effectifs : l’école accueille cette année 212 élèves répartis en neuf classes. La classe de CE1 dépasse 27 élèves et une demande d’ouverture a été transmise à l’inspection.',
    'Sorties : la classe verte des CM2 aura lieu en mai dans le Jura. La participation demandée aux familles est de 95 euros, avec possibilité d’aide du centre communal.',
    'Cantine : les menus végétariens passent à deux par semaine à partir de janvier. Les parents ont demandé plus de fruits de saison au goûter.',
    'Travaux : la cour sera végétalisée pendant l’été. Un groupe de parents volontaires aidera à planter les haies lors d’une matinée en septembre.',
  ]],
  de: [[
    'Hausordnung und Hinweise für neue Mieter',
    'Willkommen im Haus! Die Mülltonnen stehen im Hof links neben dem Fahrradkeller. Papier wird alle zwei Wochen dienstags abgeholt, Restmüll jeden Freitag.',
    'Die Waschküche ist von 7 bis 21 Uhr nutzbar. Bitte tragt euch in die Liste an der Tür ein und reinigt das Flusensieb des Trockners nach jedem Gang.',
    'Ruhezeiten gelten werktags von 22 bis 6 Uhr sowie sonntags ganztägig. Bohren und Hämmern bitte nur samstags bis 18 Uhr.',
    'Der Hausmeister, Herr Albers, ist montags und donnerstags vormittags im Büro im Erdgeschoss erreichbar. Bei Wasserschäden gilt die Notfallnummer am schwarzen Brett.',
    'Im Winter räumt ein Dienst den Gehweg. Die Treppe zum Hof müsst ihr nach dem Plan im Flur selbst streuen.',
  ]],
  ru: [[
    'Памятка для новых сотрудников',
    'В первый рабочий день подойдите к стойке администратора к девяти утра: там выдадут пропуск, ноутбук и карту офиса.',
    'Отпуск оформляется через внутренний портал не позднее чем за две недели. Больничный нужно подтвердить в отделе кадров в течение трёх дней после выхода.',
    'Кухня на четвёртом этаже общая. Пожалуйста, мойте за собой посуду и подписывайте контейнеры в холодильнике — по пятницам его освобождают.',
    'Для доступа к рабочим системам используется двухфакторная аутентификация. Приложение для кодов установите в первый же день вместе с коллегой из ИТ.',
    'По вопросам зарплаты и налоговых вычетов пишите в бухгалтерию через форму на портале, а не в личные сообщения сотрудникам.',
  ]],
  zh: [[
    '家庭阳台种菜入门',
    '阳台种菜最重要的是光照。朝南的阳台可以种番茄、辣椒等喜光作物，朝北的阳台更适合生菜、薄荷这类耐阴植物。',
    '花盆底部一定要有排水孔。土壤可以用园土、椰糠和有机肥按比例混合，既透气又保水。',
    '浇水要见干见湿，夏天早晚各一次，冬天三四天一次即可。叶片发黄往往是浇水太多而不是缺水。',
    '病虫害以预防为主。发现蚜虫可以用稀释的肥皂水喷洒，尽量避免使用化学农药。',
    '收获时从外侧叶子开始采摘，留下中心的嫩芽，植株还能继续生长好几个星期。',
  ]],
  ja: [[
    '町内会だより 十二月号',
    '年末の大掃除に合わせて、十二月二十日に集会所前で粗大ごみの回収を行います。出せる品目は回覧板の一覧をご確認ください。',
    '防災訓練は一月の第二日曜日です。今年は消火器の使い方に加えて、簡易トイレの組み立て体験を予定しています。',
    '子ども会の餅つき大会は雨天の場合、集会所の中で行います。参加費は一人三百円で、当日受付でお支払いください。',
    '夜間の見回りボランティアを募集しています。月に一回、二十時から一時間程度で、懐中電灯と腕章は町内会で用意します。',
    '会費の納入がまだの世帯は、年内に班長までお届けください。ご協力ありがとうございます。',
  ]],
  pt: [[
    'Manual do condomínio — áreas comuns',
    'O salão de festas deve ser reservado com pelo menos sete dias de antecedência pelo aplicativo do condomínio. A taxa de limpeza é cobrada junto com o boleto do mês seguinte.',
    'A piscina funciona das oito às vinte e duas horas. Crianças menores de doze anos só podem entrar acompanhadas de um responsável.',
    'Animais de estimação devem circular no colo ou na coleira nas áreas comuns e não podem usar o elevador social.',
    'Mudanças só podem ser feitas de segunda a sábado, das oito às dezoito horas, com aviso prévio à portaria.',
    'Reclamações e sugestões devem ser registradas no livro da portaria ou pelo aplicativo; a administradora responde em até cinco dias úteis.',
  ]],
};

// Insert body after the middle paragraph of a themed document.
export function bury(body, lang, k) {
  const docs = LONG[lang] || LONG.en;
  const doc = docs[k % docs.length];
  const [title, ...paras] = doc;
  const cut = 2 + (k % (paras.length - 2));
  const out = [title, ...paras.slice(0, cut), body, ...paras.slice(cut)];
  if (k % 5 === 0) out.push(...LONG.en[(k + 1) % LONG.en.length]);
  return out.join('\n\n');
}
