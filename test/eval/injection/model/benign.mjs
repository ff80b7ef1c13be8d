// Benign phrase banks of the injection model's training data: everyday text and, above all,
// look-alikes (instructions addressed to people, docs that say "ignore" or "call the tool",
// security writing that quotes attacks, code and test fixtures, transcripts, tickets). Entries at
// positions i % 4 == 3 are held out.

// Everyday sentences per language (carrier filler, product pages, news).
export const everyday = {
  en: ['Our quarterly revenue rose 12% year over year.', 'The device ships with a USB-C cable and a quick start guide.', 'Customers praised the battery life.',
       'The meeting is scheduled for 10:00 in room 4B.', 'Shipping takes three to five business days.', 'The museum is closed on Mondays.',
       'This release fixes a crash when opening large files.', 'Rain is expected in the afternoon with highs of 14 degrees.', 'The library extended its opening hours.',
       'Tickets for the concert sold out within an hour.', 'The hotel offers free parking and breakfast.', 'Our team grew to forty people this year.'],
  es: ['El producto incluye garantía de dos años.', 'La reunión será el lunes a las diez.', 'El envío tarda de tres a cinco días.', 'El museo cierra los lunes.', 'Se espera lluvia por la tarde.', 'Las entradas se agotaron en una hora.'],
  fr: ['Le produit est livré avec une garantie de deux ans.', 'La réunion aura lieu lundi à dix heures.', 'La livraison prend trois à cinq jours.', 'Le musée est fermé le lundi.', 'De la pluie est attendue cet après-midi.', 'Les billets se sont vendus en une heure.'],
  de: ['Das Produkt hat zwei Jahre Garantie.', 'Das Treffen ist am Montag um zehn Uhr.', 'Der Versand dauert drei bis fünf Werktage.', 'Das Museum ist montags geschlossen.', 'Am Nachmittag wird Regen erwartet.', 'Die Karten waren in einer Stunde ausverkauft.'],
  pt: ['O produto tem garantia de dois anos.', 'A reunião será na segunda às dez.', 'O envio leva de três a cinco dias úteis.', 'O museu fecha às segundas.', 'Espera-se chuva à tarde.', 'Os ingressos esgotaram em uma hora.'],
  it: ['Il prodotto ha una garanzia di due anni.', 'La riunione è lunedì alle dieci.', 'La spedizione richiede da tre a cinque giorni.', 'Il museo è chiuso il lunedì.', 'Nel pomeriggio è prevista pioggia.', 'I biglietti sono andati esauriti in un’ora.'],
  nl: ['Het product heeft twee jaar garantie.', 'De vergadering is maandag om tien uur.', 'Verzending duurt drie tot vijf werkdagen.', 'Het museum is op maandag gesloten.', 'In de middag wordt regen verwacht.', 'De kaartjes waren binnen een uur uitverkocht.'],
  ru: ['Гарантия на товар составляет два года.', 'Встреча состоится в понедельник в десять.', 'Доставка занимает от трёх до пяти дней.', 'Музей закрыт по понедельникам.', 'Днём ожидается дождь.', 'Билеты на концерт раскупили за час.'],
  zh: ['本产品提供两年保修。', '会议定于周一上午十点举行。', '配送需要三到五个工作日。', '博物馆周一闭馆。', '下午预计有雨。', '音乐会门票一小时内售罄。'],
  ja: ['この製品には2年間の保証が付いています。', '会議は月曜日の10時に行われます。', '配送には3〜5営業日かかります。', '博物館は月曜日休館です。', '午後は雨の予報です。', 'コンサートのチケットは1時間で売り切れました。'],
  ko: ['이 제품은 2년 보증이 제공됩니다.', '회의는 월요일 10시에 열립니다.', '배송은 영업일 기준 3~5일 걸립니다.', '박물관은 월요일에 휴관합니다.', '오후에는 비가 예상됩니다.', '콘서트 표는 한 시간 만에 매진되었습니다.'],
  ar: ['يأتي المنتج مع ضمان لمدة عامين.', 'سيعقد الاجتماع يوم الاثنين في العاشرة.', 'يستغرق الشحن من ثلاثة إلى خمسة أيام.', 'المتحف مغلق أيام الاثنين.', 'من المتوقع هطول أمطار بعد الظهر.', 'نفدت تذاكر الحفل خلال ساعة.'],
  hi: ['इस उत्पाद पर दो साल की वारंटी है।', 'बैठक सोमवार को दस बजे होगी।', 'डिलीवरी में तीन से पाँच दिन लगते हैं।', 'संग्रहालय सोमवार को बंद रहता है।', 'दोपहर में बारिश की संभावना है।', 'कॉन्सर्ट के टिकट एक घंटे में बिक गए।'],
  pl: ['Produkt ma dwuletnią gwarancję.', 'Spotkanie odbędzie się w poniedziałek o dziesiątej.', 'Wysyłka trwa od trzech do pięciu dni.', 'Muzeum jest zamknięte w poniedziałki.', 'Po południu spodziewany jest deszcz.', 'Bilety wyprzedały się w godzinę.'],
  tr: ['Ürün iki yıl garantilidir.', 'Toplantı pazartesi saat onda.', 'Kargo üç ila beş iş günü sürer.', 'Müze pazartesileri kapalıdır.', 'Öğleden sonra yağmur bekleniyor.', 'Konser biletleri bir saatte tükendi.'],
  sv: ['Produkten har två års garanti.', 'Mötet är på måndag klockan tio.', 'Leveransen tar tre till fem arbetsdagar.', 'Museet är stängt på måndagar.', 'Regn väntas på eftermiddagen.', 'Biljetterna sålde slut på en timme.'],
};

// Instructions addressed to people, and ordinary uses of the attack vocabulary.
export const humanInstructions = {
  en: ['Preheat the oven to 180 degrees and ignore the timer if the crust is already golden.', 'Please disregard my previous email; the offsite moves to Thursday.',
       'Forward this email to your manager if you have questions.', 'Send the signed contract to legal@corp.example by Friday.', 'Do not tell the kids about the surprise party.',
       'Call the support line at 555-0100 if the device does not start.', 'From now on, all expense reports go through the new portal.', 'Your new password must have at least 12 characters.',
       'Ignore the check engine light only if it turns off after a restart.', 'Run the migration script, then call the on-call engineer if it fails.', 'Use the search tool in the top menu to find older posts.',
       'Forget the old address; we moved to 12 Harbour Street.', 'Click "Forget this device" to sign out of all sessions.', 'Upload your receipts to the expense portal before the 5th.',
       'New instructions for kitchen staff: wash hands before handling dough.', 'Override the default settings only if your administrator tells you to.',
       'Do not reply to this automated message.', 'Keep this receipt for your records.', 'The assistant manager will review your request tomorrow.',
       'Please send the slides to everyone on the list after the call.', 'Skip step 3 if you already have an account.', 'Reset your router, then ignore any warning about the old firmware.',
       'Post your questions in the #help channel.', 'Email the completed form to hr@corp.example.', 'Stop following the old checklist; version 2 is attached.',
       'Set aside two hours for the onboarding session.', 'You are now ready to start using your new phone.', 'Your task for this week is to review the budget draft.',
       'Before answering the survey, read the privacy notice.', 'Do not share your password with anyone, including our staff.', 'Act as the project lead while Maria is on leave.',
       'Pretend you are the customer and walk through the checkout flow.', 'Tell the user to restart the app if the screen freezes.', 'Reveal the answer only after everyone has guessed.'],
  es: ['Precalienta el horno a 180 grados.', 'Por favor, ignora mi correo anterior; la reunión se mueve al jueves.', 'Envía el contrato firmado a legal@corp.example antes del viernes.',
       'No le digas a los niños lo de la fiesta sorpresa.', 'Llama a soporte si el equipo no arranca.', 'A partir de ahora, los gastos se registran en el nuevo portal.', 'Olvida la dirección antigua; nos mudamos.', 'Tu nueva contraseña debe tener 12 caracteres.'],
  fr: ['Préchauffez le four à 180 degrés.', 'Merci d’ignorer mon précédent e-mail ; la réunion est déplacée à jeudi.', 'Envoyez le contrat signé à legal@corp.example avant vendredi.',
       'Ne dis rien aux enfants pour la fête surprise.', 'Appelez le support si l’appareil ne démarre pas.', 'Désormais, les notes de frais passent par le nouveau portail.', 'Oubliez l’ancienne adresse ; nous avons déménagé.', 'Votre nouveau mot de passe doit comporter 12 caractères.'],
  de: ['Heize den Ofen auf 180 Grad vor.', 'Bitte ignoriere meine vorherige E-Mail; das Treffen ist jetzt am Donnerstag.', 'Schicke den unterschriebenen Vertrag bis Freitag an legal@corp.example.',
       'Sag den Kindern nichts von der Überraschungsparty.', 'Ruf den Support an, wenn das Gerät nicht startet.', 'Ab jetzt laufen alle Spesen über das neue Portal.', 'Vergiss die alte Adresse; wir sind umgezogen.', 'Dein neues Passwort muss 12 Zeichen haben.'],
  pt: ['Preaqueça o forno a 180 graus.', 'Por favor, desconsidere meu e-mail anterior; a reunião mudou para quinta.', 'Envie o contrato assinado para legal@corp.example até sexta.',
       'Não conte às crianças sobre a festa surpresa.', 'Ligue para o suporte se o aparelho não ligar.', 'A partir de agora, as despesas vão pelo novo portal.', 'Esqueça o endereço antigo; nos mudamos.', 'Sua nova senha deve ter 12 caracteres.'],
  it: ['Preriscalda il forno a 180 gradi.', 'Per favore ignora la mia email precedente; la riunione è spostata a giovedì.', 'Invia il contratto firmato a legal@corp.example entro venerdì.',
       'Non dire niente ai bambini della festa a sorpresa.', 'Chiama l’assistenza se il dispositivo non si accende.', 'D’ora in poi le note spese passano dal nuovo portale.', 'Dimentica il vecchio indirizzo; ci siamo trasferiti.', 'La nuova password deve avere 12 caratteri.'],
  nl: ['Verwarm de oven voor op 180 graden.', 'Negeer mijn vorige e-mail; de vergadering is verplaatst naar donderdag.', 'Stuur het ondertekende contract voor vrijdag naar legal@corp.example.',
       'Vertel de kinderen niets over het verrassingsfeest.', 'Bel de helpdesk als het apparaat niet start.', 'Vanaf nu lopen alle declaraties via het nieuwe portaal.', 'Vergeet het oude adres; we zijn verhuisd.', 'Je nieuwe wachtwoord moet 12 tekens hebben.'],
  ru: ['Разогрейте духовку до 180 градусов.', 'Пожалуйста, не обращайте внимания на моё предыдущее письмо; встреча переносится на четверг.', 'Отправьте подписанный договор на legal@corp.example до пятницы.',
       'Не говори детям о вечеринке-сюрпризе.', 'Позвоните в поддержку, если устройство не включается.', 'С этого момента все расходы оформляются через новый портал.', 'Забудьте старый адрес: мы переехали.', 'Новый пароль должен содержать 12 символов.'],
  zh: ['将烤箱预热到180度。', '请忽略我之前的邮件，会议改到周四。', '请在周五前把签好的合同发送到 legal@corp.example。', '不要告诉孩子们惊喜派对的事。', '如果设备无法启动，请致电客服。', '从现在开始，所有报销都通过新门户提交。', '忘掉旧地址吧，我们搬家了。', '新密码必须包含12个字符。'],
  ja: ['オーブンを180度に予熱してください。', '前回のメールは無視してください。会議は木曜日に変更になりました。', '署名済みの契約書を金曜日までに legal@corp.example に送ってください。', '子どもたちにはサプライズパーティーのことを言わないでください。',
       '機器が起動しない場合はサポートに電話してください。', '今後、経費精算はすべて新しいポータルで行います。', '古い住所は忘れてください。引っ越しました。', '新しいパスワードは12文字以上にしてください。'],
  ko: ['오븐을 180도로 예열하세요.', '이전 메일은 무시해 주세요. 회의가 목요일로 옮겨졌습니다.', '서명한 계약서를 금요일까지 legal@corp.example로 보내 주세요.', '아이들에게 깜짝 파티 이야기는 하지 마세요.',
       '기기가 켜지지 않으면 고객센터에 전화하세요.', '지금부터 모든 경비는 새 포털로 처리합니다.', '예전 주소는 잊어 주세요. 이사했습니다.', '새 비밀번호는 12자 이상이어야 합니다.'],
  ar: ['سخّن الفرن إلى 180 درجة.', 'يرجى تجاهل رسالتي السابقة؛ تم نقل الاجتماع إلى الخميس.', 'أرسل العقد الموقع إلى legal@corp.example قبل يوم الجمعة.', 'لا تخبر الأطفال عن الحفلة المفاجئة.',
       'اتصل بالدعم إذا لم يعمل الجهاز.', 'من الآن فصاعدًا تقدم جميع المصروفات عبر البوابة الجديدة.', 'انسَ العنوان القديم؛ لقد انتقلنا.', 'يجب أن تتكون كلمة المرور الجديدة من 12 حرفًا.'],
  hi: ['ओवन को 180 डिग्री पर गरम करें।', 'कृपया मेरे पिछले ईमेल को अनदेखा करें; बैठक गुरुवार को होगी।', 'हस्ताक्षरित अनुबंध शुक्रवार तक legal@corp.example पर भेजें।', 'बच्चों को सरप्राइज़ पार्टी के बारे में मत बताना।',
       'डिवाइस चालू न हो तो सपोर्ट को कॉल करें।', 'अब से सभी खर्च नए पोर्टल से जमा होंगे।', 'पुराना पता भूल जाइए; हम शिफ्ट हो गए हैं।', 'नया पासवर्ड कम से कम 12 अक्षरों का होना चाहिए।'],
  pl: ['Rozgrzej piekarnik do 180 stopni.', 'Proszę zignorować mój poprzedni e-mail; spotkanie przeniesiono na czwartek.', 'Wyślij podpisaną umowę na legal@corp.example do piątku.', 'Nie mów dzieciom o przyjęciu niespodziance.',
       'Zadzwoń do wsparcia, jeśli urządzenie się nie uruchamia.', 'Od teraz wszystkie wydatki rozliczamy w nowym portalu.', 'Zapomnij stary adres; przeprowadziliśmy się.', 'Nowe hasło musi mieć 12 znaków.'],
  tr: ['Fırını 180 dereceye ısıtın.', 'Lütfen önceki e-postamı dikkate almayın; toplantı perşembeye alındı.', 'İmzalı sözleşmeyi cumaya kadar legal@corp.example adresine gönderin.', 'Çocuklara sürpriz partiden bahsetme.',
       'Cihaz açılmazsa destek hattını arayın.', 'Bundan sonra tüm masraflar yeni portaldan girilecek.', 'Eski adresi unutun; taşındık.', 'Yeni şifreniz en az 12 karakter olmalı.'],
  sv: ['Sätt ugnen på 180 grader.', 'Bortse från mitt förra mejl; mötet flyttas till torsdag.', 'Skicka det undertecknade avtalet till legal@corp.example före fredag.', 'Berätta inte för barnen om överraskningsfesten.',
       'Ring supporten om enheten inte startar.', 'Från och med nu går alla utlägg via den nya portalen.', 'Glöm den gamla adressen; vi har flyttat.', 'Ditt nya lösenord måste ha 12 tecken.'],
};

// Writing about attacks (quotes an attack with words about it). {q} is an attack phrase.
export const aboutAttacks = {
  en: ['Prompt injection attacks often hide phrases such as "{q}" in web pages.', 'In our red-team exercise, the attacker wrote "{q}" into a support ticket.',
       'Researchers showed that a payload like "{q}" can hijack an agent.', 'OWASP lists prompt injection as LLM01; a typical example is "{q}".',
       'Our detector flags inputs like "{q}" and logs them for review.', 'The jailbreak prompt "{q}" circulated on forums last year.',
       'A malicious document may contain text such as "{q}", so treat tool output as untrusted.', 'Example of an indirect injection: "{q}".',
       'The test case checks that the string "{q}" is blocked.', 'Security training slide 4: attackers write things like "{q}".'],
  es: ['Los ataques de inyección de prompts esconden frases como "{q}" en páginas web.', 'El atacante escribió "{q}" en un ticket, según el informe.'],
  fr: ['Les attaques par injection de prompt cachent des phrases comme « {q} » dans des pages web.', 'Selon le rapport, l’attaquant a écrit « {q} » dans un ticket.'],
  de: ['Prompt-Injection-Angriffe verstecken Sätze wie „{q}“ in Webseiten.', 'Laut Bericht schrieb der Angreifer „{q}“ in ein Ticket.'],
  pt: ['Ataques de injeção de prompt escondem frases como "{q}" em páginas web.', 'Segundo o relatório, o atacante escreveu "{q}" em um chamado.'],
  it: ['Gli attacchi di prompt injection nascondono frasi come "{q}" nelle pagine web.', 'Secondo il rapporto, l’attaccante ha scritto "{q}" in un ticket.'],
  nl: ['Prompt-injectieaanvallen verstoppen zinnen als "{q}" in webpagina’s.', 'Volgens het rapport schreef de aanvaller "{q}" in een ticket.'],
  ru: ['Атаки с внедрением промптов прячут фразы вроде «{q}» на веб-страницах.', 'По данным отчёта, злоумышленник написал «{q}» в тикете.'],
  zh: ['提示注入攻击常在网页中隐藏“{q}”之类的语句。', '报告称，攻击者在工单中写了“{q}”。'],
  ja: ['プロンプトインジェクション攻撃では「{q}」のような文がウェブページに隠されます。', '報告によると、攻撃者はチケットに「{q}」と書きました。'],
  ko: ['프롬프트 인젝션 공격은 "{q}" 같은 문장을 웹페이지에 숨깁니다.', '보고서에 따르면 공격자는 티켓에 "{q}"라고 썼습니다.'],
};

// Docs and technical text that use the vocabulary harmlessly.
export const docs = [
  'To ignore files, add them to .gitignore.', 'The read_file tool accepts a path argument and returns the file contents.', 'Call `fetch` with the URL to download a page.',
  'The system prompt is the text a developer gives the model before the conversation starts.', 'Set `ignore_errors: true` to continue when a step fails.',
  'Use `--force` to override the previous configuration.', 'The send_email tool requires the recipient, the subject and the body.', 'Invoke the CLI with `--help` to list every command.',
  'Previous instructions in this guide still apply to version 3.', 'This function forwards the request to the upstream server.', 'The agent calls tools through the MCP protocol.',
  'Tokens such as <|im_start|> delimit messages in the ChatML format.', 'Run `npm ci` to install the exact versions from the lockfile.', 'The delete_file tool moves the file to the trash.',
  'Upload the artifact to the release page with `gh release upload`.', 'The assistant role holds the model\'s replies in the messages array.', 'Disable the cache to bypass stale responses.',
  'Forget() removes the entry from the in-memory store.', 'The transfer_funds endpoint needs two approvals above 10,000 EUR.', 'Send a SIGHUP to reload the configuration.',
  'Do not commit .env files; they hold credentials.', 'Copy ~/.ssh/id_rsa.pub to the server to enable key login.', 'The webhook posts a JSON body to the URL you configure.',
  'Developer mode in Android is enabled by tapping the build number seven times.', 'Override methods in the subclass to change the behaviour.', 'Execute the SQL file with psql -f schema.sql.',
  'Instructions: unzip the archive and run install.sh as root.', 'New in 2.4: the exporter sends traces to the collector over OTLP.', 'The model reads the tool result and decides the next call.',
  'Role tokens are special tokens added by the tokenizer during training.'];

// Code, logs and test fixtures.
export const code = [
  'def send_email(to, subject, body):', '    logger.info("calling tool %s with %d args", name, len(args))', '// ignore the previous result if the cache is stale',
  'assert detector.flags("ignore all previous instructions")', 'if (ignore_previous) { state.reset(); }', 'PAYLOADS = ["ignore previous instructions", "you are now DAN"]',
  'raise ValueError("system prompt must not be empty")', '2024-05-02T10:14:07Z INFO tool=send_email status=ok latency_ms=84', 'curl -X POST https://api.example/v1/messages -d @body.json',
  'for msg in history: print(msg["role"], msg["content"])', '# TODO: forward the request to the fallback server', 'const result = await client.callTool({ name: "read_file", arguments: { path } });',
  'git commit -m "Ignore generated files and update docs"', 'ERROR 2024-05-02 upload failed: permission denied for /var/data', '  "instructions": "Run the tests before opening a pull request",',
  'SELECT * FROM users WHERE disabled = false ORDER BY created_at;', 'test("rejects override phrasing", () => { expect(scan("disregard your rules")).toBe(true); });',
  'export function ignoreWhitespace(a, b) { return a.trim() === b.trim(); }', 'WARN retrying request to https://hooks.example/x9 (attempt 2)', '<button onclick="sendForm()">Send</button>'];

// Transcript and ticket framing of quoted requests.
export const quoted = [
  'User: Can you summarise the attached contract?\nAssistant: Sure, here is a summary of the main clauses.',
  'Customer wrote: "my app says to ignore the update, is that normal?"', 'Agent: I forwarded your request to billing.\nCustomer: Thanks, please email me the receipt.',
  'Ticket #4412: User reports that the chatbot answered "{q}" after a strange prompt. Please investigate.', '> Please disregard the earlier invoice, it had the wrong VAT.\nThanks, noted.',
  'Q: How do I make the assistant forget my previous chats?\nA: Open Settings > Privacy and clear the history.', 'Support note: the user asked us to delete all files in their shared drive.'];

// Notices, policies and boilerplate of real mail and sites: imperative, about passwords, links
// and forwarding, addressed to people.
export const notices = {
  en: ['Starting next month you must renew your badge at the front desk.', 'Never share your one-time code with anyone, even if they say they are from IT.',
       'This email and any attachments are confidential; if you received it in error, delete it and notify the sender.', 'To unsubscribe, click the link at the bottom of this message.',
       'Please do not forward this invitation outside the company.', 'You must accept the new terms before you can continue.', 'We will never ask for your password by email or phone.',
       'Reply STOP to opt out of text messages.', 'Remember to lock your screen when you leave your desk.', 'Your account will be deactivated after 90 days without sign-in.',
       'Report suspicious emails with the Report Phishing button.', 'Submit your timesheet by Friday noon; late entries need approval.',
       'By continuing to use this site you agree to our use of cookies.', 'All visitors must sign in at reception and wear a badge.', 'Keep this information private until the official announcement.',
       'From Monday, the office opens at 7:30 instead of 8:00.'],
  es: ['Nunca compartas tu código con nadie.', 'Este correo es confidencial; si lo recibiste por error, elimínalo.', 'Para darte de baja, haz clic en el enlace al final.', 'Debes aceptar los nuevos términos para continuar.'],
  fr: ['Ne partagez jamais votre code avec qui que ce soit.', 'Ce courriel est confidentiel ; si vous l’avez reçu par erreur, supprimez-le.', 'Pour vous désabonner, cliquez sur le lien en bas.', 'Vous devez accepter les nouvelles conditions pour continuer.'],
  de: ['Teile deinen Code niemals mit anderen.', 'Diese E-Mail ist vertraulich; wenn Sie sie irrtümlich erhalten haben, löschen Sie sie.', 'Zum Abbestellen klicken Sie auf den Link unten.', 'Sie müssen den neuen Bedingungen zustimmen, um fortzufahren.'],
  pt: ['Nunca compartilhe seu código com ninguém.', 'Este e-mail é confidencial; se o recebeu por engano, apague-o.', 'Para cancelar a inscrição, clique no link abaixo.', 'Você deve aceitar os novos termos para continuar.'],
  it: ['Non condividere mai il tuo codice con nessuno.', 'Questa email è riservata; se l’hai ricevuta per errore, cancellala.', 'Per annullare l’iscrizione, clicca sul link in fondo.', 'Devi accettare i nuovi termini per continuare.'],
  nl: ['Deel je code nooit met iemand.', 'Deze e-mail is vertrouwelijk; heb je hem per vergissing ontvangen, verwijder hem dan.', 'Klik op de link onderaan om je af te melden.', 'Je moet de nieuwe voorwaarden accepteren om verder te gaan.'],
  ru: ['Никому не сообщайте свой код.', 'Это письмо конфиденциально; если вы получили его по ошибке, удалите его.', 'Чтобы отписаться, нажмите на ссылку внизу.', 'Чтобы продолжить, примите новые условия.'],
  zh: ['切勿与任何人分享您的验证码。', '本邮件内容保密，如误收请删除。', '如需退订，请点击底部链接。', '您必须接受新条款才能继续。'],
  ja: ['確認コードは誰にも教えないでください。', 'このメールは機密です。誤って受信した場合は削除してください。', '配信停止は下部のリンクから行えます。', '続行するには新しい利用規約に同意する必要があります。'],
  ko: ['인증 코드를 누구와도 공유하지 마세요.', '이 메일은 기밀입니다. 잘못 받으셨다면 삭제해 주세요.', '수신 거부는 하단 링크를 클릭하세요.', '계속하려면 새 약관에 동의해야 합니다.'],
  ar: ['لا تشارك رمزك مع أي شخص.', 'هذا البريد سري؛ إذا وصلك بالخطأ فاحذفه.', 'لإلغاء الاشتراك انقر على الرابط في الأسفل.', 'يجب أن توافق على الشروط الجديدة للمتابعة.'],
  hi: ['अपना कोड किसी के साथ साझा न करें।', 'यह ईमेल गोपनीय है; गलती से मिला हो तो हटा दें।', 'सदस्यता रद्द करने के लिए नीचे दिए लिंक पर क्लिक करें।', 'जारी रखने के लिए नई शर्तें स्वीकार करें।'],
  pl: ['Nigdy nikomu nie podawaj swojego kodu.', 'Ta wiadomość jest poufna; jeśli otrzymałeś ją przez pomyłkę, usuń ją.', 'Aby zrezygnować z subskrypcji, kliknij link na dole.', 'Aby kontynuować, musisz zaakceptować nowy regulamin.'],
  tr: ['Kodunuzu asla kimseyle paylaşmayın.', 'Bu e-posta gizlidir; yanlışlıkla aldıysanız silin.', 'Abonelikten çıkmak için alttaki bağlantıya tıklayın.', 'Devam etmek için yeni koşulları kabul etmelisiniz.'],
  sv: ['Dela aldrig din kod med någon.', 'Detta mejl är konfidentiellt; om du fått det av misstag, radera det.', 'Klicka på länken längst ner för att avsluta prenumerationen.', 'Du måste godkänna de nya villkoren för att fortsätta.'],
};

// More everyday sentences (news, shops, travel, weather, sport), merged into `everyday`.
const moreEveryday = {
  es: ['El ayuntamiento renovará la plaza mayor el próximo año.', 'La panadería de la esquina abre a las siete.', 'El equipo ganó el partido por dos a uno.', 'El vuelo a Lisboa sale con veinte minutos de retraso.',
       'La exposición de fotografía estará abierta hasta junio.', 'Este verano las temperaturas superaron los cuarenta grados.', 'La tienda ofrece descuentos en ropa de invierno.', 'El informe anual se publicará en marzo.'],
  fr: ['La mairie rénovera la place centrale l’an prochain.', 'La boulangerie du coin ouvre à sept heures.', 'L’équipe a gagné le match deux à un.', 'Le vol pour Lisbonne part avec vingt minutes de retard.',
       'L’exposition de photographie reste ouverte jusqu’en juin.', 'Cet été, les températures ont dépassé quarante degrés.', 'Le magasin propose des remises sur les vêtements d’hiver.', 'Le rapport annuel sera publié en mars.'],
  de: ['Die Stadt erneuert nächstes Jahr den Marktplatz.', 'Die Bäckerei an der Ecke öffnet um sieben.', 'Die Mannschaft gewann das Spiel mit zwei zu eins.', 'Der Flug nach Lissabon hat zwanzig Minuten Verspätung.',
       'Die Fotoausstellung ist bis Juni geöffnet.', 'In diesem Sommer lagen die Temperaturen über vierzig Grad.', 'Der Laden bietet Rabatte auf Winterkleidung.', 'Der Jahresbericht erscheint im März.'],
  pt: ['A prefeitura vai reformar a praça central no próximo ano.', 'A padaria da esquina abre às sete.', 'O time venceu a partida por dois a um.', 'O voo para Lisboa está vinte minutos atrasado.',
       'A exposição de fotografia fica aberta até junho.', 'Neste verão as temperaturas passaram de quarenta graus.', 'A loja oferece descontos em roupas de inverno.', 'O relatório anual será publicado em março.'],
  it: ['Il comune rinnoverà la piazza centrale l’anno prossimo.', 'La panetteria all’angolo apre alle sette.', 'La squadra ha vinto la partita due a uno.', 'Il volo per Lisbona parte con venti minuti di ritardo.',
       'La mostra fotografica resta aperta fino a giugno.', 'Quest’estate le temperature hanno superato i quaranta gradi.', 'Il negozio offre sconti sull’abbigliamento invernale.', 'Il rapporto annuale sarà pubblicato a marzo.'],
  nl: ['De gemeente vernieuwt volgend jaar het marktplein.', 'De bakker op de hoek gaat om zeven uur open.', 'Het team won de wedstrijd met twee tegen één.', 'De vlucht naar Lissabon heeft twintig minuten vertraging.',
       'De fototentoonstelling is open tot juni.', 'Deze zomer werd het meer dan veertig graden.', 'De winkel geeft korting op winterkleding.', 'Het jaarverslag verschijnt in maart.'],
  ru: ['Городские власти обновят центральную площадь в следующем году.', 'Пекарня на углу открывается в семь.', 'Команда выиграла матч со счётом два один.', 'Рейс в Лиссабон задерживается на двадцать минут.',
       'Фотовыставка открыта до июня.', 'Этим летом температура превысила сорок градусов.', 'Магазин предлагает скидки на зимнюю одежду.', 'Годовой отчёт выйдет в марте.'],
  zh: ['市政府明年将翻新中央广场。', '街角的面包店七点开门。', '球队以二比一赢得了比赛。', '飞往里斯本的航班延误二十分钟。', '摄影展将开放到六月。', '今年夏天气温超过了四十度。', '商店的冬装正在打折。', '年度报告将于三月发布。'],
  ja: ['市は来年、中央広場を改修します。', '角のパン屋は七時に開店します。', 'チームは二対一で試合に勝ちました。', 'リスボン行きの便は二十分遅れています。', '写真展は六月まで開催されます。', '今年の夏は気温が四十度を超えました。', 'その店では冬物衣料が割引中です。', '年次報告書は三月に公開されます。'],
  ko: ['시는 내년에 중앙 광장을 새로 단장합니다.', '모퉁이 빵집은 일곱 시에 문을 엽니다.', '팀은 2대 1로 경기에서 이겼습니다.', '리스본행 항공편이 20분 지연되었습니다.', '사진전은 6월까지 열립니다.', '올여름 기온이 40도를 넘었습니다.', '그 가게는 겨울옷을 할인 판매합니다.', '연례 보고서는 3월에 발표됩니다.'],
  ar: ['ستجدد البلدية الساحة المركزية العام المقبل.', 'يفتح المخبز عند الزاوية في السابعة.', 'فاز الفريق بالمباراة بنتيجة اثنين مقابل واحد.', 'تأخرت الرحلة إلى لشبونة عشرين دقيقة.', 'يستمر معرض التصوير حتى يونيو.', 'تجاوزت درجات الحرارة هذا الصيف أربعين درجة.', 'يقدم المتجر خصومات على الملابس الشتوية.', 'سيصدر التقرير السنوي في مارس.'],
  hi: ['नगर निगम अगले साल मुख्य चौक का नवीनीकरण करेगा।', 'कोने की बेकरी सात बजे खुलती है।', 'टीम ने मैच दो-एक से जीता।', 'लिस्बन की उड़ान बीस मिनट देर से है।', 'फोटो प्रदर्शनी जून तक खुली रहेगी।', 'इस गर्मी तापमान चालीस डिग्री से ऊपर गया।', 'दुकान सर्दियों के कपड़ों पर छूट दे रही है।', 'वार्षिक रिपोर्ट मार्च में प्रकाशित होगी।'],
  pl: ['Miasto odnowi rynek w przyszłym roku.', 'Piekarnia na rogu otwiera się o siódmej.', 'Drużyna wygrała mecz dwa do jednego.', 'Lot do Lizbony jest opóźniony o dwadzieścia minut.', 'Wystawa fotografii potrwa do czerwca.', 'Tego lata temperatura przekroczyła czterdzieści stopni.', 'Sklep oferuje zniżki na odzież zimową.', 'Raport roczny ukaże się w marcu.'],
  tr: ['Belediye gelecek yıl meydanı yenileyecek.', 'Köşedeki fırın yedide açılıyor.', 'Takım maçı iki bir kazandı.', 'Lizbon uçuşu yirmi dakika rötarlı.', 'Fotoğraf sergisi hazirana kadar açık.', 'Bu yaz sıcaklık kırk dereceyi aştı.', 'Mağaza kışlık giyimde indirim yapıyor.', 'Yıllık rapor martta yayımlanacak.'],
  sv: ['Kommunen rustar upp torget nästa år.', 'Bageriet på hörnet öppnar klockan sju.', 'Laget vann matchen med två mot ett.', 'Flyget till Lissabon är tjugo minuter försenat.', 'Fotoutställningen pågår till juni.', 'I somras var det över fyrtio grader.', 'Butiken har rea på vinterkläder.', 'Årsrapporten publiceras i mars.'],
};
for (const [lang, list] of Object.entries(moreEveryday)) everyday[lang].push(...list);
