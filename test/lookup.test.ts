/**
 * The offline "which council covers this?" lookup: known answers. Every expected answer was checked
 * against the rows of ../shared/data/*.csv quoted beside it (sector and district rows are
 * `postcode,lad_code,lad_name,share,postcodes`; place rows are `name,name_cy,type,lad_code,lad_name`).
 */
import { expect } from '@open-wc/testing';
import { decodeLookupData, findAuthority, matchKey, normalise, parsePostcode, type LookupData, type LookupResult } from '../src/lookup/find-authority.js';
import { loadLookupData } from '../src/lookup/load-lookup-data.js';
import { ATTRIBUTION, LICENCE_URL } from '../src/lookup/attribution.js';
import * as raw from '../src/lookup/lookup-data.js';
import { shippedDirectory } from '../src/directory/shipped.js';

let data: LookupData;
before(async () => {
  data = await loadLookupData();
});

const find = (q: string): LookupResult => findAuthority(q, data);

/** A single Welsh authority. */
function expectAuthority(q: string, id: string, via?: string): void {
  const r = find(q);
  expect(r, `"${q}"`).to.include({ kind: 'authority', id });
  if (via) expect(r, `"${q}"`).to.include({ via });
}

describe('normalise and matchKey', () => {
  it('folds accents, case, hyphens, spaces and apostrophes', () => {
    expect(normalise('Cwmbrân')).to.equal('cwmbran');
    expect(normalise('  Ynys   Môn ')).to.equal('ynys mon');
    expect(normalise('Pont-y-Pŵl')).to.equal('pont y pwl');
    expect(normalise("Bishop's Moat")).to.equal('bishops moat');
    expect(normalise('Bishop’s Moat')).to.equal('bishops moat');
    expect(normalise('Mochras (Shell Island)')).to.equal('mochras shell island');
    expect(normalise(' - ')).to.equal('');
  });

  it('matches names written with or without spaces and hyphens, and "Saint" as "St"', () => {
    expect(matchKey('pont y pwl')).to.equal(matchKey('Pont-y-pŵl'));
    expect(matchKey('Pontypwl')).to.equal(matchKey('Pont-y-pŵl'));
    expect(matchKey('Saint Davids')).to.equal(matchKey('St. Davids'));
    expect(matchKey('Cwmbran')).not.to.equal(matchKey('Cwmbrwyno'));
  });
});

describe('parsePostcode', () => {
  const cases: [string, ReturnType<typeof parsePostcode>][] = [
    ['NP4 6AB', { district: 'NP4', sector: 'NP4 6' }],
    ['np46ab', { district: 'NP4', sector: 'NP4 6' }],
    [' np4  6ab ', { district: 'NP4', sector: 'NP4 6' }],
    ['CF10 1EP', { district: 'CF10', sector: 'CF10 1' }],
    ['CF101EP', { district: 'CF10', sector: 'CF10 1' }],
    ['NP4 6', { district: 'NP4', sector: 'NP4 6' }],
    ['CF101', { district: 'CF10', sector: 'CF10 1' }],
    ['NP4', { district: 'NP4' }],
    ['CF10', { district: 'CF10', sectorIfNotDistrict: 'CF1 0' }],
    ['NP46', { district: 'NP46', sectorIfNotDistrict: 'NP4 6' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => expect(parsePostcode(text)).to.deep.equal(expected));
  }
  for (const text of ['Cardiff', 'NP', '12345', 'NP4 6AB X', 'Y Fenni', '']) {
    it(`does not read "${text}" as a postcode`, () => expect(parsePostcode(text)).to.equal(undefined));
  }
});

describe('findAuthority: towns and cities, in English and Welsh', () => {
  const towns: [string, string][] = [
    ['Cwmbrân', 'torfaen'], // Cwmbrân,,Town,W06000020,Torfaen (there is no "Cwmbran" row)
    ['Cwmbran', 'torfaen'],
    ['cwmbran', 'torfaen'],
    ['Abergavenny', 'monmouthshire'], // Abergavenny,Y Fenni,Town,W06000021,Monmouthshire
    ['Y Fenni', 'monmouthshire'],
    ['Wrexham', 'wrexham'], // Wrexham,Wrecsam,Town,W06000006,Wrexham
    ['Wrecsam', 'wrexham'],
    ['Aberystwyth', 'ceredigion'], // Aberystwyth,,Town,W06000008,Ceredigion
    ['Caerdydd', 'cardiff'], // Cardiff,Caerdydd,City,W06000015,Cardiff
    ['Cardiff', 'cardiff'],
    ['Merthyr Tydfil', 'merthyr-tydfil'], // Merthyr Tydfil,Merthyr Tudful,Town,W06000024,Merthyr Tydfil
    ['Merthyr Tudful', 'merthyr-tydfil'],
    ['Llandudno', 'conwy'], // Llandudno,,Town,W06000003,Conwy
    ['Bangor', 'gwynedd'], // Bangor,,City,W06000002,Gwynedd
    ['Bangor-is-y-coed', 'wrexham'], // Bangor-on-Dee,Bangor-is-y-coed,Village,W06000006,Wrexham
    ['bangor on dee', 'wrexham'],
    ['Pont y pwl', 'torfaen'], // Pontypool,Pont-y-pŵl,Town,W06000020,Torfaen
    ['Bargoed', 'caerphilly'], // Bargod,Bargoed,Town,W06000018,Caerphilly (OS's tags swapped)
    ['Abaty Cwm-hir', 'powys'], // Abbeycwmhir,Abaty Cwm-hir,Hamlet,W06000023,Powys
  ];
  for (const [q, id] of towns) {
    it(`"${q}" is in ${id}`, () => expectAuthority(q, id, 'place'));
  }

  it('says which place matched, as OS writes it', () => {
    expect(find('cwmbran')).to.deep.equal({ kind: 'authority', id: 'torfaen', via: 'place', match: 'Cwmbrân', placeType: 'town' });
    expect(find('y fenni')).to.deep.include({ match: 'Y Fenni' });
  });

  it('finds a council by its own name, English or Welsh, with or without accents', () => {
    expectAuthority('Ynys Mon', 'isle-of-anglesey', 'council');
    expectAuthority('Sir Fynwy', 'monmouthshire', 'council');
    expectAuthority('Vale of Glamorgan', 'vale-of-glamorgan', 'council');
    expectAuthority('Bro Morgannwg', 'vale-of-glamorgan', 'council');
  });
});

describe('findAuthority: postcodes', () => {
  it('a full postcode is cut to its sector', () => {
    // NP4 6,W06000020,Torfaen,1,281
    expect(find('NP4 6AB')).to.deep.equal({ kind: 'authority', id: 'torfaen', via: 'sector', match: 'NP4 6' });
    expect(find('np46ab')).to.deep.equal({ kind: 'authority', id: 'torfaen', via: 'sector', match: 'NP4 6' });
  });

  it('a sector', () => {
    expectAuthority('NP4 6', 'torfaen', 'sector');
    // CF10 1,W06000015,Cardiff,1,115
    expectAuthority('CF10 1', 'cardiff', 'sector');
    expectAuthority('CF101', 'cardiff', 'sector');
  });

  it('a district', () => {
    // CF10,W06000015,Cardiff,1,635
    expect(find('CF10')).to.deep.equal({ kind: 'authority', id: 'cardiff', via: 'district', match: 'CF10' });
  });

  it('a sector written without its space, when no district has that name', () => {
    expect(find('NP46')).to.deep.equal({ kind: 'authority', id: 'torfaen', via: 'sector', match: 'NP4 6' });
  });

  it('a district split between two Welsh authorities offers both, with their shares', () => {
    // NP4,W06000020,Torfaen,0.931,1282 / NP4,W06000021,Monmouthshire,0.069,95
    expect(find('NP4')).to.deep.equal({
      kind: 'choice',
      via: 'district',
      match: 'NP4',
      options: [
        { id: 'torfaen', share: 0.93 },
        { id: 'monmouthshire', share: 0.07 },
      ],
    });
  });

  it('a postcode that is not in the data, nor its district, is not found', () => {
    expect(find('BS1 4DJ')).to.deep.equal({ kind: 'none', reason: 'postcode' });
    expect(find('SW1A')).to.deep.equal({ kind: 'none', reason: 'postcode' });
  });
});

describe('findAuthority: on a border', () => {
  it('a sector spanning two Welsh authorities: NP4 0 (Torfaen and Monmouthshire)', () => {
    // NP4 0,W06000020,Torfaen,0.608,121 / NP4 0,W06000021,Monmouthshire,0.392,78
    expect(find('NP4 0')).to.deep.equal({
      kind: 'choice',
      via: 'sector',
      match: 'NP4 0',
      options: [
        { id: 'torfaen', share: 0.61 },
        { id: 'monmouthshire', share: 0.39 },
      ],
    });
  });

  it('a sector spanning Newport and Cardiff: CF3 2, from a full postcode', () => {
    // CF3 2,W06000022,Newport,0.673,70 / CF3 2,W06000015,Cardiff,0.327,34
    expect(find('CF3 2AA')).to.deep.include({ kind: 'choice', via: 'sector', match: 'CF3 2' });
    expect((find('CF3 2AA') as Extract<LookupResult, { kind: 'choice' }>).options).to.deep.equal([
      { id: 'newport', share: 0.67 },
      { id: 'cardiff', share: 0.33 },
    ]);
  });

  it('a border sector mostly in England: NP16 7 (Forest of Dean, where Gloucestershire County Council runs children’s services)', () => {
    // NP16 7,E07000080,Forest of Dean,0.985,193 / NP16 7,W06000021,Monmouthshire,0.015,3
    expect(find('NP16 7')).to.deep.equal({
      kind: 'choice',
      via: 'sector',
      match: 'NP16 7',
      options: [
        { englishCouncil: 'Forest of Dean', runBy: 'Gloucestershire County Council', share: 0.99 },
        { id: 'monmouthshire', share: 0.02 },
      ],
    });
  });

  it('a border sector mostly in Wales: NP25 4 (Monmouthshire, part Forest of Dean)', () => {
    // NP25 4,W06000021,Monmouthshire,0.909,159 / NP25 4,E07000080,Forest of Dean,0.091,16
    const r = find('NP25 4') as Extract<LookupResult, { kind: 'choice' }>;
    expect(r.kind).to.equal('choice');
    expect(r.options).to.deep.equal([
      { id: 'monmouthshire', share: 0.91 },
      { englishCouncil: 'Forest of Dean', runBy: 'Gloucestershire County Council', share: 0.09 },
    ]);
  });

  it('a border sector in Wrexham and Shropshire: LL14 5', () => {
    // LL14 5,W06000006,Wrexham,0.812,121 / LL14 5,E06000051,Shropshire,0.188,28
    expect((find('LL14 5') as Extract<LookupResult, { kind: 'choice' }>).options).to.deep.equal([
      { id: 'wrexham', share: 0.81 },
      { englishCouncil: 'Shropshire', share: 0.19 },
    ]);
  });

  it('a border sector in Powys and Herefordshire: HR3 5 ("County of Herefordshire" in the source)', () => {
    // HR3 5,W06000023,Powys,0.79,196 / HR3 5,E06000019,County of Herefordshire,0.21,52
    expect((find('HR3 5') as Extract<LookupResult, { kind: 'choice' }>).options).to.deep.equal([
      { id: 'powys', share: 0.79 },
      { englishCouncil: 'Herefordshire', share: 0.21 },
    ]);
  });

  it('a border district: CH4 (Cheshire West and Chester, and Flintshire)', () => {
    // CH4,E06000050,Cheshire West and Chester,0.522,479 / CH4,W06000005,Flintshire,0.478,439
    expect((find('CH4') as Extract<LookupResult, { kind: 'choice' }>).options).to.deep.equal([
      { englishCouncil: 'Cheshire West and Chester', share: 0.52 },
      { id: 'flintshire', share: 0.48 },
    ]);
    // CH4 0,W06000005,Flintshire,1,292: the full postcode settles it.
    expectAuthority('CH4 0AA', 'flintshire', 'sector');
  });

  it('the district most nearly in England, GL16 (no district in the data is wholly English)', () => {
    // GL16,E07000080,Forest of Dean,0.998,497 / GL16,W06000021,Monmouthshire,0.002,1
    expect((find('GL16') as Extract<LookupResult, { kind: 'choice' }>).options).to.deep.equal([
      { englishCouncil: 'Forest of Dean', runBy: 'Gloucestershire County Council', share: 1 },
      { id: 'monmouthshire', share: 0 },
    ]);
  });

  it('a sector wholly in England: CH1 1AB is in Cheshire West and Chester', () => {
    // CH1,E06000050,Cheshire West and Chester,0.98,1044 in the districts file, but only
    // CH1 4 (172) and CH1 6 (157) in the sectors file: the other 715 are in sectors wholly in
    // England, which the sectors file leaves out. (CH1 1AB is E06000050 in Code-Point Open.)
    expect(find('CH1 1AB')).to.deep.equal({ kind: 'england', council: 'Cheshire West and Chester', via: 'sector', match: 'CH1 1' });
  });

  it('a sector wholly in England where two English councils are left: a choice between them, without shares', () => {
    // SY14: CWaC 267 and Cheshire East 50 in the district; only SY14 7 (CWaC 125, Shropshire 1) is listed.
    expect(find('SY14 8')).to.deep.equal({
      kind: 'choice',
      via: 'sector',
      match: 'SY14 8',
      options: [{ englishCouncil: 'Cheshire East' }, { englishCouncil: 'Cheshire West and Chester' }],
    });
  });

  it('a missing sector in a district with no English-only sectors falls back to the district', () => {
    // NP16 has sectors 5, 6, 7 and 9 listed, and all its Forest of Dean postcodes are in NP16 7.
    expect(find('NP16 8')).to.deep.include({ kind: 'choice', via: 'district', match: 'NP16' });
  });
});

describe('findAuthority: names in more than one authority', () => {
  it('Newport: the city (Newport) and the town (Pembrokeshire)', () => {
    // Newport,Casnewydd,City,W06000022,Newport / Newport,Trefdraeth,Town,W06000009,Pembrokeshire
    expect(find('Newport')).to.deep.equal({
      kind: 'choice',
      via: 'place',
      match: 'Newport',
      options: [
        { id: 'newport', placeName: 'Newport', placeType: 'city' },
        { id: 'pembrokeshire', placeName: 'Newport', placeType: 'town' },
      ],
    });
    expectAuthority('Casnewydd', 'newport', 'place');
    // ...and its Welsh name is also a hamlet on Anglesey: Trefdraeth,,Hamlet,W06000001,Isle of Anglesey
    expect((find('Trefdraeth') as Extract<LookupResult, { kind: 'choice' }>).options).to.deep.equal([
      { id: 'pembrokeshire', placeName: 'Trefdraeth', placeType: 'town' },
      { id: 'isle-of-anglesey', placeName: 'Trefdraeth', placeType: 'hamlet' },
    ]);
  });

  it('Bridgend: the town (Bridgend) and a suburb (Ceredigion)', () => {
    // Bridgend,Pen-y-bont ar Ogwr,Town,W06000013,Bridgend / Bridgend,,Suburban Area,W06000008,Ceredigion
    const r = find('Bridgend') as Extract<LookupResult, { kind: 'choice' }>;
    expect(r.options.map((o) => o.id)).to.deep.equal(['bridgend', 'ceredigion']);
  });

  it('Bethel: a village in Anglesey and in Gwynedd', () => {
    // Bethel,,Village,W06000001,Isle of Anglesey / Bethel,,Village,W06000002,Gwynedd
    const r = find('bethel') as Extract<LookupResult, { kind: 'choice' }>;
    expect(r.options.map((o) => o.id)).to.deep.equal(['gwynedd', 'isle-of-anglesey']);
  });

  it('Pentre: five authorities, larger places first', () => {
    const r = find('Pentre') as Extract<LookupResult, { kind: 'choice' }>;
    expect(r.options.map((o) => `${o.id}:${o.placeType}`)).to.deep.equal([
      'flintshire:village',
      'powys:village',
      'wrexham:village',
      'rhondda-cynon-taf:suburb',
      'denbighshire:hamlet',
    ]);
  });
});

describe('findAuthority: names that only start with what was typed', () => {
  it('one match', () => {
    expect(find('Aberystw')).to.deep.equal({ kind: 'authority', id: 'ceredigion', via: 'place', match: 'Aberystwyth', placeType: 'town' });
  });

  it('a few matches: a choice', () => {
    // Cwmbrân (Torfaen, town) and Cwmbrwyno,,Hamlet,W06000008,Ceredigion
    expect(find('Cwmbr')).to.deep.equal({
      kind: 'choice',
      via: 'place',
      match: 'Cwmbr',
      partial: true,
      options: [
        { id: 'torfaen', placeName: 'Cwmbrân', placeType: 'town' },
        { id: 'ceredigion', placeName: 'Cwmbrwyno', placeType: 'hamlet' },
      ],
    });
  });

  it('a small settlement of the same name does not hide the town: Merthyr', () => {
    // Merthyr,,Other Settlement,W06000010,Carmarthenshire
    const r = find('Merthyr') as Extract<LookupResult, { kind: 'choice' }>;
    expect(r.options).to.deep.equal([
      { id: 'merthyr-tydfil', placeName: 'Merthyr Tydfil', placeType: 'town' },
      { id: 'carmarthenshire', placeName: 'Merthyr', placeType: 'settlement' },
    ]);
  });

  it('too many: asks for more of the name', () => {
    expect(find('Llanf')).to.deep.equal({ kind: 'none', reason: 'too-many' });
  });

  it('a whole name wins over longer names that start with it', () => {
    // Llan,,Village,W06000023,Powys (and hundreds of Llan... elsewhere)
    expectAuthority('Llan', 'powys', 'place');
  });
});

describe('findAuthority: nothing to find', () => {
  it('an unknown name', () => expect(find('Xyzzyville')).to.deep.equal({ kind: 'none' }));
  it('too short to guess from', () => expect(find('Qz')).to.deep.equal({ kind: 'none' }));
  it('an empty string', () => expect(find('')).to.deep.equal({ kind: 'empty' }));
  it('only spaces and punctuation', () => expect(find('  - ')).to.deep.equal({ kind: 'empty' }));
});

describe('the generated data', () => {
  it('names every council in the shipped directory, and only those', () => {
    const ids = data.councils.flatMap((c) => (c.country === 'wales' ? [c.id] : []));
    expect([...ids].sort()).to.deep.equal(shippedDirectory.authorities.map((a) => a.id).sort());
  });

  it('has every sector of the CSV (609) and district (212)', () => {
    expect(data.sectors.size).to.equal(609);
    expect(data.districts.size).to.equal(212);
  });

  it('carries the same attribution as the finder shows', () => {
    expect(raw.attribution).to.deep.equal(ATTRIBUTION);
    expect(raw.licenceUrl).to.equal(LICENCE_URL);
  });

  it('loads once: the same decoded data every time', async () => {
    expect(await loadLookupData()).to.equal(data);
    expect(decodeLookupData(raw).keys).to.deep.equal(data.keys);
  });
});
