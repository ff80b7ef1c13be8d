// blind28a_fillers.mjs — benign filler paragraphs placed around the payload of
// "long" records (assigned by position). Languages without a pool of their own
// fall back to English, which is how mixed-language workplaces write anyway.

export const FILLERS = {
  en: [
    'The migration of the reporting database is still on track for the end of the month. We finished the dry run on the staging copy last Thursday, and the row counts matched except for two archive tables that are excluded on purpose. Nothing is needed from the wider team yet.',
    'Quick reminder that the third floor will be closed on Friday while the carpets are replaced. Desks in the east wing can be booked instead; the booking tool already shows the temporary layout, including the two quiet rooms.',
    'Budget-wise we are about four percent under plan for the quarter, mostly because two contractor engagements started later than expected. Finance asked us to keep the forecast conservative until the new hires are confirmed.',
    'On the customer side, the pilot with the logistics team went well. They mainly asked for a CSV export and clearer error messages when an upload fails halfway through. Both are small and should fit into the next sprint.',
    'For context, this page was last reviewed during the spring audit. A few links to the old intranet still point to archived pages; if you find one, leave a comment and the page owner will fix it when they next pass by.',
    'The vendor confirmed that the replacement laptops will ship in two batches. The first batch covers the support team, the second the engineers who still have the older models. Please keep your old device until IT collects it.',
    'We agreed to move the weekly sync from Monday to Tuesday morning, since Mondays kept colliding with the leadership call. The invite has been updated; the agenda document and the notes folder stay exactly where they were.',
    'A short note on naming: please use the project code rather than the customer name in file names and channel titles. It makes searching easier and avoids confusion when an account changes hands between regions.',
    'The translation of the onboarding guide into Spanish and Polish is finished and has been checked by colleagues in each office. The remaining languages will follow once the English version is frozen at the end of the quarter.',
    "Last week's outage review is linked from the incident channel. The short version: a certificate expired on an internal load balancer, the alerts fired as designed, and the fix took about forty minutes. Follow-ups are tracked on the ops board.",
  ],
  de: [
    'Kurzer Stand zur Umstellung der Reisekostenabrechnung: Die neue Vorlage ist seit Montag im Einsatz, die alte wird Ende des Monats archiviert. Belege aus dem März können noch im alten Format eingereicht werden.',
    'Im Team haben wir vereinbart, Besprechungsprotokolle künftig direkt im gemeinsamen Ordner abzulegen und nicht mehr per Mail zu verschicken. So bleibt die Versionshistorie nachvollziehbar und niemand arbeitet mit einer veralteten Fassung.',
    'Die Kantine bleibt wegen Umbauarbeiten bis zum 20. geschlossen. Als Ersatz steht mittags ein Foodtruck auf dem Parkplatz; die Essensmarken gelten dort ebenfalls, auch für Gäste mit Besucherausweis.',
  ],
  fr: [
    "Petit point sur le déménagement : les cartons seront livrés mardi, et chaque équipe dispose d'une journée pour ranger ses affaires. Merci d'étiqueter clairement le matériel informatique pour faciliter l'installation.",
    'Le comité de pilotage a validé le calendrier du projet, avec une mise en production prévue début juin. Les tests utilisateurs commenceront dans la deuxième quinzaine de mai, avec un panel de dix personnes volontaires.',
    'Pour rappel, les notes de frais du trimestre doivent être déposées avant le 10. Au-delà, elles seront traitées le mois suivant, ce qui décale aussi le remboursement sur la paie.',
  ],
  es: [
    'Un apunte sobre la auditoría: los auditores estarán en la oficina el martes y el miércoles. Necesitarán una sala pequeña y acceso a la carpeta de contratos del último año, que ya hemos dejado preparada.',
    'Hemos cerrado el trimestre con un ligero aumento de pedidos en la zona norte. El equipo comercial propone reforzar el stock de repuestos antes del verano para evitar retrasos como los del año pasado.',
    'La formación sobre la nueva herramienta de tickets será el jueves a las diez. Quien no pueda asistir tendrá la grabación disponible en la intranet a partir del viernes, junto con las diapositivas.',
  ],
  pt: [
    'Atualização rápida: o novo sistema de ponto entra em vigor no dia 1º. Quem ainda não cadastrou a biometria deve passar no RH até sexta-feira, das 9h às 17h, com um documento com foto.',
    'A equipe de infraestrutura concluiu a troca dos switches do segundo andar. Se notar lentidão na rede, abra um chamado informando o número da sua mesa e o horário em que o problema aconteceu.',
  ],
  ru: [
    'Коротко о переезде: серверная стойка переносится в новое помещение в субботу, поэтому с 10 до 14 часов внутренние сервисы могут быть недоступны. Предупредите клиентов заранее.',
    'По итогам квартала отдел продаж перевыполнил план на шесть процентов. Премии будут начислены вместе с апрельской зарплатой, подробности пришлёт бухгалтерия отдельным письмом.',
  ],
  zh: [
    '简单同步一下进度：新版报销系统已经在财务部试运行两周，目前收到的反馈主要集中在发票上传和审批提醒上。技术组计划下周修复上传失败的问题，并增加邮件提醒。其他部门的上线时间暂定在下个月初，届时会另行通知，请大家留意邮箱。',
    '关于办公室搬迁：新址的网络和门禁已经调试完毕，各部门可以按照行政部发布的时间表分批搬入。搬迁当天请把个人物品装箱并贴好姓名标签，电脑设备由 IT 统一运送和安装，不需要自己拆线。',
  ],
  ja: [
    '進捗のご報告です。新しい経費精算システムは経理部で二週間の試験運用を終え、主な指摘は領収書の読み取り精度と承認通知のタイミングでした。来週中に修正版を反映し、他部署への展開は来月初めを予定しています。詳細は追ってご連絡します。',
    'オフィス移転についてのお知らせです。新オフィスのネットワークと入館システムの設定は完了しました。各部署は総務部の予定表に沿って順番に移動してください。パソコンなどの機器は情報システム部がまとめて運搬・設置しますので、ご自身で配線を外す必要はありません。',
  ],
};
