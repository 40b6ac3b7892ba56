/** Name parts for pesantren and their contact people (data only). */

const list = (s: string) => s.split(',').map((x) => x.trim());

/** Distinctive (mostly Arabic) parts of pesantren names; each is followed by a place. */
export const PESANTREN_BASES = list(`
  Al-Hikmah, Darul Ulum, Miftahul Huda, Al-Falah, Nurul Iman, Baitul Hikmah, Al-Ittihad, Daarut Tauhiid,
  Sirojul Munir, Al-Musaddadiyah, Al-Basyariyah, Riyadlul Jannah, Darussalam, Al-Ikhlas, Nurul Huda,
  Al-Hidayah, Miftahul Ulum, Al-Barokah, Al-Amin, Darul Falah, Al-Muhajirin, Al-Furqon, Baitul Quran,
  Daarul Quran, Al-Mubarok, Nurul Falah, Riyadlus Sholihin, Al-Jawahir, Manbaul Ulum, Al-Mukhtar,
  Raudlatul Ulum, Raudhatul Muta'allimin, Al-Istiqomah, Al-Kautsar, Nurul Hidayah, Al-Fatah, Bahrul Ulum,
  Tarbiyatul Falah, Al-Wasilah, Fathul Huda, Hidayatul Mubtadiin, Al-Irsyad, Babussalam, Nurul Anwar,
  Al-Azhar, Al-Mustaqim, Mathlaul Anwar, Al-Khoeriyah, Bustanul Ulum, Sabilul Huda, Darul Muttaqin,
  Al-Hasaniyah, Assalafiyah, Al-Qur'aniyah, Al-Bayan, Asy-Syifa, At-Taqwa, Al-Inayah, Minhajul Karomah,
  Sulalatul Huda, Nurul Hikmah, Al-Fadhilah, Daarul Hikam, Al-Mizan, Baitul Arqom, Al-Ishlah,
  Al-Mu'awanah, Darul Arqam, Al-Ma'mur, Fauzul Muslimin, Miftahul Falah, Cahaya Qur'an, Al-Munawwarah,
  Nurul Islam, Daarul Ma'arif, Al-Matuq, Hidayatussalikin, Al-Huda, Baitussalam, Al-Misbah
`);

/** Well-known pesantren named after their own village, in their home region (used without a place). */
export const LANDMARK_PESANTREN: readonly (readonly [string, string])[] = [
  ['Cipasung', 'kabupaten-tasikmalaya'],
  ['Sukahideng', 'kabupaten-tasikmalaya'],
  ['Sukamanah', 'kabupaten-tasikmalaya'],
  ['Suryalaya', 'kabupaten-tasikmalaya'],
  ['Buntet', 'kabupaten-cirebon'],
  ['Babakan Ciwaringin', 'kabupaten-cirebon'],
  ['Cidewa', 'kabupaten-ciamis'],
  ['Gentur', 'kabupaten-cianjur'],
];

/** Weighted ways to write "pesantren" in front of the name. */
export const PESANTREN_PREFIXES: readonly (readonly [string, number])[] = [
  ['Pondok Pesantren', 70],
  ['Ponpes', 15],
  ['Pesantren', 15],
];

/** Persatuan Islam schools are numbered ("Pesantren Persatuan Islam 76 Tarogong"). */
export const PERSIS = 'Persatuan Islam';

export const MALE_GIVEN = list(`
  Ahmad, Muhammad, Asep, Ujang, Dadang, Cecep, Deden, Endang, Iwan, Yayan, Dede, Ade, Aceng, Agus, Ajat,
  Encep, Engkus, Hasan, Husein, Ridwan, Hilman, Luthfi, Zaenal, Syamsul, Fikri, Irfan, Ihsan, Abdul Rohman,
  Abdul Rosyid, Abdul Halim, Ahmad Fauzi, Muhammad Ilyas, Yusuf, Maman, Usep, Jajang, Dudung, Ruhiyat,
  Mamat, Ii, Wawan, Rahmat, Aang, Oman, Nanang, Atep, Amin
`);

export const FEMALE_GIVEN = list(`
  Euis, Neneng, Imas, Iis, Enok, Yeni, Ela, Nining, Cucu, Tuti, Eneng, Lilis, Rina, Wiwin, Siti, Nurul,
  Aisyah, Fitri, Ai, Popon, Dewi, Nia, Ratna, Hani, Yuyun, Kokom, Teti
`);

export const SURNAMES = list(`
  Saepudin, Hidayat, Mulyana, Suryana, Permana, Kurniawan, Nugraha, Ramdani, Firmansyah, Hermawan, Sopandi,
  Rohmat, Supriatna, Gunawan, Setiawan, Sudrajat, Kusnadi, Hamdani, Abdullah, Maulana, Fauzan, Hakim,
  Munawar, Syarifudin, Solihin, Jaelani, Rukmana, Hendrawan, Mubarok, Nurdin, Sobari, Zakaria, Hambali,
  Kosasih, Sulaeman, Rosadi, Muhyidin, Fadilah
`);

export const FEMALE_SURNAMES = list(`
  Komariah, Rohmah, Nurhasanah, Maryam, Fatimah, Hasanah, Rahmawati, Nurjanah, Kurniasih, Sumiati,
  Latifah, Mulyani, Rosita, Halimah, Aminah, Sholihah, Nurlaela, Jubaedah
`);

export const MALE_TITLES: readonly (readonly [string, number])[] = [
  ['KH.', 12],
  ['Ust.', 30],
  ['H.', 18],
  ['', 40],
];
export const FEMALE_TITLES: readonly (readonly [string, number])[] = [
  ['Hj.', 25],
  ['Ustadzah', 25],
  ['', 50],
];
/** Occasional academic degrees after the name. */
export const DEGREES = list('S.Pd.I., M.Ag., S.E., S.Sos., S.Pd., Lc., S.H.I.');

/** Indonesian mobile prefixes (without the leading 0) of the big operators. */
export const MOBILE_PREFIXES = list(`
  811, 812, 813, 821, 822, 823, 851, 852, 853, 814, 815, 816, 855, 856, 857, 858, 817, 818, 819, 859, 877,
  878, 831, 832, 838, 895, 896, 897, 898, 899, 881, 882, 883, 887, 888
`);

/** Reasons the organiser gave when rejecting an application. */
export const REJECTION_REASONS = [
  'Dokumen izin operasional pesantren dari Kemenag belum dilampirkan.',
  'Produk yang didaftarkan merupakan produk reseller, bukan hasil produksi pesantren sendiri.',
  'Pendaftaran ganda: pesantren ini sudah terdaftar melalui akun lain.',
  'Foto dan deskripsi produk belum memenuhi ketentuan kurasi panitia.',
  'Produk pangan belum memiliki izin edar (P-IRT/BPOM) maupun sertifikat halal.',
  'Nomor WhatsApp narahubung tidak dapat dihubungi selama masa verifikasi.',
  'Pesantren belum terdaftar sebagai peserta program OPOP Jawa Barat tahun 2020.',
  'Kategori yang dipilih tidak sesuai dengan produk yang didaftarkan.',
  'Kapasitas produksi belum memadai untuk temu bisnis dengan pembeli grosir.',
];
