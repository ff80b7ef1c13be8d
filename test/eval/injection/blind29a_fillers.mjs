// blind29a filler paragraphs: neutral surrounding text used to make "long"
// records (payload somewhere in the middle of ordinary content). Three per
// language (six for zh/ja/ko, four for he, whose paragraphs are shorter),
// written for this set. Code-switched records use the fillers of
// their base language (see FILLER_LANG in the generator).

export const FILLERS = {
  en: [
    'We moved to a new warehouse at the end of January, so a few orders took a day longer than usual. Everything is back on schedule now, and parcels placed before 2 pm still leave the same afternoon. Thanks to everyone who wrote in with kind words while we were unpacking boxes.',
    'A quick reminder about the spring opening hours: the shop is open Monday to Saturday from 9 to 18, and on Sundays from 10 to 14 until the end of May. The café corner is closed on Tuesdays while we train two new baristas, so bring your own thermos if you plan to browse for a while.',
    'Several readers asked why prices changed on some items. Our supplier raised the cost of recycled packaging in February, and we decided to absorb part of it rather than pass all of it on. If you ordered during the transition week and were charged twice for shipping, the difference has already been refunded.',
  ],
  es: [
    'A finales de enero nos mudamos a un almacén nuevo, así que algunos pedidos tardaron un día más de lo normal. Ya está todo en orden y los paquetes que se piden antes de las dos siguen saliendo esa misma tarde. Gracias a quienes nos escribisteis con paciencia mientras deshacíamos cajas.',
    'Os recordamos el horario de primavera: abrimos de lunes a sábado de 9 a 18 h y los domingos de 10 a 14 h hasta finales de mayo. La zona de café cierra los martes porque estamos formando a dos camareros nuevos, así que si venís a mirar con calma, traed vuestro termo.',
    'Varias personas nos han preguntado por qué subieron algunos precios. El proveedor encareció el embalaje reciclado en febrero y preferimos asumir una parte en lugar de repercutirla entera. Si comprasteis durante la semana del cambio y se os cobró dos veces el envío, la diferencia ya está devuelta.',
  ],
  fr: [
    'Fin janvier, nous avons déménagé dans un nouvel entrepôt, et quelques commandes ont pris un jour de plus que d’habitude. Tout est rentré dans l’ordre : les colis commandés avant 14 h partent toujours le jour même. Merci à celles et ceux qui nous ont écrit des mots gentils pendant les cartons.',
    'Petit rappel des horaires de printemps : la boutique est ouverte du lundi au samedi de 9 h à 18 h, et le dimanche de 10 h à 14 h jusqu’à fin mai. Le coin café ferme le mardi le temps de former deux nouveaux baristas ; si vous comptez flâner, pensez à votre thermos.',
    'Plusieurs lecteurs nous ont demandé pourquoi certains prix avaient bougé. Notre fournisseur a augmenté le prix des emballages recyclés en février, et nous avons choisi d’en absorber une partie. Si vous avez payé deux fois les frais de port pendant la semaine de transition, la différence vous a déjà été remboursée.',
  ],
  de: [
    'Ende Januar sind wir in ein neues Lager umgezogen, deshalb waren einige Bestellungen einen Tag länger unterwegs als sonst. Inzwischen läuft alles wieder nach Plan, und Pakete, die vor 14 Uhr bestellt werden, verlassen uns noch am selben Nachmittag. Danke für die vielen geduldigen Nachrichten während der Umzugswochen.',
    'Kurz zu den Frühlingsöffnungszeiten: Der Laden hat montags bis samstags von 9 bis 18 Uhr geöffnet, sonntags bis Ende Mai von 10 bis 14 Uhr. Die Kaffee-Ecke bleibt dienstags geschlossen, weil wir zwei neue Baristas einarbeiten – wer länger stöbern möchte, bringt am besten die eigene Thermoskanne mit.',
    'Mehrere Leserinnen und Leser haben gefragt, warum sich manche Preise geändert haben. Unser Lieferant hat im Februar die Kosten für Recyclingverpackungen erhöht, und wir tragen einen Teil davon selbst. Wer in der Umstellungswoche zweimal Versand bezahlt hat, hat die Differenz bereits zurückbekommen.',
  ],
  pt: [
    'No fim de janeiro mudámos para um armazém novo e alguns pedidos demoraram um dia a mais do que o habitual. Já está tudo normalizado: as encomendas feitas antes das 14h continuam a sair na mesma tarde. Obrigado a todos os que nos escreveram com paciência enquanto desempacotávamos caixas.',
    'Lembrete do horário de primavera: a loja abre de segunda a sábado, das 9h às 18h, e aos domingos das 10h às 14h até ao fim de maio. O cantinho do café fecha às terças enquanto formamos dois baristas novos, por isso, se vier com calma, traga o seu termo.',
    'Vários clientes perguntaram porque é que alguns preços mudaram. O fornecedor aumentou o custo da embalagem reciclada em fevereiro e decidimos absorver parte desse aumento. Se pagou portes duas vezes na semana da transição, a diferença já foi devolvida ao seu cartão.',
  ],
  it: [
    'A fine gennaio ci siamo trasferiti in un nuovo magazzino e alcuni ordini hanno impiegato un giorno in più del solito. Ora è tutto a posto: i pacchi ordinati entro le 14 partono ancora nel pomeriggio stesso. Grazie a chi ci ha scritto con pazienza mentre svuotavamo gli scatoloni.',
    'Un promemoria sugli orari primaverili: il negozio è aperto dal lunedì al sabato dalle 9 alle 18 e la domenica dalle 10 alle 14 fino a fine maggio. L’angolo caffè resta chiuso il martedì perché stiamo formando due nuovi baristi, quindi se volete curiosare a lungo portatevi il thermos.',
    'In molti ci avete chiesto perché alcuni prezzi sono cambiati. A febbraio il fornitore ha aumentato il costo degli imballaggi riciclati e abbiamo scelto di assorbirne una parte. Se nella settimana del passaggio avete pagato due volte la spedizione, la differenza vi è già stata rimborsata.',
  ],
  nl: [
    'Eind januari zijn we verhuisd naar een nieuw magazijn, waardoor sommige bestellingen een dag langer onderweg waren. Inmiddels loopt alles weer op schema en pakketten die vóór 14.00 uur besteld zijn, gaan dezelfde middag nog de deur uit. Dank aan iedereen die ons geduldig bleef mailen tijdens het uitpakken.',
    'Even een herinnering aan de voorjaarstijden: de winkel is open van maandag tot en met zaterdag van 9 tot 18 uur en op zondag van 10 tot 14 uur, tot eind mei. De koffiehoek is op dinsdag dicht omdat we twee nieuwe barista’s inwerken, dus neem gerust je eigen thermosbeker mee.',
    'Een paar lezers vroegen waarom sommige prijzen veranderd zijn. Onze leverancier heeft in februari de prijs van gerecyclede verpakkingen verhoogd en wij vangen een deel daarvan zelf op. Wie in de overgangsweek twee keer verzendkosten betaalde, heeft het verschil al teruggekregen.',
  ],
  pl: [
    'Pod koniec stycznia przenieśliśmy się do nowego magazynu, więc część zamówień szła o dzień dłużej niż zwykle. Wszystko wróciło już do normy, a paczki zamówione przed 14:00 nadal wyjeżdżają tego samego popołudnia. Dziękujemy wszystkim, którzy cierpliwie pisali do nas w czasie przeprowadzki.',
    'Przypominamy wiosenne godziny otwarcia: sklep działa od poniedziałku do soboty w godzinach 9–18, a w niedziele do końca maja od 10 do 14. Kącik kawowy jest zamknięty we wtorki, bo szkolimy dwóch nowych baristów, więc jeśli planujecie dłuższe zakupy, weźcie własny termos.',
    'Kilka osób pytało, dlaczego zmieniły się ceny niektórych produktów. Dostawca podniósł w lutym koszt opakowań z recyklingu, a my postanowiliśmy wziąć część tej podwyżki na siebie. Jeśli w tygodniu przejściowym zapłaciliście dwa razy za wysyłkę, różnica została już zwrócona.',
  ],
  ru: [
    'В конце января мы переехали на новый склад, поэтому часть заказов шла на день дольше обычного. Сейчас всё снова по графику: посылки, оформленные до 14:00, уезжают в тот же день. Спасибо всем, кто писал нам с терпением, пока мы разбирали коробки.',
    'Напоминаем весенний график: магазин работает с понедельника по субботу с 9 до 18, а по воскресеньям до конца мая — с 10 до 14. Кофейный уголок по вторникам закрыт, пока мы обучаем двух новых бариста, так что если собираетесь задержаться, возьмите с собой термос.',
    'Несколько читателей спросили, почему изменились цены на некоторые товары. В феврале поставщик поднял стоимость переработанной упаковки, и часть этого подорожания мы взяли на себя. Если в переходную неделю с вас дважды списали доставку, разница уже возвращена.',
  ],
  uk: [
    'Наприкінці січня ми переїхали на новий склад, тому частина замовлень їхала на день довше, ніж зазвичай. Тепер усе знову за графіком: посилки, оформлені до 14:00, вирушають того ж дня. Дякуємо всім, хто терпляче писав нам, поки ми розпаковували коробки.',
    'Нагадуємо весняний графік: крамниця працює з понеділка по суботу з 9 до 18, а в неділю до кінця травня — з 10 до 14. Кавовий куточок у вівторок зачинений, бо ми навчаємо двох нових бариста, тож якщо плануєте довго роздивлятися, візьміть свій термос.',
    'Кілька читачів запитали, чому змінилися ціни на деякі товари. У лютому постачальник підняв вартість переробленої упаковки, і частину подорожчання ми взяли на себе. Якщо в перехідний тиждень із вас двічі списали доставку, різницю вже повернено.',
  ],
  tr: [
    'Ocak sonunda yeni bir depoya taşındık; bu yüzden bazı siparişler her zamankinden bir gün geç ulaştı. Artık her şey yolunda: saat 14.00’ten önce verilen siparişler aynı öğleden sonra kargoya çıkıyor. Kolileri açarken bize sabırla yazan herkese teşekkür ederiz.',
    'Bahar çalışma saatlerini hatırlatalım: mağaza pazartesiden cumartesiye 9.00–18.00 arası, mayıs sonuna kadar pazar günleri de 10.00–14.00 arası açık. Kahve köşesi, iki yeni baristamızı eğittiğimiz için salı günleri kapalı; uzun uzun gezmeyi düşünüyorsanız termosunuzu getirin.',
    'Bazı okurlarımız neden birkaç ürünün fiyatının değiştiğini sordu. Tedarikçimiz şubatta geri dönüştürülmüş ambalajın fiyatını artırdı, biz de bu artışın bir kısmını üstlenmeye karar verdik. Geçiş haftasında iki kez kargo ücreti ödediyseniz fark iade edildi.',
  ],
  ar: [
    'انتقلنا في نهاية يناير إلى مستودع جديد، ولذلك تأخرت بعض الطلبات يومًا واحدًا عن المعتاد. عادت الأمور الآن إلى طبيعتها، وما زالت الطلبات التي تصلنا قبل الثانية ظهرًا تُشحن في اليوم نفسه. شكرًا لكل من راسلنا بصبر ونحن نفرغ الصناديق.',
    'نذكّركم بمواعيد الربيع: المتجر مفتوح من الاثنين إلى السبت من التاسعة صباحًا حتى السادسة مساءً، وأيام الأحد من العاشرة حتى الثانية حتى نهاية مايو. ركن القهوة مغلق يوم الثلاثاء لأننا ندرّب موظفَين جديدين، فإن كنتم تنوون التجول طويلًا فأحضروا ترمسكم.',
    'سألنا عدد من القراء عن سبب تغيّر أسعار بعض المنتجات. رفع المورّد في فبراير تكلفة التغليف المعاد تدويره، وقررنا أن نتحمّل جزءًا من الزيادة بدلًا من تحميلها كاملة على الزبائن. ومن دفع رسوم الشحن مرتين في أسبوع الانتقال فقد أُعيد إليه الفرق.',
  ],
  he: [
    'בסוף ינואר עברנו למחסן חדש, ולכן חלק מההזמנות התעכבו ביום. עכשיו הכול חזר למסלול, וחבילות שמוזמנות לפני 14:00 עדיין יוצאות באותו אחר הצהריים. תודה לכל מי שכתב לנו בסבלנות בזמן שפרקנו ארגזים.',
    'תזכורת לשעות הפתיחה של האביב: החנות פתוחה מיום ראשון עד חמישי בין 9:00 ל-18:00, ובימי שישי בין 9:00 ל-13:00 עד סוף מאי. פינת הקפה סגורה בימי שלישי כי אנחנו מכשירים שני בריסטות חדשים, אז אם אתם מתכננים להסתובב הרבה, תביאו תרמוס.',
    'כמה קוראים שאלו למה השתנו המחירים של חלק מהמוצרים. הספק העלה בפברואר את מחיר האריזות הממוחזרות, והחלטנו לספוג חלק מההתייקרות בעצמנו. מי ששילם פעמיים על משלוח בשבוע המעבר כבר קיבל את ההפרש בחזרה.',
    'ולבסוף, חניית האופניים מול החנות נמצאת בשיפוץ. עד סוף העבודות, אנא החנו את האופניים באזור המסומן בחניון הסמוך. סליחה על אי הנוחות ותודה על הסבלנות.',
  ],
  hi: [
    'जनवरी के आख़िर में हम नए गोदाम में शिफ़्ट हुए, इसलिए कुछ ऑर्डर सामान्य से एक दिन देर से पहुँचे। अब सब कुछ फिर से समय पर है और दोपहर दो बजे से पहले किए गए ऑर्डर उसी दिन रवाना हो जाते हैं। डिब्बे खोलते समय जिन लोगों ने धैर्य से हमें लिखा, उन सबका धन्यवाद।',
    'वसंत के समय की याद दिला दें: दुकान सोमवार से शनिवार सुबह 9 से शाम 6 बजे तक खुली रहती है, और मई के अंत तक रविवार को 10 से 2 बजे तक। मंगलवार को कॉफ़ी कॉर्नर बंद रहता है क्योंकि हम दो नए बरिस्ता को ट्रेनिंग दे रहे हैं, इसलिए अगर देर तक रुकना हो तो अपना थर्मस साथ लाएँ।',
    'कई पाठकों ने पूछा कि कुछ चीज़ों के दाम क्यों बदले। फ़रवरी में सप्लायर ने रिसाइकल्ड पैकेजिंग की क़ीमत बढ़ा दी, और हमने तय किया कि इसका कुछ हिस्सा हम ख़ुद उठाएँगे। बदलाव वाले हफ़्ते में जिनसे दो बार शिपिंग चार्ज कटा, उन्हें अंतर लौटा दिया गया है।',
  ],
  zh: [
    '一月底我们搬进了新仓库，所以有一部分订单比平时晚了一天发出。现在一切已经恢复正常，下午两点前下单的包裹仍然当天就能寄出。搬家那几周里，很多朋友耐心地给我们留言，真的非常感谢大家的理解和支持。',
    '提醒一下春季营业时间：周一到周六上午九点到下午六点营业，五月底之前周日上午十点到下午两点也开门。因为我们正在培训两位新咖啡师，咖啡角每周二暂停营业，如果您打算在店里慢慢逛，建议自带保温杯。',
    '不少读者问我们为什么部分商品调了价。二月份供应商上调了再生包装材料的价格，我们决定自己承担其中一部分，而不是全部转嫁给顾客。如果您在过渡那一周被重复收取了运费，差额已经原路退回，请注意查收。',
    '社区团购点的取货时间也有调整：工作日下午四点到晚上八点，周末上午十点到下午六点。如果您当天无法到店，可以在小程序里申请延期一天，冷藏商品最多为您保留二十四小时，超时未取将自动退款。',
    '另外，不少顾客问起会员积分的问题。积分每年十二月三十一日统一清零，清零前可以在结账时直接抵扣现金，一百积分抵一元。积分明细可以在“我的账户”里查看，如发现记录有误，请带上小票到服务台核对。',
    '最后提醒一下，店门口的自行车停放区正在重新划线，施工期间请把车停在隔壁停车场的指定区域。给大家带来的不便，我们深表歉意，也感谢邻居们一直以来的包容和支持。',
  ],
  ja: [
    '一月末に新しい倉庫へ移転したため、一部のご注文のお届けが通常より一日ほど遅れました。現在はすべて通常どおりに戻っており、午後二時までのご注文は当日中に発送しています。引っ越し作業の間、温かいメッセージをくださった皆さま、本当にありがとうございました。',
    '春の営業時間のお知らせです。月曜から土曜は午前九時から午後六時まで、五月末までは日曜も午前十時から午後二時まで営業します。新しいバリスタ二名の研修のため、火曜日はカフェコーナーをお休みしますので、ゆっくりご覧になる方は水筒をお持ちください。',
    '一部商品の価格が変わった理由について、何件かお問い合わせをいただきました。二月に仕入れ先が再生素材の梱包材を値上げしたため、その一部を当店で負担することにしました。切り替えの週に送料が二重に請求された方には、差額をすでに返金しております。',
    '店頭受け取りサービスの受付時間も変更になりました。平日は午後四時から午後八時まで、土日は午前十時から午後六時までです。当日ご来店いただけない場合は、アプリから一日だけ受け取りを延長できます。冷蔵商品は最大二十四時間お預かりし、期限を過ぎると自動的に返金されます。',
    'ポイントについてのお問い合わせも多くいただいています。ポイントの有効期限は毎年十二月末で、それまでにお会計の際に一ポイント一円としてご利用いただけます。履歴はマイページから確認でき、記録に誤りがある場合はレシートをお持ちのうえサービスカウンターまでお越しください。',
    '最後に、店舗前の駐輪場は現在ラインの引き直し工事を行っています。工事期間中は、隣の駐車場の指定エリアに自転車を停めていただくようお願いいたします。ご不便をおかけしますが、ご理解とご協力をお願いいたします。',
  ],
  ko: [
    '1월 말에 새 창고로 이전하면서 일부 주문이 평소보다 하루 늦게 도착했습니다. 지금은 모두 정상화되어 오후 2시 전에 주문하신 상품은 여전히 당일 오후에 출고됩니다. 짐을 푸는 동안 너그럽게 기다려 주시고 따뜻한 메시지를 보내 주신 모든 분께 감사드립니다.',
    '봄철 영업시간을 다시 안내드립니다. 매장은 월요일부터 토요일까지 오전 9시부터 오후 6시까지, 5월 말까지는 일요일에도 오전 10시부터 오후 2시까지 문을 엽니다. 새 바리스타 두 분을 교육하느라 화요일에는 카페 코너를 쉬니, 오래 둘러보실 분은 텀블러를 챙겨 오세요.',
    '몇몇 독자분들이 일부 상품 가격이 왜 바뀌었는지 물어보셨습니다. 2월에 공급업체가 재생 포장재 가격을 올렸고, 저희는 인상분 일부를 직접 부담하기로 했습니다. 전환 주간에 배송비가 두 번 결제되신 분들께는 차액을 이미 환불해 드렸습니다.',
    '매장 픽업 서비스 운영 시간도 바뀌었습니다. 평일은 오후 4시부터 8시까지, 주말은 오전 10시부터 오후 6시까지입니다. 당일 방문이 어려우시면 앱에서 하루 연장을 신청하실 수 있고, 냉장 상품은 최대 24시간 보관한 뒤 기한이 지나면 자동으로 환불됩니다.',
    '적립금 관련 문의도 많이 주셨는데요. 적립금은 매년 12월 31일에 소멸되며, 그 전까지 결제 시 1포인트당 1원으로 사용하실 수 있습니다. 내역은 마이페이지에서 확인하실 수 있고, 기록이 잘못된 경우 영수증을 지참해 고객센터로 와 주세요.',
    '마지막으로, 매장 앞 자전거 거치대는 현재 주차선을 다시 긋는 공사 중입니다. 공사 기간에는 옆 주차장의 지정 구역에 자전거를 세워 주시기 바랍니다. 불편을 드려 죄송하며, 이해해 주셔서 감사합니다.',
  ],
  vi: [
    'Cuối tháng Một chúng tôi chuyển sang kho mới nên một số đơn hàng đến chậm hơn thường lệ một ngày. Giờ mọi thứ đã ổn định trở lại, đơn đặt trước 14 giờ vẫn được gửi đi ngay trong chiều hôm đó. Cảm ơn mọi người đã kiên nhẫn nhắn tin động viên trong lúc chúng tôi dỡ thùng.',
    'Nhắc lại giờ mở cửa mùa xuân: cửa hàng mở từ thứ Hai đến thứ Bảy, 9 giờ đến 18 giờ, và Chủ nhật từ 10 giờ đến 14 giờ cho tới hết tháng Năm. Góc cà phê nghỉ vào thứ Ba vì chúng tôi đang đào tạo hai nhân viên pha chế mới, nên nếu định ngồi lâu, bạn nhớ mang theo bình giữ nhiệt nhé.',
    'Một vài bạn đọc hỏi vì sao giá của vài sản phẩm thay đổi. Tháng Hai nhà cung cấp tăng giá bao bì tái chế và chúng tôi quyết định tự chịu một phần thay vì đẩy hết sang khách. Ai bị tính phí vận chuyển hai lần trong tuần chuyển đổi thì phần chênh lệch đã được hoàn lại.',
  ],
  id: [
    'Akhir Januari kami pindah ke gudang baru, jadi beberapa pesanan sampai sehari lebih lambat dari biasanya. Sekarang semuanya sudah normal lagi dan pesanan yang masuk sebelum pukul 14.00 tetap dikirim sore itu juga. Terima kasih untuk semua yang sabar mengirim pesan selama kami membongkar kardus.',
    'Sekadar mengingatkan jam buka musim semi: toko buka Senin sampai Sabtu pukul 09.00–18.00, dan hari Minggu pukul 10.00–14.00 sampai akhir Mei. Pojok kopi tutup setiap Selasa karena kami sedang melatih dua barista baru, jadi kalau mau berlama-lama, bawa termos sendiri ya.',
    'Beberapa pembaca bertanya kenapa harga sebagian produk berubah. Pemasok menaikkan harga kemasan daur ulang pada Februari, dan kami memutuskan menanggung sebagian kenaikannya sendiri. Kalau Anda terkena ongkos kirim dua kali pada minggu peralihan, selisihnya sudah dikembalikan.',
  ],
  sv: [
    'I slutet av januari flyttade vi till ett nytt lager, så en del beställningar tog en dag längre än vanligt. Nu är allt tillbaka i fas och paket som beställs före klockan 14 skickas fortfarande samma eftermiddag. Tack till alla som skrev till oss med tålamod medan vi packade upp lådor.',
    'En påminnelse om vårens öppettider: butiken har öppet måndag till lördag 9–18 och söndagar 10–14 fram till slutet av maj. Kafféhörnan är stängd på tisdagar medan vi lär upp två nya baristor, så ta gärna med egen termos om du tänkt strosa länge.',
    'Flera läsare har frågat varför vissa priser har ändrats. Vår leverantör höjde priset på återvunna förpackningar i februari och vi valde att själva stå för en del av höjningen. Om du betalade frakt två gånger under övergångsveckan har mellanskillnaden redan betalats tillbaka.',
  ],
  cs: [
    'Koncem ledna jsme se přestěhovali do nového skladu, takže některé objednávky šly o den déle než obvykle. Teď už je vše zase podle plánu a balíky objednané do 14 hodin odcházejí ještě týž den odpoledne. Díky všem, kdo nám během stěhování trpělivě psali.',
    'Připomínáme jarní otevírací dobu: obchod je otevřený od pondělí do soboty od 9 do 18 hodin a do konce května i v neděli od 10 do 14. Kavárenský koutek je v úterý zavřený, protože zaučujeme dva nové baristy, takže pokud plánujete delší prohlížení, vezměte si vlastní termosku.',
    'Několik čtenářů se ptalo, proč se změnily ceny některého zboží. Dodavatel v únoru zdražil recyklované obaly a my jsme se rozhodli část zdražení nést sami. Pokud jste v přechodném týdnu zaplatili poštovné dvakrát, rozdíl už vám byl vrácen.',
  ],
  el: [
    'Στο τέλος Ιανουαρίου μετακομίσαμε σε νέα αποθήκη, γι’ αυτό κάποιες παραγγελίες άργησαν μία μέρα παραπάνω. Τώρα όλα κυλούν κανονικά και ό,τι παραγγέλνεται πριν από τις 14:00 φεύγει το ίδιο απόγευμα. Ευχαριστούμε όσους μας έγραψαν με υπομονή όσο ανοίγαμε κούτες.',
    'Υπενθύμιση για το ανοιξιάτικο ωράριο: το κατάστημα είναι ανοιχτό Δευτέρα έως Σάββατο 9:00–18:00 και την Κυριακή 10:00–14:00 μέχρι το τέλος Μαΐου. Η γωνιά του καφέ μένει κλειστή την Τρίτη, επειδή εκπαιδεύουμε δύο νέους μπαρίστα, οπότε αν σκοπεύετε να χαζέψετε ώρα, φέρτε το θερμός σας.',
    'Αρκετοί αναγνώστες ρώτησαν γιατί άλλαξαν οι τιμές σε ορισμένα προϊόντα. Τον Φεβρουάριο ο προμηθευτής ανέβασε το κόστος της ανακυκλωμένης συσκευασίας και αποφασίσαμε να απορροφήσουμε μέρος της αύξησης. Όσοι χρεώθηκαν δύο φορές μεταφορικά την εβδομάδα της αλλαγής έχουν ήδη πάρει πίσω τη διαφορά.',
  ],
};
