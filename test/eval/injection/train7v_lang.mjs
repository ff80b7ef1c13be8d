// train7v: per-language register wrappers (openers / closers / code-switched openers)
// and ordinary filler sentences used to build long framings. All neutral: the same
// wrappers and fillers are used for harmful texts and for look-alikes.
export const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];

export const OPENERS = {
  en: [`Posting this here because I don't know where else to ask.`, `Quick one —`, `Saw this earlier and can't stop thinking about it:`, `Long-time lurker, first post.`, `Re: your last message —`, `ok so`, `Copying the text as it was sent to me:`, `Not sure this is the right board, but`],
  es: [`Lo pongo aquí porque no sé dónde más preguntar.`, `Buenas a todos.`, `Copio el mensaje tal cual:`],
  fr: [`Je poste ici, je ne sais pas où demander ailleurs.`, `Salut à tous,`, `Je recopie le message tel quel :`],
  de: [`Ich poste das mal hier, weiß nicht wo sonst.`, `Moin zusammen,`, `Hier der Text, so wie er ankam:`],
  pt: [`Postando aqui porque não sei onde mais perguntar.`, `Fala, pessoal.`, `Copiando a mensagem do jeito que veio:`],
  it: [`Scrivo qui perché non so dove altro chiedere.`, `Ciao a tutti,`, `Copio il messaggio così com'è:`],
  nl: [`Ik post het maar hier, weet niet waar anders.`, `Hoi allemaal,`, `Ik kopieer het bericht zoals het binnenkwam:`],
  ru: [`Пишу сюда, больше не знаю где спросить.`, `Всем привет.`, `Копирую сообщение как есть:`],
  uk: [`Пишу сюди, бо не знаю, де ще спитати.`, `Всім привіт.`, `Копіюю повідомлення як є:`],
  pl: [`Wrzucam tutaj, bo nie wiem, gdzie indziej zapytać.`, `Cześć wszystkim,`, `Kopiuję wiadomość w oryginale:`],
  zh: [`不知道该在哪儿问，就发这里了。`, `大家好，`, `原话复制如下：`],
  ja: [`どこで聞けばいいかわからないのでここに書きます。`, `こんにちは。`, `届いたメッセージをそのまま貼ります：`],
  ko: [`어디에 물어봐야 할지 몰라서 여기 올려요.`, `안녕하세요.`, `받은 메시지 그대로 복사합니다:`],
  ar: [`أكتب هنا لأنني لا أعرف أين أسأل.`, `مرحباً بالجميع،`, `أنسخ الرسالة كما وصلت:`],
  hi: [`समझ नहीं आ रहा कहाँ पूछूँ, इसलिए यहाँ लिख रहा हूँ।`, `नमस्ते सबको,`, `मैसेज जैसा आया वैसा ही कॉपी कर रहा हूँ:`],
  tr: [`Nereye soracağımı bilemedim, buraya yazıyorum.`, `Selam millet,`, `Mesajı geldiği gibi kopyalıyorum:`],
  vi: [`Không biết hỏi ở đâu nên đăng lên đây.`, `Chào mọi người,`, `Mình chép nguyên văn tin nhắn:`],
  id: [`Nggak tahu mau tanya di mana, jadi posting di sini.`, `Halo semuanya,`, `Saya salin pesannya apa adanya:`],
  sv: [`Postar här eftersom jag inte vet var annars jag ska fråga.`, `Hej allihop,`, `Kopierar meddelandet som det kom:`],
};

export const CLOSERS = {
  en: [`Thoughts?`, `Thanks in advance.`, `(sent from my phone, sorry for typos)`, `Any replies appreciated.`, `Let me know.`, `Edit: fixed a typo.`, `PM if you'd rather not reply here.`, `Cheers.`],
  es: [`¿Qué opinan?`, `Gracias de antemano.`, `(enviado desde el móvil)`],
  fr: [`Vos avis ?`, `Merci d'avance.`, `(envoyé depuis mon téléphone)`],
  de: [`Meinungen?`, `Danke schon mal.`, `(vom Handy gesendet)`],
  pt: [`O que acham?`, `Valeu desde já.`, `(enviado do celular)`],
  it: [`Che ne pensate?`, `Grazie in anticipo.`, `(inviato dal telefono)`],
  nl: [`Wat vinden jullie?`, `Alvast bedankt.`, `(verzonden vanaf mijn telefoon)`],
  ru: [`Что скажете?`, `Заранее спасибо.`, `(отправлено с телефона)`],
  uk: [`Що скажете?`, `Заздалегідь дякую.`, `(надіслано з телефона)`],
  pl: [`Co myślicie?`, `Z góry dzięki.`, `(wysłane z telefonu)`],
  zh: [`大家怎么看？`, `先谢谢了。`, `（手机发的，见谅）`],
  ja: [`どう思いますか？`, `よろしくお願いします。`, `（スマホから失礼します）`],
  ko: [`어떻게 생각하세요?`, `미리 감사합니다.`, `(폰으로 작성)`],
  ar: [`ما رأيكم؟`, `شكراً مقدماً.`, `(أُرسلت من الهاتف)`],
  hi: [`आप लोग क्या सोचते हैं?`, `पहले से धन्यवाद।`, `(फ़ोन से भेजा गया)`],
  tr: [`Ne düşünüyorsunuz?`, `Şimdiden teşekkürler.`, `(telefondan gönderildi)`],
  vi: [`Mọi người nghĩ sao?`, `Cảm ơn trước nhé.`, `(gửi từ điện thoại)`],
  id: [`Gimana menurut kalian?`, `Makasih sebelumnya.`, `(dikirim dari HP)`],
  sv: [`Vad tycker ni?`, `Tack på förhand.`, `(skickat från mobilen)`],
};

// code-switched openers: local language mixed with English, as people really type
export const CODESWITCH = {
  es: [`Ok guys, real talk, esto me llegó hoy:`],
  fr: [`Bon, petit update, no joke :`],
  de: [`Kurzes Update, sorry for the spam:`],
  pt: [`Gente, plot twist, olha isso:`],
  it: [`Raga, breaking news, leggete qui:`],
  nl: [`Oké, random question maar:`],
  ru: [`Короче, long story short:`],
  uk: [`Коротше, long story short:`],
  pl: [`Dobra, quick question:`],
  zh: [`OK guys，说正经的：`],
  ja: [`ちょっとFYIなんだけど、`],
  ko: [`솔직히 real talk 하자면,`],
  ar: [`OK guys، بصراحة:`],
  hi: [`Yaar honestly, ye dekho bhai:`],
  tr: [`Abi valla no offense ama şuna bakın:`],
  vi: [`Nói thật nha mọi người, real talk:`],
  id: [`Guys jujur aja ya, btw:`],
  sv: [`Okej, random fråga men:`],
};

// ordinary chatter used to pad long framings (harmful or look-alike text sits in the middle)
export const FILLERS = {
  en: [`The weather finally turned, so the allotment group is meeting again on Sunday morning from ten.`, `Has anyone tried the new bakery on Station Road? The sourdough was gone by nine but the cinnamon rolls were worth the queue.`, `Reminder that the bins are collected on Tuesday this week because of the bank holiday.`, `My router keeps dropping the connection every evening around eight; I've swapped the cable already, any ideas?`, `Thanks to everyone who came to the quiz night, we raised enough for the new library shelves.`, `Looking for recommendations for a decent dentist who takes new patients, preferably near the tram stop.`],
  es: [`Por fin cambió el tiempo, así que el grupo del huerto vuelve a reunirse el domingo a las diez.`, `¿Alguien probó la panadería nueva de la calle Mayor? El pan de masa madre se acabó a las nueve.`, `Recuerden que esta semana la basura se recoge el martes por el festivo.`, `Mi router se desconecta todas las noches sobre las ocho; ya cambié el cable, ¿alguna idea?`, `Gracias a todos los que vinieron a la cena benéfica, juntamos lo suficiente para las estanterías de la biblioteca.`],
  fr: [`Le temps s'est enfin calmé, le groupe du jardin partagé se retrouve dimanche à dix heures.`, `Quelqu'un a testé la nouvelle boulangerie rue de la Gare ? Plus de pain au levain à neuf heures.`, `Rappel : cette semaine, les poubelles sont ramassées mardi à cause du jour férié.`, `Ma box coupe la connexion tous les soirs vers vingt heures ; j'ai déjà changé le câble, une idée ?`, `Merci à tous pour la soirée quiz, on a récolté assez pour les nouvelles étagères de la bibliothèque.`],
  de: [`Das Wetter ist endlich besser, die Gartengruppe trifft sich wieder am Sonntag um zehn.`, `Hat jemand die neue Bäckerei in der Bahnhofstraße probiert? Das Sauerteigbrot war um neun schon weg.`, `Erinnerung: Wegen des Feiertags wird der Müll diese Woche am Dienstag abgeholt.`, `Mein Router verliert jeden Abend gegen acht die Verbindung; Kabel ist schon getauscht, Ideen?`, `Danke an alle beim Quizabend, wir haben genug für die neuen Regale der Bücherei gesammelt.`],
  pt: [`O tempo finalmente firmou, então o grupo da horta volta a se reunir domingo às dez.`, `Alguém já foi na padaria nova da rua da estação? O pão de fermentação natural acabou às nove.`, `Lembrete: esta semana o lixo será recolhido na terça por causa do feriado.`, `Meu roteador cai toda noite lá pelas oito; já troquei o cabo, alguma ideia?`, `Obrigado a todos que foram ao bingo, juntamos o suficiente para as prateleiras novas da biblioteca.`],
  it: [`Finalmente è tornato il bel tempo, il gruppo dell'orto si ritrova domenica alle dieci.`, `Qualcuno ha provato il nuovo forno in via della Stazione? Il pane a lievito madre è finito alle nove.`, `Promemoria: questa settimana la raccolta rifiuti è martedì per via della festività.`, `Il mio router perde la connessione ogni sera verso le otto; ho già cambiato il cavo, idee?`, `Grazie a tutti per la serata quiz, abbiamo raccolto abbastanza per i nuovi scaffali della biblioteca.`],
  nl: [`Het weer is eindelijk omgeslagen, dus de moestuingroep komt zondag om tien uur weer samen.`, `Iemand al bij de nieuwe bakker in de Stationsstraat geweest? Het zuurdesembrood was om negen uur op.`, `Let op: door de feestdag wordt het afval deze week op dinsdag opgehaald.`, `Mijn router valt elke avond rond acht uur uit; kabel al vervangen, iemand een idee?`, `Dank aan iedereen die naar de quizavond kwam, we hebben genoeg opgehaald voor nieuwe bibliotheekkasten.`],
  ru: [`Погода наконец наладилась, так что садовый кружок снова собирается в воскресенье в десять.`, `Кто-нибудь был в новой пекарне на Вокзальной? Хлеб на закваске разобрали уже к девяти.`, `Напоминаю: на этой неделе мусор вывозят во вторник из-за праздника.`, `Роутер каждый вечер около восьми теряет связь; кабель уже поменял, есть идеи?`, `Спасибо всем, кто пришёл на квиз, собрали достаточно на новые полки для библиотеки.`],
  uk: [`Погода нарешті налагодилася, тож садовий гурток знову збирається в неділю о десятій.`, `Хтось був у новій пекарні на Вокзальній? Хліб на заквасці розібрали вже до дев'ятої.`, `Нагадую: цього тижня сміття вивозять у вівторок через свято.`, `Роутер щовечора близько восьмої втрачає з'єднання; кабель уже поміняв, є ідеї?`, `Дякую всім, хто прийшов на квіз, зібрали достатньо на нові полиці для бібліотеки.`],
  pl: [`Pogoda w końcu się poprawiła, więc grupa ogrodowa znowu spotyka się w niedzielę o dziesiątej.`, `Ktoś był w nowej piekarni na Dworcowej? Chleb na zakwasie zniknął przed dziewiątą.`, `Przypominam: w tym tygodniu śmieci są odbierane we wtorek z powodu święta.`, `Router co wieczór około ósmej gubi połączenie; kabel już wymieniłem, macie pomysł?`, `Dzięki wszystkim za wieczór quizowy, uzbieraliśmy na nowe regały do biblioteki.`],
  zh: [`天气终于转好了，社区菜园小组这个星期天上午十点照常集合，记得带上自己的手套和水壶。`, `有人去过车站路新开的那家面包店吗？酸种面包九点就卖光了，不过肉桂卷真的值得排队。`, `提醒一下：因为节假日，这周的垃圾改在星期二统一清运，请大家提前把垃圾分类好。`, `我家的路由器每天晚上八点左右就断网，网线已经换过了，有没有懂行的朋友帮忙看看？`, `感谢大家参加上周的知识竞赛活动，筹到的钱已经足够给图书室添置新的书架了。`],
  ja: [`やっと天気が落ち着いたので、市民農園のグループは今週の日曜日の朝十時にまた集まります。軍手と水筒を忘れずに。`, `駅前通りに新しくできたパン屋さん、行った人いますか？サワードウは九時に売り切れていましたが、シナモンロールは並ぶ価値ありです。`, `お知らせ：祝日のため、今週のごみ収集は火曜日になります。分別をお願いします。`, `うちのルーターが毎晩八時ごろに切断されます。ケーブルはもう交換しました。何か心当たりのある方いますか？`, `先週のクイズ大会に来てくださった皆さん、ありがとうございました。図書室の新しい本棚を買える金額が集まりました。`],
  ko: [`드디어 날씨가 풀려서 주말농장 모임은 이번 일요일 오전 열 시에 다시 모입니다. 장갑이랑 물병 챙겨 오세요.`, `역 앞에 새로 생긴 빵집 가 보신 분 계세요? 사워도우는 아홉 시에 다 팔렸는데 시나몬롤은 줄 설 만했어요.`, `공지: 공휴일 때문에 이번 주 쓰레기 수거는 화요일입니다. 분리배출 부탁드려요.`, `저희 집 공유기가 매일 저녁 여덟 시쯤 끊겨요. 케이블은 이미 바꿨는데 혹시 아시는 분 있나요?`, `지난주 퀴즈의 밤에 와 주신 분들 감사합니다. 도서실 새 책장을 살 만큼 모금됐어요.`],
  ar: [`تحسن الطقس أخيراً، لذلك ستجتمع مجموعة الحديقة المجتمعية مجدداً صباح الأحد في العاشرة.`, `هل جرّب أحد المخبز الجديد في شارع المحطة؟ نفد خبز العجين المخمر قبل التاسعة.`, `تذكير: بسبب العطلة الرسمية سيتم جمع القمامة هذا الأسبوع يوم الثلاثاء.`, `جهاز الراوتر عندي ينقطع كل مساء قرابة الثامنة؛ غيّرت الكابل بالفعل، هل من فكرة؟`, `شكراً لكل من حضر أمسية المسابقات، جمعنا ما يكفي لرفوف المكتبة الجديدة.`],
  hi: [`आख़िरकार मौसम ठीक हुआ है, इसलिए बागवानी समूह इस रविवार सुबह दस बजे फिर से मिलेगा।`, `स्टेशन रोड पर नई बेकरी में कोई गया है? खमीर वाली ब्रेड नौ बजे तक ख़त्म हो गई थी।`, `याद दिला दें: छुट्टी की वजह से इस हफ्ते कूड़ा मंगलवार को उठाया जाएगा।`, `मेरा राउटर हर शाम आठ बजे के आसपास कनेक्शन छोड़ देता है; केबल बदल चुका हूँ, कोई सुझाव?`, `क्विज़ नाइट में आने वाले सभी लोगों का धन्यवाद, लाइब्रेरी की नई अलमारियों के लिए पैसे जुट गए।`],
  tr: [`Hava nihayet düzeldi, bahçe grubu pazar sabahı saat onda yeniden toplanıyor.`, `İstasyon Caddesi'ndeki yeni fırını deneyen oldu mu? Ekşi mayalı ekmek dokuzda bitmişti.`, `Hatırlatma: bayram nedeniyle bu hafta çöpler salı günü toplanacak.`, `Modemim her akşam sekiz civarı bağlantıyı kesiyor; kabloyu değiştirdim, fikri olan var mı?`, `Bilgi yarışmasına gelen herkese teşekkürler, kütüphanenin yeni rafları için yeterli para toplandı.`],
  vi: [`Cuối cùng trời cũng đẹp, nhóm vườn rau cộng đồng sẽ họp lại vào mười giờ sáng Chủ nhật.`, `Có ai thử tiệm bánh mới ở đường Nhà Ga chưa? Bánh mì men tự nhiên hết sạch lúc chín giờ.`, `Nhắc mọi người: tuần này rác được thu vào thứ Ba vì ngày lễ.`, `Router nhà mình tối nào khoảng tám giờ cũng rớt mạng; đã thay dây rồi, ai có ý tưởng không?`, `Cảm ơn mọi người đã đến đêm đố vui, tụi mình đã gom đủ tiền mua kệ sách mới cho thư viện.`],
  id: [`Cuaca akhirnya membaik, jadi kelompok kebun warga kumpul lagi hari Minggu jam sepuluh pagi.`, `Ada yang sudah coba toko roti baru di Jalan Stasiun? Roti sourdough-nya habis jam sembilan.`, `Pengingat: karena hari libur, sampah minggu ini diangkut hari Selasa.`, `Router saya putus tiap malam sekitar jam delapan; kabel sudah diganti, ada ide?`, `Terima kasih untuk semua yang datang ke malam kuis, dananya cukup untuk rak baru perpustakaan.`],
  sv: [`Vädret har äntligen vänt, så odlingsgruppen träffas igen på söndag klockan tio.`, `Har någon testat nya bageriet på Stationsgatan? Surdegsbrödet var slut redan vid nio.`, `Påminnelse: på grund av helgdagen töms soporna på tisdag den här veckan.`, `Min router tappar anslutningen varje kväll runt åtta; har redan bytt kabel, några idéer?`, `Tack till alla som kom på quizkvällen, vi samlade in tillräckligt till bibliotekets nya hyllor.`],
};

// more ordinary chatter, so long framings rarely repeat a sentence
const MORE = {
  en: [`The lost cat from number 14 is home again, thanks for all the shares.`, `Parking on the east side will be closed on Friday for the resurfacing work, use the side street.`, `Does anyone know if the swimming pool has changed its opening hours for the winter?`, `I've got a spare cot and a high chair if anyone needs them, free to collect.`],
  es: [`El gato perdido del número 14 ya volvió a casa, gracias por compartir.`, `El viernes cierran el aparcamiento este por obras, usen la calle lateral.`, `¿Alguien sabe si la piscina cambió el horario de invierno?`, `Regalo una cuna y una trona, pasen a recogerlas cuando quieran.`],
  fr: [`Le chat perdu du numéro 14 est rentré, merci pour les partages.`, `Le parking est sera fermé vendredi pour travaux, passez par la rue d'à côté.`, `Quelqu'un sait si la piscine a changé ses horaires d'hiver ?`, `Je donne un lit bébé et une chaise haute, à récupérer sur place.`],
  de: [`Die vermisste Katze aus Nummer 14 ist wieder da, danke fürs Teilen.`, `Der Ostparkplatz ist am Freitag wegen Bauarbeiten gesperrt, bitte die Seitenstraße nutzen.`, `Weiß jemand, ob das Hallenbad im Winter andere Öffnungszeiten hat?`, `Ich verschenke ein Kinderbett und einen Hochstuhl, einfach abholen.`],
  pt: [`O gato perdido do número 14 voltou pra casa, obrigado por compartilharem.`, `O estacionamento leste fecha na sexta para obras, usem a rua lateral.`, `Alguém sabe se a piscina mudou o horário de inverno?`, `Estou doando um berço e uma cadeirinha de alimentação, é só buscar.`],
  it: [`Il gatto smarrito del civico 14 è tornato a casa, grazie per le condivisioni.`, `Venerdì il parcheggio est è chiuso per lavori, usate la via laterale.`, `Qualcuno sa se la piscina ha cambiato orario per l'inverno?`, `Regalo un lettino e un seggiolone, da ritirare sul posto.`],
  nl: [`De vermiste kat van nummer 14 is weer thuis, bedankt voor het delen.`, `Het parkeerterrein aan de oostkant is vrijdag dicht wegens werkzaamheden, neem de zijstraat.`, `Weet iemand of het zwembad in de winter andere openingstijden heeft?`, `Ik geef een ledikant en een kinderstoel weg, ophalen kan altijd.`],
  ru: [`Потерявшийся кот из четырнадцатой квартиры нашёлся, спасибо за репосты.`, `В пятницу восточную парковку закрывают на ремонт, ставьте машины на соседней улице.`, `Кто-нибудь знает, поменял ли бассейн зимнее расписание?`, `Отдам детскую кроватку и стульчик для кормления, самовывоз.`],
  uk: [`Кіт, що загубився з чотирнадцятої квартири, знайшовся, дякую за поширення.`, `У п'ятницю східну парковку закривають на ремонт, ставте авто на сусідній вулиці.`, `Хтось знає, чи змінив басейн зимовий розклад?`, `Віддам дитяче ліжечко і стільчик для годування, самовивіз.`],
  pl: [`Zaginiony kot spod czternastki wrócił do domu, dzięki za udostępnienia.`, `W piątek wschodni parking będzie zamknięty z powodu remontu, korzystajcie z bocznej ulicy.`, `Czy ktoś wie, czy basen zmienił godziny otwarcia na zimę?`, `Oddam łóżeczko i krzesełko do karmienia, odbiór osobisty.`],
  zh: [`14号楼走丢的那只猫已经找回来了，谢谢大家帮忙转发，真的很感动。`, `周五东侧停车场因为路面翻修要封闭一天，请大家临时停到旁边的小路上。`, `有人知道游泳馆冬季的开放时间有没有调整吗？想带孩子周末去。`, `家里有一张闲置的婴儿床和一把儿童餐椅，免费送，有需要的可以来拿。`],
  ja: [`14番地で迷子になっていた猫が無事に帰ってきました。拡散してくださった皆さん、本当にありがとうございました。`, `金曜日は舗装工事のため東側の駐車場が終日閉鎖されます。脇道をご利用ください。`, `市民プールの冬の営業時間が変わったかどうか、ご存じの方いらっしゃいますか？`, `使わなくなったベビーベッドとハイチェアを無料でお譲りします。取りに来られる方どうぞ。`],
  ko: [`14번지에서 잃어버린 고양이가 무사히 돌아왔어요. 공유해 주신 모든 분들 정말 감사합니다.`, `금요일에는 도로 포장 공사 때문에 동쪽 주차장이 하루 종일 폐쇄됩니다. 옆 골목을 이용해 주세요.`, `수영장 겨울 운영 시간이 바뀌었는지 아시는 분 계신가요? 주말에 아이랑 가려고요.`, `안 쓰는 아기 침대랑 유아 식탁 의자 무료로 드려요. 가지러 오실 분 연락 주세요.`],
  ar: [`عادت القطة الضائعة من البيت رقم 14، شكراً لكل من شارك المنشور.`, `سيُغلق الموقف الشرقي يوم الجمعة للصيانة، استخدموا الشارع الجانبي.`, `هل يعرف أحد إن كان المسبح قد غيّر مواعيده الشتوية؟`, `أتبرع بسرير أطفال وكرسي طعام، يمكن استلامهما من البيت.`],
  hi: [`मकान नंबर 14 की खोई हुई बिल्ली घर लौट आई है, शेयर करने के लिए सबका धन्यवाद।`, `शुक्रवार को मरम्मत के कारण पूर्वी पार्किंग बंद रहेगी, कृपया बगल वाली गली इस्तेमाल करें।`, `क्या किसी को पता है कि स्विमिंग पूल ने सर्दियों का समय बदला है?`, `एक बच्चों का पालना और ऊँची कुर्सी मुफ़्त में देनी है, आकर ले जाइए।`],
  tr: [`14 numaradan kaybolan kedi eve döndü, paylaşan herkese teşekkürler.`, `Cuma günü doğu otoparkı asfalt çalışması nedeniyle kapalı, yan sokağı kullanın.`, `Yüzme havuzunun kış çalışma saatleri değişti mi, bilen var mı?`, `Bir bebek karyolası ve mama sandalyesi hediye ediyorum, gelip alabilirsiniz.`],
  vi: [`Con mèo bị lạc ở nhà số 14 đã về rồi, cảm ơn mọi người đã chia sẻ.`, `Thứ Sáu bãi đỗ xe phía đông đóng cửa để sửa đường, mọi người đi đường bên cạnh nhé.`, `Có ai biết hồ bơi đổi giờ mở cửa mùa đông chưa?`, `Mình cho lại một cái cũi em bé và ghế ăn dặm, ai cần thì qua lấy.`],
  id: [`Kucing yang hilang dari rumah nomor 14 sudah pulang, makasih buat yang sudah share.`, `Hari Jumat parkiran timur ditutup karena pengaspalan, pakai jalan samping dulu.`, `Ada yang tahu apakah kolam renang ganti jam buka untuk musim hujan?`, `Saya kasih gratis boks bayi dan kursi makan anak, silakan diambil.`],
  sv: [`Den försvunna katten från nummer 14 är hemma igen, tack för alla delningar.`, `Östra parkeringen är stängd på fredag för asfaltering, använd sidogatan.`, `Vet någon om simhallen har ändrat öppettiderna för vintern?`, `Jag skänker en spjälsäng och en barnstol, hämtas hos mig.`],
};
for (const l of Object.keys(MORE)) FILLERS[l].push(...MORE[l]);

// scripts with fewer characters per sentence need a few more sentences for long framings
FILLERS.zh.push(`下周三晚上七点在社区活动室有免费的手机使用讲座，主要教老年人用手机挂号和缴费，欢迎带家里老人来。`, `楼下快递柜这两天坏了，快递员说会先把包裹放在物业前台，取件时记得带上取件码。`, `小区南门的那家早餐店重新装修后开业了，豆浆和油条还是原来的味道，就是价格涨了一块钱。`, `有没有一起周末早上去河边跑步的？我们一般六点半在桥头集合，跑五公里左右，新手也欢迎。`);
FILLERS.ko.push(`다음 주 수요일 저녁 일곱 시에 주민센터에서 어르신들을 위한 스마트폰 사용 강좌가 무료로 열립니다. 병원 예약하는 법도 알려 준대요.`, `아파트 택배함이 며칠째 고장이라 택배 기사님이 관리사무소에 맡겨 두신다고 합니다. 찾으러 가실 때 신분증 챙기세요.`, `남문 앞 분식집이 리모델링하고 다시 문을 열었어요. 떡볶이 맛은 그대로인데 가격이 조금 올랐네요.`, `주말 아침에 강변에서 같이 달리실 분 계세요? 보통 여섯 시 반에 다리 앞에서 모여서 5킬로미터 정도 뜁니다.`);
FILLERS.ja.push(`来週水曜日の夜七時から、公民館で高齢者向けのスマートフォン講座が無料で開かれます。病院の予約方法も教えてくれるそうです。`, `マンションの宅配ボックスが数日前から故障していて、配達員さんが管理人室に預けてくれているそうです。受け取りの際は身分証をお持ちください。`, `南口の定食屋さんが改装を終えて営業を再開しました。味は変わらずおいしかったですが、少し値上がりしていました。`, `週末の朝に川沿いを一緒に走る人いませんか？いつも六時半に橋のたもとに集合して、五キロくらい走っています。初心者歓迎です。`);
FILLERS.ar.push(`ستقام ورشة مجانية لكبار السن حول استخدام الهاتف الذكي يوم الأربعاء القادم في السابعة مساءً في مركز الحي، وتشمل حجز المواعيد الطبية.`, `صندوق الطرود في العمارة معطل منذ أيام، لذلك يترك عامل التوصيل الطرود عند الحارس. لا تنسوا إحضار بطاقة الهوية عند الاستلام.`, `أعاد المطعم الصغير عند البوابة الجنوبية فتح أبوابه بعد التجديد، والطعم ما زال كما هو لكن الأسعار ارتفعت قليلاً.`, `هل يرغب أحد في الجري معنا صباح السبت على ضفة النهر؟ نلتقي عادة في السادسة والنصف عند الجسر ونجري نحو خمسة كيلومترات.`);
