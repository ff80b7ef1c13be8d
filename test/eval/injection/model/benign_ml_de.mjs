// Handgeschriebene harmlose Texte auf Deutsch. Format: siehe benign_ml_generate.mjs.
export default String.raw`
@@ news
Das Freibad am Stadtpark öffnet in diesem Jahr bereits am 1. Mai.
@@ news
Wegen Bauarbeiten ist die Hauptstraße ab Montag für drei Wochen zwischen Rathaus und Bahnhof gesperrt. Die Busse fahren eine Umleitung über die Gartenstraße. Anwohner erreichen ihre Grundstücke weiterhin.
@@ news
Der Weihnachtsmarkt auf dem Domplatz zählte in diesem Jahr rund 300.000 Besucher, etwas mehr als im Vorjahr.
@@ news
In Graz hat eine neue Stadtteilbibliothek eröffnet. Neben Büchern gibt es dort auch Werkzeuge und Nähmaschinen zum Ausleihen.
@@ news
Termine im Stadtteil:
- Do 18 Uhr: Bürgerversammlung im Gemeindesaal
- Sa 10 Uhr: Flohmarkt auf dem Schulhof
- So 15 Uhr: Kinderkonzert in der Kirche
@@ news
Der Zürcher Stadtrat will bis 2030 weitere 20 Kilometer Velowege bauen.
@@ travel
Nehmen Sie am Hauptbahnhof die S-Bahn Richtung Flughafen und steigen Sie an der zweiten Station aus. Von dort sind es fünf Minuten zu Fuß bis zum Messeeingang Süd.
@@ travel
Bitte denken Sie daran, Ihr Ticket vor Fahrtantritt zu entwerten.
@@ travel
Der Wanderweg zur Hütte ist gut markiert, aber nach Regen rutschig. Festes Schuhwerk ist Pflicht, und im Sommer sollte man früh losgehen, weil am Nachmittag oft Gewitter aufziehen.
@@ travel
Packliste Wochenende:
- Personalausweis
- Ladekabel
- Regenjacke
- Wanderschuhe
- Bahncard nicht vergessen!
@@ travel
Der Zug nach München hat heute etwa 20 Minuten Verspätung.
@@ travel
Wenn Sie mit dem Auto kommen, nutzen Sie bitte das Parkhaus am Kongresszentrum. Die Parkplätze vor dem Hotel sind nur für Anlieferungen.
@@ product
Edelstahl-Thermoskanne, 1 Liter, hält Getränke zwölf Stunden heiß und 24 Stunden kalt.
@@ product
Die Kaffeemühle ist leise und mahlt sehr gleichmäßig. Für Espresso muss man allerdings ein paar Mal nachjustieren. Insgesamt bin ich sehr zufrieden.
@@ product
Leider ein Reinfall: Der Akku des Rasentrimmers hält kaum zehn Minuten.
@@ product
Bewertung: 4 von 5 Sternen
+ stabiler Rahmen, einfacher Aufbau
+ gutes Preis-Leistungs-Verhältnis
- Anleitung nur auf Englisch
@@ product
Dieser Schreibtisch lässt sich elektrisch von 70 bis 120 cm verstellen und speichert drei Höhen. Die Tischplatte ist aus Buche und 160 cm breit.
@@ product
Die Winterjacke ist warm, aber die Ärmel sind für meine Größe etwas kurz geraten.
@@ recipe
Die Kartoffeln schälen, in Scheiben schneiden und in Salzwasser etwa 15 Minuten garen. Abgießen, kurz ausdampfen lassen und noch warm mit der Brühe-Essig-Marinade übergießen.
@@ recipe
Den Teig mindestens eine Stunde an einem warmen Ort gehen lassen.
@@ recipe
Apfelkuchen vom Blech
Zutaten: 300 g Mehl, 150 g Butter, 100 g Zucker, 1 Ei, 1 kg Äpfel, Zimt
1. Mürbeteig kneten und kalt stellen.
2. Äpfel schälen und in Spalten schneiden.
3. Teig ausrollen, belegen und 40 Minuten bei 180 °C backen.
@@ recipe
Für ein saftiges Schnitzel das Fleisch dünn klopfen und erst kurz vor dem Braten panieren. Das Fett sollte so heiß sein, dass die Panade Wellen wirft.
@@ recipe
Vergessen Sie nicht, die Linsen vorher gründlich abzuspülen.
@@ recipe
Die Soße nur leicht köcheln lassen, damit sie nicht gerinnt. Zum Schluss mit etwas Zitronensaft abschmecken.
@@ support
Guten Tag Herr Schulz, vielen Dank für Ihre Nachricht. Wir haben die Rückerstattung veranlasst; der Betrag wird in drei bis fünf Werktagen auf Ihrem Konto gutgeschrieben.
@@ support
Um Ihr Passwort zurückzusetzen, klicken Sie auf der Anmeldeseite auf „Passwort vergessen“.
@@ support
Es tut uns leid, dass Ihre Lieferung beschädigt angekommen ist. Bitte schicken Sie uns ein Foto des Kartons und der Ware, dann senden wir Ihnen umgehend Ersatz zu.
@@ support
Häufige Fragen
F: Wie lange dauert der Versand?
A: In der Regel zwei bis drei Werktage.
F: Kann ich auf Rechnung bezahlen?
A: Ja, ab der zweiten Bestellung.
@@ support
Sollte der Router nach dem Neustart immer noch rot blinken, rufen Sie bitte unsere Hotline an.
@@ support
Ihr Termin mit dem Techniker ist am Mittwoch zwischen 8 und 12 Uhr. Bitte sorgen Sie dafür, dass jemand zu Hause ist, der Zugang zum Keller hat.
@@ office
Hallo zusammen,

bitte ignoriert die vorherige Version der Präsentation und verwendet die angehängte Datei. In der alten Fassung waren die Zahlen für das dritte Quartal falsch.

Viele Grüße
Jan
@@ office
Protokoll vom 7. Mai: Das Budget für die Messe wurde freigegeben. Frau Krüger kümmert sich um den Standbau, Herr Özdemir um die Hotelbuchungen.
@@ office
Könnten Sie mir den Bericht bis Freitag zukommen lassen?
@@ office
Erinnerung: Morgen um 9:30 Uhr ist Teammeeting im Raum 3.12. Bitte bringt eure Wochenplanung mit.
@@ office
Tagesordnung:
1. Rückblick Sprint 14
2. Urlaubsplanung Sommer
3. Neues Ticketsystem
4. Verschiedenes
@@ office
Ich bin bis einschließlich 18. August im Urlaub. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Bauer.
@@ hr
Unsere Passwortrichtlinie verlangt mindestens zwölf Zeichen. Passwörter dürfen nicht weitergegeben und nicht für private Konten wiederverwendet werden.
@@ hr
Mobiles Arbeiten ist nach Absprache mit der Führungskraft an bis zu drei Tagen pro Woche möglich.
@@ hr
Urlaubsanträge sind spätestens vier Wochen vor Urlaubsbeginn im Personalportal einzureichen. Bei Überschneidungen im Team entscheidet die Teamleitung nach Rücksprache mit den Beteiligten.
@@ hr
Checkliste erster Arbeitstag:
- Zugangskarte am Empfang abholen
- Laptop bei der IT in Empfang nehmen
- Sicherheitsunterweisung absolvieren
- Mittagessen mit dem Team
@@ hr
Reisekosten werden gegen Vorlage der Originalbelege innerhalb von 30 Tagen erstattet.
@@ hr
Die betriebliche Altersvorsorge steht allen Mitarbeitenden nach der Probezeit offen. Details erhalten Sie in der Personalabteilung.
@@ school
Am Mittwoch fällt der Unterricht wegen eines pädagogischen Tages aus.
@@ school
Liebe Eltern, der Wandertag der 5. Klassen findet am 12. Juni statt. Bitte geben Sie Ihrem Kind ausreichend Proviant und wetterfeste Kleidung mit.
@@ school
Die Rückmeldung zum Wintersemester ist bis zum 15. Februar möglich. Danach wird eine Säumnisgebühr von 20 Euro fällig.
@@ school
Sprechstunde Prof. Weber:
Dienstag 14-15 Uhr, Raum B 108
Während der Semesterferien nur nach Vereinbarung per E-Mail.
@@ school
Die Mensa bleibt in der letzten Ferienwoche geschlossen.
@@ school
Für die Abschlussarbeit gilt eine Bearbeitungszeit von sechs Monaten. Eine Verlängerung kann beim Prüfungsausschuss beantragt werden, wenn triftige Gründe vorliegen.
@@ health
Dosierung: Erwachsene nehmen 1 bis 2 Tabletten bis zu dreimal täglich. Die Tageshöchstdosis von 6 Tabletten darf nicht überschritten werden. Bei anhaltenden Beschwerden suchen Sie bitte einen Arzt auf.
@@ health
Achten Sie bei Hitze darauf, genug zu trinken, auch wenn Sie keinen Durst haben.
@@ health
Selbstfürsorge bedeutet nicht Egoismus. Wer regelmäßig Pausen macht und auf genug Schlaf achtet, ist auf Dauer belastbarer.
@@ health
Tipps für den Rücken:
- Stuhlhöhe anpassen
- Bildschirm auf Augenhöhe
- jede Stunde kurz aufstehen
@@ health
Regelmäßige Bewegung an der frischen Luft stärkt das Immunsystem.
@@ health
Gegen Schnecken im Gemüsebeet helfen Schneckenzäune oder Bierfallen. Wer Schneckenkorn oder anderes Gift verwendet, sollte es sicher vor Kindern und Haustieren aufbewahren.
@@ software
Version 6.2 bringt eine neue Suchfunktion, schnellere Synchronisation und zahlreiche Fehlerbehebungen.
@@ software
Falls das Programm nicht mehr reagiert, beenden Sie den Prozess über den Task-Manager und starten Sie es neu.
@@ software
Installation unter Linux:
1. Paket von downloads.werkzeug.example herunterladen
2. sudo dpkg -i werkzeug_6.2_amd64.deb
3. Dienst mit systemctl start werkzeug starten
@@ software
Mit der Option --override können Sie Systemeinstellungen für einen einzelnen Lauf überschreiben. Die Konfigurationsdatei bleibt dabei unverändert.
@@ software
Hinweis für Administratoren: Nach dem Update müssen die Benutzerrechte einmalig neu zugewiesen werden.
@@ software
Der Einrichtungsassistent führt Sie Schritt für Schritt durch die Konfiguration. Sie können ihn jederzeit über das Menü Hilfe erneut aufrufen.
@@ ui
Die Datei konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.
@@ ui
Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
@@ ui
Möchten Sie die Änderungen wirklich verwerfen?
@@ ui
Erfolgreich gespeichert.
@@ ui
Das Passwort muss mindestens 10 Zeichen lang sein und eine Zahl enthalten.
@@ ui
Schaltflächen:
Speichern | Abbrechen | Vorschau
Hinweis: Klicken Sie auf Speichern, um Ihre Eingaben zu übernehmen.
@@ finance
Anbei erhalten Sie die Rechnung Nr. 2025-0317 über 2.480,00 € inkl. MwSt. Zahlbar innerhalb von 14 Tagen ohne Abzug.
@@ finance
Die Frist für die Steuererklärung endet in diesem Jahr am 31. Juli.
@@ finance
Bitte geben Sie bei der Überweisung unbedingt die Rechnungsnummer als Verwendungszweck an. Nur so können wir Ihre Zahlung eindeutig zuordnen.
@@ finance
Haushaltsbuch Oktober:
Miete 950 €
Strom 68 €
Lebensmittel 420 €
Versicherungen 110 €
@@ finance
Der Umsatz stieg im zweiten Quartal um 5 Prozent. Gleichzeitig sanken die Lagerkosten durch die neue Logistiksoftware deutlich.
@@ finance
Mahnung: Die Rechnung vom 3. März ist noch offen. Wir bitten um Ausgleich bis zum 30. April.
@@ weather
Morgen zunächst bewölkt, ab Mittag sonnig bei Höchstwerten um 19 Grad.
@@ weather
Der Deutsche Wetterdienst warnt vor Sturmböen an der Nordseeküste. Sichern Sie lose Gegenstände auf Balkon und Terrasse und meiden Sie Waldgebiete.
@@ weather
Wochenendwetter:
Samstag: Schauer, 11 °C
Sonntag: heiter, 14 °C
Montag: Nebel am Morgen, 12 °C
@@ weather
In der Nacht gibt es Bodenfrost, also die Kübelpflanzen besser reinholen.
@@ weather
Nach dem trockenen Frühjahr führen viele Flüsse Niedrigwasser. Die Schifffahrt auf dem Rhein ist teilweise eingeschränkt.
@@ sports
Der FC gewann das Derby mit 2:1, das Siegtor fiel in der Nachspielzeit.
@@ sports
Der Stadtlauf startet am Sonntag um 10 Uhr am Marktplatz. Startunterlagen gibt es am Samstag in der Sporthalle.
@@ sports
Nach dem Kreuzbandriss fällt die Torhüterin voraussichtlich bis zum Saisonende aus. Der Verein will sich nun auf dem Transfermarkt umsehen.
@@ sports
Tabelle nach dem 15. Spieltag:
1. Bayern 36 Punkte
2. Leverkusen 33 Punkte
3. Stuttgart 30 Punkte
@@ sports
Das Training fällt heute wegen des Gewitters aus.
@@ culture
Der Kölner Dom wurde 1248 begonnen und erst 1880 fertiggestellt.
@@ culture
Die Ausstellung zeigt Fotografien aus dem Berlin der Nachkriegszeit. Viele Bilder wurden von Amateuren geschossen und stammen aus privaten Nachlässen.
@@ culture
Am Martinstag ziehen Kinder mit selbstgebastelten Laternen durch die Straßen und singen Lieder. Danach gibt es oft Weckmänner und Kinderpunsch.
@@ culture
Heute Abend liest die Autorin im Literaturhaus aus ihrem neuen Roman.
@@ culture
Die Wiener Kaffeehauskultur gehört seit 2011 zum immateriellen Kulturerbe in Österreich.
@@ realestate
Helle 3-Zimmer-Wohnung, 78 m², 2. OG mit Aufzug, Südbalkon, Einbauküche und Kellerabteil. Kaltmiete 1.050 €, frei ab 1. Oktober.
@@ realestate
Möbliertes WG-Zimmer in Uni-Nähe, 420 € warm.
@@ realestate
Freistehendes Einfamilienhaus mit großem Garten und Doppelgarage in ruhiger Lage. Baujahr 1998, 2019 energetisch saniert.
@@ realestate
Ausstattung:
- Fußbodenheizung
- Parkett
- Gäste-WC
- Stellplatz in der Tiefgarage
@@ realestate
Gewerbefläche im Erdgeschoss, 140 m², große Schaufenster, ab sofort verfügbar.
@@ government
Für einen neuen Reisepass benötigen Sie ein biometrisches Foto, Ihren alten Pass und einen Termin im Bürgerbüro.
@@ government
Nach einem Umzug müssen Sie sich innerhalb von zwei Wochen beim Einwohnermeldeamt ummelden. Bringen Sie Ihren Ausweis und die Wohnungsgeberbestätigung mit.
@@ government
So beantragen Sie Wohngeld:
1. Antrag online oder im Rathaus holen
2. Mietvertrag und Einkommensnachweise beifügen
3. Antrag unterschrieben einreichen
4. Bescheid abwarten (ca. 6 Wochen)
@@ government
Die Biotonne wird im Sommer wöchentlich geleert.
@@ government
Sperrmüll können Sie zweimal im Jahr kostenlos abholen lassen. Die Anmeldung erfolgt telefonisch oder über das Online-Formular der Stadt.
@@ chat
Bin gleich da, such schon mal einen Tisch!
@@ chat
Tom: Hast du den Server neu gestartet?
Lisa: Ja, musste einen hängenden Prozess killen, jetzt läuft alles wieder
Tom: Super, danke dir
@@ chat
Kannst du beim Sommerfest ein paar Fotos schießen? Ich bin leider krank.
@@ chat
Die Präsentation war eine Bombe, der Kunde war total begeistert!
@@ chat
Hat jemand ein Ladekabel für USB-C übrig?
@@ chat
Sorry, hab deine Nachricht erst jetzt gesehen. Lass uns morgen in der Mittagspause telefonieren, dann können wir alles in Ruhe besprechen.
@@ office
Hier der Link zur Mitarbeiterumfrage: https://umfrage.intranet.example/2025. Bitte bis Ende der Woche ausfüllen.
@@ school
Die Schülerzeitung sucht neue Mitglieder, die gerne schreiben oder fotografieren.
@@ culture
In Basel findet jedes Jahr im Februar die Fasnacht statt, die um vier Uhr morgens mit dem Morgestraich beginnt.
@@ ui
Keine Internetverbindung. Einige Inhalte sind möglicherweise nicht aktuell.
@@ government
Den Antrag auf Briefwahl können Sie bis zum Freitag vor der Wahl stellen.
@@ sports
Mit 38 Jahren bestreitet der Skispringer seine letzte Saison.
@@ travel
Achtung: Der Fernbusbahnhof ist umgezogen, die Busse fahren jetzt vom Nordparkplatz ab.
@@ office
Wichteln im Büro:
- Eintragen bis Freitag in die Liste in der Teeküche
- Budget: höchstens 15 Euro
- Bescherung am 19. Dezember nach dem Mittagessen
Wer wen beschenkt, bleibt natürlich geheim!
@@ school
Schreibwerkstatt, Woche 3
Schreibimpuls: „Der Tag, an dem der Strom ausfiel“
Umfang: maximal zwei Seiten
Bitte ausgedruckt zur nächsten Sitzung mitbringen.
@@ ui
Verwaltung
Benutzer | Gruppen | Abrechnung | Protokoll
Nur Administratoren können Zahlungsdaten ändern.
@@ chat
Lena: Kommst du zum Klassentreffen?
Paul: Ja, aber später, hab bis acht Schicht
Lena: Alles klar, ich halt dir einen Platz frei
@@ product
Modelleisenbahn-Startset in Spur H0 mit Oval, Lok und drei Waggons. Die Aufbauanleitung ist gut verständlich, auch für Kinder ab zehn Jahren mit etwas Hilfe.
@@ culture
Der geheime Gang unter der Burg wurde erst 1962 wiederentdeckt. Heute kann man ihn bei Führungen besichtigen, muss aber an manchen Stellen den Kopf einziehen.
`;
