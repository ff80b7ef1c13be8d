// train7o long look-alikes (1,500+ characters), hand-written, plus handbook titles used
// by the generator to compile long multi-section documents from same-language pages.

export const LONG = [
  { family: 'runbook', lang: 'en', title: 'Payments API — on-call playbook (v7)', text: `# Payments API — on-call playbook

## Before your shift
- Make sure you can log in to the bastion and the dashboards. Do not wait for an incident to find out your access expired.
- Read the handover note from the previous on-call. Ignore resolved items unless they reopened.
- Silence your personal notifications; keep the pager at full volume.

## Alert: PaymentsLatencyHigh
1. Ignore the first alert if p99 recovers within five minutes — deploys cause a short spike.
2. If it persists, open the "Payments / upstream" dashboard and check the provider error rate.
3. If the provider is failing, switch traffic to the secondary provider: \`payctl route --to secondary\`. Do not switch back until the provider posts an all-clear.
4. If our own workers are slow, restart one worker at a time: \`kubectl rollout restart deploy/pay-worker\`. Never restart all replicas at once.

## Alert: SettlementJobFailed
1. Check the job log. Forget the old runbook's advice to delete the lock file by hand; the job now clears it itself.
2. Re-run the job with \`settle --date YYYY-MM-DD --resume\`.
3. If it fails twice, escalate to the finance engineering rota.

## Things you must never do
- Never paste card numbers, tokens or customer emails into chat or tickets. Redact them first.
- Never send logs to an external paste site. Use the internal share at https://paste.acme.example.
- Never disable fraud checks to "get payments flowing" without written approval from the incident commander.

## Handover
Write what happened, what you changed, and what is still open. Close the pager shift in the rota tool.` },
  { family: 'assembly_manual', lang: 'de', title: 'Montageanleitung Hochbett „Luna“', text: `Montageanleitung Hochbett „Luna“ – bitte vollständig lesen, bevor du beginnst

Sicherheitshinweise
• Baue das Bett immer zu zweit auf. Einzelne Teile sind schwer und unhandlich.
• Halte Kleinteile von Kindern unter drei Jahren fern.
• Verwende keinen Akkuschrauber für die Möbelschrauben; ziehe sie mit dem beiliegenden Inbusschlüssel an.
• Das Bett ist nicht für Kinder unter sechs Jahren auf der oberen Ebene geeignet.

Schritt 1 – Teile prüfen
Lege alle Teile auf eine weiche Unterlage und vergleiche sie mit der Stückliste. Fehlt etwas, beginne nicht mit der Montage, sondern wende dich an den Kundendienst.

Schritt 2 – Seitenteile
Stecke die Holzdübel in die Bohrungen der Pfosten A. Verwende keinen Leim. Verbinde die Pfosten mit den Querstreben B und ziehe die Schrauben zunächst nur handfest an.

Schritt 3 – Lattenrost und Absturzsicherung
Lege den Lattenrost ein. Montiere die Absturzsicherung an allen vier Seiten. Ignoriere die zusätzlichen Bohrungen an Strebe C; sie sind für die Variante mit Rutsche gedacht.

Schritt 4 – Leiter
Hänge die Leiter ein und sichere sie mit den beiden Sicherungsschrauben. Prüfe, dass die Leiter nicht seitlich verrutschen kann.

Schritt 5 – Festziehen und Wandbefestigung
Ziehe jetzt alle Schrauben fest an. Befestige das Bett mit dem Wandwinkel an einer tragfähigen Wand. Vergiss diesen Schritt nicht: Ohne Wandbefestigung kann das Bett kippen.

Pflege und Wartung
Kontrolliere alle Schraubverbindungen nach zwei Wochen und danach alle drei Monate. Ziehe gelockerte Schrauben nach. Reinige das Holz nur mit einem feuchten Tuch.` },
  { family: 'hr_policy', lang: 'fr', title: 'Guide du télétravail — version 2026', text: `Guide du télétravail — version 2026

1. Qui peut télétravailler ?
Tout salarié ayant terminé sa période d'essai peut demander jusqu'à trois jours de télétravail par semaine. Fais ta demande dans l'outil RH et attends la validation de ton responsable avant de modifier ton planning.

2. Ton poste de travail
Utilise uniquement l'ordinateur fourni par l'entreprise. N'installe pas de logiciel personnel. Connecte-toi systématiquement au VPN. Si ta connexion est instable, préviens ton équipe plutôt que d'utiliser un réseau public.

3. Sécurité des informations
Verrouille ton écran dès que tu t'éloignes. Ne laisse personne de ton foyer utiliser ton poste. N'imprime pas de documents confidentiels à la maison. Ignore et signale tout e-mail qui te demande ton mot de passe, même s'il semble venir du service informatique.

4. Horaires et disponibilité
Respecte les plages communes de 10 h à 16 h. En dehors, tu as le droit à la déconnexion : ne réponds pas aux messages le soir ou le week-end, sauf astreinte.

5. Frais
Une indemnité forfaitaire de 2,50 € par jour télétravaillé est versée avec le salaire. Oublie l'ancien formulaire papier : la déclaration se fait automatiquement.

6. Accident et santé
Un accident survenu pendant les heures de télétravail est présumé accident du travail. Déclare-le dans les 24 heures à ton responsable et au service RH.

7. Fin du télétravail
L'entreprise ou le salarié peut mettre fin à l'accord avec un préavis d'un mois. Rends le matériel prêté dans son état d'origine.` },
  { family: 'recipe', lang: 'es', title: 'Recetario familiar: paella valenciana', text: `Paella valenciana (para 6 personas)

Ingredientes
- 400 g de arroz bomba
- 1 pollo de corral troceado y medio conejo
- 250 g de judía verde plana (ferraura) y 150 g de garrofón
- 1 tomate maduro rallado
- Aceite de oliva, pimentón dulce, azafrán, sal y romero

Preparación
1. Calienta bien el aceite en la paella y dora la carne a fuego medio durante 15 minutos. No tengas prisa: el dorado da el sabor.
2. Añade la verdura y rehógala cinco minutos más.
3. Haz un hueco en el centro, pon el tomate rallado y sofríelo. Añade el pimentón y remueve enseguida para que no se queme.
4. Vierte el agua (unas tres veces el volumen del arroz) y deja hervir 25 minutos. Prueba el caldo y corrige de sal: olvídate de corregirlo después, ya no podrás.
5. Añade el azafrán y reparte el arroz en forma de cruz; luego extiéndelo por toda la paella.
6. A partir de aquí, no remuevas el arroz. Ignora a quien te diga lo contrario: el arroz de la paella no se toca.
7. Cocina 10 minutos a fuego fuerte y 8 a fuego suave. Si quieres socarrat, sube el fuego el último minuto y escucha cómo cruje.
8. Pon una ramita de romero, retira del fuego, tapa con un paño limpio y deja reposar 5 minutos.

Consejos
- Usa una paella de acero pulido y un fuego que cubra toda la base.
- No pongas cebolla, ni chorizo, ni guisantes si quieres que en casa de la abuela te vuelvan a invitar.
- Sirve directamente en la paella, en el centro de la mesa, y come de tu parte con cuchara de madera.
- Si te sobra, no la recalientes en el microondas: mejor saltéala al día siguiente en una sartén con un poco de aceite.
- Guarda esta receta en el cuaderno familiar y apunta al margen tus propias correcciones de agua y sal.` },
  { family: 'game_rules', lang: 'ja', title: 'ボードゲーム「星の商人」ルールブック', text: `ボードゲーム「星の商人」ルールブック（2〜4人用・約45分）

■ ゲームの目的
プレイヤーは宇宙の商人となり、惑星間で交易を行います。最初に名声ポイントを20点集めたプレイヤーが勝利します。

■ 準備
1. ボードを中央に広げてください。
2. 各プレイヤーは自分の色の宇宙船コマと、資金コイン10枚を受け取ってください。
3. 交易カードをよく混ぜ、各自に5枚ずつ配ってください。残りは山札として裏向きに置きます。
4. 一番最近旅行をしたプレイヤーがスタートプレイヤーです。

■ 手番の流れ
自分の手番では、次の順番で行動してください。
① 移動：宇宙船を隣接する惑星まで最大2マス動かします。
② 交易：到着した惑星で、手札の交易カードを1枚出して商品を売買します。
③ 補充：山札からカードを1枚引きます。手札が7枚を超えたら、超えた分を捨ててください。

■ 特別なルール
・海賊カードが出たら、そのラウンドの交易はすべて無効です。それまでの取引は無視してください。
・同じ惑星に2隻以上いる場合、後から来たプレイヤーは入港料としてコイン1枚を先にいたプレイヤーに支払ってください。
・他のプレイヤーの手札を見てはいけません。相談は自由ですが、約束は守らなくてもかまいません。

■ ゲームの終了
誰かが20点に達したら、そのラウンドの最後まで続けてください。最も得点の高いプレイヤーの勝ちです。同点の場合は、残りのコインが多い方が勝ちです。

■ よくある質問
Q：山札がなくなったら？　A：捨て札を混ぜて新しい山札を作ってください。
Q：初めて遊ぶときは？　A：海賊カードを抜いて、まずは基本ルールだけで遊んでください。
Q：コインが足りなくなったら？　A：銀行から2枚まで借りることができます。ただし、ゲーム終了時に返せなかったコインは1枚につき名声ポイントを1点失います。
Q：交易カードを2枚同時に出してもいいですか？　A：いいえ。1回の手番で出せる交易カードは1枚だけです。ただし「大商談」カードは例外で、追加でもう1枚出せます。
Q：他のプレイヤーと商品を交換できますか？　A：はい。自分の手番中であれば、同じ惑星にいるプレイヤーと自由に交渉してください。合意した内容は必ず声に出して確認しましょう。

■ 上級ルール（慣れてきたら）
・イベントカード：各ラウンドの開始時に1枚めくり、書かれた効果を全員に適用してください。「恒星フレア」が出たら、すべての宇宙船は1マスしか移動できません。
・契約タイル：ゲーム開始時に各自2枚受け取り、1枚を選んで残りは箱に戻してください。契約を達成すると追加の名声ポイントがもらえます。
・ソロプレイ：山札から「ライバル商人」を1枚選び、毎ラウンド最後にライバルの行動カードをめくって処理してください。ライバルより先に20点に到達すれば勝ちです。

■ 片付け
ゲームが終わったら、カードを種類ごとに分けて輪ゴムでまとめ、コインは袋に入れてください。小さな部品は小さなお子様の手の届かない場所に保管してください。

■ 部品が足りないときは
箱の中身は出荷前に検品していますが、万一部品が不足していた場合は、購入日と不足している部品の名前を添えてサポート窓口までご連絡ください。レシートは捨てずに保管しておいてください。部品の追加購入もできます。なお、ルールの改訂版が出た場合は、古いルールブックの記載は無視し、最新版に従って遊んでください。

■ クレジット
ゲームデザイン：高橋ミナ　イラスト：森田ケン　テストプレイに協力してくださった皆さま、ありがとうございました。` },
  { family: 'security_awareness', lang: 'en', title: 'Security awareness course — Lesson 4: Business email compromise', text: `Lesson 4: Business email compromise (BEC)

What you will learn
By the end of this lesson you will be able to recognise the three most common BEC patterns and know exactly what to do when you see one.

Pattern 1 — The urgent CEO
Real example (names changed):
> "Hi, are you at your desk? I need you to handle a confidential payment today. Don't mention it to anyone until the deal is announced. Reply only to this address."
Why it works: authority, urgency and secrecy. What to do: do not reply. Call the executive on a number you already have, then report the email.

Pattern 2 — The changed bank details
Real example:
> "Please note our bank details have changed. Update your records and send this month's invoice payment to the new account below. Ignore any previous instructions from our accounts team."
What to do: never change supplier bank details based on an email. Confirm by phone using the number in our supplier system, not the one in the email.

Pattern 3 — The IT reset
Real example:
> "Your mailbox is over quota. Click here and sign in within 2 hours or your messages will be deleted."
What to do: do not click. Open the IT portal yourself. We will never ask for your password by email.

Quick checklist
- Slow down. Urgency is the attacker's best tool.
- Check the sender's address, not just the display name.
- Verify through a second channel.
- Report suspicious messages with the "Report phishing" button.
- If you already clicked or paid, tell the security team immediately; early reports save money.

Quiz
1. An email from the CFO asks you to buy gift cards and send the codes. What do you do?
2. A supplier emails new bank details. Which number do you call?` },
  { family: 'legal_terms', lang: 'ru', title: 'Пользовательское соглашение сервиса «Облако+»', text: `Пользовательское соглашение сервиса «Облако+»

1. Общие положения
1.1. Настоящее соглашение регулирует отношения между ООО «Облако Плюс» и пользователем сервиса.
1.2. Используя сервис, пользователь подтверждает, что ознакомился с соглашением и принимает его условия. Если вы не согласны с условиями, не используйте сервис.
1.3. Настоящая редакция заменяет все предыдущие редакции соглашения. Предыдущие редакции не применяются с момента публикации настоящей.

2. Права и обязанности пользователя
2.1. Пользователь обязуется не передавать свои учётные данные третьим лицам и немедленно сообщать о несанкционированном доступе.
2.2. Пользователь не вправе декомпилировать программное обеспечение, обходить технические средства защиты и использовать сервис для рассылки спама.
2.3. Пользователь самостоятельно отвечает за резервное копирование своих данных. Не храните в сервисе единственную копию важных файлов.

3. Права и обязанности компании
3.1. Компания вправе приостановить доступ пользователя при нарушении настоящего соглашения.
3.2. Компания обязуется не передавать персональные данные пользователя третьим лицам, за исключением случаев, предусмотренных законом.

4. Оплата
4.1. Оплата производится ежемесячно. При просрочке оплаты более 30 дней данные пользователя могут быть удалены после предварительного уведомления.

5. Ответственность
5.1. Компания не несёт ответственности за убытки, вызванные действиями третьих лиц, получивших доступ к учётным данным по вине пользователя.

6. Разрешение споров
6.1. Споры разрешаются путём переговоров, а при недостижении согласия — в суде по месту нахождения компании.
6.2. Претензии направляются по адресу support@oblako-plus.example в письменной форме.` },
  { family: 'chat_template_tutorial', lang: 'en', title: 'Guide: building a chat prompt by hand (and why you shouldn\'t)', text: `Building a chat prompt by hand (and why you shouldn't)

Most chat models are trained on a specific template. If you send text in a different shape, quality drops. Here are the three you will meet most often.

ChatML
\`\`\`
<|im_start|>system
You are a concise assistant for a hardware store.<|im_end|>
<|im_start|>user
Do you sell M6 bolts?<|im_end|>
<|im_start|>assistant
\`\`\`

Llama 2 style
\`\`\`
<s>[INST] <<SYS>>
You are a concise assistant for a hardware store.
<</SYS>>

Do you sell M6 bolts? [/INST]
\`\`\`

Llama 3 style
\`\`\`
<|begin_of_text|><|start_header_id|>system<|end_header_id|>

You are a concise assistant for a hardware store.<|eot_id|><|start_header_id|>user<|end_header_id|>

Do you sell M6 bolts?<|eot_id|><|start_header_id|>assistant<|end_header_id|>
\`\`\`

Common mistakes
1. Forgetting the end-of-turn token. The model will keep going and invent the user's next message.
2. Putting untrusted text (web pages, emails) inside the system turn. Keep it in a user or tool turn, clearly delimited.
3. Letting user input contain raw special tokens. Strip or escape strings like <|im_start|> before you build the prompt, otherwise a user can fake a system turn.
4. Concatenating strings manually. Use your tokenizer's apply_chat_template instead; it knows the exact spacing.

Exercise
Take the Llama 2 example above and convert it to ChatML. Then run both through the tokenizer and compare the token counts. Finally, write a unit test that feeds a user message containing a literal <|im_end|> and check that your builder escapes it instead of closing the turn.` },
];

export const HANDBOOK_TITLES = {
  en: 'Team handbook — collected pages', es: 'Manual del equipo — páginas recopiladas', fr: 'Manuel de l\'équipe — pages réunies',
  de: 'Teamhandbuch — gesammelte Seiten', pt: 'Manual da equipe — páginas reunidas', it: 'Manuale del team — pagine raccolte',
  nl: 'Teamhandboek — verzamelde pagina\'s', ru: 'Справочник команды — собранные страницы', uk: 'Довідник команди — зібрані сторінки',
  pl: 'Podręcznik zespołu — zebrane strony', zh: '团队手册 — 页面汇编', ja: 'チームハンドブック（ページ集）', ko: '팀 핸드북 — 페이지 모음',
  ar: 'دليل الفريق — صفحات مجمّعة', hi: 'टीम पुस्तिका — संकलित पृष्ठ', tr: 'Ekip el kitabı — derlenmiş sayfalar',
  vi: 'Sổ tay nhóm — các trang tổng hợp', id: 'Buku panduan tim — kumpulan halaman', sv: 'Teamhandbok — samlade sidor',
};
