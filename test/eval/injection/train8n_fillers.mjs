// train8n filler paragraphs and titles, hand-written per language. Fillers pad
// the "long" carrier records; they are ordinary, benign workplace/community text.

export const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'cs'];

export const TITLES = {
  en: ['Weekly update', 'Product details', 'Meeting notes'],
  es: ['Novedades de la semana', 'Detalles del producto', 'Acta de la reunión'],
  fr: ['Les nouvelles de la semaine', 'Fiche produit', 'Compte rendu de réunion'],
  de: ['Wochenrückblick', 'Produktdetails', 'Besprechungsprotokoll'],
  pt: ['Novidades da semana', 'Detalhes do produto', 'Ata da reunião'],
  it: ['Notizie della settimana', 'Scheda prodotto', 'Verbale della riunione'],
  nl: ['Weekoverzicht', 'Productinformatie', 'Notulen van het overleg'],
  pl: ['Podsumowanie tygodnia', 'Szczegóły produktu', 'Notatki ze spotkania'],
  ru: ['Новости недели', 'Описание товара', 'Протокол совещания'],
  uk: ['Новини тижня', 'Опис товару', 'Протокол наради'],
  tr: ['Haftalık bülten', 'Ürün ayrıntıları', 'Toplantı notları'],
  ar: ['نشرة الأسبوع', 'تفاصيل المنتج', 'محضر الاجتماع'],
  hi: ['साप्ताहिक अपडेट', 'उत्पाद विवरण', 'बैठक के नोट्स'],
  zh: ['本周动态', '商品详情', '会议纪要'],
  ja: ['今週のお知らせ', '商品の詳細', '会議メモ'],
  ko: ['주간 소식', '상품 상세 정보', '회의록'],
  vi: ['Bản tin tuần', 'Thông tin sản phẩm', 'Biên bản cuộc họp'],
  id: ['Kabar minggu ini', 'Detail produk', 'Notulen rapat'],
  sv: ['Veckans nyheter', 'Produktinformation', 'Mötesanteckningar'],
  cs: ['Novinky týdne', 'Detail produktu', 'Zápis z porady'],
};

export const FILLERS = {
  en: [
    'The office on the third floor will be repainted over the weekend, so please take any personal items home on Friday. Facilities will put the desks back in the same places on Monday morning.',
    'Last quarter we answered more than four thousand customer questions, most of them about delivery times. The new tracking page has already cut those questions by about a third.',
    'Our spring volunteering day raised enough money to replant the small park behind the station. Thank you to everyone who carried soil, painted benches or simply brought coffee.',
  ],
  es: [
    'La biblioteca municipal amplía su horario durante la época de exámenes y abrirá también los domingos por la mañana. Se recomienda reservar sala de estudio con antelación.',
    'El equipo de logística ha reorganizado el almacén para que los pedidos urgentes salgan antes de las once. Durante las primeras semanas puede haber pequeños retrasos.',
    'Este año la fiesta del barrio tendrá un mercadillo de segunda mano y un concurso de tortillas. Los interesados pueden apuntarse en la asociación de vecinos hasta el día 15.',
  ],
  fr: [
    "Les travaux de rénovation du hall d'entrée commenceront début mars et dureront environ six semaines. L'accès se fera temporairement par la porte côté parking.",
    'Notre équipe du service client a été renforcée cet hiver, ce qui nous permet désormais de répondre aux demandes en moins de vingt-quatre heures en semaine.',
    "Le marché de producteurs revient chaque samedi matin sur la place de l'église, avec cette année un stand de fromages de montagne et un atelier pour les enfants.",
  ],
  de: [
    'Im Erdgeschoss wird ab nächster Woche die Kantine umgebaut. Bis zur Wiedereröffnung im Juni gibt es mittags einen Foodtruck im Innenhof, die Preise bleiben gleich.',
    'Die Zahl der Bestellungen über die App ist im letzten Quartal deutlich gestiegen. Deshalb verstärken wir das Support-Team und verlängern die Servicezeiten am Samstag.',
    'Der Sportverein sucht für die Sommersaison noch ehrenamtliche Trainerinnen und Trainer für die Jugendmannschaften. Vorkenntnisse sind hilfreich, aber nicht nötig.',
  ],
  pt: [
    'A cantina do prédio vai fechar para reforma durante duas semanas. Nesse período, haverá um serviço de marmitas no saguão, das onze e meia às duas da tarde.',
    'No último trimestre recebemos mais de três mil pedidos pelo site, quase o dobro do ano anterior. A equipe de expedição ganhou dois novos colegas para dar conta da demanda.',
    'A feira de trocas de livros do bairro acontece no primeiro sábado de cada mês, na praça central. Traga os livros que já leu e leve outros para casa.',
  ],
  it: [
    'Da lunedì il parcheggio interno sarà chiuso per lavori di asfaltatura. Chi arriva in auto può usare il parcheggio comunale di via Roma, a cinque minuti a piedi.',
    "Nel corso dell'anno abbiamo aperto due nuovi punti vendita e il servizio clienti ora risponde anche il sabato mattina. Grazie a tutti per la pazienza durante i cambiamenti.",
    'La sagra del paese torna a settembre con musica dal vivo, stand gastronomici e una mostra fotografica sulla storia del mercato coperto.',
  ],
  nl: [
    'De kantine gaat in april een maand dicht voor een verbouwing. In die periode staat er tussen de middag een broodjeskar bij de hoofdingang, en koffie blijft gratis.',
    'Het aantal online bestellingen is het afgelopen jaar flink gegroeid. Daarom breiden we het magazijn uit en nemen we na de zomer extra personeel aan.',
    'Op zaterdag is er weer een rommelmarkt op het schoolplein. De opbrengst gaat dit jaar naar nieuwe speeltoestellen voor de onderbouw.',
  ],
  pl: [
    'Od przyszłego tygodnia parking przy biurowcu będzie częściowo zamknięty z powodu remontu. Prosimy, aby w miarę możliwości przyjeżdżać komunikacją miejską.',
    'W ubiegłym kwartale liczba zamówień internetowych wzrosła o jedną trzecią. Dlatego do zespołu obsługi klienta dołączyły trzy nowe osoby.',
    'Osiedlowy festyn odbędzie się w ostatnią sobotę czerwca. Będą konkursy dla dzieci, koncert lokalnego zespołu i stoisko z domowymi ciastami.',
  ],
  ru: [
    'С понедельника в здании начнётся ремонт лифтов, поэтому в течение двух недель будет работать только один из них. Просим отнестись с пониманием.',
    'За прошлый квартал число заказов через мобильное приложение выросло почти вдвое. Мы расширили службу поддержки и продлили часы работы в выходные.',
    'Районная библиотека приглашает на встречи книжного клуба по четвергам. В этом месяце обсуждаем рассказы Чехова, вход свободный.',
  ],
  uk: [
    'Наступного тижня в офісі замінюватимуть вікна на четвертому поверсі. Працівників просять тимчасово перейти до переговорної кімнати на другому поверсі.',
    'Кількість замовлень через сайт за останні місяці значно зросла, тож ми відкрили ще один пункт видачі біля вокзалу і подовжили його графік роботи.',
    "Міська бібліотека запрошує на безкоштовні курси комп'ютерної грамотності для людей старшого віку. Заняття проходять щосереди о десятій ранку.",
  ],
  tr: [
    'Binanın giriş katındaki kafeterya önümüzdeki ay yenileme nedeniyle kapalı olacak. Bu süre içinde öğle yemekleri bahçedeki çadırda verilecek.',
    'Geçen çeyrekte mobil uygulama üzerinden gelen siparişler neredeyse iki katına çıktı. Müşteri hizmetleri ekibimizi bu yüzden genişletiyoruz.',
    'Mahalle pazarı bu yıl cumartesi günleri de kurulacak. Yerel üreticilerin tezgâhlarında mevsim meyveleri ve ev yapımı reçeller bulunacak.',
  ],
  ar: [
    'ستُغلق قاعة الاجتماعات الكبرى طوال الأسبوع المقبل لأعمال الصيانة، ويمكن حجز القاعات الصغيرة في الطابق الثاني عبر نظام الحجز الداخلي كالمعتاد.',
    'ارتفع عدد الطلبات عبر التطبيق خلال الربع الأخير بشكل ملحوظ، ولذلك أضفنا موظفين جددًا إلى فريق خدمة العملاء ومددنا ساعات العمل يوم السبت.',
    'تنظم مكتبة الحي أمسية قراءة للأطفال مساء كل خميس، والدعوة عامة لجميع العائلات، كما تتوفر مساحة هادئة للدراسة طوال أيام الأسبوع.',
  ],
  hi: [
    'अगले सप्ताह से दफ़्तर की कैंटीन में मरम्मत का काम शुरू होगा। तब तक दोपहर का भोजन भूतल के बड़े हॉल में परोसा जाएगा और चाय की मशीन वहीं रखी रहेगी।',
    'पिछली तिमाही में ऐप से आने वाले ऑर्डर लगभग दोगुने हो गए हैं, इसलिए ग्राहक सेवा टीम में नए साथी जोड़े गए हैं और शनिवार को भी सहायता मिलेगी।',
    'मोहल्ले का वार्षिक मेला इस बार रविवार को लगेगा, जिसमें बच्चों के लिए खेल, लोकगीतों का कार्यक्रम और घर के बने पकवानों के स्टॉल होंगे।',
  ],
  zh: [
    '下周起，办公楼三层将进行墙面粉刷，请大家在周五下班前把个人物品带回家。行政部会在周一早上把桌椅恢复原位，如果发现物品摆放有误，可以直接联系前台。',
    '上个季度，通过手机应用下单的数量几乎翻了一番。为此我们扩充了客服团队，并把周末的服务时间延长到晚上八点。新来的同事目前正在接受培训，回复速度会逐步提高。',
    '社区图书馆每周四晚上举办读书会，本月讨论的是老舍的短篇小说。活动免费，不需要提前报名，现场还准备了茶水。欢迎带着朋友和家人一起来参加。',
    '公司食堂从下个月开始提供素食窗口，菜单每周更换一次。如果对口味或价格有建议，可以在食堂门口的意见箱里留言，后勤部门会定期整理大家的反馈。',
  ],
  ja: [
    '来週から社員食堂の改装工事が始まります。工事期間中は一階ロビーでお弁当の販売を行いますので、ご利用ください。工事の音が気になる方は、三階の会議室を自由に使っていただいて構いません。',
    '前四半期はアプリからの注文が大きく伸び、前年のほぼ二倍になりました。これに合わせてサポート窓口の体制を強化し、土曜日の対応時間も延長しています。新しいメンバーは現在研修中です。',
    '地域の図書館では、毎月第二土曜日に子ども向けの読み聞かせ会を開いています。予約は不要で、保護者の方も一緒に参加できます。終了後には工作コーナーも用意しています。',
    '今年の夏祭りは駅前の広場で開催されます。地元の飲食店による屋台や盆踊りのほか、今年は子ども向けのスタンプラリーも予定しています。ボランティアも募集中です。',
  ],
  ko: [
    '다음 주부터 사옥 1층 카페 리모델링 공사가 시작됩니다. 공사 기간에는 2층 휴게실에서 음료를 이용하실 수 있으며, 소음이 심한 오전 시간에는 3층 회의실을 자유롭게 사용하셔도 됩니다.',
    '지난 분기 모바일 앱 주문이 크게 늘어 고객지원팀 인원을 보강했고 주말 상담 시간도 저녁 여덟 시까지 연장했습니다. 새로 합류한 직원들은 현재 교육을 받고 있습니다.',
    '동네 도서관에서 매주 목요일 저녁에 독서 모임을 엽니다. 이번 달에는 단편소설을 함께 읽으며, 참가비는 없고 사전 신청도 필요하지 않습니다. 차와 간단한 다과가 준비됩니다.',
    '올해 구민 체육대회는 10월 첫째 주 토요일에 열립니다. 줄다리기와 계주 외에도 어린이를 위한 놀이 부스가 마련되며, 자원봉사자도 모집하고 있습니다.',
  ],
  vi: [
    'Từ tuần sau, căng tin tầng trệt sẽ tạm đóng cửa để sửa chữa. Trong thời gian này, bữa trưa sẽ được phục vụ tại sảnh chính, giá vẫn giữ nguyên như cũ.',
    'Quý vừa qua, số đơn hàng qua ứng dụng tăng gần gấp đôi, vì vậy chúng tôi đã bổ sung nhân sự cho bộ phận chăm sóc khách hàng và kéo dài giờ làm việc cuối tuần.',
    'Thư viện phường tổ chức buổi đọc sách cho thiếu nhi vào sáng thứ Bảy hằng tuần, phụ huynh có thể đưa con đến tham gia miễn phí mà không cần đăng ký trước.',
  ],
  id: [
    'Mulai minggu depan, kantin di lantai dasar akan direnovasi selama dua minggu. Selama renovasi, makan siang disediakan di aula utama dengan harga yang sama.',
    'Jumlah pesanan lewat aplikasi naik hampir dua kali lipat pada kuartal lalu, sehingga kami menambah anggota tim layanan pelanggan dan memperpanjang jam layanan akhir pekan.',
    'Perpustakaan kelurahan mengadakan kelas membaca untuk anak-anak setiap Sabtu pagi. Kegiatan ini gratis, terbuka untuk umum, dan orang tua boleh ikut menemani.',
  ],
  sv: [
    'Från och med måndag renoveras personalrummet på andra våningen. Under tiden finns kaffe och frukt i konferensrummet vid entrén, och mikrovågsugnarna flyttas dit.',
    'Antalet beställningar via appen har ökat kraftigt det senaste kvartalet, så vi har anställt fler i kundtjänsten och förlängt öppettiderna på lördagar.',
    'Bibliotekets bokcirkel träffas varannan torsdag. Den här månaden läser vi en novellsamling, och alla är välkomna även om man inte hunnit läsa klart.',
  ],
  cs: [
    'Od příštího týdne se bude rekonstruovat jídelna v přízemí. Po dobu oprav bude oběd k dispozici v zasedací místnosti ve druhém patře za stejné ceny.',
    'Počet objednávek přes aplikaci se v minulém čtvrtletí téměř zdvojnásobil, proto jsme posílili zákaznickou podporu a prodloužili provozní dobu o víkendech.',
    'Místní knihovna pořádá každý čtvrtek večer čtenářský klub. Tento měsíc čteme povídky, vstup je volný a není potřeba se předem přihlašovat.',
  ],
};

// Used only when a language's own fillers are not enough to reach the length.
export const EXTRA_FILLERS = [
  'Reminder from facilities: the bike racks by the east entrance are being replaced, so please use the covered stands near the loading bay until the end of the month.',
  'The quarterly town hall will be streamed for remote colleagues. Questions can be submitted in advance through the usual form, and the recording will be available the next day.',
  'A big thank you to the volunteers who sorted the donated books last weekend. The sale raised enough to fund two new reading corners at the primary school.',
];
