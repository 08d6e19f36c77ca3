import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import subdivisions from 'country-region-data/data.json';
import { isCountryCode } from '../countries';
import { foldAccents } from '../names';
import { countryOfTown } from './towns';

/**
 * Countries and cities as readouts name them, in the five languages. Country names come from
 * i18n-iso-countries; adjectives ("Belgian", "belge", "kasachische") from word stems below, since no
 * library lists demonyms; cities from a gazetteer of the capitals and the cities missions visit.
 */

/**
 * Stems of countries' names and adjectives in en, fr, it, de, nl: a word starting with one, at most
 * a few letters longer, names the country. One list for all five languages, since they rarely clash.
 */
const countryStems: Record<string, string[]> = {
  // Belgium's regions speak for it in readouts: "la Wallonie", "Flemish companies", "de Vlaamse regering".
  BE: ['belg', 'wallon', 'walloon', 'vallon', 'flemish', 'flamand', 'flandre', 'flanders', 'vlaams', 'vlaanderen', 'fiamming', 'fiandre'],
  LU: ['luxemb', 'lussemb'],
  NL: ['netherland', 'dutch', 'neerland', 'olandes', 'oland', 'niederland', 'nederland', 'hollan'],
  // A region's adjective speaks for its country too: "Bayerisches Wirtschaftsministerium", "la Regione lombarda", "die steirische Delegation".
  DE: [
    'german',
    'allemand',
    'allemagne',
    'tedesc',
    'deutsch',
    'duits',
    'bayerisch',
    'bavarian',
    'bavares',
    'bavarois',
    'sachsisch',
    'hessisch',
    'thuringisch',
    'badisch',
    'wurttembergisch',
    'nordrhein-westfalisch',
    'niedersachsisch',
    'saarlandisch',
    'mecklenburgisch',
  ],
  FR: ['france', 'french', 'francais', 'frances', 'francia', 'franzos', 'frankreich', 'frans', 'frankrijk', 'breton', 'bretonn', 'alsacien'],
  IT: [
    'ital',
    'lombardo',
    'lombarda',
    'lombardi',
    'lombarde',
    'piemontes',
    'toscano',
    'toscani',
    'toscane',
    'emilian',
    'ligure',
    'liguri',
    'friulan',
    'sicilian',
    'pugliese',
    'marchigian',
    'calabres',
    'abruzzes',
    'umbre',
    'umbro',
  ],
  ES: ['spain', 'spanish', 'espagn', 'spagn', 'spanien', 'spanisch', 'spanje', 'spaans', 'catalan', 'andaluz', 'andalous'],
  PT: ['portug', 'portoghes'],
  GB: ['british', 'britann', 'britain', 'britan', 'brits', 'britisch', 'scottish', 'ecossais', 'scozzese', 'schottisch', 'schots'],
  IE: ['irish', 'irland', 'irlanda', 'ierland', 'iers', 'irisch'],
  AT: [
    'austria',
    'autrich',
    'osterreich',
    'oberosterreich',
    'niederosterreich',
    'oostenrijk',
    'steirisch',
    'styrian',
    'karntner',
    'carinthian',
    'carinzian',
    'stirian',
    'vorarlberger',
    'burgenlandisch',
  ],
  CH: ['swiss', 'switzerland', 'suisse', 'svizzer', 'schweiz', 'zwitser', 'ticines', 'tessiner', 'vaudois', 'genevois', 'bernois'],
  PL: ['polish', 'poland', 'polon', 'polen', 'polnisch', 'pools', 'polacc'],
  CZ: ['czech', 'tchequ', 'cec', 'tschech', 'tsjech'],
  HU: ['hungar', 'hongr', 'ungher', 'ungar', 'hongaar'],
  RO: ['roman', 'roumain', 'rumaen', 'rumän', 'roeme', 'rumen'],
  BG: ['bulgar', 'bulgaa'],
  GR: ['greece', 'greek', 'grece', 'grec', 'griech', 'grieken', 'grieks'],
  HR: ['croat', 'kroat'],
  RS: ['serbia', 'serbian', 'serbie', 'serbe', 'serbien', 'servie', 'servisch', 'serbisch', 'serbo'],
  AL: ['albani', 'albanais', 'albanes', 'albanees'],
  XK: ['kosov'],
  MK: ['macedon', 'mazedon', 'nordmazedon'],
  ME: ['montenegr'],
  BA: ['bosni'],
  DK: ['danish', 'denmark', 'danois', 'danemark', 'danimar', 'danes', 'danisch', 'daenemark', 'denemarken', 'deens'],
  SE: ['swed', 'suede', 'sved', 'schwed', 'zweden', 'zweeds', 'suedois', 'svedes'],
  NO: ['norw', 'norveg', 'norv', 'noors'],
  FI: ['finland', 'finnish', 'finland', 'finlandais', 'finlandes', 'finnisch', 'fins'],
  EE: ['estoni', 'eston', 'estland', 'ests', 'estnisch'],
  LV: ['latvi', 'letton', 'lettland', 'letland', 'lets', 'lettisch'],
  LT: ['lithuan', 'lituan', 'litau', 'litouw'],
  UA: ['ukrain', 'ucrain', 'oekra'],
  MD: ['moldov', 'moldav', 'moldau'],
  BY: ['belarus', 'bielorus'],
  RU: ['russia', 'russe', 'russ', 'rusland', 'russisch'],
  TR: ['turk', 'turch', 'turqu', 'turc'],
  GE: ['georgia', 'georgie', 'georgien', 'georgisch', 'georgian', 'georgiano'],
  AM: ['armeni', 'armeens', 'armeno', 'armenisch'],
  AZ: ['azerbaij', 'azerbaig', 'aserbaid', 'azerbeid', 'azeri', 'aserbaidschan', 'azerbaidjan', 'azero', 'azerbeidzjan'],
  KZ: ['kazakh', 'kazak', 'kasach', 'kazach'],
  UZ: ['uzbek', 'ouzbek', 'usbek', 'oezbe'],
  KG: ['kyrgyz', 'kirghiz', 'kirgis', 'kirgiz', 'kirghis'],
  TJ: ['tajik', 'tadjik', 'tagik', 'tadschik', 'tadzjik', 'tadzjiek'],
  TM: ['turkmen'],
  MN: ['mongol'],
  CN: ['china', 'chinese', 'chine', 'chinois', 'cines', 'chines', 'chinesisch'],
  JP: ['japan', 'japon', 'giappon', 'japans'],
  KR: ['korea', 'coree', 'corea', 'koreaans'],
  IN: ['india', 'indien', 'indiaas', 'indisch', 'indiano'],
  US: ['american', 'america', 'americain', 'statunit', 'amerikan', 'amerikaans'],
  CA: ['canad', 'kanad', 'quebecois', 'quebecker'],
  BR: ['brazil', 'bresil', 'brasil'],
  MX: ['mexic', 'messic', 'mexik'],
  MA: ['morocc', 'maroc', 'marocc', 'marokk', 'marokk'],
  DZ: ['alger', 'algeri'],
  TN: ['tunisi', 'tunesi'],
  EG: ['egypt', 'egitt', 'agypt', 'egypt', 'egizi'],
  SN: ['senegal'],
  CI: ['ivoir', 'ivorian', 'ivoriaan'],
  NG: ['nigeria'],
  ZA: ['south africa', 'sudafric', 'sudafrik', 'sud-afric', 'zuid-afrika'],
  KE: ['kenya', 'kenia', 'keniaan'],
  RW: ['rwand', 'ruand'],
  IL: ['israel'],
  SA: ['saudi', 'saoudi', 'saudit'],
  AE: ['emirat', 'emirati'],
  QA: ['qatar', 'katar'],
  IR: ['iran'],
  AU: ['australi'],
  VN: ['vietnam'],
  CD: ['congol', 'kongoles', 'congolais', 'congoles'],
  AR: ['argentin'],
  SI: ['sloven', 'slowen', 'sloveens'],
  SK: ['slovak', 'slowak'],
  CY: ['cypr', 'chypr', 'cipr', 'zypr'],
  MT: ['malt'],
  IS: ['iceland', 'islanda', 'islandisch', 'ijsland'],
  GH: ['ghana', 'ghane'],
  ET: ['ethiop', 'etiop', 'athiop'],
  TZ: ['tanzan', 'tansan'],
  UG: ['ugand', 'oegand'],
  CM: ['cameroon', 'cameroun', 'camerun', 'kamerun'],
  ML: ['malian', 'malien', 'malies'],
  LB: ['leban', 'liban'],
  IQ: ['iraq', 'irak'],
  PK: ['pakistan'],
  BD: ['banglad'],
  TH: ['thai'],
  ID: ['indones'],
  MY: ['malaysi', 'malaisi', 'malesi', 'maleisi'],
  PH: ['philippin', 'filippin', 'filipijn', 'filipino'],
  SG: ['singap'],
  CL: ['chilean', 'chilien', 'cilen', 'chilen'],
  CO: ['colombi', 'kolumbi'],
  PE: ['peruvian', 'peruvien', 'peruan'],
  AF: ['afghan'],
  LY: ['libya', 'libyan', 'libye', 'libyen', 'libic', 'libisch'],
  SD: ['sudan', 'soudan'],
};

/** Capitals and the cities missions visit, with their names in the five languages; the first is the English form. */
const cityNames: Record<string, string[]> = {
  BE: [
    'Brussels|Bruxelles|Brussel|Brüssel',
    'Antwerp|Anvers|Anversa|Antwerpen',
    'Ghent|Gand|Gent',
    'Liège|Luik|Lüttich|Liegi',
    'Bruges|Brugge|Brügge',
    'Leuven|Louvain',
    'Namur|Namen',
    'Mons|Bergen',
    'Charleroi',
    'Hasselt',
    'Mechelen|Malines',
    'Kortrijk|Courtrai',
    'Ostend|Ostende|Oostende',
    'Zeebrugge',
    'Wavre|Waver',
    'Louvain-la-Neuve',
    'Eupen',
  ],
  LU: ['Luxembourg|Luxemburg|Lussemburgo', 'Esch-sur-Alzette', 'Schengen', 'Kirchberg'],
  NL: [
    'Arnhem',
    'Nijmegen|Nimègue',
    'Haarlem',
    'Zwolle',
    'Tilburg',
    'Breda',
    "'s-Hertogenbosch|Den Bosch|Bois-le-Duc",
    'Amsterdam',
    "The Hague|La Haye|L’Aia|L'Aia|Den Haag|Den Haag",
    'Rotterdam',
    'Utrecht',
    'Eindhoven',
    'Maastricht',
    'Groningen',
    'Leiden|Leyde',
    'Delft',
    'Wageningen',
  ],
  DE: [
    'Berlin|Berlino',
    'Munich|Munich|Monaco di Baviera|München',
    'Frankfurt|Francfort|Francoforte',
    'Hamburg|Hambourg|Amburgo',
    'Cologne|Köln|Colonia|Keulen',
    'Düsseldorf',
    'Bonn',
    'Stuttgart|Stoccarda',
    'Leipzig|Lipsia',
    'Dresden|Dresde|Dresda',
    'Hanover|Hanovre|Hannover',
    'Aachen|Aix-la-Chapelle|Aquisgrana|Aken',
    'Potsdam',
    'Mainz|Mayence|Magonza',
    'Saarbrücken|Sarrebruck',
    'Wiesbaden',
    'Erfurt',
    'Magdeburg',
    'Schwerin',
    'Kiel',
    'Bremen|Brême',
    'Nuremberg|Nürnberg|Norimberga|Neurenberg',
    'Karlsruhe',
    'Freiburg|Fribourg-en-Brisgau',
    'Trier|Trèves|Treviri',
  ],
  FR: [
    'Paris|Parigi|Parijs',
    'Strasbourg|Strasburgo|Straßburg|Straatsburg',
    'Lyon|Lione',
    'Marseille|Marsiglia',
    'Lille|Rijsel',
    'Toulouse|Tolosa',
    'Bordeaux',
    'Nice|Nizza',
    'Nantes',
    'Montpellier',
    'Rennes',
    'Grenoble',
    'Le Havre',
    'Dunkirk|Dunkerque|Duinkerke',
    'Metz',
  ],
  IT: [
    'Parma|Parme',
    'Verona|Vérone',
    'Padua|Padoue|Padova',
    'Bari',
    'Palermo|Palerme',
    'Cagliari',
    'Ancona|Ancône',
    'Perugia|Pérouse',
    'Rome|Roma|Rom',
    'Milan|Milano|Mailand',
    'Turin|Torino',
    'Naples|Napoli|Neapel|Napels',
    'Florence|Firenze|Florenz',
    'Venice|Venise|Venezia|Venedig|Venetië',
    'Genoa|Gênes|Genova|Genua',
    'Bologna|Bologne',
    'Trieste|Triest',
  ],
  ES: [
    'Madrid',
    'Barcelona|Barcelone',
    'Valencia|Valence',
    'Seville|Séville|Siviglia|Sevilla',
    'Bilbao',
    'Malaga|Málaga',
    'Zaragoza|Saragosse|Saragozza|Saragossa',
  ],
  PT: ['Lisbon|Lisbonne|Lisbona|Lissabon', 'Porto|Oporto'],
  GB: [
    'London|Londres|Londra|Londen',
    'Edinburgh|Édimbourg|Edimburgo',
    'Manchester',
    'Glasgow',
    'Birmingham',
    'Cardiff',
    'Belfast',
    'Liverpool',
    'Aberdeen',
    'Bristol',
  ],
  IE: ['Dublin|Dublino|Dublijn', 'Cork', 'Galway'],
  AT: ['Vienna|Vienne|Wien|Wenen', 'Salzburg|Salzbourg|Salisburgo', 'Graz', 'Linz', 'Innsbruck', 'Klagenfurt', 'Bregenz', 'Sankt Pölten|St. Pölten'],
  CH: [
    'Lugano',
    'Bellinzona',
    'Lucerne|Luzern|Lucerna',
    'St. Gallen|Saint-Gall|San Gallo',
    'Neuchâtel',
    'Geneva|Genève|Ginevra|Genf',
    'Bern|Berne|Berna',
    'Zurich|Zürich|Zurigo',
    'Basel|Bâle|Basilea|Bazel',
    'Lausanne|Losanna',
    'Davos',
  ],
  PL: [
    'Warsaw|Varsovie|Varsavia|Warschau',
    'Kraków|Krakow|Cracovie|Cracovia|Krakau',
    'Gdańsk|Gdansk|Danzig|Danzica',
    'Wrocław|Wroclaw|Breslau|Breslavia',
    'Poznań|Poznan|Posen|Posnania',
    'Łódź|Lodz',
    'Szczecin|Stettin',
    'Katowice',
  ],
  CZ: ['Prague|Praga|Prag|Praag', 'Brno|Brünn', 'Ostrava', 'Znojmo|Znaim', 'Plzeň|Plzen|Pilsen'],
  SK: ['Bratislava', 'Košice|Kosice'],
  HU: ['Budapest', 'Debrecen', 'Szeged'],
  RO: ['Bucharest|Bucarest|Bukarest|Boekarest', 'Cluj-Napoca', 'Timișoara|Timisoara', 'Iași|Iasi', 'Constanța|Constanta'],
  BG: ['Sofia', 'Plovdiv', 'Varna'],
  GR: ['Athens|Athènes|Atene|Athen|Athene', 'Thessaloniki|Salonique|Salonicco|Thessaloniki', 'Piraeus|Le Pirée|Pireo|Piräus'],
  HR: ['Zagreb|Zagabria', 'Rijeka', 'Dubrovnik'],
  SI: ['Ljubljana|Lubiana'],
  RS: ['Belgrade|Belgrado|Belgrad', 'Novi Sad', 'Niš|Nis'],
  AL: ['Tirana', 'Durrës|Durres|Durazzo', 'Shkodër|Shkoder|Shkodra|Scutari', 'Vlorë|Vlore|Valona', 'Elbasan', 'Korçë|Korce|Coriza'],
  XK: ['Pristina|Prishtina|Priština|Prishtinë'],
  MK: ['Skopje'],
  ME: ['Podgorica'],
  BA: ['Sarajevo'],
  DK: ['Copenhagen|Copenhague|Copenaghen|Kopenhagen', 'Aarhus|Århus', 'Esbjerg', 'Odense', 'Aalborg'],
  SE: ['Stockholm|Stoccolma', 'Gothenburg|Göteborg|Goteborg', 'Malmö|Malmo', 'Uppsala'],
  NO: ['Oslo', 'Stavanger', 'Trondheim'],
  FI: ['Helsinki', 'Tampere', 'Turku|Åbo', 'Espoo'],
  EE: ['Tallinn'],
  LV: ['Riga'],
  LT: ['Vilnius'],
  UA: ['Kyiv|Kiev|Kiew|Kyjiw', 'Lviv|Lwów|Lemberg|Leopoli', 'Odesa|Odessa', 'Kharkiv|Kharkov|Charkiw'],
  MD: ['Chișinău|Chisinau'],
  TR: ['Ankara', 'Istanbul|Stamboul|Istanboel', 'Izmir|İzmir|Smyrne|Smirne', 'Bursa', 'Antalya'],
  GE: ['Tbilisi|Tiflis', 'Batumi', 'Kutaisi'],
  AM: ['Yerevan|Erevan|Jerewan'],
  AZ: ['Baku|Bakou', 'Ganja'],
  KZ: [
    'Astana',
    'Almaty',
    'Shymkent',
    'Karaganda|Karaganda|Qaraghandy',
    'Aktau',
    'Atyrau',
    'Turkistan',
    'Aktobe',
    'Pavlodar',
    'Oskemen|Ust-Kamenogorsk',
    'Kostanay',
    'Taraz',
  ],
  UZ: [
    'Tashkent|Tachkent|Taschkent|Tasjkent',
    'Samarkand|Samarcande|Samarcanda',
    'Bukhara',
    'Khiva',
    'Namangan',
    'Andijan',
    'Fergana|Ferghana',
    'Nukus',
    'Termez',
  ],
  KG: ['Bishkek|Bichkek|Bischkek', 'Osh|Osch|Och'],
  TJ: ['Dushanbe|Douchanbé|Duschanbe', 'Khujand'],
  TM: ['Ashgabat|Achgabat'],
  MN: ['Ulaanbaatar|Oulan-Bator'],
  CN: ['Beijing|Pékin|Pechino|Peking', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Hong Kong'],
  JP: ['Tokyo|Tokio', 'Osaka', 'Kyoto'],
  KR: ['Seoul|Séoul'],
  IN: ['New Delhi|New Delhi|Nuova Delhi|Neu-Delhi', 'Mumbai|Bombay', 'Bangalore|Bengaluru', 'Chennai'],
  US: ['Washington', 'New York', 'Chicago', 'San Francisco', 'Los Angeles', 'Boston', 'Houston'],
  CA: ['Ottawa', 'Montreal|Montréal', 'Toronto', 'Vancouver', 'Quebec City|Québec'],
  MA: ['Rabat', 'Casablanca', 'Tangier|Tanger|Tangeri', 'Marrakesh|Marrakech|Marrakesch', 'Fes|Fès|Fez', 'Meknes|Meknès', 'Agadir', 'Dakhla', 'Oujda'],
  DZ: ['Algiers|Alger|Algeri', 'Oran|Orano'],
  TN: ['Tunis|Tunisi', 'Sfax', 'Sousse', 'Bizerte|Biserta', 'Kairouan'],
  EG: ['Cairo|Le Caire|Kairo', 'Alexandria|Alexandrie|Alessandria|Alexandrië', 'Giza'],
  SN: ['Dakar', 'Saint-Louis', 'Thiès|Thies', 'Ziguinchor', 'Kaolack', 'Touba'],
  CI: ['Abidjan', 'Yamoussoukro'],
  KE: ['Nairobi', 'Mombasa'],
  RW: ['Kigali'],
  CD: ['Kinshasa'],
  ZA: ['Pretoria', 'Johannesburg'],
  AE: ['Abu Dhabi', 'Dubai|Dubaï'],
  QA: ['Doha'],
  SA: ['Riyadh|Riyad'],
  ET: ['Addis Ababa|Addis-Abeba|Addis Abeba'],
  NG: ['Abuja', 'Lagos'],
  GH: ['Accra', 'Kumasi'],
  BR: ['Brasília|Brasilia', 'São Paulo|Sao Paulo|San Paolo', 'Rio de Janeiro'],
  AU: ['Canberra', 'Sydney', 'Melbourne'],
};

export type CityMatch = { city: string; country: string; start: number; end: number };
export type CountryMatch = { country: string; start: number; end: number };

const letter = /\p{L}/u;

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const one = foldAccents(char);
    folded = char === '’' || char === '`' ? "'" : one.length === 1 ? one : char.toLowerCase().length === 1 ? char.toLowerCase() : ' ';
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds text for matching without changing its length, so that offsets stay those of the original:
 * one character for one (ASCII at once, others looked up once each), the reader's most frequent call.
 */
export function foldKeepingOffsets(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    folded += code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldChar(text[i]!);
  }
  return folded;
}

function wordBounded(folded: string, start: number, end: number): boolean {
  return !letter.test(folded[start - 1] ?? ' ') && !letter.test(folded[end] ?? ' ');
}

type Phrase = { folded: string; value: string; country: string };

function phrasesOf(list: Record<string, string[]>, split: (entry: string) => string[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const [country, entries] of Object.entries(list)) {
    for (const entry of entries) {
      const forms = split(entry);
      for (const form of forms) phrases.push({ folded: foldKeepingOffsets(form), value: forms[0]!, country });
    }
  }
  // Longest first, so "New York" wins over "York" and "Den Haag" over a shorter name.
  return phrases.sort((a, b) => b.folded.length - a.folded.length);
}

const cityPhrases = phrasesOf(cityNames, (entry) => entry.split('|'));

const countryNamePhrases = phrasesOf(
  Object.fromEntries(
    Object.keys(en.countries).map((code) => {
      const names = [en, fr, it, de, nl].flatMap((language) => (language.countries as Record<string, string | string[]>)[code] ?? []);
      return [code, [names.join('|')]];
    }),
  ),
  (entry) => entry.split('|').filter((name) => name.length > 3 || /^[A-Z]{2,}$/.test(name) === false),
).filter((phrase) => isCountryCode(phrase.country) && phrase.folded.length >= 4);

/** Countries known by capitals alone ("UK", "USA", "UAE"), matched as written: "us" is not the United States. */
const countryAcronyms = new Map(
  Object.entries(en.countries).flatMap(([code, names]) =>
    ([] as string[])
      .concat(names)
      .filter((name) => /^[A-Z]{2,3}$/.test(name))
      .map((name) => [name, code] as const),
  ),
);
const countryAcronym = new RegExp(`(?<![\\p{L}])(${[...countryAcronyms.keys()].join('|')})(?![\\p{L}])`, 'gu');

function findPhrases(folded: string, phrases: Phrase[]): { phrase: Phrase; start: number; end: number }[] {
  const found: { phrase: Phrase; start: number; end: number }[] = [];
  const taken = new Uint8Array(folded.length);
  for (const phrase of phrases) {
    let at = folded.indexOf(phrase.folded);
    while (at !== -1) {
      const end = at + phrase.folded.length;
      if (wordBounded(folded, at, end) && !taken.slice(at, end).some(Boolean)) {
        found.push({ phrase, start: at, end });
        taken.fill(1, at, end);
      }
      at = folded.indexOf(phrase.folded, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A gazetteer's places named in the text, written with a capital: "nice" is not Nice. */
function findPlaces(text: string, folded: string, phrases: Phrase[]): CityMatch[] {
  return findPhrases(folded, phrases)
    .filter(({ start }) => /\p{Lu}/u.test(text[start]!))
    .map(({ phrase, start, end }) => ({ city: phrase.value, country: phrase.country, start, end }));
}

/**
 * Regions, provinces and cantons, in the forms the five languages use: a body named after one is of its
 * country ("Regione Puglia", "provincie Gelderland"), and a readout names them after "in" like towns
 * without their being places in the gazetteer's sense. Names two countries share (Limburg, Brabant)
 * have no country.
 */
const regionNames: Record<string, string[]> = {
  IT: [
    'Lombardia|Lombardy|Lombardie|Lombardei|Lombardije',
    'Piemonte|Piedmont|Piémont',
    'Veneto|Vénétie|Venetien',
    'Liguria|Ligurie|Ligurien',
    'Toscana|Tuscany|Toscane|Toskana',
    'Emilia-Romagna|Émilie-Romagne',
    'Lazio|Latium',
    'Campania|Campanie|Kampanien',
    'Puglia|Apulia|Pouilles|Apulien',
    'Sicilia|Sicily|Sicile|Sizilien|Sicilië',
    'Sardegna|Sardinia|Sardaigne|Sardinien|Sardinië',
    'Calabria|Calabre|Kalabrien',
    'Umbria|Ombrie|Umbrien',
    'Abruzzo|Abruzzes|Abruzzen',
    'Molise',
    'Basilicata',
    'Friuli-Venezia Giulia|Friuli Venezia Giulia|Frioul-Vénétie julienne',
    'Trentino-Alto Adige|Trentino|Alto Adige|Südtirol|South Tyrol|Haut-Adige',
    "Valle d'Aosta|Vallée d'Aoste|Aostatal",
  ],
  DE: [
    'Baden-Württemberg',
    'Bayern|Bavaria|Bavière|Baviera|Beieren',
    'Brandenburg|Brandebourg|Brandeburgo',
    'Hessen|Hesse|Assia',
    'Niedersachsen|Lower Saxony|Basse-Saxe|Bassa Sassonia|Nedersaksen',
    'Mecklenburg-Vorpommern',
    'Nordrhein-Westfalen|North Rhine-Westphalia|Rhénanie-du-Nord-Westphalie|Renania Settentrionale-Vestfalia|Noordrijn-Westfalen',
    'Rheinland-Pfalz|Rhineland-Palatinate|Rhénanie-Palatinat',
    'Rheinland|Rhineland|Rhénanie|Renania|Rijnland',
    'Ruhrgebiet|Ruhr',
    'Saarland|Sarre',
    'Sachsen|Saxony|Saxe|Sassonia|Saksen',
    'Sachsen-Anhalt|Saxony-Anhalt|Saxe-Anhalt',
    'Schleswig-Holstein',
    'Thüringen|Thuringia|Thuringe|Turingia',
  ],
  AT: [
    'Tirol|Tyrol|Tirolo',
    'Vorarlberg',
    'Kärnten|Carinthia|Carinthie|Carinzia|Karinthië',
    'Steiermark|Styria|Styrie|Stiria|Stiermarken',
    'Niederösterreich|Lower Austria|Basse-Autriche|Bassa Austria|Neder-Oostenrijk',
    'Oberösterreich|Upper Austria|Haute-Autriche|Alta Austria|Opper-Oostenrijk',
    'Burgenland',
  ],
  BE: [
    'Wallonie|Wallonia|Vallonia|Wallonien',
    'Vlaanderen|Flanders|Flandre|Fiandre|Flandern',
    'West-Vlaanderen|West Flanders|Flandre-Occidentale|Fiandra Occidentale|Westflandern',
    'Oost-Vlaanderen|East Flanders|Flandre-Orientale|Fiandra Orientale|Ostflandern',
    'Hainaut|Henegouwen|Hennegau',
    'Vlaams-Brabant|Flemish Brabant|Brabant flamand',
    'Brabant wallon|Walloon Brabant|Waals-Brabant',
  ],
  NL: [
    'Gelderland|Gueldre|Gheldria',
    'Noord-Holland|North Holland|Hollande-Septentrionale',
    'Zuid-Holland|South Holland|Hollande-Méridionale',
    'Noord-Brabant|North Brabant|Brabant-Septentrional',
    'Zeeland|Zélande|Zelanda',
    'Friesland|Frise|Frisia',
    'Drenthe',
    'Overijssel',
    'Flevoland',
  ],
  CH: ['Ticino|Tessin', 'Valais|Wallis|Vallese', 'Graubünden|Grisons|Grigioni', 'Vaud|Waadt', 'Aargau|Argovie|Argovia', 'Thurgau|Thurgovie|Turgovia'],
  FR: [
    'Bretagne|Brittany|Bretagna',
    'Normandie|Normandy|Normandia',
    'Alsace|Elsass|Alsazia|Elzas',
    'Provence|Provenza',
    'Occitanie|Occitania',
    'Auvergne-Rhône-Alpes',
    'Hauts-de-France',
    'Grand Est',
    'Île-de-France',
    'Nouvelle-Aquitaine',
    'Bourgogne-Franche-Comté',
    'Pays de la Loire',
    'Corse|Corsica|Korsika',
    'Haute-Savoie|Savoie',
  ],
  ES: ['Catalonia|Catalogne|Catalogna|Katalonien|Catalonië|Catalunya|Cataluña', 'Andalusia|Andalousie|Andalusien|Andalucía', 'Galicia|Galice'],
  GB: [
    'Scotland|Écosse|Scozia|Schottland|Schotland',
    'Wales|Pays de Galles|Galles',
    'Northern Ireland|Irlande du Nord',
    'England|Angleterre|Inghilterra|Engeland',
  ],
  PL: ['Silesia|Silésie|Slesia|Schlesien|Silezië|Śląsk', 'Masovia|Mazovie|Masovien|Mazowsze', 'Pomerania|Poméranie|Pommern|Pomorze'],
  // Regions named like their capital city ("Karaganda", "Fergana") are that city's country already: the cities list says so.
  KZ: ['Mangystau|Mangistau|Manghystau', 'Turkestan Region'],
  UZ: ['Karakalpakstan|Karakalpakistan', 'Kashkadarya|Qashqadaryo', 'Khorezm|Xorazm'],
  // The states and provinces of partners readouts often name: a body named after one is of its country.
  IN: ['Tamil Nadu', 'Karnataka', 'Gujarat', 'Maharashtra', 'Kerala', 'Telangana', 'Andhra Pradesh', 'Uttar Pradesh', 'Rajasthan', 'Odisha'],
  BR: ['Santa Catarina', 'Rio Grande do Sul', 'Minas Gerais', 'Paraná|Parana', 'Bahia', 'Pernambuco', 'Ceará|Ceara', 'Goiás|Goias'],
  MX: ['Jalisco', 'Nuevo León|Nuevo Leon', 'Coahuila', 'Sonora', 'Yucatán|Yucatan'],
  CA: [
    'Ontario',
    'Alberta',
    'British Columbia|Colombie-Britannique|Britisch-Kolumbien',
    'Nova Scotia|Nouvelle-Écosse',
    'Manitoba',
    'New Brunswick|Nouveau-Brunswick',
  ],
  MA: ['Souss-Massa', 'Casablanca-Settat', 'Tanger-Tétouan-Al Hoceïma|Tanger-Tetouan-Al Hoceima', 'Rabat-Salé-Kénitra|Rabat-Sale-Kenitra', 'Marrakech-Safi'],
  GE: ['Imereti|Imerezia|Imeretien', 'Adjara|Ajara|Adjarie|Agiaria|Adscharien', 'Kakheti|Kachetien|Cachezia'],
  KG: ['Chuy|Chui|Tschui', 'Issyk-Kul|Issyk Kul|Yssykköl'],
  '': ['Limburg|Limbourg', 'Brabant'],
};

/** Words that start the names of regions in many countries ("Central", "Nord-Est"): none says which. */
const sharedRegionWords =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|capital|coast|littoral|nord|sud|est|ouest|upper|lower|greater|islands?|lakes|armed|atlantico|maritime|magdalena)\b/;
/** The countries whose states and provinces readouts name on their own (a smaller country's regions are often its towns). */
const federalCountries = new Set('US CA AU NZ BR MX AR CL CO PE IN CN KR JP VN ID MY PH TH ZA NG KE GH DE AT CH ES PL CZ SK RO KZ UZ'.split(' '));
const countryNames = new Set(
  [en, fr, it, de, nl].flatMap((language) => Object.values(language.countries).flatMap((names) => (Array.isArray(names) ? names : [names]).map(foldAccents))),
);

/**
 * Every country's first-level regions (states, provinces, cantons, Länder), from country-region-data, beside the list above: a
 * body named after one is of its country ("Trade and Investment Queensland", "Government of Saskatchewan"). A name that is also
 * a country's, a town's, shared by two countries or too short to be sure of is left to the list above.
 */
const listedRegions = (() => {
  const forms = subdivisions.flatMap(({ countryShortCode, regions }) =>
    regions.flatMap(({ name }) => {
      const whole = name.replace(/\s*\(.*\)$/, '');
      // "Gyeonggi-do", "Almaty Region": the name the texts use, without the kind of region.
      const bare = whole.replace(
        /-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$|\s(?:Province|Region|Oblast|County|State|Governorate|Prefecture|Voivodeship|District|Territory)$/,
        '',
      );
      return [...new Set([whole, bare])].map((form) => ({ form, folded: foldAccents(form), country: countryShortCode }));
    }),
  );
  const countriesOf = new Map<string, Set<string>>();
  for (const { folded, country } of forms) countriesOf.set(folded, (countriesOf.get(folded) ?? new Set()).add(country));
  const listed: Record<string, string[]> = {};
  for (const { form, folded, country } of forms) {
    if (!federalCountries.has(country) || folded.length < 5 || sharedRegionWords.test(folded) || countryNames.has(folded) || countriesOf.get(folded)!.size > 1)
      continue;
    if (countryOfTown(form) || findPhrases(folded, cityPhrases).length) continue;
    (listed[country] ??= []).push(form);
  }
  return listed;
})();

const regionPhrases = phrasesOf(
  Object.fromEntries(
    [...new Set([...Object.keys(regionNames), ...Object.keys(listedRegions)])].map((country) => [
      country,
      [...(regionNames[country] ?? []), ...(listedRegions[country] ?? [])],
    ]),
  ),
  (entry) => entry.split('|'),
);

/** Regions named in the text, with their country ('' when two share the name). */
export function findRegions(text: string, folded = foldKeepingOffsets(text)): CityMatch[] {
  return findPlaces(text, folded, regionPhrases);
}

/** A word that names a region: "in Brandenburg" is not a town. */
export const isRegionWord = (word: string) => findRegions(word).some((region) => region.start === 0 && region.end === word.length);

/**
 * Bodies well known by name, of the countries missions most often deal with: a readout names them
 * without a head word or a country ("Bpifrance", "Confindustria", "Atameken", "AWEX"). Each is a body
 * of its country; acronyms count only as written, in capitals.
 */
const bodyNames: Record<string, string[]> = {
  MC: ['Gouvernement Princier', 'Venturi'],
  BE: [
    'John Cockerill',
    "AWEX|Agence wallonne à l'exportation et aux investissements étrangers",
    'Flanders Investment & Trade',
    'hub.brussels',
    'Enabel',
    'Voka',
    'Agoria',
    'BECI',
    'Credendo',
    'VLAIO',
    'imec',
    'Port of Antwerp-Bruges',
    'VBO|FEB|Verbond van Belgische Ondernemingen|Fédération des entreprises de Belgique',
    'VISITFLANDERS|Visit Flanders',
    'DEME',
    'Jan De Nul',
    'Solvay',
    'Umicore',
    'Fluxys',
    'Proximus',
    'Brussels Airport',
    'Janssen Pharmaceutica',
    'VITO',
    'FNRS|F.R.S.-FNRS',
    'AB InBev',
    'UCB',
    'Agfa-Gevaert',
    'Bekaert',
    'Besix',
    'Brussels Airlines',
    'Elia',
  ],
  NL: [
    'Rijk Zwaan',
    'Royal Eijkelkamp|Eijkelkamp',
    'Invest-NL',
    'RVO|Rijksdienst voor Ondernemend Nederland',
    'TNO',
    'VNO-NCW',
    'Tweede Kamer',
    'Eerste Kamer',
    'Havenbedrijf Rotterdam|Port of Rotterdam',
    'FMO',
    'Lely',
    'Philips',
    'ASML',
    'Damen Shipyards',
    'Boskalis',
    'Van Oord',
    'Royal FloraHolland',
    'Rabobank',
    'Priva',
    'Vopak',
    'Port of Amsterdam',
    'Schiphol',
    'Koppert',
    'InnovationQuarter',
    'TU Delft',
    'Shell',
    'Heineken',
    'KLM',
    'NXP',
    'Vitol',
    'Stedin',
    'Gasunie',
    'TenneT',
    'Deltares',
    'Royal HaskoningDHV',
    'Witteveen+Bos',
    'Arcadis',
    'Invest International',
    'Wageningen University & Research',
    'Netherlands Enterprise Agency',
  ],
  LU: ['Luxinnovation', 'SNCI', 'Lux-Development|LuxDev', 'Luxembourg Stock Exchange|LuxSE', 'Luxembourg Trade & Invest', 'ArcelorMittal', 'SES', 'Cargolux'],
  DE: [
    'Auswärtiges Amt',
    'Bundestag',
    'GIZ',
    'KfW',
    'DAAD',
    'Germany Trade & Invest|GTAI',
    'AHK',
    'BDI',
    'DIHK',
    'Ost-Ausschuss',
    'Deutsche Bahn',
    'Siemens',
    'Fraunhofer',
    'Deutsche Telekom',
    'Lufthansa',
    'BMW',
    'Bosch',
    'BASF',
    'Volkswagen',
    'Mercedes-Benz',
    'Infineon',
    'Wacker',
    'Schaeffler',
    'ZF Friedrichshafen',
    'Thyssenkrupp',
    'Linde',
    'Trumpf',
    'Festo',
    'RWE',
    'Uniper',
    'duisport',
    'Hamburg Port Authority|HPA',
    'SAP',
    'Bayer',

    'Daimler Truck',
    'Porsche',
    'E.ON',
    'EnBW',
    'Heidelberg Materials',
    'Deutsche Bank',
    'Commerzbank',
    'Allianz',
    'DHL',
    'Zeiss',
    'Merck',
    'Evonik',
    'Henkel',
    'Enercon',
    'Nordex',
    'Herrenknecht',
    'Liebherr',
    'Voith',
    'Rheinmetall',
    'Hapag-Lloyd',
    'ZF',
    'Hochschule Hof',
    'Mahlo',
  ],
  AT: [
    'Frequentis',
    'BWT',
    'Advantage Austria',
    'Außenwirtschaft Austria',
    'AußenwirtschaftsCenter',
    'ÖBB',
    'WKO',
    'OMV',
    'Andritz',
    'voestalpine',
    'Raiffeisen Bank International',
    'Erste Group',
    'Verbund',
    'Austrian Airlines',
    'Doppelmayr',
    'Plasser & Theurer',
    'Palfinger',
    'AVL List',
    'Montanuniversität Leoben',
    'Austrian Business Agency',
    'AWS|Austria Wirtschaftsservice',
    'Frauscher',
  ],
  CH: [
    'Barry Callebaut',
    'SECO',
    'Cc-Ti',
    'DEZA',
    'Helvetas',
    'Switzerland Global Enterprise|S-GE',
    'Swiss Business Hub',
    'ETH Zürich|ETH Zurich',
    'EPFL',
    'Roche',
    'Novartis',
    'Nestlé',
    'ABB',
    'Stadler',
    'SBB',
    'UBS',
    'Holcim',
    'Swiss Re',
    'Syngenta',
    'Lonza',
    'Schindler',
    'Bühler',
    'Sika',
    'Swissport',
    'Hitachi Energy',
    'Hupac',
    'Lindt & Sprüngli',
    'Swiss Import Promotion Programme|SIPPO',
    'Innosuisse',
    'SUPSI',
  ],
  FR: [
    'Business France',
    'Bpifrance',
    'Expertise France',
    'Proparco',
    'Agence française de développement',
    "Quai d'Orsay",
    'Atout France',
    'MEDEF',
    'Assemblée nationale',
    'Station F',
    'Team France Export',
    'Systra',
    'Alstom',
    'EDF',
    'Engie',
    'TotalEnergies',
    'Thales',
    'Safran',
    'CMA CGM',
    'Airbus',
    'Veolia',
    'Orano',
    'Danone',
    "L'Oréal",
    'Saint-Gobain',
    'Schneider Electric',
    'Michelin',
    'Renault',
    'Naval Group',
    'Vinci',
    'Bouygues',
    'Air Liquide',
    'Sanofi',
    'BNP Paribas',
    'Dassault Aviation',
    'Suez',
    'Eramet',
    'Lactalis',
    'Bolloré',
    'Limagrain',
    'Somfy',
    'Institut Pasteur',
    'Air France',
  ],
  IT: [
    'Carel',
    'Ministero degli Affari Esteri e della Cooperazione Internazionale|Farnesina|MAECI',
    'Ministero delle Imprese e del Made in Italy|MIMIT',
    'Confindustria',
    'Agenzia ICE|ICE|ICE-Agenzia',
    'SACE',
    'SIMEST',
    'Cassa Depositi e Prestiti|CDP',
    'ENIT',
    'Camera dei deputati',
    'Assolombarda',
    'Invitalia',
    'AICS|Agenzia italiana per la cooperazione allo sviluppo',
    'Eni',
    'Enel',
    'Fincantieri',
    'Snam',
    'Terna',
    'Webuild',
    'Saipem',
    'Ferrero',
    'Trenord',
    'Coldiretti',
    'Unioncamere',
    'ANFIA',
    'Ferrovie dello Stato',
    'Stellantis',
    'Pirelli',
    'Barilla',
    'Lavazza',
    'Intesa Sanpaolo',
    'UniCredit',
    'Ansaldo Energia',
    'Maire Tecnimont',
    'Prysmian',
    'Danieli',
    'Edison',
    'A2A',
    'Italferr',
    'Anas',

    'Divella',
  ],
  GB: [
    'FCDO',
    'Department for Business and Trade',
    'UK Export Finance|UKEF',
    'British International Investment',
    'House of Commons',
    'House of Lords',
    'Confederation of British Industry|CBI',
    'Rolls-Royce',
    'HSBC',
    'Barclays',
    'BP',
    'AstraZeneca',
    'GSK',
    'BAE Systems',
    'Vodafone',
    'Standard Chartered',
    'Jaguar Land Rover',
    'Unilever',
    'Arup',
    'Mott MacDonald',
  ],
  IE: [
    'Enterprise Ireland',
    'IDA Ireland',
    'Kingspan',
    'Mainstream Renewable Power',
    'Glanbia',
    'Kerry Group',
    'CRH',
    'Oireachtas',
    'Dáil Éireann',
    'Seanad Éireann',
  ],
  KZ: [
    'Mazhilis|Majilis|Mäjilis',
    'Kazakh Invest',
    'Samruk-Kazyna',
    'Atameken',
    'Astana International Financial Centre|AIFC',
    'Astana Hub',
    'KazakhExport',
    'KazMunayGas',
    'Kazatomprom',
    'Air Astana',
    'Kazakhstan Temir Zholy|KTZ',
    'QazaqGaz',
  ],
  UZ: ['Artel', 'Oliy Majlis', 'UzTrade', 'Uzbekneftegaz', 'Uzbekistan Airways', 'Uzbekistan Railways', 'Navoiyuran', 'UzAuto Motors'],
  MA: ['CGEM', 'AMDIE', 'Masen|MASEN', 'OCP', 'Tanger Med', 'Royal Air Maroc', 'ONSSA', 'ONEE'],
  NO: ['Scatec', 'Equinor', 'Enova', 'Statkraft', 'Yara', 'Norfund', 'Innovation Norway', 'Norsk Hydro', 'Kongsberg', 'Aker Solutions', 'DNV'],
  CA: ['Hydro-Québec|Hydro-Quebec', 'Investissement Québec|Investissement Quebec', 'Export Development Canada|EDC', 'Bombardier'],
  DZ: ['Sonatrach', 'Sonelgaz'],
  ID: ['Pertamina', 'Wijaya Karya', 'KADIN', 'Indofood', 'Garuda Indonesia', 'Telkom Indonesia', 'BKPM', 'Danantara'],
  CL: ['Corfo|CORFO', 'Codelco', 'ENAP', 'ProChile'],
  BR: ['Petrobras', 'Embraer', 'ApexBrasil|Apex-Brasil', 'Vale', 'BNDES', 'Embrapa', 'WEG', 'Eletrobras'],
  MX: ['Pemex', 'CFE', 'Cemex', 'Grupo Bimbo'],
  IN: [
    'Invest India',
    'Tata Group|Tata Steel|Tata Motors',
    'Infosys',
    'ISRO',
    'NITI Aayog',
    'FICCI',
    'ASSOCHAM',
    'Confederation of Indian Industry',
    'Biocon',
    'Tata Consultancy Services|TCS',
    'Larsen & Toubro',
    'Wipro',
    'Reliance Industries',
    'Mahindra',
    'Adani',
    'HCLTech',
    'Bharat Electronics',
    'NTPC',
    'ONGC',
  ],
  AZ: ['SOCAR', 'AZPROMO', 'KOBİA|KOBIA', 'Azerbaijan Railways', 'Azersun'],
  GE: ['Enterprise Georgia', 'Georgian Railway', 'GITA'],
  AM: ['Enterprise Armenia'],
  TN: ['UTICA', 'FIPA', 'STEG', 'CEPEX', 'Tunisair', 'ONAS'],
  SN: ['APIX|Agence pour la Promotion des Investissements et des Grands Travaux', 'ASEPEX', 'Sénégal Numérique|Senegal Numerique'],
  CI: ['CEPICI', 'Conseil du café-cacao|Conseil du Café-Cacao'],
  NG: ['NIPC', 'NNPC', 'Dangote'],
  KE: ['KenInvest', 'Kenya Ports Authority', 'Safaricom', 'Kenya Airways', 'KenGen'],
  GH: ['GIPC', 'GEPA'],
  RS: ['PKS', 'Elektroprivreda Srbije', 'Srbijagas', 'Telekom Srbija', 'RAS'],
  AL: ['AIDA', 'KESH'],
  VN: ['PetroVietnam', 'Vinamilk', 'VinFast', 'Viettel', 'EVN'],
  CZ: ['CzechTrade', 'ČEZ|CEZ', 'Škoda Auto|Skoda Auto'],
  SK: ['SARIO'],
  HU: ['HIPA'],
  ES: ['ICEX', 'Iberdrola', 'Repsol', 'Telefónica', 'Inditex', 'Acciona', 'Talgo', 'Indra'],
  PT: ['AICEP'],
  SE: ['Business Sweden', 'Volvo', 'Ericsson', 'Scania', 'Saab', 'Vattenfall', 'Sandvik', 'IKEA'],
  FI: ['Kemira', 'Business Finland', 'Nokia', 'Wärtsilä|Wartsila', 'Kone', 'Fortum', 'Neste', 'Valmet', 'Metso'],
  PL: [
    'Fakro',
    'Sejm',
    'PAIH',
    'Wody Polskie',
    'PKP Intercity',
    'PKP',
    'KGHM',
    'Orlen',
    'PKO Bank Polski',
    'PGE',
    'LOT Polish Airlines',
    'Allegro',
    'PZU',
    'Solaris',
  ],
  KG: ['Jogorku Kenesh'],
  US: [
    'USAID',
    'SelectUSA',
    'Boeing',
    'General Electric',
    'Microsoft',
    'Google',
    'Amazon Web Services',
    'Pfizer',
    'Tesla',
    'Chevron',
    'ExxonMobil',
    'Caterpillar',
    'Honeywell',
    'Cargill',
    'Lockheed Martin',
    'U.S. Commercial Service',
    'Export-Import Bank of the United States',
    'DFC',
  ],
  DK: ['Vestas', 'Ørsted|Orsted', 'Maersk|A.P. Moller - Maersk', 'Novo Nordisk', 'Danfoss', 'Grundfos', 'Carlsberg'],
  JP: [
    'Kikkoman',
    'JETRO',
    'JICA',
    'Toyota',
    'Mitsubishi',
    'Hitachi',
    'Sony',
    'Panasonic',
    'Toshiba',
    'Marubeni',
    'Mitsui',
    'JBIC',
    'NEDO',
    'Sumitomo',
    'Itochu',
  ],
  KR: [
    'KOTRA',
    'KOICA',
    'Samsung',
    'Hyundai',
    'POSCO',
    'SK hynix',
    'Korea Exim',
    'LG Energy Solution',
    'Korea Water Resources Corporation|K-water',
    'KEPCO',
    'Doosan',
  ],
  CN: ['Huawei', 'CCPIT', 'COSCO', 'Alibaba', 'BYD', 'CRRC', 'China Harbour Engineering', 'PowerChina'],
  MY: ['Petronas', 'MIDA', 'MATRADE'],
  TR: ['Turkish Airlines', 'DEİK|DEIK', 'TOBB', 'Baykar', 'Koç Holding'],
  SA: ['Saudi Aramco|Aramco', 'SABIC', 'ACWA Power'],
  AE: ['ADNOC', 'Masdar', 'DP World', 'Emirates', 'Mubadala'],
  QA: ['QatarEnergy'],
  ZA: ['Sasol', 'Eskom', 'Transnet'],
  EG: ['Suez Canal Authority'],
  ET: ['Ethiopian Airlines'],
  RW: ['Rwanda Development Board'],
  AU: ['Austrade', 'BHP', 'Rio Tinto'],
  NZ: ['Fonterra'],
  SG: [
    'Enterprise Singapore',
    'Temasek',
    'PSA International',
    'Keppel',
    'Sembcorp Industries|Sembcorp',
    'Economic Development Board',
    'Nanyang Technological University|NTU',
    'National University of Singapore|NUS',
    'Singapore Business Federation',
    'GovTech',
  ],
  TH: ['PTT'],
  PH: ['San Miguel Corporation'],
  AR: ['YPF'],
  CO: ['Ecopetrol', 'ProColombia'],
  PE: ['PromPerú|PromPeru'],
};

const isAcronymForm = (form: string) => /^[\p{Lu}\d&.-]+$/u.test(form);
// An acronym is a phrase of its own, so that a match says whether it was written in capitals.
const bodyPhrases = phrasesOf(
  Object.fromEntries(
    Object.entries(bodyNames).map(([country, entries]) => [
      country,
      entries.flatMap((entry) => entry.split('|').map((form) => (isAcronymForm(form) ? form : entry))),
    ]),
  ),
  (entry) => (isAcronymForm(entry) ? [entry] : entry.split('|').filter((form) => !isAcronymForm(form))),
);

// Every form of a body ("Farnesina", "MAECI") names the body its entry names first.
const bodyOfForm = new Map(
  Object.entries(bodyNames).flatMap(([country, entries]) =>
    entries.flatMap((entry) => entry.split('|').map((form) => [`${country} ${form}`, entry.split('|')[0]!])),
  ),
);

/** `body` is the same for every form of one body. */
export type BodyMatch = { name: string; body: string; country: string; start: number; end: number };

/** Well-known bodies named in the text, with their country. */
export function findKnownBodies(text: string, folded = foldKeepingOffsets(text)): BodyMatch[] {
  return findPhrases(folded, bodyPhrases)
    .filter(({ phrase, start, end }) => {
      const written = text.slice(start, end);
      // "ICE", "OCP": an acronym only as written, and not a month in a date ("04 FEB 2025"); a name with its capital ("imec" and
      // "hub.brussels" are written so), or in lower case before the capitals of a long name ("il ministero delle Imprese e del Made in Italy").
      const inDate = /\d\s+$/.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\d/.test(text.slice(end, end + 3));
      return isAcronymForm(phrase.value)
        ? written === phrase.value && !inDate
        : written[0] === phrase.value[0] || /\p{Lu}/u.test(written[0]!) || (phrase.value.split(' ').length >= 4 && /\p{Lu}/u.test(written));
    })
    .map(({ phrase, start, end }) => ({
      name: phrase.value,
      body: bodyOfForm.get(`${phrase.country} ${phrase.value}`) ?? phrase.value,
      country: phrase.country,
      start,
      end,
    }));
}

/** Cities of the gazetteer named in the text (the original must start with a capital: "nice" is not Nice). */
export function findCities(text: string, folded = foldKeepingOffsets(text)): CityMatch[] {
  return findPlaces(text, folded, cityPhrases);
}

/** Cities named in one word that start like another country's stem: "Belgrado" is not Belgian. */
const oneWordCities = new Map(cityPhrases.filter((phrase) => !/\s/.test(phrase.folded)).map((phrase) => [phrase.folded, phrase.country]));

const stemList = Object.entries(countryStems)
  .flatMap(([country, stems]) => stems.map((stem) => ({ stem: foldAccents(stem), country })))
  .sort((a, b) => b.stem.length - a.stem.length);

/** Words that start like a country's stem but are not about it. */
const notCountries = new Set([
  'romance',
  'romantic',
  'roman',
  'romano',
  'romain',
  'russell',
  'franchise',
  'francesco',
  'franco',
  'frank',
  'franz',
  'frans',
  'malte',
  'malta',
  'mali',
  'jordan',
  'chad',
  'turkey',
  'indian',
  'indiana',
  'cecile',
  'cecilia',
  'francesca',
  'katarzyna',
  'irakli',
  'iranian',
  // Italian surnames that are also adjectives of a country, written lower case when they are: "Stefano Lo Russo", "Marco Greco".
  'russo',
  'greco',
  'tedesco',
  'francese',
  'inglese',
  'spagnolo',
  'ungaro',
  'polacco',
  'turco',
]);

/** A word that names or describes a country and is also a first name: "Malte", "Frank", "Roman". */
export const isFirstNameToo = (word: string) => notCountries.has(foldKeepingOffsets(word));

/**
 * Countries named or described in the text: full names ("Royaume de Belgique", "Kasachstan") and
 * words built on a country's stem ("Belgian", "belga", "kasachische").
 */
export function findCountries(text: string, folded = foldKeepingOffsets(text)): CountryMatch[] {
  const found: CountryMatch[] = findPhrases(folded, countryNamePhrases)
    // A country's name is written with a capital in all five languages: "island" is not Island (Iceland in German).
    .filter(({ start }) => /\p{Lu}/u.test(text[start]!))
    // "Malte Sievers": a country's name that is also a first name, before a capitalised word, is the first name.
    .filter(({ start, end }) => !(isFirstNameToo(folded.slice(start, end)) && /^\s+\p{Lu}/u.test(text.slice(end))))
    .map(({ phrase, start, end }) => ({ country: phrase.country, start, end }));
  for (const match of text.matchAll(countryAcronym))
    found.push({ country: countryAcronyms.get(match[1]!)!, start: match.index, end: match.index + match[1]!.length });
  const covered = (at: number) => found.some((match) => match.start <= at && at < match.end);
  for (const word of folded.matchAll(/\p{L}[\p{L}'-]*/gu)) {
    // "dell'Ukrainian", "l'italien": the word after an elided article.
    const elided = /^(?:l|d|dell|dall|nell|all|sull|un|qu)'(?=\p{L})/u.exec(word[0])?.[0].length ?? 0;
    const start = word.index + elided;
    if (covered(start) || !/\p{L}/u.test(text[start]!)) continue;
    const token = word[0].slice(elided).replace(/'.*$/, '');
    // "dell'America Latina" is no one country.
    if (/^\s+latin/.test(folded.slice(start + token.length, start + token.length + 8))) continue;
    const hit = stemList.find(({ stem }) => token.startsWith(stem) && token.length <= stem.length + 8);
    if (!hit || (oneWordCities.get(token.split('-')[0]!) ?? hit.country) !== hit.country) continue;
    // A bare stem word that is also a person's or a common word ("Roman Vassilenko", "Frank") is skipped when capitalised mid-name.
    if (notCountries.has(token) && /\p{Lu}/u.test(text[start]!)) continue;
    found.push({ country: hit.country, start, end: start + token.length });
  }
  return found.sort((a, b) => a.start - b.start);
}
