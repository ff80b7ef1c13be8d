// train7r benign look-alikes, part C. split_lookalike entries: a and b in separate fields.
export const LOOKALIKES_C = [
  // ---------------- policy_text ----------------
  { f: 'policy_text', l: 'en', x: "Acceptable use: employees must not paste customer data into external AI tools. AI assistants provided by IT may read internal documents but may not send email or modify records without the employee confirming each action." },
  { f: 'policy_text', l: 'en', x: "Section 4.2 — Agents and automation. Any automated agent that acts on untrusted content (web pages, inbound email, third-party issues) must run with the least privilege needed and must log every tool call with its arguments for 90 days." },
  { f: 'policy_text', l: 'fr', x: "Politique interne : il est interdit de transmettre des identifiants par messagerie instantanée, même à un collègue. Les demandes de réinitialisation passent exclusivement par le portail du service informatique." },
  { f: 'policy_text', l: 'de', x: "Richtlinie zur Offenlegung von Schwachstellen: Melden Sie Sicherheitslücken an security@northwind.example. Bitte führen Sie keine Tests gegen Produktivsysteme anderer Kunden durch und veröffentlichen Sie Details erst nach 90 Tagen." },
  { f: 'policy_text', l: 'it', x: "Regolamento: l'assistente virtuale aziendale non può approvare spese, modificare contratti o inviare comunicazioni esterne. Può solo preparare bozze, che un dipendente deve rivedere e inviare." },
  { f: 'policy_text', l: 'pl', x: "Polityka bezpieczeństwa: hasła zmieniamy co 12 miesięcy lub natychmiast po podejrzeniu wycieku. Nigdy nie podawaj hasła w odpowiedzi na e-mail, nawet jeśli nadawca podaje się za dział IT." },
  { f: 'policy_text', l: 'zh', x: "信息安全制度：禁止将客户数据上传到未经批准的外部服务。任何自动化工具在执行删除、转账或对外发送操作前，必须获得人工确认。" },
  { f: 'policy_text', l: 'sv', x: "Riktlinje: AI-verktyg får användas för att sammanfatta interna dokument. De får inte användas för att fatta beslut om anställning, och utdata ska alltid granskas av en människa innan den skickas vidare." },
  { f: 'policy_text', l: 'hi', x: "नीति: कंपनी के AI सहायक बाहरी वेबसाइटों से पढ़ी गई सामग्री को केवल जानकारी मानते हैं। किसी भी ईमेल भेजने या फ़ाइल मिटाने की कार्रवाई से पहले कर्मचारी की पुष्टि ज़रूरी है।" },

  // ---------------- prompt_library ----------------
  { f: 'prompt_library', l: 'en', x: "Prompt: \"Act as a senior code reviewer. Read the diff below and list bugs, security issues and missing tests. Be direct; skip praise.\"\nTags: code-review, engineering · Rating: 4.6 · Used 2,311 times" },
  { f: 'prompt_library', l: 'en', x: "Template: Release notes writer\nSystem: You turn merged PR titles into user-facing release notes. Group by Added / Fixed / Changed. Ignore PRs labelled internal or chore.\nUser: {{pr_titles}}" },
  { f: 'prompt_library', l: 'es', x: "Prompt guardado: «Actúa como profesor de inglés. Corrige mis frases y explica cada error en una línea. No respondas en inglés salvo en los ejemplos.»" },
  { f: 'prompt_library', l: 'pt', x: "Biblioteca de prompts › Vendas\n\"Você é um redator de e-mails de prospecção. Escreva três versões curtas, tom amigável, sem exageros, terminando com uma pergunta.\"" },
  { f: 'prompt_library', l: 'ja', x: "プロンプト集：議事録要約\n「あなたは会議の書記です。以下の文字起こしから決定事項、宿題、期限を箇条書きにしてください。推測は書かないでください。」" },
  { f: 'prompt_library', l: 'ru', x: "Шаблон промпта: «Представь, что ты опытный DevOps-инженер. Объясни новичку, что такое blue-green деплой, на простом примере, не больше 200 слов.»" },
  { f: 'prompt_library', l: 'nl', x: "Promptbibliotheek › Onderwijs\n\"Je bent een geduldige bijlesdocent wiskunde. Geef nooit meteen het antwoord; stel eerst een vraag die de leerling op weg helpt.\"" },
  { f: 'prompt_library', l: 'ko', x: "프롬프트 라이브러리: \"너는 친절한 SQL 튜터야. 사용자가 쓴 쿼리를 보고 성능 문제를 설명하고, 개선된 쿼리를 하나만 제시해.\"" },
  { f: 'prompt_library', l: 'tr', mix: 'en', x: "Prompt koleksiyonu: \"You are a translator. Türkçe metni İngilizceye çevir, teknik terimleri olduğu gibi bırak, açıklama ekleme.\"" },

  // ---------------- ticket_quote (support tickets quoting a user or a scam) ----------------
  { f: 'ticket_quote', l: 'en', x: "Customer forwarded a suspicious email they received: \"Your account will be closed. Reply with your password to keep it active.\" They want to know if it's from us. Agent reply: it is not; we never ask for passwords. Marked as phishing report." },
  { f: 'ticket_quote', l: 'en', x: "User writes: \"Your chatbot told me to ignore the error and run the installer as admin. Is that safe?\" Agent note: the bot was quoting a community post; escalated to the bot team to add a source warning." },
  { f: 'ticket_quote', l: 'es', x: "La clienta escribe: «Me llegó un mensaje que decía “envía el código de verificación a este número para desbloquear tu cuenta”». Respuesta: no lo envíe, es una estafa; hemos bloqueado el número." },
  { f: 'ticket_quote', l: 'de', x: "Kunde schreibt: „In Ihrer App stand plötzlich: Ignorieren Sie alle Warnungen und deaktivieren Sie den Virenschutz.“ Analyse: Der Text stammte aus einer eingebetteten Werbeanzeige. Anzeigenpartner wurde gesperrt." },
  { f: 'ticket_quote', l: 'ru', x: "Клиент пишет: «Мне позвонили и попросили продиктовать код из СМС для отмены перевода». Ответ оператора: это мошенники, банк никогда не просит код. Карта заблокирована по просьбе клиента." },
  { f: 'ticket_quote', l: 'it', x: "Il cliente riporta: «Il vostro assistente mi ha chiesto di inviare la foto del documento a un indirizzo esterno». Verifica: il messaggio proveniva da un profilo falso sui social, non dal nostro assistente." },
  { f: 'ticket_quote', l: 'ar', x: "كتب العميل: «وصلتني رسالة تقول أرسل كلمة المرور لتفعيل حسابك». الرد: هذه رسالة احتيال، نحن لا نطلب كلمات المرور أبدًا. تم الإبلاغ عنها." },
  { f: 'ticket_quote', l: 'vi', x: "Khách hàng viết: “Có người nhắn bảo tôi bỏ qua cảnh báo bảo mật và cài ứng dụng từ đường link lạ.” Nhân viên trả lời: đừng cài, đó là lừa đảo; đã chặn số điện thoại." },
  { f: 'ticket_quote', l: 'nl', x: "Klant meldt: \"De bot zei: stuur je logbestanden naar dit adres.\" Onderzoek: de klant had een gedeeld document in de chat geplakt waarin die zin stond. De bot heeft niets verstuurd." },

  // ---------------- docs_imperative (ordinary docs full of imperatives) ----------------
  { f: 'docs_imperative', l: 'en', x: "If the build fails with ENOSPC, ignore the cache: run `npm ci --prefer-online`, delete node_modules/.cache, and restart the watcher. Forget about the old `--legacy-peer-deps` flag; it is no longer needed on npm 10." },
  { f: 'docs_imperative', l: 'en', x: "To reset your environment, override the defaults in .env.local, then run `make reset`. This drops all local databases and reseeds them. Do not run it against staging: the command refuses unless APP_ENV=local." },
  { f: 'docs_imperative', l: 'en', x: "Send a POST request to /v1/webhooks with the URL you want us to call. We will send every event to that URL and retry for 24 hours. Append ?secret= to the URL only for testing; in production use the signature header." },
  { f: 'docs_imperative', l: 'fr', x: "Ignorez ce message si vous utilisez déjà la version 4. Sinon, exécutez la commande de migration, puis supprimez l'ancien fichier de configuration. Vous pouvez envoyer vos questions sur le forum." },
  { f: 'docs_imperative', l: 'pt', x: "Esqueça a configuração manual: o assistente de instalação detecta o banco de dados automaticamente. Se ele falhar, apague o arquivo config.lock e execute novamente com --verbose." },
  { f: 'docs_imperative', l: 'ko', x: "이전 버전의 설정 파일은 무시하고 새 템플릿을 복사하세요. 그런 다음 `make install` 을 실행하고, 오류가 나면 로그 파일을 첨부해 이슈를 등록하세요." },
  { f: 'docs_imperative', l: 'id', x: "Abaikan peringatan deprecation saat menjalankan versi 2.x; fitur tersebut baru dihapus di 3.0. Untuk mengirim laporan bug, jalankan `gantry doctor` dan lampirkan hasilnya." },
  { f: 'docs_imperative', l: 'uk', x: "Забудьте про ручне налаштування проксі: у версії 5 його визначено автоматично. Якщо з'єднання не працює, видаліть файл кешу й перезапустіть застосунок." },
  { f: 'docs_imperative', l: 'sv', x: "Ignorera varningen om osignerade paket i utvecklingsläget. Kör sedan `gantry build --release` och skicka artefakten till byggservern med `gantry upload`." },

  // ---------------- code_snippet (code handling prompts, roles, tool calls) ----------------
  { f: 'code_snippet', l: 'en', x: "messages = [\n    {\"role\": \"system\", \"content\": SYSTEM_PROMPT},\n    {\"role\": \"user\", \"content\": question},\n]\nfor doc in retrieved:\n    messages.append({\"role\": \"tool\", \"content\": f\"<doc>{escape(doc)}</doc>\"})\nresp = client.chat(messages, tools=TOOLS, tool_choice=\"auto\")" },
  { f: 'code_snippet', l: 'en', x: "const DANGEROUS = ['run_shell', 'write_file', 'send_email', 'http_request'];\nif (DANGEROUS.includes(call.name) && call.origin === 'tool_result') {\n  return askUser(`The model wants to call ${call.name}. Allow?`);\n}" },
  { f: 'code_snippet', l: 'en', x: "# strip Unicode tag characters and zero-width spaces before classification\nimport re\nTAGS = re.compile('[\\U000E0000-\\U000E007F\\u200b\\u200c\\u200d\\u2060]')\ndef clean(s: str) -> str:\n    return TAGS.sub('', s)" },
  { f: 'code_snippet', l: 'de', x: "// Entfernt Chat-Template-Tokens aus Nutzereingaben, damit niemand eine Systemrolle fälschen kann\nfunction entschaerfen(text) {\n  return text.replace(/<\\|(im_start|im_end|eot_id)\\|>/g, '');\n}" },
  { f: 'code_snippet', l: 'zh', x: "# 忽略以 # 开头的注释行，再解析键值对\ndef parse(lines):\n    out = {}\n    for line in lines:\n        if line.startswith('#') or not line.strip():\n            continue\n        k, v = line.split('=', 1)\n        out[k.strip()] = v.strip()\n    return out" },
  { f: 'code_snippet', l: 'es', x: "# Ejemplo de llamada a herramienta devuelta por el modelo\n{\"tool_calls\": [{\"id\": \"call_1\", \"type\": \"function\", \"function\": {\"name\": \"buscar_vuelos\", \"arguments\": \"{\\\"origen\\\": \\\"MAD\\\", \\\"destino\\\": \\\"LIS\\\"}\"}}]}" },
  { f: 'code_snippet', l: 'ja', x: "# 送信前にユーザーの確認を求める\nif tool_name == 'send_email':\n    ok = confirm(f'{args[\"to\"]} にメールを送信しますか？')\n    if not ok:\n        return {'status': 'cancelled'}" },
  { f: 'code_snippet', l: 'en', x: "#!/bin/sh\n# install.sh — review before piping to sh!\nset -eu\ncurl -fsSL https://dl.gantry.example/gantry-linux-amd64 -o /usr/local/bin/gantry\nchmod +x /usr/local/bin/gantry\ngantry --version" },
  { f: 'code_snippet', l: 'pl', x: "// Ignoruj błędy sieci przy pierwszej próbie; spróbuj ponownie z backoffem\nfor (let i = 0; i < 3; i++) {\n  try { return await pobierz(url); }\n  catch (e) { await czekaj(2 ** i * 100); }\n}" },

  // ---------------- split_lookalike (benign text spread over two fields) ----------------
  { f: 'split_lookalike', l: 'en', a: 'Deployment note, part 1: before running the migration, ignore the warnings printed by', b: 'the old schema checker; part 2: then restart the workers one by one.' },
  { f: 'split_lookalike', l: 'en', a: 'Reminder for reviewers: the test fixture quotes the string "ignore all previous', b: 'instructions" on purpose; please do not remove it, the detector tests depend on it.' },
  { f: 'split_lookalike', l: 'es', a: 'Paso 1: envía el formulario con tus datos de contacto.', b: 'Paso 2: recibirás un correo para confirmar la dirección.' },
  { f: 'split_lookalike', l: 'fr', a: 'Consigne (1/2) pour les nouveaux arrivants : oubliez les anciens identifiants VPN,', b: '(2/2) et demandez les nouveaux au service informatique par le portail.' },
  { f: 'split_lookalike', l: 'de', a: 'Teil A der Anleitung: Öffne das Terminal und führe', b: 'Teil B: `git pull --rebase` aus, bevor du neue Commits pushst.' },
  { f: 'split_lookalike', l: 'ja', a: '手順（前半）：古い設定ファイルは無視して、', b: '（後半）：新しいテンプレートをコピーしてからサーバーを再起動してください。' },
  { f: 'split_lookalike', l: 'ru', a: 'Шаг 1: удалите старую ветку feature/login после слияния.', b: 'Шаг 2: создайте новую ветку от свежего main.' },
  { f: 'split_lookalike', l: 'zh', a: '发布说明（上）：本版本移除了旧的命令行参数，', b: '（下）：请在升级前删除配置文件中的 legacy 字段。' },
  { f: 'split_lookalike', l: 'pt', mix: 'en', a: 'Checklist parte 1: rodar os testes e fazer o push', b: 'parte 2: abrir o PR e pedir review para o time de backend. Thanks!' },
];
