// How office users say "the code is ..." in the languages of this set.
// Each concept is "bare label|sentence subject"; is(subject, value) builds the sentence.
import { S } from './builder.mjs';

const cap = (s) => s[0].toUpperCase() + s.slice(1);
export const CONCEPT_ENTITY = {
  password: 'PASSWORD', wifi: 'WIFI_PASSWORD', door: 'DOOR_CODE', alarm: 'ALARM_CODE', pin: 'BANK_CARD_PIN', keysafe: 'KEY_SAFE_CODE',
  locker: 'LOCKER_CODE', gate: 'GATE_CODE', voucher: 'VOUCHER_CODE', garage: 'GARAGE_CODE', parcel: 'PARCEL_LOCKER_PIN', meeting: 'MEETING_PASSCODE',
};

export const LANGS = {
  en: { name: 'English', is: (s, v) => [cap(s), ' is ', v], c: { password: 'password|the password', wifi: 'Wi-Fi password|the Wi-Fi password', door: 'door code|the door code', alarm: 'alarm code|the alarm code', pin: 'PIN|the PIN for the card', keysafe: 'key safe code|the key safe code', locker: 'locker code|the locker combination', gate: 'gate code|the gate code', voucher: 'voucher code|the voucher code', garage: 'garage code|the garage door code', parcel: 'pickup code|the pickup code', meeting: 'passcode|the passcode' },
    hi: ['Hi', 'Hello', 'Hey'], thanks: ['Thanks!', 'Thank you so much.', 'Cheers'], bye: ['Best regards', 'Kind regards', 'Best', 'Thanks again'],
    extra: ['Please delete this message once you have saved it.', 'Let me know if it does not work.', 'The key is in the little box next to the door.', 'See you on Monday!', 'Don\'t forward this, please.'] },
  de: { name: 'Deutsch', is: (s, v) => [cap(s), ' lautet ', v], c: { password: 'Passwort|das Passwort', wifi: 'WLAN-Passwort|das WLAN-Passwort', door: 'Türcode|der Türcode', alarm: 'Alarmcode|der Code für die Alarmanlage', pin: 'PIN|die PIN der Karte', keysafe: 'Code Schlüsseltresor|der Code für den Schlüsseltresor', locker: 'Spindcode|der Code für den Spind', gate: 'Torcode|der Code fürs Hoftor', voucher: 'Gutscheincode|der Gutscheincode', garage: 'Garagencode|der Code für die Tiefgarage', parcel: 'Abholcode|der Abholcode', meeting: 'Kenncode|der Kenncode' },
    hi: ['Hallo', 'Hi', 'Liebe Grüße vorab,', 'Moin'], thanks: ['Danke dir!', 'Vielen Dank.', 'Danke!'], bye: ['Viele Grüße', 'Beste Grüße', 'LG', 'Mit freundlichen Grüßen'],
    extra: ['Bitte die Nachricht nach dem Speichern löschen.', 'Sag Bescheid, falls es nicht klappt.', 'Der Schlüssel liegt im Kästchen neben der Tür.', 'Bis Montag!', 'Bitte nicht weiterleiten.'] },
  fr: { name: 'Français', is: (s, v) => [cap(s), ' est ', v], c: { password: 'mot de passe|le mot de passe', wifi: 'mot de passe Wi-Fi|le mot de passe du Wi-Fi', door: 'code porte|le code de la porte', alarm: 'code alarme|le code de l\'alarme', pin: 'code PIN|le code PIN de la carte', keysafe: 'code boîte à clés|le code de la boîte à clés', locker: 'code casier|le code du casier', gate: 'code portail|le code du portail', voucher: 'code promo|le code du bon d\'achat', garage: 'code garage|le code du parking', parcel: 'code de retrait|le code de retrait', meeting: 'code secret|le code secret' },
    hi: ['Bonjour', 'Salut', 'Coucou'], thanks: ['Merci !', 'Merci beaucoup.', 'Merci d\'avance.'], bye: ['Cordialement', 'Bien à vous', 'Bonne journée', 'À bientôt'],
    extra: ['Merci de supprimer ce message après lecture.', 'Dis-moi si ça ne marche pas.', 'La clé est dans la petite boîte à côté de la porte.', 'À lundi !'] },
  es: { name: 'Español', is: (s, v) => [cap(s), ' es ', v], c: { password: 'contraseña|la contraseña', wifi: 'clave wifi|la clave del wifi', door: 'código puerta|el código de la puerta', alarm: 'código alarma|el código de la alarma', pin: 'PIN|el PIN de la tarjeta', keysafe: 'código caja de llaves|el código de la caja de llaves', locker: 'código taquilla|el código de la taquilla', gate: 'código portón|el código del portón', voucher: 'código del vale|el código del vale', garage: 'código garaje|el código del garaje', parcel: 'código de recogida|el código de recogida', meeting: 'código de acceso|el código de acceso' },
    hi: ['Hola', 'Buenas', 'Hola a todos'], thanks: ['¡Gracias!', 'Muchas gracias.', 'Mil gracias'], bye: ['Saludos', 'Un abrazo', 'Atentamente', 'Un saludo'],
    extra: ['Por favor, borra este mensaje después de guardarlo.', 'Avísame si no funciona.', 'La llave está en la cajita junto a la puerta.', '¡Nos vemos el lunes!'] },
  pt: { name: 'Português', is: (s, v) => [cap(s), ' é ', v], c: { password: 'senha|a senha', wifi: 'senha do Wi-Fi|a senha do Wi-Fi', door: 'código da porta|o código da porta', alarm: 'código do alarme|o código do alarme', pin: 'PIN|o PIN do cartão', keysafe: 'código do cofre de chaves|o código do cofre de chaves', locker: 'código do armário|o código do armário', gate: 'código do portão|o código do portão', voucher: 'código do vale|o código do vale-presente', garage: 'código da garagem|o código da garagem', parcel: 'código de retirada|o código de retirada', meeting: 'senha da reunião|a senha da reunião' },
    hi: ['Olá', 'Oi', 'Bom dia'], thanks: ['Obrigado!', 'Obrigada!', 'Valeu!'], bye: ['Abraços', 'Atenciosamente', 'Cumprimentos', 'Beijos'],
    extra: ['Por favor, apague esta mensagem depois de salvar.', 'Me avisa se não funcionar.', 'A chave está na caixinha ao lado da porta.'] },
  it: { name: 'Italiano', is: (s, v) => [cap(s), ' è ', v], c: { password: 'password|la password', wifi: 'password Wi-Fi|la password del Wi-Fi', door: 'codice porta|il codice della porta', alarm: 'codice allarme|il codice dell\'allarme', pin: 'PIN|il PIN della carta', keysafe: 'codice cassetta chiavi|il codice della cassetta portachiavi', locker: 'codice armadietto|il codice dell\'armadietto', gate: 'codice cancello|il codice del cancello', voucher: 'codice buono|il codice del buono', garage: 'codice garage|il codice del garage', parcel: 'codice di ritiro|il codice di ritiro', meeting: 'passcode|il passcode' },
    hi: ['Ciao', 'Buongiorno', 'Salve'], thanks: ['Grazie!', 'Grazie mille.'], bye: ['Cordiali saluti', 'Un saluto', 'A presto'],
    extra: ['Per favore cancella questo messaggio dopo averlo salvato.', 'Fammi sapere se non funziona.', 'La chiave è nella cassetta accanto alla porta.'] },
  nl: { name: 'Nederlands', is: (s, v) => [cap(s), ' is ', v], c: { password: 'wachtwoord|het wachtwoord', wifi: 'wifi-wachtwoord|het wifi-wachtwoord', door: 'deurcode|de deurcode', alarm: 'alarmcode|de alarmcode', pin: 'pincode|de pincode van de pas', keysafe: 'code sleutelkluis|de code van het sleutelkluisje', locker: 'lockercode|de code van de locker', gate: 'poortcode|de code van het hek', voucher: 'vouchercode|de vouchercode', garage: 'garagecode|de code van de garage', parcel: 'ophaalcode|de ophaalcode', meeting: 'toegangscode|de toegangscode' },
    hi: ['Hoi', 'Hallo', 'Beste'], thanks: ['Dank je!', 'Bedankt!', 'Alvast bedankt.'], bye: ['Met vriendelijke groet', 'Groetjes', 'Mvg'],
    extra: ['Wil je dit bericht na het opslaan verwijderen?', 'Laat maar weten als het niet werkt.', 'De sleutel ligt in het kastje naast de deur.'] },
  pl: { name: 'Polski', is: (s, v) => [cap(s), ' to ', v], c: { password: 'hasło|hasło', wifi: 'hasło do Wi-Fi|hasło do Wi-Fi', door: 'kod do drzwi|kod do drzwi', alarm: 'kod alarmu|kod do alarmu', pin: 'PIN|PIN do karty', keysafe: 'kod do sejfu na klucze|kod do skrytki na klucze', locker: 'kod do szafki|kod do szafki', gate: 'kod do bramy|kod do bramy', voucher: 'kod bonu|kod bonu', garage: 'kod do garażu|kod do garażu', parcel: 'kod odbioru|kod odbioru', meeting: 'kod dostępu|kod dostępu' },
    hi: ['Cześć', 'Dzień dobry', 'Hej'], thanks: ['Dzięki!', 'Dziękuję.'], bye: ['Pozdrawiam', 'Z poważaniem', 'Do zobaczenia'],
    extra: ['Usuń proszę tę wiadomość po zapisaniu.', 'Daj znać, jeśli nie działa.', 'Klucz jest w skrzynce obok drzwi.'] },
  sv: { name: 'Svenska', is: (s, v) => [cap(s), ' är ', v], c: { password: 'lösenord|lösenordet', wifi: 'wifi-lösenord|wifi-lösenordet', door: 'portkod|portkoden', alarm: 'larmkod|larmkoden', pin: 'PIN-kod|PIN-koden till kortet', keysafe: 'nyckelbox|koden till nyckelboxen', locker: 'skåpkod|koden till skåpet', gate: 'grindkod|grindkoden', voucher: 'presentkortskod|koden till presentkortet', garage: 'garagekod|garagekoden', parcel: 'upphämtningskod|upphämtningskoden', meeting: 'lösenkod|lösenkoden' },
    hi: ['Hej', 'Hej hej', 'Hallå'], thanks: ['Tack!', 'Tack så mycket.'], bye: ['Vänliga hälsningar', 'Mvh', 'Ha det bra'],
    extra: ['Radera gärna meddelandet när du har sparat koden.', 'Hör av dig om det inte funkar.', 'Nyckeln ligger i lådan vid dörren.'] },
  da: { name: 'Dansk', is: (s, v) => [cap(s), ' er ', v], c: { password: 'adgangskode|adgangskoden', wifi: 'wifi-kode|wifi-koden', door: 'dørkode|dørkoden', alarm: 'alarmkode|alarmkoden', pin: 'pinkode|pinkoden til kortet', keysafe: 'nøgleboks|koden til nøgleboksen', locker: 'skabskode|koden til skabet', gate: 'portkode|portkoden', voucher: 'gavekortkode|koden til gavekortet', garage: 'garagekode|garagekoden', parcel: 'afhentningskode|afhentningskoden', meeting: 'adgangskode til mødet|adgangskoden til mødet' },
    hi: ['Hej', 'Hejsa', 'Kære alle'], thanks: ['Tak!', 'Mange tak.'], bye: ['Venlig hilsen', 'Mvh', 'Hilsen'],
    extra: ['Slet gerne beskeden, når du har gemt koden.', 'Sig til, hvis det ikke virker.', 'Nøglen ligger i boksen ved døren.'] },
  fi: { name: 'Suomi', is: (s, v) => [cap(s), ' on ', v], c: { password: 'salasana|salasana', wifi: 'wifi-salasana|wifin salasana', door: 'ovikoodi|ovikoodi', alarm: 'hälytyskoodi|hälytyksen koodi', pin: 'PIN-koodi|kortin PIN-koodi', keysafe: 'avainboksin koodi|avainboksin koodi', locker: 'kaapin koodi|kaapin koodi', gate: 'portin koodi|portin koodi', voucher: 'lahjakortin koodi|lahjakortin koodi', garage: 'autotallin koodi|autotallin koodi', parcel: 'noutokoodi|noutokoodi', meeting: 'pääsykoodi|kokouksen pääsykoodi' },
    hi: ['Hei', 'Moi', 'Terve'], thanks: ['Kiitos!', 'Kiitos paljon.'], bye: ['Terveisin', 'Ystävällisin terveisin', 'T.'],
    extra: ['Poista viesti, kun olet tallentanut koodin.', 'Kerro, jos se ei toimi.'] },
  cs: { name: 'Čeština', is: (s, v) => [cap(s), ' je ', v], c: { password: 'heslo|heslo', wifi: 'heslo k Wi-Fi|heslo k Wi-Fi', door: 'kód ke dveřím|kód ke dveřím', alarm: 'kód alarmu|kód k alarmu', pin: 'PIN|PIN ke kartě', keysafe: 'kód schránky na klíče|kód ke schránce na klíče', locker: 'kód skříňky|kód ke skříňce', gate: 'kód brány|kód k bráně', voucher: 'kód poukazu|kód poukazu', garage: 'kód garáže|kód ke garáži', parcel: 'kód pro vyzvednutí|kód pro vyzvednutí', meeting: 'přístupový kód|přístupový kód' },
    hi: ['Ahoj', 'Dobrý den', 'Čau'], thanks: ['Díky!', 'Děkuji.'], bye: ['S pozdravem', 'Měj se', 'Zdraví'],
    extra: ['Zprávu po uložení prosím smaž.', 'Dej vědět, kdyby to nešlo.'] },
  tr: { name: 'Türkçe', is: (s, v) => [cap(s), ': ', v], c: { password: 'şifre|şifre', wifi: 'Wi-Fi şifresi|Wi-Fi şifresi', door: 'kapı kodu|kapı kodu', alarm: 'alarm kodu|alarm kodu', pin: 'PIN|kartın şifresi', keysafe: 'anahtar kutusu kodu|anahtar kutusunun kodu', locker: 'dolap kodu|dolap kodu', gate: 'bahçe kapısı kodu|bahçe kapısının kodu', voucher: 'hediye çeki kodu|hediye çeki kodu', garage: 'garaj kodu|garaj kodu', parcel: 'teslim alma kodu|teslim alma kodu', meeting: 'toplantı şifresi|toplantı şifresi' },
    hi: ['Merhaba', 'Selam'], thanks: ['Teşekkürler!', 'Çok teşekkür ederim.'], bye: ['Saygılarımla', 'Sevgiler', 'İyi çalışmalar'],
    extra: ['Kaydettikten sonra lütfen bu mesajı sil.', 'Çalışmazsa haber ver.'] },
  ru: { name: 'Русский', is: (s, v) => [cap(s), ' — ', v], c: { password: 'пароль|пароль', wifi: 'пароль от Wi-Fi|пароль от вайфая', door: 'код от двери|код от подъезда', alarm: 'код сигнализации|код от сигнализации', pin: 'ПИН|ПИН-код от карты', keysafe: 'код от ключницы|код от ключницы', locker: 'код шкафчика|код от шкафчика', gate: 'код от ворот|код от ворот', voucher: 'код сертификата|код подарочного сертификата', garage: 'код от гаража|код от паркинга', parcel: 'код получения|код для получения', meeting: 'код доступа|код доступа' },
    hi: ['Привет', 'Добрый день', 'Здравствуйте'], thanks: ['Спасибо!', 'Большое спасибо.'], bye: ['С уважением', 'Хорошего дня', 'Пока'],
    extra: ['Удали, пожалуйста, это сообщение после сохранения.', 'Напиши, если не сработает.', 'Ключ в ящике у двери.'] },
  uk: { name: 'Українська', is: (s, v) => [cap(s), ' — ', v], c: { password: 'пароль|пароль', wifi: 'пароль від Wi-Fi|пароль від вайфаю', door: 'код від дверей|код від під\'їзду', alarm: 'код сигналізації|код від сигналізації', pin: 'ПІН|ПІН-код картки', keysafe: 'код від ключниці|код від ключниці', locker: 'код шафки|код від шафки', gate: 'код від воріт|код від воріт', voucher: 'код сертифіката|код подарункового сертифіката', garage: 'код від гаража|код від паркінгу', parcel: 'код отримання|код для отримання', meeting: 'код доступу|код доступу' },
    hi: ['Привіт', 'Добрий день'], thanks: ['Дякую!', 'Щиро дякую.'], bye: ['З повагою', 'Гарного дня'],
    extra: ['Видали, будь ласка, це повідомлення після збереження.', 'Напиши, якщо не спрацює.'] },
  el: { name: 'Ελληνικά', is: (s, v) => [cap(s), ' είναι ', v], c: { password: 'κωδικός|ο κωδικός', wifi: 'κωδικός Wi-Fi|ο κωδικός του Wi-Fi', door: 'κωδικός πόρτας|ο κωδικός της εξώπορτας', alarm: 'κωδικός συναγερμού|ο κωδικός του συναγερμού', pin: 'PIN|το PIN της κάρτας', keysafe: 'κωδικός κλειδοθήκης|ο κωδικός της κλειδοθήκης', locker: 'κωδικός ντουλαπιού|ο κωδικός του ντουλαπιού', gate: 'κωδικός αυλόπορτας|ο κωδικός της αυλόπορτας', voucher: 'κωδικός δωροεπιταγής|ο κωδικός της δωροεπιταγής', garage: 'κωδικός γκαράζ|ο κωδικός του γκαράζ', parcel: 'κωδικός παραλαβής|ο κωδικός παραλαβής', meeting: 'κωδικός πρόσβασης|ο κωδικός πρόσβασης' },
    hi: ['Γεια σου', 'Καλημέρα', 'Γεια σας'], thanks: ['Ευχαριστώ!', 'Ευχαριστώ πολύ.'], bye: ['Με εκτίμηση', 'Φιλικά', 'Τα λέμε'],
    extra: ['Σβήσε το μήνυμα αφού το αποθηκεύσεις.', 'Πες μου αν δεν δουλεύει.'] },
  ar: { name: 'العربية', is: (s, v) => [s, ' ', v], c: { password: 'كلمة المرور|كلمة المرور هي', wifi: 'كلمة مرور الواي فاي|كلمة مرور الواي فاي هي', door: 'رمز الباب|رمز الباب هو', alarm: 'رمز الإنذار|رمز جهاز الإنذار هو', pin: 'الرقم السري|الرقم السري للبطاقة هو', keysafe: 'رمز صندوق المفاتيح|رمز صندوق المفاتيح هو', locker: 'رمز الخزانة|رمز الخزانة هو', gate: 'رمز البوابة|رمز البوابة هو', voucher: 'رمز القسيمة|رمز القسيمة هو', garage: 'رمز المرآب|رمز المرآب هو', parcel: 'رمز الاستلام|رمز الاستلام هو', meeting: 'رمز الدخول|رمز الدخول للاجتماع هو' },
    hi: ['مرحباً', 'السلام عليكم', 'أهلاً'], thanks: ['شكراً!', 'شكراً جزيلاً.'], bye: ['مع التحية', 'تحياتي', 'مع خالص الشكر'],
    extra: ['يرجى حذف هذه الرسالة بعد حفظ الرمز.', 'أخبرني إذا لم يعمل.'] },
  he: { name: 'עברית', is: (s, v) => [s, ' ', v], c: { password: 'סיסמה|הסיסמה היא', wifi: 'סיסמת Wi-Fi|הסיסמה של ה-Wi-Fi היא', door: 'קוד הדלת|הקוד של הדלת הוא', alarm: 'קוד האזעקה|הקוד של האזעקה הוא', pin: 'קוד סודי|הקוד הסודי של הכרטיס הוא', keysafe: 'קוד כספת המפתחות|הקוד של כספת המפתחות הוא', locker: 'קוד הלוקר|הקוד של הלוקר הוא', gate: 'קוד השער|הקוד של השער הוא', voucher: 'קוד השובר|הקוד של השובר הוא', garage: 'קוד החניון|הקוד של החניון הוא', parcel: 'קוד איסוף|קוד האיסוף הוא', meeting: 'קוד גישה|קוד הגישה לפגישה הוא' },
    hi: ['היי', 'שלום', 'בוקר טוב'], thanks: ['תודה!', 'תודה רבה.'], bye: ['בברכה', 'תודה ולהתראות', 'יום טוב'],
    extra: ['נא למחוק את ההודעה אחרי השמירה.', 'תגיד לי אם זה לא עובד.'] },
  hi: { name: 'हिन्दी', is: (s, v) => [s, ' ', v, ' है'], c: { password: 'पासवर्ड|पासवर्ड', wifi: 'वाई-फ़ाई पासवर्ड|वाई-फ़ाई का पासवर्ड', door: 'दरवाज़े का कोड|दरवाज़े का कोड', alarm: 'अलार्म कोड|अलार्म का कोड', pin: 'पिन|कार्ड का पिन', keysafe: 'चाबी बॉक्स का कोड|चाबी वाले बॉक्स का कोड', locker: 'लॉकर कोड|लॉकर का कोड', gate: 'गेट कोड|गेट का कोड', voucher: 'वाउचर कोड|वाउचर का कोड', garage: 'गैराज कोड|गैराज का कोड', parcel: 'पिकअप कोड|पिकअप कोड', meeting: 'पासकोड|मीटिंग का पासकोड' },
    hi: ['नमस्ते', 'हाय'], thanks: ['धन्यवाद!', 'बहुत शुक्रिया।'], bye: ['सादर', 'शुभकामनाओं सहित'],
    extra: ['सेव करने के बाद यह मैसेज डिलीट कर देना।', 'काम न करे तो बताना।'] },
  ja: { name: '日本語', is: (s, v) => [s, 'は', v, 'です'], c: { password: 'パスワード|パスワード', wifi: 'Wi-Fiパスワード|Wi-Fiのパスワード', door: 'ドアの暗証番号|玄関の暗証番号', alarm: '警報解除コード|警報の解除コード', pin: '暗証番号|カードの暗証番号', keysafe: 'キーボックスの番号|キーボックスの番号', locker: 'ロッカー番号|ロッカーの暗証番号', gate: '門の暗証番号|門の暗証番号', voucher: 'ギフトコード|ギフトコード', garage: '駐車場の暗証番号|駐車場の暗証番号', parcel: '受取コード|受取コード', meeting: 'パスコード|パスコード' },
    hi: ['お疲れ様です。', 'こんにちは', 'おはようございます。'], thanks: ['ありがとうございます。', 'よろしくお願いします。'], bye: ['よろしくお願いいたします。', '以上です。', 'では。'],
    extra: ['保存したらこのメッセージは削除してください。', 'うまくいかなければ教えてください。'] },
  zh: { name: '中文', is: (s, v) => [s, '是', v], c: { password: '密码|密码', wifi: 'Wi-Fi密码|Wi-Fi密码', door: '门禁密码|门禁密码', alarm: '报警器密码|报警器的密码', pin: 'PIN码|银行卡密码', keysafe: '钥匙盒密码|钥匙盒的密码', locker: '储物柜密码|储物柜密码', gate: '大门密码|大门的密码', voucher: '兑换码|兑换码', garage: '车库密码|车库密码', parcel: '取件码|取件码', meeting: '会议密码|会议密码' },
    hi: ['你好', '大家好', '您好'], thanks: ['谢谢！', '多谢。'], bye: ['祝好', '此致', '谢谢'],
    extra: ['保存后请删除这条消息。', '如果不行请告诉我。'] },
  ko: { name: '한국어', is: (s, v) => [s, ' ', v, '입니다'], c: { password: '비밀번호|비밀번호는', wifi: '와이파이 비밀번호|와이파이 비밀번호는', door: '현관 비밀번호|현관 비밀번호는', alarm: '경보 해제 코드|경보 해제 코드는', pin: 'PIN|카드 비밀번호는', keysafe: '키박스 비밀번호|키박스 비밀번호는', locker: '사물함 비밀번호|사물함 비밀번호는', gate: '대문 비밀번호|대문 비밀번호는', voucher: '상품권 코드|상품권 코드는', garage: '주차장 비밀번호|주차장 비밀번호는', parcel: '수령 코드|수령 코드는', meeting: '회의 암호|회의 암호는' },
    hi: ['안녕하세요', '안녕'], thanks: ['감사합니다!', '고마워요.'], bye: ['감사합니다.', '좋은 하루 되세요.'],
    extra: ['저장한 후에 이 메시지는 지워 주세요.', '안 되면 알려 주세요.'] },
  vi: { name: 'Tiếng Việt', is: (s, v) => [cap(s), ' là ', v], c: { password: 'mật khẩu|mật khẩu', wifi: 'mật khẩu Wi-Fi|mật khẩu Wi-Fi', door: 'mã cửa|mã cửa', alarm: 'mã báo động|mã báo động', pin: 'mã PIN|mã PIN của thẻ', keysafe: 'mã hộp khóa|mã hộp đựng chìa khóa', locker: 'mã tủ đồ|mã tủ đồ', gate: 'mã cổng|mã cổng', voucher: 'mã phiếu quà tặng|mã phiếu quà tặng', garage: 'mã nhà xe|mã nhà xe', parcel: 'mã nhận hàng|mã nhận hàng', meeting: 'mật mã cuộc họp|mật mã cuộc họp' },
    hi: ['Chào bạn', 'Chào anh', 'Chào chị'], thanks: ['Cảm ơn!', 'Cảm ơn nhiều.'], bye: ['Trân trọng', 'Thân mến'],
    extra: ['Lưu xong thì xóa tin nhắn này nhé.', 'Không được thì báo mình nhé.'] },
  id: { name: 'Bahasa Indonesia', is: (s, v) => [cap(s), ' adalah ', v], c: { password: 'kata sandi|kata sandinya', wifi: 'sandi Wi-Fi|sandi Wi-Fi-nya', door: 'kode pintu|kode pintunya', alarm: 'kode alarm|kode alarmnya', pin: 'PIN|PIN kartunya', keysafe: 'kode kotak kunci|kode kotak kuncinya', locker: 'kode loker|kode lokernya', gate: 'kode gerbang|kode gerbangnya', voucher: 'kode voucher|kode vouchernya', garage: 'kode garasi|kode garasinya', parcel: 'kode pengambilan|kode pengambilannya', meeting: 'kode sandi rapat|kode sandi rapatnya' },
    hi: ['Halo', 'Hai', 'Selamat pagi'], thanks: ['Terima kasih!', 'Makasih ya.'], bye: ['Salam', 'Hormat saya'],
    extra: ['Tolong hapus pesan ini setelah disimpan.', 'Kabari kalau tidak bisa.'] },
  th: { name: 'ไทย', is: (s, v) => [s, 'คือ ', v], c: { password: 'รหัสผ่าน|รหัสผ่าน', wifi: 'รหัส Wi-Fi|รหัส Wi-Fi ', door: 'รหัสประตู|รหัสประตู', alarm: 'รหัสสัญญาณกันขโมย|รหัสปิดสัญญาณกันขโมย', pin: 'รหัส PIN|รหัส PIN บัตร', keysafe: 'รหัสกล่องกุญแจ|รหัสกล่องกุญแจ', locker: 'รหัสล็อกเกอร์|รหัสล็อกเกอร์', gate: 'รหัสประตูรั้ว|รหัสประตูรั้ว', voucher: 'รหัสบัตรกำนัล|รหัสบัตรกำนัล', garage: 'รหัสโรงรถ|รหัสโรงรถ', parcel: 'รหัสรับพัสดุ|รหัสรับพัสดุ', meeting: 'รหัสผ่านการประชุม|รหัสผ่านการประชุม' },
    hi: ['สวัสดีครับ', 'สวัสดีค่ะ'], thanks: ['ขอบคุณครับ', 'ขอบคุณค่ะ'], bye: ['ด้วยความเคารพ', 'ขอบคุณมาก'],
    extra: ['บันทึกแล้วช่วยลบข้อความนี้ด้วยนะ'] },
  ro: { name: 'Română', is: (s, v) => [cap(s), ' este ', v], c: { password: 'parolă|parola', wifi: 'parolă Wi-Fi|parola de la Wi-Fi', door: 'cod ușă|codul de la ușă', alarm: 'cod alarmă|codul alarmei', pin: 'PIN|PIN-ul cardului', keysafe: 'cod cutie chei|codul cutiei cu chei', locker: 'cod dulap|codul dulapului', gate: 'cod poartă|codul porții', voucher: 'cod voucher|codul voucherului', garage: 'cod garaj|codul garajului', parcel: 'cod ridicare|codul de ridicare', meeting: 'cod de acces|codul de acces' },
    hi: ['Salut', 'Bună ziua', 'Bună'], thanks: ['Mulțumesc!', 'Mersi!'], bye: ['Cu stimă', 'O zi bună', 'Toate cele bune'],
    extra: ['Te rog șterge mesajul după ce salvezi codul.', 'Spune-mi dacă nu merge.'] },
  hu: { name: 'Magyar', is: (s, v) => [cap(s), ': ', v], c: { password: 'jelszó|a jelszó', wifi: 'wifi jelszó|a wifi jelszava', door: 'ajtókód|az ajtókód', alarm: 'riasztókód|a riasztó kódja', pin: 'PIN-kód|a kártya PIN-kódja', keysafe: 'kulcsszéf kód|a kulcsszéf kódja', locker: 'szekrénykód|a szekrény kódja', gate: 'kapukód|a kapukód', voucher: 'utalványkód|az utalvány kódja', garage: 'garázskód|a garázs kódja', parcel: 'átvételi kód|az átvételi kód', meeting: 'belépőkód|a belépőkód' },
    hi: ['Szia', 'Sziasztok', 'Jó napot'], thanks: ['Köszi!', 'Köszönöm szépen.'], bye: ['Üdvözlettel', 'Üdv', 'Szép napot'],
    extra: ['Mentés után kérlek töröld ezt az üzenetet.', 'Szólj, ha nem működik.'] },
};
export const LANG_CODES = Object.keys(LANGS);
export const langOf = (code) => LANGS[code] || LANGS.en;
export const hasLang = (code) => !!LANGS[code];

export function conceptLabel(lang, concept) { const [bare, subj] = langOf(lang).c[concept].split('|'); return { bare, subj: subj || bare }; }

// Produce items that state a code in one of several natural ways.
export function sayCode(r, lang, concept, value, entity) {
  const L = langOf(lang);
  const { bare, subj } = conceptLabel(lang, concept);
  const m = S(entity || CONCEPT_ENTITY[concept], value);
  const f = r.wpick([[5, 'is'], [3, 'colon'], [1, 'glued'], [1, 'paren'], [1, 'eq'], [1, 'dash']]);
  switch (f) {
    case 'is': return L.is(subj, m);
    case 'colon': return [cap(bare), ': ', m];
    case 'glued': return [cap(bare), ':', m];
    case 'paren': return ['(', bare, ' ', m, ')'];
    case 'eq': return [bare, '=', m];
    default: return [cap(bare), ' – ', m];
  }
}
