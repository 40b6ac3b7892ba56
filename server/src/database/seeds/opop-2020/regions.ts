import { REGIONS, REGION_CODES } from '@pameran/contracts';

/** Per-region data for West Java's 27 kabupaten/kota, keyed by region code. */
interface RegionInfo {
  /** BPS code (province 32 + regency), used in P-IRT numbers. */
  bps: string;
  /** Relative number of pesantren; the priangan regencies have by far the most. */
  weight: number;
  /** Kecamatan/kelurahan names (comma-separated), the place part of a pesantren's name. */
  places: string;
}

const REGION_TABLE: Record<string, RegionInfo> = {
  'kabupaten-bandung': {
    bps: '3204',
    weight: 30,
    places:
      'Soreang, Ciparay, Majalaya, Pangalengan, Banjaran, Cileunyi, Rancaekek, Ciwidey, Baleendah, Cicalengka',
  },
  'kabupaten-bandung-barat': {
    bps: '3217',
    weight: 14,
    places: 'Ngamprah, Lembang, Padalarang, Cisarua, Cililin, Batujajar, Parongpong, Cipatat, Gununghalu',
  },
  'kabupaten-bekasi': {
    bps: '3216',
    weight: 12,
    places: 'Cikarang, Tambun, Cibitung, Setu, Babelan, Sukatani, Tarumajaya, Pebayuran, Cibarusah',
  },
  'kabupaten-bogor': {
    bps: '3201',
    weight: 42,
    places:
      'Cibinong, Leuwiliang, Ciawi, Megamendung, Jonggol, Parung, Ciampea, Cileungsi, Caringin, Citeureup, Jasinga, Cigudeg',
  },
  'kabupaten-ciamis': {
    bps: '3207',
    weight: 22,
    places: 'Kawali, Panjalu, Banjarsari, Rancah, Cikoneng, Panawangan, Cihaurbeuti, Sadananya, Cipaku',
  },
  'kabupaten-cianjur': {
    bps: '3203',
    weight: 45,
    places:
      'Cugenang, Pacet, Cibeber, Sukanagara, Warungkondang, Cilaku, Ciranjang, Sindangbarang, Karangtengah, Cipanas, Cidaun',
  },
  'kabupaten-cirebon': {
    bps: '3209',
    weight: 20,
    places: 'Sumber, Arjawinangun, Plumbon, Weru, Palimanan, Ciwaringin, Astanajapura, Gegesik, Kedawung',
  },
  'kabupaten-garut': {
    bps: '3205',
    weight: 50,
    places:
      'Tarogong, Cibatu, Wanaraja, Samarang, Limbangan, Kadungora, Cikajang, Bayongbong, Cisurupan, Leles, Malangbong, Karangpawitan, Sukawening',
  },
  'kabupaten-indramayu': {
    bps: '3212',
    weight: 10,
    places: 'Jatibarang, Haurgeulis, Kertasemaya, Losarang, Sindang, Karangampel, Lohbener, Juntinyuat',
  },
  'kabupaten-karawang': {
    bps: '3215',
    weight: 16,
    places: 'Rengasdengklok, Cikampek, Telagasari, Jatisari, Klari, Pedes, Cilamaya, Kutawaluya',
  },
  'kabupaten-kuningan': {
    bps: '3208',
    weight: 12,
    places: 'Cilimus, Ciawigebang, Luragung, Jalaksana, Kadugede, Cigugur, Mandirancan, Garawangi',
  },
  'kabupaten-majalengka': {
    bps: '3210',
    weight: 12,
    places: 'Jatiwangi, Kadipaten, Talaga, Rajagaluh, Maja, Cigasong, Jatitujuh, Leuwimunding',
  },
  'kabupaten-pangandaran': {
    bps: '3218',
    weight: 6,
    places: 'Parigi, Cijulang, Kalipucang, Padaherang, Cimerak, Sidamulih, Mangunjaya',
  },
  'kabupaten-purwakarta': {
    bps: '3214',
    weight: 10,
    places: 'Plered, Wanayasa, Campaka, Darangdan, Bungursari, Jatiluhur, Bojong, Tegalwaru',
  },
  'kabupaten-subang': {
    bps: '3213',
    weight: 14,
    places: 'Pagaden, Kalijati, Jalancagak, Ciasem, Pamanukan, Cijambe, Sagalaherang, Pabuaran, Cibogo',
  },
  'kabupaten-sukabumi': {
    bps: '3202',
    weight: 40,
    places:
      'Palabuhanratu, Cibadak, Cicurug, Parungkuda, Jampangkulon, Cisaat, Cikembar, Surade, Nagrak, Cidahu, Kadudampit',
  },
  'kabupaten-sumedang': {
    bps: '3211',
    weight: 14,
    places: 'Tanjungsari, Jatinangor, Darmaraja, Conggeang, Cimalaka, Situraja, Paseh, Tomo, Rancakalong',
  },
  'kabupaten-tasikmalaya': {
    bps: '3206',
    weight: 60,
    places:
      'Singaparna, Manonjaya, Ciawi, Cineam, Rajapolah, Cigalontang, Leuwisari, Salawu, Pagerageung, Cisayong, Sukarame, Karangnunggal, Cikatomas, Salopa',
  },
  'kota-bandung': {
    bps: '3273',
    weight: 8,
    places: 'Gegerkalong, Cibiru, Ujungberung, Arcamanik, Sukajadi, Cicadas, Antapani, Cicendo',
  },
  'kota-banjar': { bps: '3279', weight: 3, places: 'Pataruman, Langensari, Purwaharja, Hegarsari' },
  'kota-bekasi': {
    bps: '3275',
    weight: 5,
    places: 'Bantargebang, Jatiasih, Pondokgede, Mustikajaya, Rawalumbu, Jatisampurna',
  },
  'kota-bogor': {
    bps: '3271',
    weight: 5,
    places: 'Empang, Kedunghalang, Cimahpar, Mulyaharja, Loji, Kayumanis',
  },
  'kota-cimahi': { bps: '3277', weight: 3, places: 'Cibabat, Leuwigajah, Cipageran, Melong, Cigugur Tengah' },
  'kota-cirebon': { bps: '3274', weight: 3, places: 'Kesambi, Harjamukti, Kejaksan, Lemahwungkuk, Kalijaga' },
  'kota-depok': {
    bps: '3276',
    weight: 5,
    places: 'Sawangan, Cimanggis, Beji, Limo, Cinere, Tapos, Cilodong',
  },
  'kota-sukabumi': { bps: '3272', weight: 4, places: 'Cikole, Gunungpuyuh, Warudoyong, Baros, Lembursitu' },
  'kota-tasikmalaya': {
    bps: '3278',
    weight: 10,
    places: 'Cibeureum, Cipedes, Indihiang, Kawalu, Tamansari, Mangkubumi, Cihideung, Purbaratu',
  },
};

/** "Kabupaten Garut" / "Kota Bandung" in English: "Garut Regency" / "Bandung City". */
export function regionLabelEn(code: string): string {
  const r = REGIONS[REGION_CODES.indexOf(code)];
  return r ? `${r.name} ${r.kind === 'kota' ? 'City' : 'Regency'}` : code;
}

export const REGION_INFO: Record<string, RegionInfo> = REGION_TABLE;

/** Places of a region, parsed once. */
const PLACES = new Map(
  Object.entries(REGION_TABLE).map(([code, info]) => [code, info.places.split(',').map((p) => p.trim())]),
);

export function placesOf(code: string): readonly string[] {
  const places = PLACES.get(code);
  if (!places) throw new RangeError(`unknown region ${code}`);
  return places;
}
