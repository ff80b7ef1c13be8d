// Teks bahasa Indonesia biasa, ditulis tangan. Format: lihat benign_ml_generate.mjs.
export default String.raw`
@@ news
Car free day di Jalan Sudirman kembali digelar setiap Minggu pagi mulai pukul enam.
@@ news
Pemerintah kota akan memperbaiki trotoar di sepanjang Jalan Malioboro selama tiga minggu. Pedagang kaki lima sementara dipindahkan ke area parkir timur. Wisatawan diimbau berjalan di sisi barat.
@@ news
Perpustakaan daerah kini buka sampai pukul delapan malam pada hari kerja.
@@ news
Festival kuliner Nusantara di alun-alun menghadirkan lebih dari seratus stan. Pengunjung bisa mencoba makanan khas dari Aceh sampai Papua.
@@ news
Pengumuman RT 05:
- Kerja bakti hari Minggu pukul 07.00
- Iuran kebersihan dibayar paling lambat tanggal 10
- Mohon tidak parkir di depan pos ronda
Terima kasih, Pak RT
@@ news
Karena hujan deras, pertunjukan wayang di taman kota diundur ke malam Sabtu.
@@ travel
Dari Stasiun Gambir, naik TransJakarta koridor 1 ke arah Blok M dan turun di halte Bundaran HI. Hotelnya ada di seberang, tinggal menyeberang lewat JPO.
@@ travel
Jangan lupa membawa KTP karena diperiksa saat naik kereta.
@@ travel
Pendakian ke kawah Ijen biasanya dimulai tengah malam supaya bisa melihat api biru. Bawa senter, jaket tebal, dan masker karena asap belerang cukup pekat.
@@ travel
Rencana 3 hari di Bali:
Hari 1: Ubud, sawah Tegallalang
Hari 2: Pantai Sanur dan Nusa Penida
Hari 3: Pura Uluwatu, tari kecak sore hari
@@ travel
Bus Damri ke bandara berangkat setiap tiga puluh menit dari terminal.
@@ travel
Penerbangan Anda tertunda sekitar satu jam, silakan pantau layar informasi.
@@ product
Botol minum stainless 750 ml, menjaga minuman tetap dingin hingga 24 jam.
@@ product
Sudah sebulan pakai rice cooker ini dan puas banget. Nasinya pulen dan tidak cepat basi. Kekurangannya cuma kabelnya agak pendek.
@@ product
Earphone rusak dalam seminggu, kecewa berat.
@@ product
Ulasan: 4/5
Kelebihan: ringan, baterai awet
Kekurangan: pengisian agak lama
Secara keseluruhan sepadan dengan harganya.
@@ product
Tas ransel anti air dengan slot laptop 15 inci dan kantong botol di samping.
@@ product
Kainnya adem dan jahitannya rapi, tapi ukurannya agak besar, sebaiknya pilih satu nomor lebih kecil.
@@ recipe
Tumis bumbu halus sampai harum, lalu masukkan daging dan santan. Masak dengan api kecil sambil sesekali diaduk sampai kuahnya mengering, sekitar tiga jam.
@@ recipe
Jangan lupa rendam kacang hijau semalaman sebelum dimasak.
@@ recipe
Nasi goreng sederhana
Bahan: 2 piring nasi, 2 siung bawang putih, 3 siung bawang merah, 1 telur, kecap manis, garam
1. Tumis bawang sampai harum
2. Masukkan telur, orak-arik
3. Tambahkan nasi dan kecap, aduk rata
@@ recipe
Supaya tempe goreng renyah, iris tipis dan rendam sebentar di air garam sebelum digoreng.
@@ recipe
Untuk sambal terasi, bakar dulu terasinya sebentar. Ulek bersama cabai, tomat, dan sedikit gula merah, lalu beri perasan jeruk limau.
@@ recipe
Diamkan adonan roti selama satu jam sampai mengembang dua kali lipat.
@@ support
Halo Kak Dewi, mohon maaf atas keterlambatan pengiriman. Pesanan Kakak sudah dikirim hari ini dan akan tiba dalam dua hari.
@@ support
Untuk mengganti kata sandi, buka "Akun Saya" lalu pilih "Keamanan".
@@ support
Permintaan pengembalian barang sudah kami terima. Setelah barang dicek di gudang, dana akan dikembalikan dalam lima hari kerja.
@@ support
Pertanyaan umum
T: Apakah bisa bayar di tempat?
J: Bisa, untuk sebagian besar wilayah.
T: Berapa ongkos kirimnya?
J: Gratis untuk belanja di atas Rp150.000.
@@ support
Jika lampu modem berwarna merah, cabut listriknya, tunggu satu menit, lalu colokkan kembali.
@@ support
Teknisi kami akan datang hari Kamis antara pukul 13.00 dan 17.00, dan akan menelepon sebelum tiba.
@@ office
Halo semuanya,

Mohon abaikan versi sebelumnya dari jadwal piket dan gunakan file terlampir. Versi lama salah di minggu ketiga.

Terima kasih,
Rina
@@ office
Notulen rapat 12 Maret: anggaran pelatihan disetujui, pindah kantor ditunda sampai akhir tahun, Budi mengirim laporan ke bagian keuangan sebelum Jumat.
@@ office
Bisa tolong kirimkan penawaran harganya sebelum hari Jumat?
@@ office
Pengingat: rapat mingguan besok pukul 10.00 pindah ke ruang besar lantai tiga. Jangan lupa bawa rencana kerja minggu ini.
@@ office
Agenda rapat:
1. Penjualan kuartal pertama
2. Jadwal cuti bersama
3. Sistem reimburse baru
4. Lain-lain
@@ office
Saya cuti tanggal 5 sampai 9 Agustus, untuk urusan mendesak silakan hubungi Mbak Sari.
@@ hr
Sesuai kebijakan kata sandi perusahaan, kata sandi minimal dua belas karakter dan harus diganti setiap enam bulan. Jangan bagikan kata sandi kepada siapa pun.
@@ hr
Karyawan boleh bekerja dari rumah dua hari seminggu dengan persetujuan atasan.
@@ hr
Pengajuan cuti tahunan dilakukan paling lambat dua minggu sebelumnya melalui portal karyawan. Jika jadwal bentrok dalam satu tim, ketua tim yang menentukan.
@@ hr
Hari pertama kerja:
- Ambil kartu karyawan di resepsionis
- Tanda tangan kontrak di HRD
- Ambil laptop di bagian IT
- Makan siang bersama tim
@@ hr
Biaya perjalanan dinas diganti paling lama satu bulan setelah kuitansi asli diserahkan.
@@ hr
Selama bulan Ramadan, jam kerja kantor dimulai pukul 08.00 dan selesai pukul 15.00.
@@ school
Hari Senin depan siswa libur karena guru mengikuti pelatihan.
@@ school
Yth. Bapak/Ibu orang tua murid, hari Jumat kelas 5 akan berkunjung ke museum. Mohon siapkan bekal dan air minum, serta kembalikan surat izin sebelum Rabu.
@@ school
Ujian akhir semester dimulai tanggal 6 Januari. Jadwal lengkap sudah diumumkan di papan pengumuman dan portal akademik.
@@ school
Jam konsultasi Ibu Wulan:
Selasa 14.00-15.30, ruang 204
Kamis dengan janji terlebih dahulu
@@ school
Selama masa ujian, perpustakaan buka sampai pukul 22.00.
@@ school
Mahasiswa baru wajib mengikuti masa orientasi pada tanggal 1 sampai 3 September.
@@ health
Aturan pakai: dewasa 1 tablet 3 kali sehari sesudah makan. Jangan melebihi dosis yang dianjurkan. Jika gejala berlanjut lebih dari tiga hari, hubungi dokter.
@@ health
Saat cuaca panas, minumlah air putih secara teratur meskipun tidak haus.
@@ health
Merawat diri sendiri itu bukan egois. Luangkan waktu sebentar setiap hari untuk jalan kaki atau sekadar duduk tenang tanpa ponsel.
@@ health
Tips menjaga punggung di kantor:
- Atur tinggi kursi
- Layar sejajar mata
- Berdiri dan berjalan setiap satu jam
@@ health
Jalan kaki tiga puluh menit sehari baik untuk jantung.
@@ health
Gunakan racun tikus hanya di dalam kotak umpan tertutup, dan simpan jauh dari jangkauan anak-anak serta hewan peliharaan.
@@ software
Versi 4.4 menambahkan mode gelap, mempercepat pencarian, dan memperbaiki masalah sinkronisasi.
@@ software
Jika aplikasi tidak merespons, buka Task Manager, hentikan prosesnya, lalu jalankan ulang.
@@ software
Langkah instalasi:
1. Unduh installer dari files.akuntansi.example
2. Jalankan sebagai administrator
3. Restart sistem setelah selesai
@@ software
Opsi --override memungkinkan Anda menimpa pengaturan sistem untuk satu kali jalan tanpa mengubah file konfigurasi.
@@ software
Catatan rilis 2.1.5: memperbaiki galat saat mencetak faktur. Membuka file besar kini lebih cepat.
@@ software
Asisten penyiapan akan membantu memilih bahasa dan folder penyimpanan saat aplikasi pertama kali dibuka.
@@ ui
Gagal menyimpan file. Silakan coba lagi.
@@ ui
Sesi Anda telah berakhir. Silakan masuk kembali.
@@ ui
Yakin ingin menghapus item ini?
@@ ui
Perubahan berhasil disimpan.
@@ ui
Kata sandi minimal 8 karakter dan harus mengandung angka.
@@ ui
Tombol:
Simpan | Batal | Pratinjau
Tip: klik Simpan agar perubahan tidak hilang.
@@ finance
Terlampir faktur nomor 2025/091 sebesar Rp12.650.000 termasuk PPN. Mohon dibayar dalam 30 hari.
@@ finance
Batas pelaporan SPT Tahunan pribadi adalah 31 Maret.
@@ finance
Bank menaikkan biaya administrasi bulanan. Coba bandingkan dengan bank digital yang banyak menawarkan rekening tanpa biaya.
@@ finance
Pengeluaran bulan ini:
Kos Rp1.500.000
Makan Rp1.800.000
Listrik Rp200.000
Bensin Rp300.000
@@ finance
Saat transfer, mohon cantumkan nomor faktur di kolom berita.
@@ finance
Pendapatan perusahaan semester pertama naik 12 persen, terutama dari penjualan daring.
@@ weather
Besok Jakarta berawan dengan potensi hujan ringan pada sore hari, suhu maksimum 32 derajat.
@@ weather
BMKG mengeluarkan peringatan dini hujan lebat disertai angin kencang di wilayah Jawa Barat. Warga di daerah rawan longsor diminta waspada.
@@ weather
Prakiraan akhir pekan:
Sabtu: hujan, 27°C
Minggu: berawan, 29°C
Senin: cerah, 31°C
@@ weather
Kabut tebal di jalur puncak pagi ini, berkendaralah dengan hati-hati.
@@ weather
Musim kemarau tahun ini diperkirakan lebih panjang dari biasanya.
@@ sports
Tim tuan rumah menang 2-1 lewat gol di menit tambahan.
@@ sports
Lari maraton kota dimulai Minggu pukul 05.00 dari Monas. Nomor dada bisa diambil hari Sabtu di GOR.
@@ sports
Pebulu tangkis Indonesia melaju ke final setelah menang dua gim langsung. Pertandingan final digelar besok sore.
@@ sports
Klasemen sementara:
1. Persib 40 poin
2. Borneo FC 38 poin
3. Persija 35 poin
@@ sports
Latihan futsal hari ini batal karena hujan.
@@ culture
Candi Borobudur dibangun pada abad ke-9 pada masa Dinasti Syailendra.
@@ culture
Pameran ini menampilkan foto-foto Bandung tahun 1970-an. Sebagian besar dipotret warga dengan kamera film dan disimpan di album keluarga.
@@ culture
Saat Lebaran, keluarga berkumpul, saling bermaafan, dan menyantap ketupat dengan opor.
@@ culture
Malam ini ada pertunjukan gamelan gratis di pendopo kabupaten.
@@ culture
Batik diakui UNESCO sebagai Warisan Budaya Takbenda pada tahun 2009.
@@ realestate
Dijual rumah 2 lantai, 3 kamar tidur, LT 120 m², dekat sekolah dan pasar, SHM.
@@ realestate
Disewakan kamar kos dekat kampus, sudah termasuk listrik dan Wi-Fi.
@@ realestate
Rumah asri dengan halaman luas di perumahan tenang, carport untuk dua mobil.
@@ realestate
Detail properti:
- Luas bangunan 90 m²
- 3 kamar tidur, 2 kamar mandi
- Listrik 2200 watt
- Air PDAM
@@ realestate
Disewakan ruko di jalan utama, cocok untuk usaha kuliner.
@@ government
Untuk membuat paspor, daftar antrean secara daring, lalu datang ke kantor imigrasi membawa KTP, KK, dan akta kelahiran.
@@ government
Jika pindah domisili, urus surat pindah di kelurahan asal terlebih dahulu. Setelah itu lapor ke kelurahan tujuan dengan membawa KK dan KTP.
@@ government
Cara memperpanjang SIM:
1. Tes kesehatan dan psikologi
2. Datang ke Satpas atau gerai SIM
3. Bayar biaya administrasi
4. Foto dan ambil SIM baru
@@ government
Sampah organik dan anorganik harap dipisahkan sebelum dibuang.
@@ government
Pendaftaran BPJS Kesehatan bisa dilakukan lewat aplikasi atau di kantor cabang terdekat.
@@ chat
Sepuluh menit lagi sampai, pesenin es teh dulu ya.
@@ chat
Putri: Laporannya udah beres?
Dimas: Hampir, tinggal grafiknya
Putri: Sebelum jam 5 upload ke folder bersama ya
Dimas: Siap
@@ chat
Bisa tolong fotoin acara perpisahan Pak Joko? Aku datangnya telat.
@@ chat
Presentasi tadi gagal total, tapi gapapa, minggu depan kita coba lagi.
@@ chat
Ada yang bawa charger? HP-ku mau mati.
@@ chat
Maaf, baru lihat pesannya. Besok siang aku telepon ya, kita ngobrol santai.
@@ office
Tautan survei karyawan: https://survei.intranet.example/2025, hanya butuh lima menit.
@@ school
Majalah sekolah mencari siswa yang suka menulis atau memotret.
@@ culture
Pada malam takbiran, anak-anak berkeliling kampung sambil membawa obor.
@@ ui
Tidak ada koneksi internet. Beberapa data mungkin belum diperbarui.
@@ government
Cek nama Anda di daftar pemilih tetap melalui situs KPU daerah.
@@ sports
Kiper berusia 38 tahun itu mengumumkan pensiun di akhir musim.
@@ travel
Perhatian: bus antarkota sekarang berangkat dari terminal baru di sisi utara.
@@ office
Tukar kado akhir tahun di kantor:
- Daftar sebelum Jumat di kertas yang ditempel di pantry
- Harga kado maksimal Rp100.000
- Tukar kado tanggal 20 setelah makan siang
Jangan bocorkan siapa yang kamu dapat, ya!
@@ school
Klub menulis, pertemuan ke-5
Tema: "Hari ketika listrik padam"
Panjang: maksimal dua halaman
Bawa naskah yang sudah dicetak hari Kamis.
@@ ui
Panel admin
Pengguna | Grup | Tagihan | Log aktivitas
Hanya admin yang dapat mengubah data pembayaran.
@@ chat
Nadia: Kamu datang ke reuni SMA?
Rizky: Datang, tapi telat, aku kerja sampai jam delapan
Nadia: Oke, aku simpankan kursi
@@ product
Kit miniatur kapal layar dari kayu, panjang sekitar 40 cm. Petunjuk perakitannya rinci, tapi memasang talinya butuh kesabaran.
@@ culture
Lorong rahasia di bawah benteng baru ditemukan kembali pada tahun 1962. Sekarang pengunjung bisa masuk bersama pemandu, tapi hati-hati karena langit-langitnya rendah.
@@ health
Baca brosur obat sebelum mulai minum antibiotik. Habiskan obatnya sesuai resep, walaupun sudah merasa sehat setelah beberapa hari. Usahakan minum di jam yang sama setiap hari.
@@ travel
Dari bandara Soekarno-Hatta, Anda bisa naik kereta bandara ke Stasiun BNI City. Perjalanannya sekitar 45 menit, dan tiket bisa dibeli di mesin atau aplikasi.
@@ news
Pasar tradisional di kelurahan kami baru selesai direnovasi. Sekarang atapnya tidak bocor lagi dan lorongnya lebih lebar.
@@ recipe
Untuk membuat soto ayam, rebus ayam dengan serai, daun salam, dan lengkuas. Tumis bumbu halus, lalu masukkan ke dalam kaldu. Sajikan dengan soun, tauge, dan telur rebus.
@@ finance
Mulai bulan depan, rekening untuk pembayaran sewa berganti. Detail rekening baru ada di lampiran. Rekening lama masih bisa dipakai selama dua minggu.
@@ hr
Jam istirahat makan siang mulai Senin depan berubah menjadi pukul 12.00 sampai 13.00. Mohon diperhatikan.
@@ sports
Pendaftaran turnamen futsal antarkampung sudah dibuka. Setiap tim minimal delapan pemain. Pertandingan digelar Sabtu sore di lapangan desa.
`;
