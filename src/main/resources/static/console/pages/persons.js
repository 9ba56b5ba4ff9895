// Persons: search by NIK, name, birth date and village ('#/persons?nik=&name=&birth_date=&village_code=&offset='),
// and one person ('#/persons/{id}'): the golden record with where each value came from, the source records and why
// they are linked, merges, history, services and, on click, the lineage of one field.
import {h, show, table, num, when} from '../dom.js';
import {FIELD_LABELS, labeled, queryOf, text, weight, missingEndpoint} from './_people.js';

const PAGE = 20;

export const messages = {
  id: {
    'title': 'Penduduk', 'search': 'Cari penduduk', 'nik': 'NIK', 'name': 'Nama', 'birth_date': 'Tanggal lahir',
    'village_code': 'Kode desa/kelurahan', 'submit': 'Cari', 'clear': 'Kosongkan',
    'help': 'Isi satu kriteria atau lebih. Nama dicocokkan per kata seperti pada pencocokan: gelar diabaikan, ejaan lama sama dengan ejaan baru (Soedjono = Sudjono), dan ejaan dengan bunyi sama dianggap sama (Achmad = Ahmad).',
    'results': 'Hasil', 'none': 'Tidak ada penduduk yang cocok', 'sources': 'Sumber', 'open': 'Buka',
    'prev': '← Sebelumnya', 'next': 'Berikutnya →', 'page': 'Hasil {from}–{to}',
    'person': 'Penduduk', 'golden': 'Rekaman emas', 'field': 'Kolom', 'value': 'Nilai', 'from': 'Asal',
    'rule': 'aturan {rule}', 'run': 'run {run}', 'lineage': 'Riwayat nilai', 'lineage.of': 'Asal-usul: {field}',
    'lineage.current': 'Nilai sekarang dari {source} / {record}, run {run} ({trigger} {origin}), diterima {at}',
    'lineage.none': 'Tidak ada sumber yang mengisi kolom ini.', 'version': 'Versi', 'previous': 'Sebelumnya', 'at': 'Waktu',
    'links': 'Rekaman sumber', 'source': 'Sumber', 'record': 'ID rekaman', 'link_rule': 'Aturan', 'score': 'Skor',
    'linked_at': 'Ditautkan', 'warnings': 'Peringatan', 'why': 'Alasan', 'comparison': 'Perbandingan', 'level': 'Tingkat',
    'weight': 'Bobot', 'decision': 'Keputusan {decision}, bobot {weight}, peluang {probability}',
    'candidate': 'dibandingkan dengan {id}', 'hard_negative': 'aturan pemisah: {rule}',
    'merges': 'Penggabungan', 'merged': 'Digabung: {retired} → {surviving}', 'unmerged': 'Dipisah: {source}/{record} → {person}',
    'by': 'oleh {actor}: {reason}', 'resolved_from': 'ID {id} sudah digabung ke penduduk ini.',
    'versions': 'Riwayat', 'changed': 'Perubahan', 'steward': 'pengelola data',
    'services': 'Layanan', 'agency': 'Instansi', 'service_type': 'Jenis layanan', 'external_id': 'ID eksternal', 'status': 'Status',
    'no.links': 'Tidak ada rekaman sumber', 'no.versions': 'Tidak ada riwayat', 'no.services': 'Tidak ada layanan',
    'no.merges': 'Belum pernah digabung atau dipisah', 'back': '← Pencarian',
    ...FIELD_LABELS.id
  },
  en: {
    'title': 'Persons', 'search': 'Find persons', 'nik': 'NIK', 'name': 'Name', 'birth_date': 'Date of birth',
    'village_code': 'Village code', 'submit': 'Search', 'clear': 'Clear',
    'help': 'Fill in one criterion or more. Names are compared word by word as the matcher does: titles are ignored, old spelling equals new spelling (Soedjono = Sudjono), and spellings of one sound are alike (Achmad = Ahmad).',
    'results': 'Results', 'none': 'No person matches', 'sources': 'Sources', 'open': 'Open',
    'prev': '← Previous', 'next': 'Next →', 'page': 'Results {from}–{to}',
    'person': 'Person', 'golden': 'Golden record', 'field': 'Field', 'value': 'Value', 'from': 'From',
    'rule': 'rule {rule}', 'run': 'run {run}', 'lineage': 'Lineage', 'lineage.of': 'Lineage: {field}',
    'lineage.current': 'Current value from {source} / {record}, run {run} ({trigger} {origin}), received {at}',
    'lineage.none': 'No source supplies this field.', 'version': 'Version', 'previous': 'Before', 'at': 'When',
    'links': 'Source records', 'source': 'Source', 'record': 'Record id', 'link_rule': 'Rule', 'score': 'Score',
    'linked_at': 'Linked', 'warnings': 'Warnings', 'why': 'Why', 'comparison': 'Comparison', 'level': 'Level',
    'weight': 'Weight', 'decision': 'Decision {decision}, weight {weight}, probability {probability}',
    'candidate': 'compared with {id}', 'hard_negative': 'hard negative: {rule}',
    'merges': 'Merges', 'merged': 'Merged: {retired} → {surviving}', 'unmerged': 'Split: {source}/{record} → {person}',
    'by': 'by {actor}: {reason}', 'resolved_from': 'Id {id} was merged into this person.',
    'versions': 'History', 'changed': 'Changes', 'steward': 'data steward',
    'services': 'Services', 'agency': 'Agency', 'service_type': 'Service type', 'external_id': 'External id', 'status': 'Status',
    'no.links': 'No source records', 'no.versions': 'No history', 'no.services': 'No services',
    'no.merges': 'Never merged or split', 'back': '← Search',
    ...FIELD_LABELS.en
  }
};

export async function render(view, ctx) {
  return ctx.path.length ? person(view, ctx, ctx.path[0]) : search(view, ctx);
}

async function search(view, {api, t, lang, query, navigate, problem}) {
  const value = name => query.get(name) || '';
  const inputs = {
    nik: h('input', {name: 'nik', value: value('nik'), inputmode: 'numeric', maxlength: 24, placeholder: '3316…', dataset: {testid: 'search-nik'}}),
    name: h('input', {name: 'name', value: value('name'), maxlength: 200, dataset: {testid: 'search-name'}}),
    birth_date: h('input', {name: 'birth_date', value: value('birth_date'), placeholder: '1987-09-05', maxlength: 10, dataset: {testid: 'search-birth-date'}}),
    village_code: h('input', {name: 'village_code', value: value('village_code'), placeholder: '33.16.09.1006', maxlength: 16, dataset: {testid: 'search-village'}})
  };
  const criteria = () => Object.fromEntries(Object.entries(inputs).map(([k, input]) => [k, input.value]));
  const form = h('form', {class: 'inline', dataset: {testid: 'search'}, onsubmit: e => {
    e.preventDefault();
    navigate('#/persons' + queryOf(criteria()));
  }},
  Object.entries(inputs).map(([k, input]) => labeled(t(k), input)),
  h('button', {type: 'submit', dataset: {testid: 'search-submit'}}, t('submit')),
  h('button', {type: 'button', class: 'secondary', dataset: {testid: 'search-clear'}, onclick: () => navigate('#/persons')}, t('clear')));

  const results = h('section', {dataset: {testid: 'search-results'}});
  show(view, h('h1', {}, t('title')), h('section', {}, h('h2', {}, t('search')), form, h('p', {class: 'help'}, t('help'))), results);
  const given = Object.fromEntries(Object.keys(inputs).map(k => [k, value(k)]));
  if (!Object.values(given).some(v => v.trim() !== '')) {
    results.hidden = true;
    inputs.nik.focus();
    return;
  }
  const offset = Math.max(0, parseInt(query.get('offset') || '0', 10) || 0);
  let found;
  try {
    found = await api('/api/v1/persons' + queryOf({...given, limit: PAGE, offset}));
  } catch (err) {
    show(results, problem(err));
    return;
  }
  const page = delta => navigate('#/persons' + queryOf({...given, offset: offset + delta || null}));
  show(results,
    h('h2', {}, t('results')),
    found.length ? h('p', {class: 'muted', dataset: {testid: 'search-page'}}, t('page', {from: offset + 1, to: offset + found.length})) : null,
    table([
      {label: t('name'), value: p => h('a', {href: '#/persons/' + p.id, dataset: {testid: 'person-link'}}, text(p.record.full_name))},
      {label: t('nik'), value: p => text(p.record.nik)},
      {label: t('birth_date'), value: p => text(p.record.birth_date)},
      {label: t('village_code'), value: p => [text(p.record.village_code), p.record.village_name ? ' ' + p.record.village_name : '']},
      {label: t('sources'), class: 'num', value: p => num(p.links.length, lang)}
    ], found, t('none'), {dataset: {testid: 'search-table'}}),
    h('div', {class: 'actions'},
      offset > 0 ? h('button', {type: 'button', class: 'secondary', dataset: {testid: 'page-prev'}, onclick: () => page(-Math.min(PAGE, offset))}, t('prev')) : null,
      found.length === PAGE ? h('button', {type: 'button', class: 'secondary', dataset: {testid: 'page-next'}, onclick: () => page(PAGE)}, t('next')) : null));
}

async function person(view, ctx, id) {
  const {api, t, lang, problem} = ctx;
  const p = await api('/api/v1/persons/' + encodeURIComponent(id));
  const optional = path => api(path).catch(err => (missingEndpoint(err) ? null : {error: err}));
  const [links, versions, services, merges] = await Promise.all([
    optional('/api/v1/persons/' + p.id + '/links'), optional('/api/v1/persons/' + p.id + '/versions'),
    optional('/api/v1/persons/' + p.id + '/services'), optional('/api/v1/persons/' + p.id + '/merges')]);
  const lineage = h('section', {hidden: true, dataset: {testid: 'lineage'}});
  const orError = (result, draw) => (result && result.error ? problem(result.error) : draw(result || []));

  show(view,
    h('p', {}, h('a', {href: '#/persons', dataset: {testid: 'back'}}, t('back'))),
    h('h1', {dataset: {testid: 'person-name'}}, text(p.record.full_name)),
    h('p', {class: 'muted', dataset: {testid: 'person-id'}}, p.id + ' · ' + t('version') + ' ' + p.version + ' · ' + when(p.updated_at, lang)),
    p.resolved_from ? h('p', {class: 'notice', dataset: {testid: 'resolved-from'}}, t('resolved_from', {id: p.resolved_from})) : null,
    h('section', {}, h('h2', {}, t('golden')),
      table([
        {label: t('field'), value: ([field]) => t(field)},
        {label: t('value'), value: ([field, value]) => h('span', {dataset: {testid: 'value-' + field}}, text(value))},
        {label: t('from'), value: ([field]) => provenance(p.provenance?.[field], t)},
        {label: '', value: ([field]) => h('button', {type: 'button', class: 'secondary', dataset: {testid: 'lineage-' + field},
          onclick: () => showLineage(lineage, ctx, p.id, field)}, t('lineage'))}
      ], Object.entries(p.record), '—', {dataset: {testid: 'golden'}})),
    lineage,
    h('section', {}, h('h2', {}, t('links')), orError(links, list => linksTable(list, t, lang))),
    merges === null ? null : h('section', {}, h('h2', {}, t('merges')), orError(merges, list => mergesList(list, t, lang))),
    h('section', {}, h('h2', {}, t('versions')), orError(versions, list => versionsTable(list, t, lang))),
    h('section', {}, h('h2', {}, t('services')), orError(services, list => table([
      {label: t('agency'), value: s => s.agency},
      {label: t('service_type'), value: s => s.service_type},
      {label: t('external_id'), value: s => s.external_id},
      {label: t('status'), value: s => h('span', {class: 'state ' + s.status}, s.status)},
      {label: t('at'), value: s => when(s.updated_at, lang)}
    ], list, t('no.services'), {dataset: {testid: 'services'}}))));
}

function provenance(from, t) {
  if (!from) return '—';
  return h('span', {class: 'muted'}, from.source + ' / ' + from.source_record_id,
    from.run_id ? ' · ' + t('run', {run: from.run_id}) : '', from.rule ? ' · ' + t('rule', {rule: from.rule}) : '');
}

async function showLineage(section, {api, t, lang, problem}, id, field) {
  section.hidden = false;
  try {
    const l = await api('/api/v1/persons/' + id + '/lineage?field=' + encodeURIComponent(field));
    const c = l.current;
    show(section,
      h('h2', {}, t('lineage.of', {field: t(field)})),
      h('p', {dataset: {testid: 'lineage-current'}}, c ? t('lineage.current', {source: c.source, record: c.source_record_id,
        run: c.run_id ?? '—', trigger: c.run_trigger || '', origin: c.run_origin || '', at: when(c.received_at, lang)}) : t('lineage.none')),
      table([
        {label: t('version'), class: 'num', value: s => s.version},
        {label: t('value'), value: s => text(s.value)},
        {label: t('previous'), value: s => text(s.previous)},
        {label: t('from'), value: s => s.supplied_by ? s.supplied_by.source + ' / ' + s.supplied_by.source_record_id : '—'},
        {label: t('at'), value: s => when(s.recorded_at, lang)}
      ], l.history, '—', {dataset: {testid: 'lineage-history'}}));
  } catch (err) {
    show(section, problem(err));
  }
  section.scrollIntoView({block: 'nearest'});
}

function linksTable(links, t, lang) {
  return table([
    {label: t('source'), value: l => l.source},
    {label: t('record'), value: l => l.source_record_id},
    {label: t('link_rule'), value: l => h('span', {class: 'state'}, l.link_rule)},
    {label: t('score'), class: 'num', value: l => (l.score === null || l.score === undefined ? '—' : weight(l.score, lang))},
    {label: t('linked_at'), value: l => when(l.linked_at, lang)},
    {label: t('why'), value: l => explanation(l.explanation, t, lang)}
  ], links, t('no.links'), {dataset: {testid: 'links'}});
}

function explanation(why, t, lang) {
  if (!why) return '—';
  return h('div', {},
    h('p', {class: 'muted'}, t('decision', {decision: why.decision, weight: weight(why.weight, lang),
      probability: why.probability === null || why.probability === undefined ? '—' : num(why.probability * 100, lang) + '%'}),
      why.candidate ? ' · ' + t('candidate', {id: why.candidate}) : '',
      why.hard_negative ? ' · ' + t('hard_negative', {rule: why.hard_negative}) : ''),
    table([
      {label: t('comparison'), value: c => c.comparison},
      {label: t('level'), value: c => text(c.level)},
      {label: t('weight'), class: 'num', value: c => weight(c.weight, lang)}
    ], why.comparisons || [], '—', {dataset: {testid: 'comparisons'}}));
}

function mergesList(merges, t, lang) {
  // GET /persons/{id}/merges answers merges and unmerges; both shapes are read defensively
  const rows = Array.isArray(merges) ? merges : [...(merges.merges || []), ...(merges.unmerges || [])];
  return table([
    {label: t('at'), value: m => when(m.at, lang)},
    {label: t('merges'), value: m => (m.retired_id ? t('merged', {retired: m.retired_id, surviving: m.surviving_id})
      : t('unmerged', {source: m.source || '', record: m.source_record_id || '', person: m.new_person_id || ''}))},
    {label: t('why'), value: m => t('by', {actor: m.actor || '—', reason: m.reason || '—'})}
  ], rows, t('no.merges'), {dataset: {testid: 'merges'}});
}

function versionsTable(versions, t, lang) {
  return table([
    {label: t('version'), class: 'num', value: v => v.version},
    {label: t('at'), value: v => when(v.recorded_at, lang)},
    {label: t('run'), value: v => (v.run_id === null || v.run_id === undefined ? t('steward') : t('run', {run: v.run_id}))},
    {label: t('changed'), value: v => h('ul', {}, Object.entries(v.changed || {}).map(([field, change]) =>
      h('li', {}, t(field) + ': ', text(change?.old), ' → ', text(change?.new))))}
  ], [...versions].reverse(), t('no.versions'), {dataset: {testid: 'versions'}});
}
