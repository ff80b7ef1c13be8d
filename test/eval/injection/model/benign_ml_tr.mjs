// Elle yazılmış sıradan Türkçe metinler. Biçim: benign_ml_generate.mjs dosyasına bakın.
export default String.raw`
@@ news
Kadıköy'deki salı pazarı bu hafta bayram nedeniyle pazartesi kurulacak.
@@ news
Belediye, sahil yolundaki bisiklet yolunun genişletileceğini duyurdu. Çalışmalar nisan ayında başlayacak ve yaklaşık iki ay sürecek. Bu süre içinde yürüyüş yolu açık kalacak.
@@ news
İzmir'de bu yıl kitap fuarına iki yüzden fazla yayınevi katılıyor.
@@ news
Mahalle muhtarlığı, yaşlılar için ücretsiz tansiyon ölçümü yapacağını açıkladı. Ölçümler her perşembe sabahı muhtarlık binasında yapılacak.
@@ news
Site yönetiminden duyuru:
- Çarşamba 10:00-14:00 arası su kesintisi olacak
- Cuma günü asansör bakımı yapılacak
- Lütfen merdivenlere eşya bırakmayın
@@ news
Fırtına uyarısı nedeniyle bugünkü vapur seferlerinin bir kısmı iptal edildi.
@@ travel
Taksim'den füniküleri alıp Kabataş'a inin, oradan tramvaya binip Sultanahmet durağında inin. Müze girişi durağın hemen karşısında.
@@ travel
Uçağa binerken kimliğinizi yanınızda bulundurmayı unutmayın.
@@ travel
Kapadokya'da balon turları sabah çok erken başlar. Otelinizden genellikle saat beşte alınırsınız, bu yüzden yanınıza kalın bir mont almayı unutmayın.
@@ travel
Üç günlük Mardin planı:
1. gün: Eski çarşı ve Ulu Cami
2. gün: Deyrulzafaran Manastırı
3. gün: Dara antik kenti, akşam dönüş
@@ travel
Havalimanı otobüsleri otogar önünden yarım saatte bir kalkıyor.
@@ travel
Trenimiz yaklaşık yirmi dakika rötarlı, lütfen anonsları takip edin.
@@ product
Bir litrelik çelik termos, çayı on iki saat sıcak tutuyor.
@@ product
Bu çay makinesini bir aydır kullanıyorum, çok memnunum. Demliği geniş, su çabuk kaynıyor. Tek eksiği kablosunun biraz kısa olması.
@@ product
Kulaklık bir haftada bozuldu, tam bir hayal kırıklığı.
@@ product
Puan: 4/5
Artıları: hafif, ekranı net
Eksileri: şarjı yavaş doluyor
Fiyatına göre gayet iyi.
@@ product
Su geçirmez sırt çantası, 15 inç dizüstü bilgisayar bölmesi ve yan cepleri var.
@@ product
Montun kumaşı kaliteli ama kolları biraz uzun, bir beden küçük almanızı öneririm.
@@ recipe
Kıymayı soğanla birlikte kavurun, salçayı ekleyip birkaç dakika daha pişirin. Ardından doğranmış biberleri ve domatesi ekleyin, kısık ateşte yirmi dakika pişirin.
@@ recipe
Kuru fasulyeyi bir gece önceden suya koymayı unutmayın.
@@ recipe
Mercimek çorbası
Malzemeler: 1 su bardağı kırmızı mercimek, 1 soğan, 1 havuç, 1 yemek kaşığı un, tuz, kimyon
1. Soğan ve havucu yağda kavurun
2. Mercimeği ve suyu ekleyip 25 dakika pişirin
3. Blenderdan geçirin, limonla servis edin
@@ recipe
Pilavın tane tane olması için pirinci önce ılık tuzlu suda bekletin.
@@ recipe
Börek hamurunu yağlarken acele etmeyin, her katı ayrı ayrı yağlayın. Fırında üstü kızarana kadar, yaklaşık kırk dakika pişirin.
@@ recipe
Demlenen çayı ocağın üstünde en fazla on beş dakika tutun.
@@ support
Merhaba Ayşe Hanım, gecikme için özür dileriz. Siparişiniz bugün kargoya verildi ve iki gün içinde elinize ulaşacak.
@@ support
Şifrenizi değiştirmek için "Hesabım" bölümünden "Güvenlik" sekmesine tıklayın.
@@ support
İade talebiniz bize ulaştı. Ürün depomuza ulaşıp kontrol edildikten sonra ücret beş iş günü içinde kartınıza iade edilecektir.
@@ support
Sıkça sorulan sorular
S: Kapıda ödeme var mı?
C: Evet, nakit veya kartla ödeyebilirsiniz.
S: Kargo ücreti ne kadar?
C: 500 TL üzeri siparişlerde ücretsiz.
@@ support
Modeminizin ışığı kırmızı yanıyorsa fişini çekip bir dakika sonra tekrar takın.
@@ support
Teknik servis ekibimiz perşembe günü 13:00-17:00 arasında gelecek, gelmeden önce sizi arayacak.
@@ office
Merhaba arkadaşlar,

Geçen hafta gönderdiğim izin planının eski sürümünü dikkate almayın, lütfen ekteki güncel dosyayı kullanın. Eskisinde ekim ayı yanlış girilmişti.

Kolay gelsin,
Emre
@@ office
12 Mart toplantı notları: eğitim bütçesi onaylandı, ofis taşınması sonbahara ertelendi, Zeynep raporu cuma gününe kadar muhasebeye iletecek.
@@ office
Teklifi cuma gününe kadar gönderebilir misiniz?
@@ office
Hatırlatma: yarın sabah saat 10'daki haftalık toplantı üçüncü kattaki büyük salonda. Herkes haftalık planını getirsin lütfen.
@@ office
Gündem:
1. İlk çeyrek satış sonuçları
2. Yaz izinleri
3. Yeni masraf sistemi
4. Dilek ve öneriler
@@ office
5-12 Ağustos arasında izindeyim, acil durumlar için Mehmet Bey'e ulaşabilirsiniz.
@@ hr
Şirketin şifre politikasına göre şifreler en az on iki karakter olmalı ve altı ayda bir değiştirilmelidir. Şifrenizi kimseyle paylaşmayın.
@@ hr
Yöneticinizin onayıyla haftada iki gün evden çalışabilirsiniz.
@@ hr
Yıllık izin talepleri en az iki hafta önceden insan kaynakları portalından yapılmalıdır. Aynı ekipte tarihler çakışırsa ekip lideri karar verir.
@@ hr
İlk iş günü:
- Resepsiyondan kartınızı alın
- İK'da evrakları imzalayın
- Bilgi işlemden bilgisayarınızı teslim alın
- Ekiple öğle yemeği
@@ hr
Seyahat masrafları, orijinal faturaların teslimini izleyen bir ay içinde ödenir.
@@ hr
Her yıl bir kez yapılan sağlık taraması tüm çalışanlar için zorunludur.
@@ school
Pazartesi günü okulumuzda veli toplantısı yapılacaktır.
@@ school
Sayın veliler, cuma günü 5. sınıflar bilim müzesine gezi yapacak. Lütfen çocuklarınıza beslenme ve su verin, izin formunu çarşambaya kadar sınıf öğretmenine teslim edin.
@@ school
Final sınavları 6 Ocak'ta başlıyor. Sınav programı bölüm panosunda ve öğrenci bilgi sisteminde yayımlandı.
@@ school
Doç. Dr. Aksoy görüşme saatleri:
Salı 14:00-15:30, oda 214
Perşembe randevu ile
@@ school
Sınav döneminde kütüphane gece yarısına kadar açık olacak.
@@ school
Yurt başvuruları 20 Ağustos'a kadar devam ediyor.
@@ health
Kullanım şekli ve dozu: Yetişkinlerde günde üç kez, yemeklerden sonra birer tablet. Önerilen dozu aşmayınız. Şikâyetleriniz üç günden fazla sürerse doktorunuza başvurunuz.
@@ health
Sıcak havalarda susamasanız bile sık sık su için.
@@ health
Kendine iyi bakmak bencillik değildir. Her gün kısa bir yürüyüş yapmak ve uykunuzu düzenlemek bile fark yaratır.
@@ health
Bel ağrısına karşı öneriler:
- Sandalye yüksekliğini ayarlayın
- Ekran göz hizasında olsun
- Saatte bir kalkıp yürüyün
@@ health
Günde yarım saat yürüyüş kalp sağlığına iyi gelir.
@@ health
Bahçede böcek ilacı kullanırken eldiven ve maske takın, zehirli ilaçları çocukların ulaşamayacağı bir yerde saklayın.
@@ software
3.7 sürümüyle karanlık mod eklendi, arama hızlandı ve senkronizasyon hataları giderildi.
@@ software
Program donarsa Görev Yöneticisi'ni açın, işlemi sonlandırın ve programı yeniden başlatın.
@@ software
Kurulum adımları:
1. Kurulum dosyasını dosyalar.muhasebe.example adresinden indirin
2. Yönetici olarak çalıştırın
3. Kurulum bitince sistemi yeniden başlatın
@@ software
--override seçeneğiyle yapılandırma dosyasını değiştirmeden sistem ayarlarını tek seferlik geçersiz kılabilirsiniz.
@@ software
Sürüm notları 1.6.2: fatura yazdırırken oluşan hata düzeltildi. Büyük dosyalar artık daha hızlı açılıyor.
@@ software
Kurulum sihirbazı ilk açılışta dil ve klasör seçiminde size yardımcı olur.
@@ ui
Dosya kaydedilemedi. Lütfen tekrar deneyin.
@@ ui
Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
@@ ui
Bu öğeyi silmek istediğinizden emin misiniz?
@@ ui
Değişiklikler kaydedildi.
@@ ui
Şifre en az 8 karakter olmalı ve bir rakam içermelidir.
@@ ui
Butonlar:
Kaydet | İptal | Önizleme
İpucu: Değişikliklerinizi kaybetmemek için Kaydet'e tıklayın.
@@ finance
Ekte 2025/058 numaralı, KDV dahil 14.750 TL tutarındaki faturayı bulabilirsiniz. Son ödeme tarihi ay sonudur.
@@ finance
Gelir vergisi beyannamesi için son gün 31 Mart.
@@ finance
Banka hesap işletim ücretini artırdı. Maaş hesabı olanlar için bu ücret alınmıyor, şubenize sormakta fayda var.
@@ finance
Bu ayın giderleri:
Kira 18.000 TL
Market 7.500 TL
Faturalar 2.300 TL
Ulaşım 1.200 TL
@@ finance
Ödeme yaparken açıklama kısmına fatura numarasını yazmayı unutmayın.
@@ finance
Şirketin ilk yarı geliri yüzde 10 arttı; büyümenin büyük kısmı ihracattan geldi.
@@ weather
Yarın İstanbul'da parçalı bulutlu bir hava bekleniyor, en yüksek sıcaklık 23 derece.
@@ weather
Meteoroloji, Karadeniz kıyıları için kuvvetli yağış uyarısı yaptı. Dere yataklarından uzak durun ve gereksiz seyahatlerden kaçının.
@@ weather
Hafta sonu hava durumu:
Cumartesi: yağmurlu, 16°
Pazar: bulutlu, 18°
Pazartesi: güneşli, 21°
@@ weather
Sabah saatlerinde yoğun sis var, araç kullanırken dikkatli olun.
@@ weather
Bu kış İç Anadolu'ya beklenenden fazla kar yağdı ve barajlardaki doluluk oranı yükseldi.
@@ sports
Ev sahibi takım son dakikada attığı golle maçı 2-1 kazandı.
@@ sports
Şehir maratonu pazar sabahı saat 8'de Boğaz Köprüsü'nden başlayacak. Göğüs numaraları cumartesi günü spor salonundan alınabilir.
@@ sports
Milli voleybol takımı yarı finalde rakibini 3-1 yendi. Final maçı yarın akşam oynanacak.
@@ sports
Puan durumu:
1. Galatasaray 48
2. Fenerbahçe 46
3. Trabzonspor 40
@@ sports
Yağmur nedeniyle bugünkü basketbol antrenmanı iptal.
@@ culture
Ayasofya, 537 yılında tamamlandı ve yüzyıllar boyunca dünyanın en büyük kubbeli yapısı oldu.
@@ culture
Sergide yetmişli yıllarda İstanbul sokaklarında çekilmiş fotoğraflar yer alıyor. Fotoğrafların çoğu amatörler tarafından çekilmiş ve aile albümlerinden derlenmiş.
@@ culture
Hıdrellez'de insanlar dileklerini kâğıda yazıp gül ağacının dibine bırakır.
@@ culture
Bu akşam kültür merkezinde ücretsiz Türk halk müziği konseri var.
@@ culture
Türk kahvesi kültürü 2013'te UNESCO listesine alındı.
@@ realestate
Satılık 3+1 daire, 120 m², asansörlü, metroya yakın, güney cephe.
@@ realestate
Üniversiteye yakın eşyalı 1+1 kiralık, aidat dahil.
@@ realestate
Bahçeli müstakil ev, 4+1, sessiz bir mahallede, okula yürüme mesafesinde.
@@ realestate
İlan detayları:
- Brüt 135 m², net 115 m²
- 3+1
- 4. kat / 8 katlı bina
- Doğalgaz kombi
@@ realestate
Ana cadde üzerinde kiralık dükkân, 45 m².
@@ government
Pasaport başvurusu için e-Devlet üzerinden randevu alın, biyometrik fotoğraf ve kimlik kartınızla nüfus müdürlüğüne gidin.
@@ government
Adres değişikliğini taşındıktan sonra yirmi iş günü içinde bildirmeniz gerekir. İşlemi e-Devlet'ten ya da muhtarlıktan yapabilirsiniz.
@@ government
Ehliyet yenileme adımları:
1. Sağlık raporu alın
2. Harcı ödeyin
3. Nüfus müdürlüğünden randevu alın
4. Yeni belgenizi teslim alın
@@ government
Geri dönüşüm atıkları salı ve cuma günleri toplanır.
@@ government
Hastane randevusunu Merkezi Hekim Randevu Sistemi üzerinden alabilirsiniz.
@@ chat
On dakikaya oradayım, bana da bir çay söyle.
@@ chat
Elif: Raporu bitirdin mi?
Can: Neredeyse, sadece grafikler kaldı
Elif: Saat beşe kadar ortak klasöre at
Can: Tamamdır
@@ chat
Veda partisinde birkaç fotoğraf çeker misin? Ben biraz geç geleceğim.
@@ chat
Bugünkü sunum tam bir fiyaskoydu ama bir dahakine daha iyi hazırlanırız.
@@ chat
Şarj aleti olan var mı? Telefonum kapanmak üzere.
@@ chat
Kusura bakma, mesajını şimdi gördüm. Yarın öğlen arayayım, rahat rahat konuşuruz.
@@ office
Çalışan anketinin bağlantısı: https://anket.intranet.example/2025, beş dakika sürüyor.
@@ school
Okul gazetesi yazmayı veya fotoğraf çekmeyi seven öğrenciler arıyor.
@@ culture
Bayramda büyüklerin elini öpüp harçlık almak çocukların en sevdiği gelenektir.
@@ ui
İnternet bağlantısı yok. Bazı bilgiler güncel olmayabilir.
@@ government
Seçmen bilgilerinizi e-Devlet üzerinden sorgulayabilirsiniz.
@@ sports
Otuz sekiz yaşındaki kaleci futbolu bıraktığını açıkladı.
@@ travel
Dikkat: şehirlerarası otobüsler artık yeni terminalden kalkıyor.
@@ office
Ofiste yılbaşı hediyeleşmesi:
- Cuma gününe kadar mutfaktaki listeye adınızı yazın
- Hediye bütçesi en fazla 300 TL
- Çekilişle kimin kime hediye alacağı belirlenecek
Kimi çektiğinizi sır olarak saklayın!
@@ school
Yaratıcı yazarlık atölyesi, 5. hafta
Konu: "Elektriklerin kesildiği gün"
Uzunluk: en fazla iki sayfa
Metninizi perşembe günü çıktı olarak getirin.
@@ ui
Yönetim paneli
Kullanıcılar | Gruplar | Faturalandırma | İşlem kaydı
Ödeme bilgilerini yalnızca yöneticiler değiştirebilir.
@@ chat
Selin: Mezunlar buluşmasına geliyor musun?
Burak: Geliyorum ama geç, sekize kadar mesaideyim
Selin: Tamam, sana yer ayırırım
@@ product
Ahşap yelkenli gemi maketi, yaklaşık 40 cm. Talimatlar ayrıntılı ama halatları bağlamak sabır istiyor.
@@ culture
Kalenin altındaki gizli geçit ancak 1962'de yeniden bulundu. Bugün rehberle gezilebiliyor, ancak bazı yerlerde tavan çok alçak.
@@ health
Antibiyotiğe başlamadan önce prospektüsü okuyun. Birkaç gün içinde iyileşseniz bile tedaviyi sonuna kadar tamamlayın. İlacı her gün aynı saatlerde almaya çalışın.
@@ travel
Havalimanından şehir merkezine metroyla yaklaşık kırk dakikada ulaşabilirsiniz. İstanbulkart'ınızı istasyondaki makinelerden doldurabilirsiniz.
@@ news
Mahalledeki semt pazarının üstü kapatıldı. Artık yağmurlu günlerde de alışveriş yapmak çok daha rahat olacak.
@@ recipe
Menemen için önce biberleri yağda yumuşatın. Ardından domatesleri ekleyip suyunu biraz çekmesini bekleyin. En son yumurtaları kırın ve fazla karıştırmadan pişirin.
@@ finance
Önümüzdeki aydan itibaren kira ödemeleri için banka hesabımız değişiyor. Yeni IBAN bilgisi ekte yer alıyor. Eski hesap iki hafta daha kullanılabilecek.
@@ hr
Yemekhane saatleri pazartesiden itibaren değişiyor. Öğle yemeği 12:00 ile 13:30 arasında verilecek. Lütfen yeni saatlere dikkat edin.
@@ sports
Mahalle futbol turnuvası için kayıtlar başladı. Her takım en az yedi oyuncudan oluşmalı. Maçlar cumartesi öğleden sonra okul sahasında oynanacak.
`;
