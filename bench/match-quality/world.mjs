// A generated fair for the quality bench. Buyers have a LATENT intent (product kinds they want, the
// certifications and volume they truly need) drawn with no reference to the scorer; what the scorer sees is
// derived from it with noise: a partial profile (some kinds named, sometimes by one word, sometimes
// wrongly; certifications and volume often left out) and behaviour (visits pulled by booth popularity as
// much as by fit, a few shortlists and chats). Ground truth comes from the latent intent only.

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const logNormal = (r, mu, sigma) => {
  const u = Math.max(r(), 1e-12);
  return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r()));
};

/** Product kinds per category: [Indonesian name, English name]. */
const KINDS = {
  makanan: [
    ['keripik singkong', 'cassava chips'],
    ['keripik pisang', 'banana chips'],
    ['sambal bawang', 'shallot chilli sauce'],
    ['dodol garut', 'garut dodol'],
    ['rendang daging', 'beef rendang'],
    ['kue kering', 'butter cookies'],
  ],
  minuman: [
    ['kopi arabika', 'arabica coffee'],
    ['kopi robusta', 'robusta coffee'],
    ['teh hijau', 'green tea'],
    ['sirup pala', 'nutmeg syrup'],
    ['madu hutan', 'forest honey'],
    ['jahe merah instan', 'instant red ginger'],
  ],
  aksesoris: [
    ['tas anyaman', 'woven bag'],
    ['gelang kayu', 'wooden bracelet'],
    ['dompet kulit', 'leather wallet'],
    ['bros batik', 'batik brooch'],
    ['kalung mutiara', 'pearl necklace'],
    ['topi bambu', 'bamboo hat'],
  ],
  fesyen: [
    ['batik tulis', 'hand-drawn batik'],
    ['gamis muslimah', 'muslim dress'],
    ['kerudung voal', 'voile hijab'],
    ['peci rajut', 'knitted cap'],
    ['sarung tenun', 'woven sarong'],
    ['jaket denim', 'denim jacket'],
  ],
  kerajinan: [
    ['wayang golek', 'wooden puppet'],
    ['anyaman rotan', 'rattan weave'],
    ['lampu bambu', 'bamboo lamp'],
    ['tikar pandan', 'pandan mat'],
    ['gerabah hias', 'decorative pottery'],
    ['ukiran kayu', 'wood carving'],
  ],
  pertanian_perkebunan: [
    ['beras organik', 'organic rice'],
    ['gula aren', 'palm sugar'],
    ['vanili kering', 'dried vanilla'],
    ['cengkeh', 'cloves'],
    ['kakao fermentasi', 'fermented cocoa'],
    ['lada hitam', 'black pepper'],
  ],
  peternakan: [
    ['telur ayam kampung', 'free-range eggs'],
    ['domba garut', 'garut sheep'],
    ['susu kambing', 'goat milk'],
    ['abon sapi', 'beef floss'],
    ['ikan lele asap', 'smoked catfish'],
    ['madu klanceng', 'stingless bee honey'],
  ],
  lainnya: [
    ['sabun herbal', 'herbal soap'],
    ['minyak atsiri', 'essential oil'],
    ['kitab terjemah', 'translated books'],
    ['kaligrafi', 'calligraphy'],
    ['parfum non alkohol', 'alcohol-free perfume'],
    ['pupuk kompos', 'compost fertiliser'],
  ],
};
export const CATEGORIES = Object.keys(KINDS);
const FOOD = new Set(['makanan', 'minuman', 'peternakan', 'pertanian_perkebunan']);
const VARIANTS = [
  'premium',
  'original',
  'pedas',
  'spesial',
  'kemasan 250 g',
  'grade A',
  'curah',
  'oleh-oleh',
];

function exhibitorOf(r, i) {
  const category = CATEGORIES[i % CATEGORIES.length];
  const kinds = KINDS[category];
  const specialties = [...new Set(Array.from({ length: int(r, 1, 3) }, () => int(r, 0, kinds.length - 1)))];
  const food = FOOD.has(category);
  const halal = food && r() < 0.7;
  const bpom = food && r() < 0.3;
  const pirt = food && !bpom && r() < 0.5;
  const exportReady = r() < 0.3;
  const scale = logNormal(r, 6.5, 1.2); // monthly units this pesantren can make
  const products = Array.from({ length: int(r, 8, 20) }, (_, j) => {
    const k = r() < 0.95 ? pick(r, specialties) : int(r, 0, kinds.length - 1);
    const [id, en] = kinds[k];
    return {
      id: `x${i}p${j}`,
      kind: `${category}:${k}`,
      category,
      text: `${id} ${pick(r, VARIANTS)} ${en}`.toLowerCase(),
      halal: halal && r() < 0.95,
      pirt: pirt && r() < 0.9,
      bpom: bpom && r() < 0.9,
      exportReady: exportReady && r() < 0.9,
      minOrder: r() < 0.15 ? int(r, 200, 2000) : int(r, 1, 50),
      monthlyCapacity: r() < 0.7 ? Math.round(scale * logNormal(r, 0, 0.3)) : null,
    };
  });
  // How much the crowd is drawn to this booth, whatever anyone needs (name, colours, place in the hall).
  const appeal = logNormal(r, 0, 1);
  return { id: `x${i}`, category, products, appeal };
}

// Demand is uneven, as at the real fair: food and drinks are sought far more than crafts.
const DEMAND = [0.3, 0.25, 0.05, 0.1, 0.05, 0.12, 0.08, 0.05];
function demandedCategory(r) {
  let t = r();
  return CATEGORIES.find((_, i) => (t -= DEMAND[i]) <= 0) ?? CATEGORIES[0];
}

function intentOf(r) {
  const category = demandedCategory(r);
  const wants = [...new Set(Array.from({ length: int(r, 1, 3) }, () => `${category}:${int(r, 0, 5)}`))];
  if (r() < 0.3) {
    const other = pick(r, CATEGORIES);
    wants.push(`${other}:${int(r, 0, 5)}`);
  }
  const abroad = r() < 0.6;
  const needs = [];
  if (FOOD.has(category) && r() < 0.6) needs.push('halal');
  if (abroad && r() < 0.6) needs.push('export');
  if (FOOD.has(category) && r() < 0.15) needs.push('bpom');
  return { wants, needs, volume: Math.round(logNormal(r, 6, 1.3)), abroad };
}

const kindWords = (key) => {
  const [category, k] = key.split(':');
  return KINDS[category][Number(k)];
};

/** What the buyer wrote: a partial, noisy picture of the intent. */
function profileOf(r, intent) {
  const categories = new Set();
  const terms = [];
  for (const key of intent.wants) {
    if (r() < 0.6) categories.add(key.split(':')[0]);
    if (r() < 0.5) {
      const [id, en] = kindWords(key);
      const name = r() < 0.6 ? id : en;
      terms.push(r() < 0.3 ? name.split(' ')[0] : name); // "keripik" for "keripik singkong"
    }
  }
  if (r() < 0.15) categories.add(pick(r, CATEGORIES)); // ticked one too many
  if (r() < 0.1) {
    const [id] = kindWords(`${pick(r, CATEGORIES)}:${int(r, 0, 5)}`);
    terms.push(id); // a product they mentioned but do not really want
  }
  const certifications = intent.needs.filter(() => r() < 0.6);
  return {
    categories: [...categories],
    terms,
    certifications,
    monthlyVolume: r() < 0.5 ? Math.round(intent.volume * logNormal(r, 0, 0.4)) : null,
  };
}

/** How well an exhibitor truly serves the intent: 2 (wanted kind meeting every need), 1 (kind only), 0. */
export function relevance(intent, exhibitor) {
  let best = 0;
  for (const p of exhibitor.products) {
    if (!intent.wants.includes(p.kind)) continue;
    const certs = intent.needs.every((c) =>
      c === 'halal' ? p.halal : c === 'export' ? p.exportReady : c === 'bpom' ? p.bpom : p.pirt,
    );
    const capacity = p.monthlyCapacity === null || p.monthlyCapacity >= intent.volume * 0.5;
    const moq = p.minOrder <= intent.volume;
    best = Math.max(best, certs && capacity && moq ? 2 : 1);
    if (best === 2) break;
  }
  return best;
}

/** The whole fair: exhibitors, buyers (intent, profile, behaviour per exhibitor), crowd visits per booth. */
export function generateFair(seed, { exhibitors = 500, buyers = 300 } = {}) {
  const r = rng(seed);
  const xs = Array.from({ length: exhibitors }, (_, i) => exhibitorOf(r, i));
  const totalAppeal = xs.reduce((s, x) => s + x.appeal, 0);
  const crowdVisits = new Map(xs.map((x) => [x.id, 0]));
  const people = Array.from({ length: buyers }, (_, b) => {
    const intent = intentOf(r);
    const profile = profileOf(r, intent);
    const behaviour = new Map();
    const active = r() < 0.5; // half the buyers have walked the hall before asking for suggestions
    const visits = active ? int(r, 3, 25) : 0;
    for (let v = 0; v < visits; v++) {
      // A visit goes to a booth drawn by appeal, or (less often) to one that truly fits.
      let x;
      if (r() < 0.65) {
        let t = r() * totalAppeal;
        x = xs.find((e) => (t -= e.appeal) <= 0) ?? xs[xs.length - 1];
      } else {
        const fits = xs.filter((e) => intent.wants.some((w) => e.products.some((p) => p.kind === w)));
        x = fits.length ? pick(r, fits) : pick(r, xs);
      }
      const did = behaviour.get(x.id) ?? { shortlisted: 0, visits: 0, chats: 0, whatsapp: 0 };
      did.visits += 1;
      const rel = relevance(intent, x);
      if (rel > 0 && r() < 0.3) did.shortlisted += 1;
      if (r() < 0.1 + 0.15 * rel) did.chats += 1;
      if (rel === 2 && r() < 0.1) did.whatsapp += 1;
      behaviour.set(x.id, did);
    }
    return { id: `b${b}`, intent, profile, behaviour };
  });
  // The crowd: visitors who are not these buyers, drawn by appeal, or by a need of their own drawn from the
  // same demand (so popular booths are partly those selling what many want: a fair baseline).
  for (let v = 0; v < exhibitors * 40; v++) {
    let x;
    if (r() < 0.4) {
      const want = intentOf(r).wants[0];
      const fits = xs.filter((e) => e.products.some((p) => p.kind === want));
      x = fits.length ? pick(r, fits) : pick(r, xs);
    } else {
      let t = r() * totalAppeal;
      x = xs.find((e) => (t -= e.appeal) <= 0) ?? xs[xs.length - 1];
    }
    crowdVisits.set(x.id, crowdVisits.get(x.id) + 1);
  }
  for (const p of people)
    for (const [id, did] of p.behaviour) crowdVisits.set(id, crowdVisits.get(id) + did.visits);
  return { exhibitors: xs, buyers: people, crowdVisits };
}
