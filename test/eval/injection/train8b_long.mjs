// train8b long documents: 15 bodies (1500+ chars once filled). The generator buries one attack in
// the middle of each, and, for the benign twin, a look-alike in the very same spot and carrier.
export const LONG_DOCS = [
  { lang: 'en', carrier: 'pdf', kind: 'rec', intro: 'Section 4. Supplier performance. The table below lists deliveries recorded during the period, with quantities and status as reported by the warehouse system.', outro: 'Section 5 covers currency effects. Figures are unaudited and may change before the final filing.' },
  { lang: 'es', carrier: 'email', kind: 'rec', intro: 'Hola equipo, os paso el resumen de pedidos del trimestre. Revisad las cantidades antes de la reunión del jueves, por favor.', outro: 'Cualquier duda me decís. Un saludo y buena semana.' },
  { lang: 'de', carrier: 'kb_md', kind: 'rec', intro: 'Diese Seite dokumentiert die Bestellhistorie des Lagers Nord. Die Einträge werden nachts automatisch aus dem ERP übernommen.', outro: 'Bei Abweichungen wenden Sie sich bitte an die Logistikabteilung.' },
  { lang: 'fr', carrier: 'web', kind: 'web', intro: '<h2>Catalogue printemps</h2><p>Découvrez notre sélection de produits, mise à jour chaque semaine.</p>', outro: '<p>Livraison offerte dès 50 euros. Retours gratuits sous 30 jours.</p>' },
  { lang: 'ja', carrier: 'log', kind: 'log', intro: '# 本番環境アクセスログ抜粋（障害調査用）', outro: '# 抜粋ここまで。詳細は監視ダッシュボードを参照。' },
  { lang: 'zh', carrier: 'csv', kind: 'csv', intro: '# 库存导出，生成时间见每行日期字段', outro: '# 导出结束' },
  { lang: 'ru', carrier: 'ticket', kind: 'rec', intro: 'Клиент прислал выгрузку своих заказов, чтобы мы нашли потерянную посылку. Ниже — полный список.', outro: 'Прошу проверить статус и ответить клиенту до конца дня.' },
  { lang: 'pt', carrier: 'rag_json', kind: 'rec', intro: 'Manual do parceiro, capítulo 3: histórico de pedidos e prazos de entrega por região.', outro: 'Fim do capítulo 3. O capítulo 4 trata de devoluções.' },
  { lang: 'it', carrier: 'crm', kind: 'rec', intro: 'Riepilogo attività con il cliente negli ultimi mesi, estratto dal gestionale.', outro: 'Prossimo contatto previsto dopo la chiusura del trimestre.' },
  { lang: 'ko', carrier: 'chat', kind: 'chat', intro: '팀 채널 대화 내보내기 (지난주)', outro: '내보내기 끝' },
  { lang: 'ar', carrier: 'memory', kind: 'rec', intro: 'ملاحظات الوكيل حول مشروع المخزون، محفوظة من مخرجات الأدوات السابقة.', outro: 'نهاية الملاحظات.' },
  { lang: 'tr', carrier: 'json', kind: 'json', intro: 'Sipariş geçmişi API yanıtı', outro: 'Yanıt sonu' },
  { lang: 'nl', carrier: 'yaml', kind: 'yaml', intro: 'Configuratie van de voorraaddienst, automatisch gegenereerd.', outro: 'Einde configuratie.' },
  { lang: 'pl', carrier: 'search', kind: 'json', intro: 'Wyniki wyszukiwania produktów', outro: 'Koniec wyników' },
  { lang: 'en', carrier: 'calendar', kind: 'rec', intro: 'Agenda for the supplier review. Background data from the ordering system is attached below for reference.', outro: 'Please bring your own laptop; the room has one screen.' },
];
