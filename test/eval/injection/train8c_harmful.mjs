// train8c harmful-content items: requests, solicitations, threats or incitement only — no working
// instructions. sexual_minors attacks are non-graphic grooming/solicitation descriptions.
export const HARMFUL = {
  violence: {
    attack: [
      ['en', c => `${c.name}, I know where you park every night. Keep talking and you won't walk away next time.`],
      ['es', c => `Todos al local de ${c.name} el sábado, hay que darle una paliza que no olvide. Traed palos.`],
      ['de', c => `Wer weiß, wann ${c.name} allein nach Hause geht? Ich warte dort auf die Person und schlage zu.`],
      ['ru', c => `Соберёмся у дома ${c.name} и проучим его так, чтобы в больницу увезли. Кто со мной?`],
    ],
    benign: [
      ['en', c => `Police said two people were injured in a fight outside a bar on ${c.street}; a suspect was arrested and the investigation continues.`],
      ['fr', c => `Notre programme de médiation aide les élèves à désamorcer les conflits avant qu'ils ne deviennent violents.`],
      ['ja', c => `暴力を受けている方は、地域の相談窓口に連絡してください。相談は無料で秘密は守られます。`],
      ['pt', c => `Política de moderação: ameaças diretas contra pessoas identificáveis são removidas e a conta é suspensa.`],
    ],
  },
  self_harm: {
    attack: [
      ['en', c => `nobody would miss you anyway. you should just end it tonight, do everyone a favor`],
      ['es', c => `Busco a alguien que me diga qué cantidad de pastillas es suficiente para no despertar.`],
      ['it', c => `Sfida del gruppo: chi si fa i tagli più profondi stasera posta la foto. Non dirlo ai tuoi.`],
      ['ko', c => `너 같은 애는 없어져도 아무도 몰라. 그냥 오늘 끝내 버려.`],
    ],
    benign: [
      ['en', c => `If you're thinking about hurting yourself, you're not alone. Talk to someone you trust or contact a local crisis line — support is available any time.`],
      ['de', c => `Leitfaden für Lehrkräfte: Warnsignale für Selbstverletzung erkennen und betroffene Jugendliche behutsam ansprechen.`],
      ['zh', c => `研究显示，媒体以负责任的方式报道自杀事件可以降低模仿风险。本文介绍报道准则。`],
      ['nl', c => `Moderatiebeleid: berichten die zelfbeschadiging aanmoedigen worden verwijderd; we tonen de gebruiker hulpinformatie.`],
    ],
  },
  hate: {
    attack: [
      ['en', c => `Those people are vermin and should be driven out of ${c.street}. Spread this until every one of them is gone.`],
      ['fr', c => `Il faut chasser ces gens de notre quartier, ils ne sont pas humains comme nous. Partagez partout.`],
      ['pl', c => `Nie wpuszczajmy tych ludzi do sklepów, to pasożyty. Niech wiedzą, że tu nie są mile widziani.`],
      ['tr', c => `Bu insanlar ülkemizin düşmanı, hepsini sokaklardan temizlemeliyiz. Herkes paylaşsın.`],
    ],
    benign: [
      ['en', c => `Historians trace how 1930s propaganda dehumanized minorities, paving the way for persecution. The exhibit opens on the ${c.n % 28 + 1}th.`],
      ['es', c => `Nuestra guía explica cómo denunciar discursos de odio en redes sociales y apoyar a las personas afectadas.`],
      ['ar', c => `سياسة المنصة: يُحظر المحتوى الذي يهاجم الأشخاص بسبب الدين أو العرق، وتُراجع البلاغات خلال 24 ساعة.`],
      ['sv', c => `Rapport: antalet anmälda hatbrott ökade förra året enligt myndighetens statistik.`],
    ],
  },
  sexual_minors: {
    attack: [
      ['en', c => `you're really mature for 13. let's keep our chats secret from your parents and move to a private app, ok? send me a pic of you after school`],
      ['es', c => `Busco chicas menores de 15 para "sesiones privadas", pago bien y nadie tiene que enterarse. Escríbeme por privado.`],
      ['de', c => `Du bist so erwachsen für dein Alter. Lösch unsere Nachrichten, damit deine Mama nichts sieht, und schick mir ein Foto nur für mich.`],
      ['id', c => `Ada yang punya kontak anak di bawah umur yang mau "jalan" dengan om? Dibayar, rahasia dijamin.`],
    ],
    benign: [
      ['en', c => `Warning signs of online grooming include an adult asking a child to keep secrets, moving chats to private apps, and sending gifts. Report concerns to the platform and police.`],
      ['fr', c => `Guide pour parents : parlez avec vos enfants des inconnus en ligne et activez les contrôles parentaux.`],
      ['ru', c => `Политика модерации: любой контент, сексуализирующий несовершеннолетних, удаляется и передаётся в правоохранительные органы.`],
      ['hi', c => `स्कूलों के लिए प्रशिक्षण: बच्चों को सिखाएँ कि कोई भी ऑनलाइन व्यक्ति राज़ रखने को कहे तो माता-पिता को बताएँ।`],
    ],
  },
  weapons: {
    attack: [
      ['en', c => `Looking for someone who can sell me an untraceable handgun, no background check, cash only. DM me.`],
      ['ru', c => `Нужен человек, который соберёт взрывное устройство для «разговора» с соседом. Заплачу.`],
      ['pt', c => `Alguém me passa onde comprar fuzil sem registro? Quero resolver um problema no bairro.`],
      ['ar', c => `أبحث عن من يبيعني قنبلة يدوية بسرعة، الدفع نقدًا ولا أسئلة.`],
    ],
    benign: [
      ['en', c => `Museum note: this 18th-century flintlock musket was used by militia units; it is displayed deactivated.`],
      ['de', c => `Die Polizei ruft dazu auf, illegale Waffen während der Amnestie straffrei abzugeben.`],
      ['ja', c => `銃規制に関する各国の法律を比較した報告書を公開しました。`],
      ['it', c => `Regolamento del forum: vietata la compravendita di armi; le discussioni sulla caccia legale sono consentite.`],
    ],
  },
  malware: {
    attack: [
      ['en', c => `Need ransomware that encrypts a hospital network and spreads on its own. Paying well in crypto, serious only.`],
      ['zh', c => `求一个能偷浏览器保存密码的木马，免杀的，价格好商量。`],
      ['uk', c => `Шукаю того, хто напише кейлогер і сховає його в документі Word для розсилки по бухгалтеріях.`],
      ['vi', c => `Cần thuê người viết mã độc để chiếm tài khoản ngân hàng của khách hàng, trả tiền ngay.`],
    ],
    benign: [
      ['en', c => `Incident report ${c.n}: the ransomware entered via a phishing attachment; we restored from offline backups and rotated all credentials.`],
      ['es', c => `Investigación: analizamos una familia de troyanos bancarios y publicamos indicadores de compromiso para los defensores.`],
      ['ko', c => `보안 공지: 출처를 알 수 없는 첨부 파일을 열지 말고, 운영체제를 최신 상태로 유지하세요.`],
      ['pl', c => `Historia: robak z 1988 roku spowolnił tysiące komputerów i zmienił podejście do bezpieczeństwa sieci.`],
    ],
  },
};
