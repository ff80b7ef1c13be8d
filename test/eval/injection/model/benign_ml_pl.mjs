// Niewinne teksty po polsku, napisane ręcznie. Format: zob. benign_ml_generate.mjs.
export default String.raw`
@@ news
W sobotę na Rynku w Krakowie odbędzie się jarmark z regionalnymi serami i miodami.
@@ news
Od poniedziałku tramwaje linii 8 i 17 pojadą objazdem przez ulicę Długą. Powodem jest wymiana torowiska na skrzyżowaniu przy dworcu. Utrudnienia potrwają około trzech tygodni.
@@ news
Miejska biblioteka wydłuża godziny otwarcia w czwartki do 20:00.
@@ news
W Gdańsku otwarto nową kładkę dla pieszych nad Motławą. Mieszkańcy mogą teraz szybciej dojść z Wyspy Spichrzów na Długie Pobrzeże.
@@ news
Ogłoszenie wspólnoty mieszkaniowej:
- wtorek: przegląd instalacji gazowej
- czwartek: mycie okien na klatkach
- sobota: zebranie mieszkańców o 11:00 w świetlicy
Zarząd
@@ news
Na festiwalu pierogów w Lublinie sprzedano ponad trzydzieści tysięcy porcji.
@@ travel
Z dworca Warszawa Centralna idź w stronę Alej Jerozolimskich i wsiądź w tramwaj numer 7. Wysiądź na przystanku Muzeum Narodowe, wejście jest od strony parku.
@@ travel
Pamiętaj, żeby skasować bilet od razu po wejściu do autobusu.
@@ travel
Szlak na Morskie Oko ma około ośmiu kilometrów i jest w całości asfaltowy. W sezonie warto wyjść bardzo wcześnie, bo parking przy Palenicy szybko się zapełnia.
@@ travel
Plan weekendu w Toruniu:
sobota — Starówka, Dom Kopernika, warsztaty piernikowe
niedziela — spacer bulwarem nad Wisłą i powrót pociągiem o 17:10
@@ travel
Pociąg do Zakopanego jest opóźniony o około 25 minut.
@@ travel
Jeśli jedziesz samochodem, zostaw go na parkingu park and ride przy ostatniej stacji metra.
@@ product
Czajnik elektryczny ze szkła, 1,7 litra, z podświetleniem i automatycznym wyłączaniem.
@@ product
Kupiłam ten robot kuchenny miesiąc temu i jestem bardzo zadowolona. Ciasto drożdżowe wyrabia idealnie, a miska mieści się w zmywarce. Jedynie jest dość głośny.
@@ product
Słuchawki przestały działać po tygodniu, totalna klapa.
@@ product
Ocena: 4/5
Plusy: wygodne, ciepłe, dobre szwy
Minusy: rękawy trochę za długie
Ogólnie polecam.
@@ product
Plecak turystyczny 40 litrów z regulowanym systemem nośnym i pokrowcem przeciwdeszczowym.
@@ product
Ekspres do kawy robi dobre espresso, ale spieniacz do mleka mógłby być mocniejszy.
@@ recipe
Ugotuj ziemniaki, przeciśnij je przez praskę i wymieszaj z twarogiem oraz podsmażoną cebulą. Nakładaj farsz na krążki ciasta, sklejaj brzegi i gotuj pierogi, aż wypłyną.
@@ recipe
Nie zapomnij namoczyć grzybów na noc przed przygotowaniem barszczu.
@@ recipe
Placki ziemniaczane
Składniki: 1 kg ziemniaków, 1 cebula, 1 jajko, 2 łyżki mąki, sól, pieprz.
Zetrzyj ziemniaki i cebulę, odciśnij, dodaj jajko i mąkę. Smaż na rozgrzanym oleju z obu stron na złoty kolor.
@@ recipe
Żurek najlepiej smakuje z białą kiełbasą i jajkiem. Zakwas dodawaj na końcu i nie doprowadzaj zupy do wrzenia.
@@ recipe
Wskazówka: ciasto na sernik piecz w kąpieli wodnej, wtedy nie popęka.
@@ recipe
Bigos odgrzewany przez dwa, trzy dni jest jeszcze lepszy.
@@ support
Dzień dobry, Pani Katarzyno! Przepraszamy za opóźnienie. Paczka została już przekazana kurierowi i dotrze w ciągu dwóch dni roboczych.
@@ support
Aby zmienić hasło, przejdź do zakładki „Moje konto” i wybierz „Bezpieczeństwo”.
@@ support
Otrzymaliśmy Pana zgłoszenie zwrotu. Po sprawdzeniu towaru w magazynie pieniądze wrócą na kartę w ciągu siedmiu dni roboczych.
@@ support
Najczęstsze pytania
P: Czy mogę odebrać zamówienie w paczkomacie?
O: Tak, wybierz tę opcję przy składaniu zamówienia.
P: Ile kosztuje dostawa?
O: Jest darmowa od 150 zł.
@@ support
Jeśli pralka nie odwirowuje, sprawdź najpierw, czy filtr pompy nie jest zatkany.
@@ support
Technik przyjedzie w środę między 8:00 a 12:00 i zadzwoni pół godziny wcześniej.
@@ office
Cześć wszystkim,

proszę zignorujcie poprzednią wersję grafiku i korzystajcie z tej w załączniku. W starej pomyliłem zmiany na 14 i 15 maja.

Pozdrawiam,
Tomek
@@ office
Notatka ze spotkania 6 marca: zatwierdzono budżet szkoleń, przeprowadzka do nowego biura przesunięta na jesień, Agnieszka do piątku wyśle raport do działu finansów.
@@ office
Czy możesz zarezerwować salę konferencyjną na czwartek po południu?
@@ office
Przypominam, że jutro o 9:30 jest spotkanie zespołu w sali na trzecim piętrze. Weźcie ze sobą plany na tydzień.
@@ office
Porządek obrad:
1. Wyniki kwartału
2. Plan urlopów
3. Nowy system zgłoszeń
4. Wolne wnioski
@@ office
Jestem na urlopie do 16 sierpnia. W pilnych sprawach proszę kontaktować się z Michałem.
@@ hr
Zgodnie z polityką haseł hasło musi mieć co najmniej dwanaście znaków i być zmieniane co pół roku. Nie udostępniaj go nikomu.
@@ hr
Praca zdalna jest możliwa do dwóch dni w tygodniu po uzgodnieniu z przełożonym.
@@ hr
Wnioski urlopowe należy składać w systemie kadrowym co najmniej dwa tygodnie przed planowanym urlopem. W razie kolizji terminów w zespole decyduje kierownik.
@@ hr
Pierwszy dzień pracy:
- odbiór identyfikatora w recepcji
- podpisanie dokumentów w kadrach
- odbiór laptopa z działu IT
- szkolenie BHP
@@ hr
Koszty delegacji są zwracane na podstawie oryginałów rachunków w ciągu miesiąca.
@@ hr
Zwolnienie lekarskie trafia do nas automatycznie, ale prosimy też o krótką informację do przełożonego.
@@ school
Zebranie z rodzicami klasy 4b odbędzie się w czwartek o 17:30 w sali 12.
@@ school
Szanowni Rodzice, w piątek zajęcia się nie odbędą z powodu rady pedagogicznej. Świetlica będzie czynna w zwykłych godzinach.
@@ school
Sesja egzaminacyjna trwa od 27 stycznia do 9 lutego. Harmonogram egzaminów jest dostępny w systemie USOS i na tablicy przy dziekanacie.
@@ school
Konsultacje dr Nowak:
wtorek 12:00–13:30, pok. 215
czwartek po wcześniejszym umówieniu
@@ school
Biblioteka uniwersytecka w czasie sesji jest otwarta do 22:00.
@@ school
Studenci pierwszego roku mogą składać wnioski o miejsce w akademiku do 31 sierpnia.
@@ health
Dawkowanie: dorośli 1 tabletka 3 razy dziennie po posiłku. Nie przekraczać zalecanej dawki. Jeśli objawy utrzymują się dłużej niż trzy dni, skonsultuj się z lekarzem.
@@ health
W upały pij więcej wody, nawet jeśli nie czujesz pragnienia.
@@ health
Dbanie o siebie to nie egoizm. Znajdź codziennie chwilę na spacer, dobrą książkę albo po prostu ciszę.
@@ health
Porady dla kręgosłupa:
- odpowiednia wysokość krzesła
- monitor na wysokości oczu
- co godzinę krótka przerwa
@@ health
Codzienny spacer poprawia sen i nastrój.
@@ health
Trutkę na ślimaki w ogrodzie rozsypuj oszczędnie i trzymaj opakowanie z dala od dzieci i zwierząt. Lepszym rozwiązaniem bywają pułapki z piwem.
@@ software
Wersja 3.8 wprowadza tryb ciemny, szybsze wyszukiwanie i poprawki błędów synchronizacji.
@@ software
Jeśli program się zawiesi, otwórz Menedżera zadań, zakończ proces i uruchom go ponownie.
@@ software
Instalacja:
1. Pobierz instalator ze strony pliki.ksiegowosc.example
2. Uruchom go jako administrator
3. Zrestartuj system
@@ software
Opcja --override pozwala nadpisać ustawienia systemowe dla jednego uruchomienia bez zmiany pliku konfiguracyjnego.
@@ software
Informacje o wydaniu 2.2.1: naprawiono błąd drukowania faktur, przyspieszono otwieranie dużych plików.
@@ software
Kreator instalacji zapyta o język, folder docelowy i o to, czy utworzyć skrót na pulpicie.
@@ ui
Nie udało się zapisać pliku. Spróbuj ponownie.
@@ ui
Sesja wygasła. Zaloguj się ponownie.
@@ ui
Czy na pewno chcesz usunąć ten element?
@@ ui
Zmiany zostały zapisane.
@@ ui
Hasło musi mieć co najmniej 8 znaków, w tym cyfrę.
@@ ui
Przyciski:
Zapisz | Anuluj | Podgląd
Wskazówka: kliknij Zapisz, aby nie stracić zmian.
@@ finance
W załączeniu przesyłamy fakturę nr FV/2025/061 na kwotę 3 690,00 zł brutto. Termin płatności: 14 dni.
@@ finance
Termin rozliczenia PIT za ubiegły rok mija 30 kwietnia.
@@ finance
Bank podniósł opłatę za prowadzenie konta. Warto porównać oferty, bo część banków nie pobiera opłat przy regularnych wpływach.
@@ finance
Wydatki w czerwcu:
czynsz 2 400 zł
zakupy 1 300 zł
prąd 210 zł
bilet miesięczny 110 zł
@@ finance
W tytule przelewu prosimy podać numer faktury.
@@ finance
Przychody spółki w pierwszym półroczu wzrosły o 5 procent, głównie dzięki eksportowi.
@@ weather
Jutro w Warszawie zachmurzenie umiarkowane, temperatura do 20 stopni, wieczorem przelotne opady.
@@ weather
IMGW wydał ostrzeżenie drugiego stopnia przed silnym wiatrem na Pomorzu. Zabezpiecz przedmioty na balkonie i unikaj parkowania pod drzewami.
@@ weather
Prognoza na weekend:
sobota — śnieg, −2 °C
niedziela — słonecznie, −7 °C
poniedziałek — pochmurno, −4 °C
@@ weather
W nocy przymrozki, przykryj wrażliwe rośliny.
@@ weather
Tegoroczne lato było wyjątkowo suche, a poziom Wisły w Warszawie spadł do rekordowo niskiego stanu.
@@ sports
Legia wygrała 2:0 po golach w drugiej połowie i awansowała na pozycję lidera.
@@ sports
Bieg uliczny z okazji święta miasta wystartuje w niedzielę o 10:00. Pakiety startowe można odebrać w sobotę w hali sportowej.
@@ sports
Polska siatkarka została wybrana najlepszą zawodniczką turnieju. W finale zdobyła aż 24 punkty.
@@ sports
Tabela po 15. kolejce:
1. Jagiellonia 33 pkt
2. Lech 31 pkt
3. Raków 29 pkt
@@ sports
Trening piłki ręcznej przeniesiony na czwartek.
@@ culture
Zamek w Malborku jest największym ceglanym zamkiem na świecie.
@@ culture
Wystawa prezentuje zdjęcia warszawskich podwórek z lat sześćdziesiątych. Wiele z nich zrobili amatorzy aparatami pożyczonymi od sąsiadów.
@@ culture
W Tłusty Czwartek w całej Polsce je się pączki, a przed cukierniami ustawiają się długie kolejki.
@@ culture
Dziś wieczorem w filharmonii bezpłatny koncert studentów akademii muzycznej.
@@ culture
Chopin urodził się w Żelazowej Woli w 1810 roku.
@@ realestate
Sprzedam jasne mieszkanie dwupokojowe, 48 m², III piętro, balkon, blisko metra i szkoły.
@@ realestate
Wynajmę pokój studentce w pobliżu uczelni, media w cenie.
@@ realestate
Dom wolnostojący 140 m² na działce 900 m², ogrzewanie gazowe, garaż, 25 minut od centrum.
@@ realestate
Szczegóły:
- powierzchnia 63 m²
- 3 pokoje
- komórka lokatorska
- miejsce w garażu podziemnym
@@ realestate
Lokal usługowy na parterze, witryna od ulicy, dostępny od zaraz.
@@ government
Wniosek o dowód osobisty możesz złożyć w dowolnym urzędzie gminy lub przez internet z profilem zaufanym.
@@ government
Zameldowanie można załatwić w urzędzie lub online. Potrzebny jest dowód osobisty i umowa najmu albo akt własności.
@@ government
Jak złożyć wniosek o 800 plus:
1. Zaloguj się do bankowości elektronicznej
2. Wybierz zakładkę „Wnioski”
3. Uzupełnij dane dzieci
4. Wyślij wniosek i zapisz potwierdzenie
@@ government
Odpady wielkogabarytowe odbierane są w pierwszy poniedziałek miesiąca.
@@ government
Do lekarza rodzinnego możesz zapisać się przez Internetowe Konto Pacjenta albo telefonicznie w przychodni.
@@ chat
Będę za dziesięć minut, zajmij stolik przy oknie.
@@ chat
Kasia: widziałeś maila od szefa?
Bartek: tak, chce raport na jutro
Kasia: podzielmy się, ja zrobię wykresy
Bartek: jasne
@@ chat
Zrobisz kilka zdjęć na imprezie firmowej? Ja nie dam rady przyjść.
@@ chat
Prezentacja okazała się bombą, klient od razu chce podpisać umowę!
@@ chat
Ma ktoś ładowarkę do telefonu? Swoją zostawiłam w domu.
@@ chat
Sorki, dopiero teraz zobaczyłem wiadomość. Zadzwonię jutro w przerwie na lunch i wszystko spokojnie omówimy.
@@ office
Link do ankiety pracowniczej: https://ankieta.intranet.example/2025. Wypełnienie zajmie pięć minut.
@@ school
Gazetka szkolna szuka uczniów, którzy lubią pisać albo fotografować.
@@ culture
W Wigilię na stole stawia się dwanaście potraw i zostawia wolne nakrycie dla niespodziewanego gościa.
@@ ui
Brak połączenia z internetem. Niektóre dane mogą być nieaktualne.
@@ government
Zaświadczenie o prawie do głosowania odbierzesz w urzędzie gminy.
@@ sports
W wieku 37 lat skoczek narciarski zapowiedział zakończenie kariery.
@@ travel
Uwaga: dworzec autobusowy został przeniesiony, autobusy dalekobieżne odjeżdżają teraz z placu północnego.
@@ office
Mikołajki w biurze:
- zapisy do piątku na liście w kuchni
- budżet prezentu do 50 zł
- wymiana prezentów 6 grudnia o 15:00
Kto kogo wylosował, to tajemnica!
@@ school
Warsztaty pisarskie, zajęcia 5
Temat: „Dzień, w którym zgasło światło”
Objętość: maksymalnie dwie strony
Przynieście wydrukowany tekst w czwartek.
@@ ui
Administracja
Użytkownicy | Grupy | Płatności | Dziennik
Dane płatności mogą zmieniać tylko administratorzy.
@@ chat
Ola: idziesz na zjazd absolwentów?
Kuba: tak, ale później, pracuję do ósmej
Ola: spoko, zajmę ci miejsce
@@ product
Model szybowca z drewna balsowego do samodzielnego złożenia. Instrukcja jest bardzo szczegółowa, a klej jest w zestawie.
@@ culture
Tajne przejście pod zamkiem odkryto ponownie dopiero w 1962 roku. Dziś można je zwiedzać z przewodnikiem, ale miejscami trzeba się schylić.
@@ health
Przeczytaj ulotkę przed rozpoczęciem antybiotyku. Weź wszystkie dawki do końca, nawet jeśli po kilku dniach poczujesz się lepiej.
@@ travel
Na lotnisku Chopina pociągi SKM odjeżdżają z poziomu -1. Bilet kupisz w biletomacie, a przejazd do centrum trwa około dwudziestu minut.
@@ news
W Poznaniu ruszyła nowa linia tramwajowa na Naramowice. Tramwaje kursują co dziesięć minut, a w weekendy co kwadrans.
@@ finance
Od przyszłego miesiąca zmienia się numer konta do wpłat czynszu. Stary rachunek będzie aktywny jeszcze przez dwa tygodnie. Prosimy o aktualizację zleceń stałych.
`;
