import { describe, expect, it } from 'vitest';
import { read } from './test-helpers';

describe('reading an English readout', () => {
  const text = `Embassy of Belgium in Kazakhstan

On 12 March, Ambassador Anne Dupont met Deputy Minister of Energy Daniyar Kuanyshev in Astana. The sides discussed green hydrogen and the modernisation of rail transport.
The parties agreed to set up a joint working group on hydrogen. The Ministry of Energy will send the draft roadmap by the end of April.

Follow us on X`;

  it('finds the day, the place, the people with their functions, and who is on our side', () => {
    const { json } = read(text, 'BE', '2024-03-14');
    expect(json.language).toBe('en');
    expect(json.meetings).toHaveLength(1);
    const [meeting] = json.meetings;
    expect(meeting!.startDate).toBe('2024-03-12');
    expect(meeting!.places).toEqual([{ city: 'Astana', country: 'KZ' }]);
    expect(meeting!.partnerCountries).toEqual(['KZ']);
    expect(meeting!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Daniyar Kuanyshev', title: 'Deputy Minister of Energy', side: 'partner' }),
        expect.objectContaining({ name: 'Anne Dupont', title: 'Ambassador' }),
      ]),
    );
  });

  it('reads undertakings, who made them and by when', () => {
    const { json } = read(text, 'BE', '2024-03-14');
    expect(json.meetings[0]!.followUps).toEqual([
      { text: 'set up a joint working group on hydrogen', committedBy: 'joint', dueDate: null },
      { text: 'send the draft roadmap', committedBy: 'partner', dueDate: '2024-04-30' },
    ]);
    expect(json.meetings[0]!.areas).toEqual(expect.arrayContaining(['Renewable and green energy', 'Transport and logistics']));
  });

  it('never dates a meeting after the publication date', () => {
    const { json } = read(text, 'BE', '2024-02-01');
    expect(json.meetings[0]!.startDate).toBe('2023-03-12');
  });
});

describe('generic words for a body in a function', () => {
  it('takes "of the Council" or "of the Chamber" after a function for no body named', () => {
    const { json } = read(
      'On 3 March in Kano the delegation met the Chairman of the Council, Alhaji Musa Danjuma, and the Director of the Chamber, Hauwa Suleiman.',
      'CZ',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
    expect(json.meetings[0]!.counterparts.map((person) => person.title)).toEqual(['Chairman of the Council', 'Director of the Chamber']);
  });
});

describe('companies listed with their country', () => {
  it('takes "Finnish companies, among them Wartsila and Kalmar" for our side when Finland is ours', () => {
    const { json } = read(
      'On 3 March the Ambassador of Finland to Kenya, Liisa Rantanen, accompanied by representatives of Finnish maritime technology companies, among them Wartsila and Kalmar, met the Managing Director of the Kenya Ports Authority, William Ruto Kipkorir, in Mombasa.',
      'FI',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Wartsila');
    expect(json.meetings[0]!.organisations).not.toContain('Kalmar');
  });
});

describe('who travelled with the delegation', () => {
  it('puts someone the text says travelled with the delegation on our side, not the host named before', () => {
    const { json } = read(
      'On 12 March the Minister toured the distribution centre of importer Mekong Fresh JSC with its Managing Director, Ngô Bảo Trâm, and Hamish Corrigan, Export Manager of Ruahine Valley Meats Ltd, who travelled with the business delegation.',
      'NZ',
      '2026-03-14',
    );
    const sides = Object.fromEntries(json.meetings[0]!.counterparts.map((person) => [person.name, person.side]));
    expect(sides).toEqual({ 'Ngô Bảo Trâm': 'partner', 'Hamish Corrigan': 'ours' });
    expect(json.meetings[0]!.organisations).not.toContain('Ruahine Valley Meats Ltd');
  });
});

describe('where a company is based', () => {
  it('leaves "Halifax-based" out of the name of the company after it', () => {
    const { json } = read(
      'On 3 March the delegation met Halifax-based Atlantic Reactor Services Inc. and its chief executive, John Smith.',
      'PL',
      '2026-03-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Atlantic Reactor Services Inc']);
  });
});

describe('a visit told as where it went next', () => {
  it('reads "travelled to X, where …" as a meeting there', () => {
    const { json } = read(
      'On February 17, the delegation met the Deputy Minister of Economic Development, Anna Nowak, in Warsaw. On February 18, the delegation travelled to Gdynia, where Piotr Kaczmarek, President of the Port of Gdynia Authority S.A., presented the new terminal.',
      'CA',
      '2026-02-20',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2026-02-17', '2026-02-18']);
    expect(json.meetings[1]!.places).toEqual([{ city: 'Gdynia', country: 'PL' }]);
  });
});

describe('a day that took place with someone', () => {
  it('reads "took place … with" as a meeting', () => {
    const { json } = read(
      'The last day, 5 June, took place in Accra at the Ghana Investment Promotion Centre with its chief executive, Yofi Grant.',
      'CZ',
      '2026-06-06',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.organisations).toEqual(['Ghana Investment Promotion Centre']);
  });
});

describe('bodies in English', () => {
  it('keeps a ministry named with a list of its fields whole, and does not propose a ministry only a function implies', () => {
    const { json } = read(
      'On 3 April in Vienna, Ambassador Karim Benali met Secretary General Anna Huber of the Ministry of Agriculture, Forestry, Regions and Water Management, and Deputy Minister of Finance Paul Gruber.',
      'MA',
      '2025-04-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministry of Agriculture, Forestry, Regions and Water Management']);
  });
});

describe('undertakings in English', () => {
  it('gives what "the Embassy, for its part," will do to our side', () => {
    const { json } = read(
      'On 12 March in Brussels, Ambassador Dilshod Akhmedov met Minister Jo Brouns of Flanders. The Embassy, for its part, will provide a list of Uzbek exporters of fruit and vegetables by 31 May 2024.',
      'UZ',
      '2024-03-14',
    );
    expect(json.meetings[0]!.followUps).toEqual([
      { text: 'provide a list of Uzbek exporters of fruit and vegetables', committedBy: 'ours', dueDate: '2024-05-31' },
    ]);
  });
});

describe('people in English', () => {
  it('takes neither a body named like a person ("Jan De Nul NV") nor a region or a dialogue for a counterpart', () => {
    const { json } = read(
      `On 28 October in Esbjerg, Governor Carl Vanhoutte met Mayor Søren Kjærgaard. Jan De Nul NV presented its projects. The Strategic Dialogue covered the Western Balkans and the Northern Region.

The Strategic Dialogue will meet again. Jan De Nul will send a proposal.`,
      'BE',
      '2025-10-30',
    );
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toEqual(['Carl Vanhoutte', 'Søren Kjærgaard']);
  });
});

describe('bodies met, in English', () => {
  it('proposes the bodies that take part, not a body only talked about', () => {
    const { json } = read(
      'On 3 April in Rabat, Ambassador Anna Huber was received at the Ministry of Agriculture by Secretary General Karim Tazi. The sides discussed the Generation Green Programme and the Maghreb Water Agency. The Ministry of Agriculture will send a list of projects.',
      'AT',
      '2025-04-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministry of Agriculture']);
  });
});

describe('functions in English', () => {
  it('reads a function after the letters that follow a name ("Ciarán Whelan TD, Chair of…") and an alderman', () => {
    const { json } = read(
      'On 4 June in Astana, Ciarán Whelan TD, Chair of the Joint Committee on Foreign Affairs, met Speaker Yerlan Koshanov. On 5 June in Antwerp, Mr Wim Van Looy, Alderman for the Economy, received the delegation.',
      'IE',
      '2024-06-06',
    );
    const people = json.meetings.flatMap((meeting) => meeting.counterparts);
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Ciarán Whelan', title: expect.stringMatching(/^Chair\b/) }),
        expect.objectContaining({ name: 'Wim Van Looy', title: 'Alderman for the Economy' }),
      ]),
    );
  });
});

describe('companies of a country, in English', () => {
  it('gives the companies named after "Ghanaian companies" to Ghana, not to the bodies met', () => {
    const { json } = read(
      'On 24 June in London, High Commissioner Akosua Boateng and Ghanaian companies such as Kumasi Agro Processing Ltd met Sir Mark Hill, chair of UK Export Finance.',
      'GH',
      '2025-06-25',
    );
    expect(json.meetings[0]!.organisations).toEqual(['UK Export Finance']);
  });
});

describe('functions with a portfolio inside, in English', () => {
  it('reads "Deputy Foreign Minister of Kazakhstan" whole', () => {
    const { json } = read(
      'On 3 March in Astana, Deputy Foreign Minister of Kazakhstan Alibek Bakayev met Ambassador Kathy Leach. The parties discussed the development of trade and the next round of talks.',
      'GB',
      '2025-03-04',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Alibek Bakayev', title: 'Deputy Foreign Minister of Kazakhstan', side: 'partner' })]),
    );
  });
});

describe('portfolios listed with commas, in English', () => {
  it('reads a function whose portfolio lists several fields before the name', () => {
    const { json } = read(
      'On 12 March in Rabat, the Ambassador met Minister of Agriculture, Maritime Fisheries, Rural Development and Water and Forests, Mohamed Bennani. The parties discussed water.',
      'GB',
      '2025-03-13',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Mohamed Bennani', title: 'Minister of Agriculture, Maritime Fisheries, Rural Development and Water and Forests' }),
      ]),
    );
  });
});

describe('who came, in English', () => {
  it('reads a function with a gloss in brackets, and brings the visitor named in the lead to each meeting', () => {
    const { json } = read(
      `The Khokim (Governor) of Samarkand Region, Erkin Tursunov, was in Edinburgh on 16 and 17 September at the head of a delegation.

On 16 September in Edinburgh, the Khokim was received by Professor Alasdair Grant, Vice-Principal of the University of Edinburgh.

On 17 September in Edinburgh, the Khokim met Morag Sinclair, Chief Executive of the Edinburgh Chamber of Commerce.`,
      'GB',
      '2025-09-18',
    );
    expect(json.meetings).toHaveLength(2);
    for (const meeting of json.meetings)
      expect(meeting.counterparts).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Erkin Tursunov', title: 'Khokim (Governor) of Samarkand Region' })]),
      );
  });
});

describe('British names and countries', () => {
  it('reads peers and "the Rt Hon", a surname that is also a country ("Siniša Mali"), and "the UK" as Britain', () => {
    const { json } = read(
      "London, 12 March 2025. Minister for Europe Stephen Doughty MP met the Deputy Prime Minister of Serbia, Siniša Mali. The Prime Minister's Trade Envoy, Baroness Jane Smith, and the Rt Hon Lord Ahmad also attended. They discussed energy security in Mali. The UK will send a trade mission to Belgrade.",
      'GB',
      '2025-03-13',
    );
    const [meeting] = json.meetings;
    expect(meeting!.counterparts.map((person) => person.name)).toEqual(expect.arrayContaining(['Siniša Mali', 'Jane Smith', 'Ahmad']));
    expect(meeting!.followUps).toEqual([expect.objectContaining({ text: 'send a trade mission to Belgrade', committedBy: 'ours' })]);
  });
});

describe('bodies', () => {
  it('reads a company whose "plc" is in lower case, and keeps it out of the function', () => {
    const { json } = read(
      'London, 24 June 2025. The High Commissioner held talks with Ms Helen Okafor, Managing Director of British International Investment plc.',
      'GH',
      '2025-06-27',
    );
    const [meeting] = json.meetings;
    expect(meeting!.counterparts).toEqual([
      expect.objectContaining({ name: 'Helen Okafor', title: 'Managing Director', organisation: 'British International Investment plc' }),
    ]);
    expect(meeting!.organisations).toEqual(['British International Investment plc']);
  });

  it('takes a body named after one of our towns for ours: the Tashkent chamber travelled with the Uzbek delegation', () => {
    const { json } = read(
      'Cologne, 16 April 2024. Petra Schulte, Chief Executive of the Cologne Chamber of Commerce, received the delegation, led by Akmal Yusupov, Chairman of the Tashkent Chamber of Commerce.',
      'UZ',
      '2024-04-18',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Cologne Chamber of Commerce']);
  });

  it('takes a body named by its initials for the body named in full, not for another', () => {
    const { json } = read(
      'On 14 May the delegation visited the Astana International Financial Centre in Astana. Deputy Governor of the AIFC Arman Zhakupov presented its court.',
      'IE',
      '2025-05-15',
    );
    const [meeting] = json.meetings;
    expect(meeting!.organisations).toEqual(['Astana International Financial Centre']);
    expect(meeting!.counterparts).toEqual([expect.objectContaining({ name: 'Arman Zhakupov', organisation: 'Astana International Financial Centre' })]);
  });

  it('keeps a committee\'s "on" in its name', () => {
    const { json } = read(
      'On 13 May in Astana, the senators met Gulmira Tasbulatova, Chair of the Senate Committee on International Relations, Defence and Security.',
      'IE',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Senate Committee on International Relations, Defence and Security']);
  });

  it('reads a short name before a dash as part of the body', () => {
    const { json } = read(
      'On 3 June in Antwerp, Arben Krasniqi held talks with Els Verbruggen, Director at Voka – Chamber of Commerce Antwerp-Waasland.',
      'XK',
      '2024-06-07',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Voka – Chamber of Commerce Antwerp-Waasland']);
  });

  it('reads an acronym after "of" or "and" as a body, not a dateline in capitals', () => {
    const { json } = read('ROME, 13 March 2025. On 12 March the minister met representatives of SACE and CDP in Rome.', 'RS', '2025-03-13');
    expect(json.meetings[0]!.organisations).toEqual(['SACE', 'CDP']);
  });

  it('takes a body named by its acronym first and in full later for one body, under its full name', () => {
    const { json } = read(
      'Astana, 15 May 2025. On 14 May, the delegation met Arman Zhakupov, Deputy Governor of AIFC. The Astana International Financial Centre (AIFC) presented its court.',
      'IE',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Astana International Financial Centre']);
  });

  it('takes "the Board of Trade" for the body named in full before', () => {
    const { json } = read(
      'Toronto, 14 May 2025. On 12 May the Minister held a roundtable at the Toronto Region Board of Trade with its President, Catherine Boyd. The Board of Trade agreed to host an Irish fintech showcase in Toronto.',
      'IE',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Toronto Region Board of Trade']);
  });

  it('ends a body named after a function before the comma and the place that follow it', () => {
    const { json } = read('On 12 May the Minister met Jan Peeters, head of strategy at Fluxys, in Brussels.', 'KZ', '2025-05-14');
    expect(json.meetings[0]!.organisations).toEqual(['Fluxys']);
  });
});

describe('more ways to tell a meeting', () => {
  it.each([
    'the Minister had an exchange of views with Kazakh Deputy Minister Arman Nurlanov',
    'the Minister spoke with Kazakh Deputy Minister Arman Nurlanov by phone',
    'the Minister was briefed by Arman Nurlanov, Chief Executive of Kazakh Invest',
    'the Minister toured the Astana Hub with its director, Arman Nurlanov',
    'the Minister joined Kazakh Deputy Minister Arman Nurlanov for a working dinner',
    'the Minister discussed energy cooperation with Kazakh Deputy Minister Arman Nurlanov',
  ])('On 12 May %s', (clause) => {
    const { json } = read(
      `London, 14 May 2025. On 12 May ${clause}. The talks focused on cooperation in energy, transport and trade between the two countries.`,
      'GB',
      '2025-05-14',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toContain('Arman Nurlanov');
  });

  it('reads a department as a body, as it reads a ministry', () => {
    const { json } = read(
      'London, 14 May 2025. On 12 May the Minister held talks with the Department for Energy Security and Net Zero. The talks focused on energy.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Department for Energy Security and Net Zero']);
  });

  it('gives what a body named after one of our towns undertakes to our side', () => {
    const { json } = read(
      'Edinburgh, 18 September 2025. On 17 September the Khokim of Samarkand, Erkin Tursunov, met Professor Alasdair Grant, Vice-Principal of the University of Edinburgh. The Khokim announced that the Samarkand regional administration would fund scholarships for ten students.',
      'UZ',
      '2025-09-18',
    );
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ committedBy: 'ours' })]);
  });

  it('reads a name listed between two bodies as a body', () => {
    const { json } = read(
      'London, 14 May 2025. On 12 May the Minister met representatives of the London Stock Exchange Group, Barclays and HSBC. The talks focused on finance.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['London Stock Exchange Group', 'Barclays', 'HSBC']);
  });

  it('reads a known body heading a longer name as one body, and the short name later as the same body', () => {
    const { json } = read(
      'Vilnius, 17 October 2025. On 14 October a delegation of the Mazhilis of the Parliament of the Republic of Kazakhstan met the Speaker of the Seimas, Ona Vaitkute. The Mazhilis will host the next round of talks in Astana.',
      'LT',
      '2025-10-17',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Mazhilis of the Parliament of the Republic of Kazakhstan']);
  });
});

describe('bodies named by an airport, a lab or a hospital', () => {
  it('finds them by their English head in any language', () => {
    const { json } = read(
      'Brussels, 14 May 2025. On 13 May the Minister met the management of Liège Airport and visited the Harbour Lab, where she spoke with its director, Anna Smith.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Liège Airport', 'Harbour Lab']);
  });
});

describe('bodies whose representatives are there', () => {
  it('counts the companies listed after "representatives of" as taking part, not a ministry\'s department', () => {
    const { json } = read(
      'Edinburgh, 18 September 2025. On 17 September the Khokim met the Chief Executive of the Edinburgh Chamber of Commerce, Morag Sinclair. Representatives of Lothian Water Technologies Ltd, Caledonian Food Holdings plc and Pentland Solar Ltd presented their work in water treatment and solar energy.',
      'UZ',
      '2025-09-18',
    );
    expect(json.meetings[0]!.organisations).toEqual(
      expect.arrayContaining(['Lothian Water Technologies Ltd', expect.stringContaining('Caledonian Food Holdings'), 'Pentland Solar Ltd']),
    );
  });
});

describe('a body with its acronym after a function', () => {
  it('takes the words the acronym stands for, not the function before them', () => {
    const { json } = read(
      'Toronto, 16 October 2025. On 15 October the Minister met Sarah Whitfield, Senior Vice-President of Export Development Canada (EDC), and Rajiv Menon, Head of International Relations at Kinaxis Inc.',
      'IE',
      '2025-10-16',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      expect.objectContaining({ name: 'Sarah Whitfield', title: 'Senior Vice-President', organisation: 'Export Development Canada' }),
      expect.objectContaining({ name: 'Rajiv Menon', title: 'Head of International Relations' }),
    ]);
  });
});

describe('who comes with the visitor', () => {
  it("puts a company's manager who accompanies our ambassador on our side, and leaves the company out of the bodies met", () => {
    const { json } = read(
      'Astana, 17 January 2025. On 19 December the Ambassador was received at the Ministry of Healthcare by Vice Minister Aigerim Serikbayeva. He was accompanied by Mr Thomas Egli, General Manager of Roche in Kazakhstan.',
      'CH',
      '2025-01-17',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Thomas Egli', side: 'ours' }),
        expect.objectContaining({ name: 'Aigerim Serikbayeva', side: 'partner' }),
      ]),
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministry of Healthcare']);
  });
});

describe('legal forms of the countries missions deal with', () => {
  it.each(['Qazaq Agromash JSC', 'Dunav Logistika d.o.o.', 'Nordic Steel Oy'])('takes "%s" for a company', (company) => {
    const { json } = read(`Kostanay, 5 June 2025. On 4 June the Governor visited ${company} in Kostanay.`, 'AT', '2025-06-05');
    expect(json.meetings[0]!.organisations).toEqual([company]);
  });
});

describe('towns the gazetteer does not list', () => {
  it("places a meeting in a town's country", () => {
    const { json } = read('Belgrade, 5 June 2025. On 4 June the Ambassador met the Mayor in Kragujevac, Nikola Dašić.', 'AT', '2025-06-05');
    expect(json.meetings[0]!.places).toEqual([{ city: 'Kragujevac', country: 'RS' }]);
  });
});

describe('the leader of a delegation', () => {
  it('is of the side that travelled when nothing else tells', () => {
    const { json } = read(
      'Rotterdam, 21 May 2025. On 20 May a delegation of the Voivodeship led by Vice-Marshal Marek Nowak visited Rotterdam, where it met the port director, Jan de Vries.',
      'NL',
      '2025-05-21',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Marek Nowak', side: 'partner' }),
        expect.objectContaining({ name: 'Jan de Vries', side: 'ours' }),
      ]),
    );
  });
});

describe("a university's school", () => {
  it("is not listed as a body of its own, and stays the dean's", () => {
    const { json } = read(
      'Mombasa, 12 June 2025. On 11 June the Ambassador visited the Technical University of Mombasa, where the Dean of the School of Engineering, Dr Grace Achieng, presented its maritime programmes.',
      'FI',
      '2025-06-12',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Technical University of Mombasa']);
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Grace Achieng', organisation: 'School of Engineering' })]);
  });
});

describe('bodies attached to another', () => {
  it('keeps "under the President of the Republic of Kazakhstan" in the name, and does not take the European Union for a body met', () => {
    const { json } = read(
      'Astana, 14 March 2024. On 13 March the Belgian delegation visited the Academy of Public Administration under the President of the Republic of Kazakhstan and discussed cooperation with the European Union.',
      'BE',
      '2024-03-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Academy of Public Administration under the President of the Republic of Kazakhstan']);
  });
});

describe('the visitors the lead names', () => {
  it('are of our side when they meet abroad, though the text gives them no country', () => {
    const { json } = read(
      'Nairobi, 12 June 2025\n\nCabinet Secretary Peter Wambugu visited Stockholm this week.\n\nOn 11 June in Stockholm, Mr Wambugu met the State Secretary for Trade, Håkan Jevrell.',
      'KE',
      '2025-06-12',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Peter Wambugu', side: 'ours' })]));
  });
});

describe('a body named only after the function that runs it', () => {
  it('takes the name after "president of" for the body', () => {
    const { json } = read('On 4 June 2025 in Baku the Ambassador met Rashad Huseynov, president of AZPROMO, the export promotion agency.', 'KZ', '2025-06-05');
    expect(json.meetings[0]!.organisations).toEqual(['AZPROMO']);
  });

  it('leaves a name that goes on past "and", and a person after a party, to what reads them whole', () => {
    const { json } = read(
      'On 4 June 2025 in Luxembourg the Ambassador met the Chairman of Foreign and European Affairs Committee of the Chamber of Deputies, President of LSAP Party Yves Cruchten.',
      'KZ',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Foreign');
    expect(json.meetings[0]!.organisations.join()).not.toContain('Cruchten');
  });
});

describe('a company after the word for its kind', () => {
  it('reads "cable-protection specialist SeaGuard" as SeaGuard', () => {
    const { json } = read(
      'On 12 May 2025 in Cardiff the Ambassador met Dafydd Rowlands, founder of Newport-based cable-protection specialist SeaGuard.',
      'MA',
      '2025-05-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['SeaGuard']);
  });

  it('reads "the grower cooperative Harvest House" as Harvest House', () => {
    const { json } = read(
      'On 14 May 2025 in Naaldwijk the Ambassador visited the grower cooperative Harvest House and discussed greenhouse exports with its managing director.',
      'IE',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Harvest House']);
  });
});

describe('where someone holds a function', () => {
  it('reads the name after "at" as their body', () => {
    const { json } = read(
      'On 12 March 2025 in Edinburgh the Cabinet Secretary met Sigrid Nygaard, Vice President, Renewables UK at Nordlys Havvind, to discuss floating wind.',
      'NO',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Nordlys Havvind']);
  });
});

describe('the companies a delegation brings', () => {
  it('are of the country of "a Belgian delegation", for which "a" is an article, not "to"', () => {
    const { json } = read(
      'On May 13 in Tashkent, First Deputy Minister of Investment Jasur Ergashev received a Belgian economic delegation headed by Ambassador Hélène Vandenberghe. The delegation also included executives of John Cockerill, Puratos, Katoen Natie and the pharmaceutical company UCB.',
      'BE',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Puratos');
  });
});

describe('a body named in Dutch in an English text', () => {
  it('reads "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur" whole, with its Dutch small words', () => {
    const { json } = read(
      'On 3 April in The Hague, Ambassador Fiona Garrick met Director-General Pieter Smit at the Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur to discuss seed potatoes. The two sides agreed that their experts would meet again in the autumn to compare the results of the trials.',
      'IE',
      '2025-04-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur']);
  });
});

describe('a visit still to come', () => {
  it('is no meeting: "the delegation is scheduled to hold meetings at…"', () => {
    const { json } = read(
      `On 21 October 2025 in Tbilisi, Deputy Minister Nikoloz Kvirikashvili received Vice-Minister Rūta Žemaitytė of Lithuania. The sides discussed transport and logistics.

Within the framework of the visit, the Lithuanian delegation is scheduled to hold meetings at the Ministry of Economy and Sustainable Development of Georgia and the Georgian Railway.`,
      'LT',
      '2025-10-22',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('a reception', () => {
  it('is no meeting: "attended a reception hosted by the Embassy"', () => {
    const { json } = read(
      `On 15 April 2025 in The Hague, Deputy Minister Davit Okropiridze held consultations with Director-General Marieke van der Linden. The sides discussed trade and connectivity.

In the evening, Deputy Minister Okropiridze attended a reception hosted by the Embassy of Georgia for members of the Georgian diaspora.`,
      'GE',
      '2025-04-16',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('a host who shows the group round', () => {
  it('reports a meeting: "Dr Pieter de Graaf … showed the group trials"', () => {
    const { json } = read(
      `On Monday 23 September 2024 in The Hague, the delegation met Director-General Marieke Smit of the Ministry of Agriculture. The sides discussed plant health.

On Tuesday 24 September in Bleiswijk, Dr Pieter de Graaf of Wageningen University & Research showed the group trials on energy-efficient glasshouses.`,
      'AU',
      '2024-09-26',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2024-09-23', '2024-09-24']);
  });
});

describe('a meeting someone undertook to arrange', () => {
  it('is still to come: "the Embassy undertook to facilitate a meeting between…" opens none', () => {
    const { json } = read(
      `On 30 October 2024 in Ghent, Ambassador Maria Santos met Dr Els Peeters, director of the AZ Sint-Jan hospital. The sides discussed the recruitment of Filipino nurses.

The hospital raised the length of diploma recognition procedures, while the Embassy undertook to facilitate a meeting between the hospital and the Department of Migrant Workers in Manila before the end of October.`,
      'PH',
      '2024-10-31',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('companies known by name', () => {
  it('finds a well-known company named alone, with its country: "visited Vestas", "met Biocon"', () => {
    const { json } = read(
      'On 29 October 2025 in Aarhus, Governor Bart Vanhoutte visited Vestas, where senior vice-president Anders Holm presented its turbine plants. On 30 October in Bengaluru, the delegation met executives of Biocon to discuss clinical trials.',
      'BE',
      '2025-10-31',
    );
    expect(json.meetings.map((meeting) => [meeting.organisations, meeting.partnerCountries])).toEqual([
      [['Vestas'], ['DK']],
      [['Biocon'], ['IN']],
    ]);
  });
});

describe("a university's site", () => {
  it('is the university: "Swansea University\'s Bay Campus" is Swansea University', () => {
    const { json } = read(
      "On 12 May 2025 the Minister visited Swansea University's Bay Campus, where she met Vice-Chancellor Paul Boyle to discuss marine energy research.",
      'MA',
      '2025-05-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Swansea University']);
  });
});

describe('what a name says of its country', () => {
  it('reads "TD" after a name as a member of the Irish parliament, so of Ireland', () => {
    const { json } = read(
      'On 13 May 2024 in Warsaw, the Minister of State for Trade Promotion at the Department of Enterprise, Trade and Employment, Deirdre Halloran TD, met Tomasz Wierzbicki, Undersecretary of State at the Ministry of Development and Technology.',
      'IE',
      '2024-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministry of Development and Technology']);
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Deirdre Halloran', side: 'ours' })]));
  });

  it('takes no town from a field in a body\'s name: "Department of Enterprise" is not in Enterprise, Alabama', () => {
    const { json } = read(
      'On 3 May 2024 in Dublin, the French Ambassador met Mary Byrne, Secretary General of the Department of Enterprise, Trade and Employment, to discuss investment.',
      'FR',
      '2024-05-04',
    );
    expect(json.meetings[0]!.partnerCountries).toEqual(['IE']);
  });
});

describe('legal forms of more countries', () => {
  it('reads "Inc." as North American: a Canadian mission meeting in Warsaw keeps the company on its own side', () => {
    const { json } = read(
      'On 14 May 2025 in Warsaw, the Canadian Ambassador met Agnieszka Dąbrowska, Deputy Minister of Climate. Rob MacLeod, CEO of Atlantic Reactor Services Inc., also took part. Discussions centred on financing for offshore wind.',
      'CA',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Atlantic Reactor Services Inc');
  });
});

describe("a company's board", () => {
  it('is the company\'s: "President of the Management Board of the Port of Gdynia Authority" names one body', () => {
    const { json } = read(
      'On 15 May 2025 the Minister travelled to Gdynia, where Piotr Kaczmarek, President of the Management Board of the Port of Gdynia Authority, presented the expansion of the container terminal.',
      'CA',
      '2025-05-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Port of Gdynia Authority']);
  });
});

describe('a legal form after a comma', () => {
  it('is the name\'s: "West Pharmaceutical Services, Inc." is one body, not "Inc" besides', () => {
    const { json } = read(
      'On 12 June 2025 in Dublin, the Minister met Enterprise Ireland. Executives from West Pharmaceutical Services, Inc. and Aurora Biosciences LLC joined the talks on life sciences.',
      'IE',
      '2025-06-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['West Pharmaceutical Services, Inc', 'Aurora Biosciences LLC']);
  });
});

describe('a body listed after "representatives of"', () => {
  it('is read whole when its head is not its first word: "the Pennsylvania Department of Agriculture"', () => {
    const { json } = read(
      'On 10 September 2024 in Dublin, the Minister for Agriculture met representatives of the Pennsylvania Department of Agriculture to discuss dairy exports.',
      'IE',
      '2024-09-11',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Pennsylvania Department of Agriculture']);
  });
});

describe('companies named just after the word for them', () => {
  it('are not the people named after "the companies": "vice presidents of the companies Marco Ruiz and Jonas Weber"', () => {
    const { json } = read(
      'On 8 April 2025 in Astana, at the meeting with representatives of Orvane and Delmar Steel, senior vice presidents of the companies Marco Ruiz and Jonas Weber presented the results.',
      'KZ',
      '2025-04-09',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Marco Ruiz');
  });

  it('are each a body, and a name ends at its "\'s": "the laser companies Light Conversion, Ekspla and Altechna"', () => {
    const { json } = read(
      "On 8 April 2025 in New Delhi, the Minister met representatives of the Lithuanian laser companies Light Conversion, Ekspla and Altechna, including Light Conversion's Chief Business Officer Mantas Petraitis.",
      'IN',
      '2025-04-09',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Light Conversion', 'Ekspla', 'Altechna']);
  });
});

describe('a body named after a state or a province', () => {
  it('is of its country, from the library of regions: "Government of Saskatchewan" is Canadian, "Trade and Investment Queensland" Australian', () => {
    const canada = read('On 3 June 2025 in Canberra, the Minister met representatives of the Government of Saskatchewan.', 'NZ', '2025-06-04').json;
    expect(canada.meetings[0]!.partnerCountries).toContain('CA');
    const australia = read(
      'On 3 June 2025 in Mumbai, the Minister met the Chief Executive of Trade and Investment Queensland, Anna Collins.',
      'IN',
      '2025-06-04',
    ).json;
    expect(australia.meetings[0]!.partnerCountries).toEqual(['AU']);
    expect(australia.meetings[0]!.counterparts[0]!.side).toBe('partner');
  });
});

describe('what a function covers', () => {
  it('is no body, and the body after "at" is: "Director of Planning at Ghana Water Limited", "Deputy CEO in charge of Investor Services"', () => {
    const { json } = read(
      'On 4 March 2025 in Accra, the Ambassador met the CEO of the Ghana Investment Promotion Centre, Mrs. Abena Owusu-Ansah. She was joined by the Deputy CEO in charge of Investor Services, Mr. Kwesi Mensah-Bonsu, and Ing. Esi Quaye, Director of Planning at Ghana Water Limited.',
      'NL',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ghana Investment Promotion Centre', 'Ghana Water Limited']);
  });

  it('is no body when it is a university\'s portfolio: "the Dean of Global Engagement"', () => {
    const { json } = read(
      'On 19 February 2025 in Chennai, the Minister visited the Indian Institute of Technology Madras, where she was welcomed by the Dean of Global Engagement, Professor Meenakshi Raghavan.',
      'AU',
      '2025-02-20',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Indian Institute of Technology Madras']);
  });
});

describe('who was in the delegation', () => {
  it('is of its side: "Also in the delegation were representatives of Koppert and Royal Eijkelkamp"', () => {
    const { json } = read(
      'On 4 March 2025 in Accra, a Dutch delegation led by the Ambassador of the Netherlands met the CEO of the Ghana Investment Promotion Centre, Mrs. Abena Owusu-Ansah. Also in the delegation were representatives of Koppert and Royal Eijkelkamp.',
      'NL',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ghana Investment Promotion Centre']);
  });
});

describe('a region of two words after a body run by someone', () => {
  it('is part of its name: "the Managing Director of Guidance Tamil Nadu"', () => {
    const { json } = read(
      'On 18 February 2025 in Chennai, the Minister called on the Managing Director of Guidance Tamil Nadu, Ms Divya Krishnan.',
      'AU',
      '2025-02-20',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Guidance Tamil Nadu']);
  });
});

describe("a ministry's unit for a field or a part of the world", () => {
  it('is its people\'s, not a body met: "the Department for the Americas and Asia", "the Asia, Africa and Oceania Department"', () => {
    const { json } = read(
      'On 9 April 2025 in New Delhi, the Vice-Minister met the Secretary (West), Anil Mehta. Deputy Director General Mikko Lehtonen of the Department for the Americas and Asia and the Director of the Asia, Africa and Oceania Department, Tomas Žilinskas, also took part.',
      'IN',
      '2025-04-10',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe("a kind's word inside a name", () => {
  it('does not cut the name: "Tata Consultancy Services" is one body, not "Services"', () => {
    const { json } = read('On 6 November 2025 in Bern, the State Secretary met Tata Consultancy Services and Biocon.', 'CH', '2025-11-07');
    expect(json.meetings[0]!.organisations).toEqual(['Tata Consultancy Services', 'Biocon']);
  });
});

describe("a country's or a state's possessive before a body", () => {
  it('says whose the body is and is no part of its name: "Viet Nam\'s Ministry of Finance", not "People\'s Committee"', () => {
    const { json } = read(
      "On 12 March 2025 in Hanoi, the Minister met officials from Viet Nam's Ministry of Finance and the Ho Chi Minh City People's Committee.",
      'NZ',
      '2025-03-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministry of Finance', "Ho Chi Minh City People's Committee"]);
    expect(json.meetings[0]!.partnerCountries).toEqual(['VN']);
  });
});

describe('bodies said to be in attendance', () => {
  it('took part: "officials of the Nigerian Investment Promotion Commission (NIPC) and the Bank of Industry (BOI) were in attendance"', () => {
    const { json } = read(
      'On 14 July 2025 in Abuja, the Minister of State co-chaired the session with the Polish Undersecretary of State. Officials of the Nigerian Investment Promotion Commission (NIPC) and the Bank of Industry (BOI) were in attendance.',
      'PL',
      '2025-07-17',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Nigerian Investment Promotion Commission', 'Bank of Industry']);
  });
});

describe("companies named after a region's name", () => {
  it('are of its country: "Wisconsin firms including Badger Meter and Rite-Hite" are ours for a US mission', () => {
    const { json } = read(
      'On Wednesday, 8 October 2025, the companies took part in a matchmaking session in Monterrey hosted by the Nuevo León Chamber of Industry. Wisconsin firms including Badger Meter and Rite-Hite met purchasing teams from Ternium.',
      'US',
      '2025-10-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Nuevo León Chamber of Industry', 'Ternium']);
  });
});

describe('teams from companies', () => {
  it('are from bodies that took part: "met purchasing teams from Ternium, Arca Continental and Metalsa, S.A. de C.V."', () => {
    const { json } = read(
      'On 8 October 2025 in Monterrey, the trade delegation met purchasing teams from Ternium, Arca Continental and Metalsa, S.A. de C.V.',
      'US',
      '2025-10-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ternium', 'Arca Continental', 'Metalsa, S.A. de C.V.']);
  });
});

describe('well-known companies and agencies', () => {
  it('are of their own country, so a Singapore mission does not log its own: Keppel, Sembcorp and the Economic Development Board', () => {
    const { json } = read(
      'On 12 March 2025 in Lima, the Minister met Peru’s Minister of Energy and Mines, Jorge Salas. Ms Lydia Ong, Head of Renewables at Sembcorp Industries, representatives from Keppel and officials of the Economic Development Board joined the meeting.',
      'SG',
      '2025-03-14',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe('an engineer’s honorific', () => {
  it('stands before a name as "Dr." does: "the Chief Executive of the Ghana Irrigation Development Authority (GIDA), Ing. Samuel Owusu"', () => {
    const { json } = read(
      'ACCRA - On Tuesday, 8 April 2025, the Minister held talks with a Hungarian delegation in Accra. The Chief Executive of the Ghana Irrigation Development Authority (GIDA), Ing. Samuel Owusu, joined the Minister for the meeting.',
      'HU',
      '2025-04-09',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      { name: 'Samuel Owusu', title: 'Chief Executive', organisation: 'Ghana Irrigation Development Authority', side: 'partner' },
    ]);
  });
});

describe("a minister's ministry named another way on the page", () => {
  it('is the ministry the page names: "Minister for Food and Agriculture" under the masthead "Ministry of Food and Agriculture"', () => {
    const { json } = read(
      'Ministry of Food and Agriculture\n\nACCRA - The Minister for Food and Agriculture, Hon. Kwabena Asante-Mensah, on Tuesday, 8 April 2025, held talks with a Hungarian delegation in Accra.',
      'HU',
      '2025-04-09',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministry of Food and Agriculture']);
  });
});

describe('bodies said to have joined', () => {
  it('took part: "saw the participation of Tata Consultancy Services and Biocon", "was joined by … at Mainstream Renewable Power"', () => {
    const { json } = read(
      'On 12 May 2025 in Warsaw, the Minister met the Deputy Minister of Development, Jan Nowak. The roundtable that followed saw the participation of Tata Consultancy Services and Biocon. She was joined by Gráinne Doherty, Head of Business Development at Mainstream Renewable Power.',
      'PL',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Tata Consultancy Services', 'Biocon', 'Mainstream Renewable Power']));
  });
});
