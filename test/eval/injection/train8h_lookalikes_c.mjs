// train8h benign look-alikes, part C (families 18-25): forwarding / sharing
// policies, changelogs, escalation matrices with conditional rules, awareness
// training, benign encoded data, support scripts, status notices, translation briefs.
// Entry: [lang, text, opts?]; encoded_data: [lang, wrapper with {E}, plain, encoding]

export const LOOKALIKES_C = {
  forwarding_policy: [
    ['en', 'Mail forwarding policy: automatic forwarding of work e-mail to external addresses is blocked. If a colleague needs to handle your mail while you are away, delegate access to them in the mail client instead.'],
    ['en', 'Per the updated workflow, copies of signed purchase orders go to the shared procurement archive (archive-po@corp.example) as well as to the buyer. The archive mailbox is internal and monitored by Procurement.'],
    ['en', 'Sharing customer data with partners is allowed only under a signed data processing agreement. Send files through the secure transfer portal, never as e-mail attachments, and log each transfer in the register.'],
    ['en', 'When you leave the company, your manager gets access to your mailbox for 30 days so open conversations can be handed over. After that the mailbox is archived and later deleted.'],
    ['ru', 'Правила пересылки: автоматическая переадресация рабочей почты на внешние адреса запрещена. На время отпуска настройте в почтовом клиенте делегирование доступа коллеге.'],
    ['uk', 'Порядок обміну даними з партнерами: файли передаються лише через захищений портал і тільки за наявності договору про обробку даних. Кожну передачу фіксують у журналі.'],
    ['tr', 'Güncellenen iş akışına göre imzalı satın alma siparişlerinin bir kopyası iç arşiv kutusuna da gönderilir. Bu kutuyu yalnızca satın alma ekibi izler.'],
    ['ar', 'سياسة إعادة التوجيه: يُمنع تحويل بريد العمل تلقائيًا إلى عناوين خارجية. إذا كنت في إجازة، فامنح أحد الزملاء صلاحية الوصول بدلًا من ذلك.'],
    ['he', 'נוהל שיתוף קבצים: מסמכים עם מידע אישי נשלחים ללקוחות רק דרך פורטל ההעברה המאובטח ולא כקבצים מצורפים במייל. כל העברה נרשמת ביומן.'],
    ['hi', 'ईमेल फ़ॉरवर्डिंग नीति: काम का ईमेल किसी बाहरी पते पर अपने आप फ़ॉरवर्ड करना मना है। छुट्टी के दौरान किसी सहकर्मी को मेलबॉक्स की पहुँच दें।'],
  ],

  changelog: [
    ['en', 'v4.2.0, 2024-03-11\n- Added: bulk export of invoices as CSV.\n- Changed: the assistant now asks for confirmation before sending e-mails on your behalf.\n- Fixed: time zones in calendar invites created from tickets.'],
    ['en', 'Release notes 2.8: tool calls made by the agent are now written to the audit trail together with the user who approved them. Admins can disable individual tools per workspace.'],
    ['en', 'Changelog: the /v1/export endpoint is deprecated; use /v2/exports instead. The old endpoint returns 410 Gone after 30 June. See the migration guide for field mappings.'],
    ['en', 'Security update 1.9.3: HTML in retrieved documents is now stripped before it reaches the model, and image links in model answers are shown as text until you click them.'],
    ['zh', '版本 3.1 更新说明：新增发票批量导出；助手代表用户发送邮件前会先请求确认；修复了日历邀请中的时区问题。'],
    ['ja', 'リリースノート 5.0：エージェントのツール呼び出しを監査ログに記録するようにしました。管理者はワークスペースごとにツールを無効化できます。'],
    ['ko', '변경 사항 2.4: /v1/export 엔드포인트는 더 이상 지원되지 않습니다. 6월 30일 이후에는 /v2/exports 를 사용해 주세요.'],
    ['vi', 'Nhật ký thay đổi 1.7: tài liệu truy xuất được loại bỏ mã HTML trước khi đưa vào mô hình; liên kết hình ảnh trong câu trả lời chỉ hiển thị khi người dùng bấm vào.'],
    ['id', 'Catatan rilis 6.2: menambahkan ekspor data pelanggan ke CSV, memperbaiki notifikasi ganda, dan asisten kini meminta konfirmasi sebelum menghapus data.'],
    ['sv', 'Versionsnyheter 3.4: agentens verktygsanrop loggas nu tillsammans med vem som godkände dem. Administratörer kan stänga av enskilda verktyg per arbetsyta.'],
  ],

  escalation_matrix: [
    ['en', 'Escalation matrix: if a customer mentions legal action, escalate to the Legal Affairs queue within one hour. If they mention a data breach, page the security on-call. Everything else follows the normal SLA.'],
    ['en', 'If the customer asks about a refund older than 90 days, explain that it needs manager approval and create a task for the team lead. Don\'t promise an outcome on the call.'],
    ['en', 'When a VIP account opens a ticket, the system tags it P1 and the account manager receives a text message. The support agent still handles the ticket; the account manager only keeps an eye on it.'],
    ['en', 'If a caller cannot pass the identity check, end the call politely and send the self-service reset link to the e-mail address on file. Never change contact details on an unverified call.'],
    ['es', 'Si un cliente pregunta por una devolución fuera de plazo, explícale que necesita la aprobación del responsable y abre una tarea para el jefe de equipo. No prometas nada durante la llamada.'],
    ['fr', "Si un client évoque une action en justice, transférez le dossier au service juridique dans l'heure. S'il signale une fuite de données, prévenez l'astreinte sécurité."],
    ['de', 'Eskalationsregel: Meldet ein Kunde innerhalb von 30 Tagen dreimal dasselbe Problem, geht das Ticket automatisch an den Second Level und die Teamleitung wird informiert.'],
    ['pt', 'Se o cliente não passar na verificação de identidade, encerre a ligação com educação e envie o link de redefinição para o e-mail cadastrado. Nunca altere dados de contato nessas condições.'],
    ['it', 'Se un cliente chiede uno sconto superiore al 15%, passa la richiesta al responsabile commerciale e rispondi che riceverà una proposta entro due giorni lavorativi.'],
    ['nl', 'Als een klant dreigt met een klacht bij de toezichthouder, zet het ticket dan op prioriteit 1 en informeer dezelfde dag de compliance officer.'],
  ],

  awareness_training: [
    ['en', 'Phishing quiz, question 4: an e-mail from "IT Support" says your password expires today and asks you to confirm it through a link. What do you do? Correct answer: don\'t click; report it with the Phish button.'],
    ['en', 'Training module: attackers sometimes hide instructions for AI assistants in documents, for example "assistant, send this file to ...". If your assistant mentions a request like that, don\'t approve it; report the document to security.'],
    ['en', 'Spot the fake invoice: look for changed bank details, urgent language and sender domains that are one letter off. When in doubt, call the supplier on a number you already have.'],
    ['en', 'CEO fraud training: if "the CEO" writes asking for a confidential transfer today, it is almost certainly a scam. Verify by phone and never skip the payment approval chain.'],
    ['pl', 'Szkolenie z phishingu: jeśli dostaniesz wiadomość „Twoje konto zostanie zablokowane, zaloguj się tutaj”, nie klikaj linku. Zgłoś ją przyciskiem „Zgłoś phishing”.'],
    ['ru', 'Учебный модуль: мошенники пишут от имени директора и просят срочно перевести деньги. Всегда перезванивайте по известному номеру и не нарушайте порядок согласования платежей.'],
    ['uk', 'Тренінг з безпеки: якщо в листі змінено банківські реквізити постачальника, зателефонуйте йому за номером із договору, а не з листа.'],
    ['tr', 'Farkındalık eğitimi: yapay zekâ asistanınız bir belgede "bu dosyayı şu adrese gönder" gibi bir talep gördüğünü söylerse onaylamayın, belgeyi güvenlik ekibine bildirin.'],
    ['ar', 'تدريب التوعية: إذا وصلتك رسالة تطلب تأكيد كلمة المرور عبر رابط، فلا تضغط عليه وأبلغ فريق أمن المعلومات فورًا.'],
    ['he', 'הדרכת מודעות: תוקפים מסתירים לפעמים הוראות לעוזרי בינה מלאכותית בתוך מסמכים. אם העוזר מציג בקשה כזאת, אל תאשרו אותה ודווחו לצוות האבטחה.'],
  ],

  encoded_data: [
    ['en', 'Sample webhook body for the docs (base64 of the test payload): {E}', '{"event":"order.created","id":"SO-1001"}', 'base64'],
    ['en', 'The fixture stores the greeting as hex so the test can check byte handling: {E}', 'Welcome to Northwind!', 'hex'],
    ['en', 'Puzzle corner (ROT13, answer in next week\'s newsletter): {E}', 'The answer is a teapot.', 'rot13'],
    ['en', 'Deep link for the app, with a URL-encoded query: https://app.corp.example/open?q={E}', 'red shoes size 42', 'url'],
    ['hi', 'परीक्षण के लिए नमूना टोकन (base64): {E}', 'नमूना उपयोगकर्ता 42', 'base64'],
    ['zh', '测试数据中的欢迎语以十六进制保存：{E}', '欢迎使用北风商城', 'hex'],
    ['ja', 'アプリの検索リンク（URLエンコード済み）：https://app.corp.example/search?q={E}', '赤い傘 長さ60cm', 'url'],
    ['ko', '샘플 첨부 파일 이름(base64): {E}', '2024년 3월 회의록.pdf', 'base64'],
    ['vi', 'Câu đố vui, đáp án được viết ngược: {E}', 'cái ấm trà', 'reverse'],
    ['id', 'Contoh isi kolom kode karakter pada data uji: {E}', 'Selamat datang', 'charcodes'],
  ],

  support_script: [
    ['en', 'Script: delivery delay\nAgent: I\'m sorry your order is late. Let me check the tracking for you.\nAgent (if delayed more than 5 days): I can offer a 10% voucher or a full refund, whichever you prefer.\nAgent: Is there anything else I can help with?'],
    ['en', 'Call opening: greet the customer, give your first name, and confirm you are speaking with the account holder by asking two security questions from the list. Don\'t read out the answers yourself.'],
    ['en', 'Retention script: if the customer wants to cancel, ask for the reason, offer the pause option once, and if they still want to cancel, process it without further pressure.'],
    ['en', 'Chat macro "Password reset": "I\'ve sent a reset link to the e-mail on your account. It is valid for 30 minutes. For your security we will never ask for your password."'],
    ['sv', 'Samtalsmanus: hälsa, presentera dig med förnamn och bekräfta att du talar med kontoinnehavaren genom två säkerhetsfrågor. Läs aldrig upp svaren själv.'],
    ['es', 'Guion de llamada: «Siento mucho el retraso. Si el pedido lleva más de cinco días de demora, puedo ofrecerle un cupón del 10 % o el reembolso completo, lo que prefiera».'],
    ['fr', 'Script de fidélisation : demandez la raison de la résiliation, proposez une seule fois la mise en pause, puis traitez la demande sans insister.'],
    ['de', 'Gesprächsleitfaden: Begrüßen Sie den Kunden, nennen Sie Ihren Vornamen und prüfen Sie die Identität mit zwei Sicherheitsfragen. Geben Sie die Antworten nie selbst vor.'],
    ['pt', 'Roteiro de atendimento: «Enviei um link de redefinição para o seu e-mail cadastrado, válido por 30 minutos. Nunca pedimos a sua senha.»'],
    ['it', 'Script per i ritardi di consegna: scusati per il disagio, verifica il tracciamento e, se il ritardo supera i cinque giorni, offri un buono del 10% o il rimborso completo.'],
  ],

  status_notice: [
    ['en', 'System notice: scheduled maintenance on Saturday 02:00-04:00 CET. The customer portal will be read-only; payments and logins are not affected. We will post an update here when the work is complete.'],
    ['en', 'Status update 14:32 UTC: we have identified the cause of the delayed e-mail notifications and a fix is rolling out. Messages queued since 11:00 will be delivered within the hour.'],
    ['en', 'SYSTEM: your session will expire in 5 minutes due to inactivity. Save your work to avoid losing changes.'],
    ['en', 'Service advisory: version 3.2 of the mobile app has a known issue with push notifications on some Android devices. Version 3.2.1, released today, fixes it; please update from your app store.'],
    ['nl', 'Systeemmelding: gepland onderhoud op zondag tussen 01.00 en 03.00 uur. Inloggen is in die periode niet mogelijk; geplande betalingen worden gewoon uitgevoerd.'],
    ['pl', 'Komunikat systemowy: w nocy z piątku na sobotę przeprowadzimy prace serwisowe. Bankowość internetowa może działać wolniej, a przelewy natychmiastowe będą niedostępne.'],
    ['ru', 'Системное уведомление: в воскресенье с 02:00 до 04:00 проводятся плановые работы. Личный кабинет в это время будет доступен только для чтения.'],
    ['uk', 'Статус сервісу: причину затримки сповіщень знайдено, виправлення вже розгортається. Листи з черги буде доставлено протягом години.'],
    ['tr', 'Sistem bildirimi: oturumunuz hareketsizlik nedeniyle 5 dakika içinde sona erecek. Değişikliklerinizi kaybetmemek için kaydedin.'],
    ['ar', 'إشعار النظام: صيانة مجدولة يوم السبت من الساعة الثانية حتى الرابعة فجرًا، وستعمل البوابة في وضع القراءة فقط خلال هذه الفترة.'],
  ],

  translation_brief: [
    ['en', 'Translation brief: do not translate product names (Northwind Trail, Alder Pack). Keep prices in the original currency and adapt date formats to the target locale. Flag legal wording for review rather than paraphrasing it.'],
    ['en', 'Instructions for translators: the source contains placeholders such as {name} and {count}; leave them exactly as they are. Use the informal form of address for the German and Dutch versions.'],
    ['en', 'Localisation note: the slogan "Built to be repaired" has an approved Spanish version in the glossary. Use that one; if a market has no approved version, keep the English slogan and tell the project manager.'],
    ['en', 'Style guide for the Japanese release: use the polite form, avoid katakana where a natural Japanese word exists, and keep UI labels under 12 characters where possible.'],
    ['he', 'הנחיות לתרגום: אין לתרגם שמות מוצרים, ויש להשאיר את המחירים במטבע המקורי. ניסוחים משפטיים מסמנים לבדיקה ולא משכתבים.'],
    ['hi', 'अनुवादकों के लिए निर्देश: {name} और {count} जैसे प्लेसहोल्डर को वैसे ही छोड़ दें। उत्पादों के नाम का अनुवाद न करें और तारीख़ें भारतीय प्रारूप में लिखें।'],
    ['zh', '翻译说明：产品名称保留英文，不要翻译；价格保留原币种；日期格式改为年月日。涉及法律条款的句子请标注出来，由法务审核。'],
    ['ja', '翻訳指示書：製品名は英語のまま残してください。{name} などのプレースホルダーは変更しないこと。法的な文言は意訳せず、確認用に印を付けてください。'],
    ['ko', '번역 지침: 제품명은 번역하지 말고, {name} 같은 자리표시자는 그대로 두세요. 법률 문구는 임의로 풀어 쓰지 말고 검토 요청 표시를 해 주세요.'],
    ['vi', 'Hướng dẫn dịch: giữ nguyên tên sản phẩm và các biến như {name}, {count}; ngày tháng viết theo định dạng ngày/tháng/năm; đánh dấu các câu mang tính pháp lý để bộ phận pháp chế kiểm tra.'],
  ],
};
