// The review queue of data stewards: open items filtered by reason, source and score ('#/review?reason=&source=
// &min_score=&max_score=&after='), and one item ('#/review/{id}'): both persons side by side, the comparisons that
// scored them, and the decision (merge or keep apart, with a reason).
import {h, show, table, when} from '../dom.js';
import {FIELD_LABELS, labeled, queryOf, text, weight} from './_people.js';

const PAGE = 50;
const REASONS = ['REVIEW_BAND', 'CONFLICTING_NIKS', 'KEPT_APART', 'MULTIPLE_PERSONS'];
const FIELDS = ['nik', 'kk_number', 'full_name', 'name_titles', 'birth_place', 'birth_date', 'sex', 'religion', 'marital_status',
  'mother_name', 'address', 'rt', 'rw', 'village_code', 'village_name', 'district_name', 'regency_name', 'phone'];

export const messages = {
  id: {
    'title': 'Antrean tinjauan', 'reason': 'Alasan', 'source': 'Sumber', 'min_score': 'Skor min.', 'max_score': 'Skor maks.',
    'any': 'Semua', 'filter': 'Saring', 'clear': 'Kosongkan', 'none': 'Tidak ada butir terbuka', 'item': 'Butir #{id}',
    'record': 'Rekaman', 'score': 'Skor', 'opened': 'Dibuka', 'next': 'Berikutnya →', 'first': '← Awal',
    'REVIEW_BAND': 'Skor di pita tinjauan', 'CONFLICTING_NIKS': 'NIK berbeda', 'KEPT_APART': 'Pernah dipisahkan',
    'MULTIPLE_PERSONS': 'Cocok dengan beberapa penduduk',
    'person': 'Penduduk rekaman ini', 'candidate': 'Penduduk kandidat', 'field': 'Kolom', 'comparisons': 'Perbandingan',
    'comparison': 'Perbandingan', 'level': 'Tingkat', 'weight': 'Bobot', 'total': 'Skor total: {score}',
    'decide': 'Keputusan', 'decision.reason': 'Alasan keputusan (wajib)', 'merge': 'Gabungkan', 'keep-apart': 'Pisahkan',
    'reason.required': 'Tuliskan alasan keputusan.', 'status': 'Status', 'OPEN': 'Terbuka', 'MERGED': 'Digabung',
    'KEPT_APART.done': 'Dipisahkan', 'decided': '{status} oleh {actor} pada {at}: {reason}',
    'outcome.merged': 'Digabung. Kedua rekaman kini milik penduduk {id}.', 'outcome.kept': 'Dipisahkan. Kedua penduduk tidak akan ditautkan lagi.',
    'open.person': 'Buka penduduk', 'back': '← Antrean', 'gone': 'Penduduk tidak ditemukan',
    ...FIELD_LABELS.id
  },
  en: {
    'title': 'Review queue', 'reason': 'Reason', 'source': 'Source', 'min_score': 'Min. score', 'max_score': 'Max. score',
    'any': 'Any', 'filter': 'Filter', 'clear': 'Clear', 'none': 'No open items', 'item': 'Item #{id}',
    'record': 'Record', 'score': 'Score', 'opened': 'Opened', 'next': 'Next →', 'first': '← First',
    'REVIEW_BAND': 'Score in the review band', 'CONFLICTING_NIKS': 'Different NIKs', 'KEPT_APART': 'Kept apart before',
    'MULTIPLE_PERSONS': 'Matches several persons',
    'person': "This record's person", 'candidate': 'Candidate person', 'field': 'Field', 'comparisons': 'Comparisons',
    'comparison': 'Comparison', 'level': 'Level', 'weight': 'Weight', 'total': 'Total score: {score}',
    'decide': 'Decision', 'decision.reason': 'Reason for the decision (required)', 'merge': 'Merge', 'keep-apart': 'Keep apart',
    'reason.required': 'Write the reason for the decision.', 'status': 'Status', 'OPEN': 'Open', 'MERGED': 'Merged',
    'KEPT_APART.done': 'Kept apart', 'decided': '{status} by {actor} at {at}: {reason}',
    'outcome.merged': 'Merged. Both records now belong to person {id}.', 'outcome.kept': 'Kept apart. The two persons will not be linked again.',
    'open.person': 'Open person', 'back': '← Queue', 'gone': 'Person not found',
    ...FIELD_LABELS.en
  }
};

export async function render(view, ctx) {
  return ctx.path.length ? item(view, ctx, ctx.path[0]) : queue(view, ctx);
}

async function queue(view, {api, t, lang, query, navigate}) {
  const value = name => query.get(name) || '';
  const reason = h('select', {name: 'reason', dataset: {testid: 'filter-reason'}},
    h('option', {value: ''}, t('any')), REASONS.map(r => h('option', {value: r, selected: value('reason') === r}, t(r))));
  const source = h('input', {name: 'source', value: value('source'), maxlength: 100, dataset: {testid: 'filter-source'}});
  const min = h('input', {name: 'min_score', type: 'number', step: 'any', value: value('min_score'), dataset: {testid: 'filter-min-score'}});
  const max = h('input', {name: 'max_score', type: 'number', step: 'any', value: value('max_score'), dataset: {testid: 'filter-max-score'}});
  const filters = {reason: value('reason'), source: value('source'), min_score: value('min_score'), max_score: value('max_score')};
  const form = h('form', {class: 'inline', dataset: {testid: 'review-filter'}, onsubmit: e => {
    e.preventDefault();
    navigate('#/review' + queryOf({reason: reason.value, source: source.value, min_score: min.value, max_score: max.value}));
  }},
  labeled(t('reason'), reason), labeled(t('source'), source), labeled(t('min_score'), min), labeled(t('max_score'), max),
  h('button', {type: 'submit', dataset: {testid: 'filter-submit'}}, t('filter')),
  h('button', {type: 'button', class: 'secondary', onclick: () => navigate('#/review')}, t('clear')));

  const after = query.get('after') || '';
  const items = await api('/api/v1/review-items' + queryOf({status: 'OPEN', ...filters, after, limit: PAGE}));
  show(view,
    h('h1', {}, t('title')),
    h('section', {}, form),
    h('section', {dataset: {testid: 'review-items'}},
      table([
        {label: '#', value: i => h('a', {href: '#/review/' + i.id, dataset: {testid: 'review-item-link'}}, t('item', {id: i.id}))},
        {label: t('reason'), value: i => t(i.reason)},
        {label: t('record'), value: i => (i.source || '—') + ' / ' + (i.source_record_id || '—')},
        {label: t('score'), class: 'num', value: i => weight(i.score, lang)},
        {label: t('opened'), value: i => when(i.created_at, lang)}
      ], items, t('none')),
      h('div', {class: 'actions'},
        after ? h('button', {type: 'button', class: 'secondary', onclick: () => navigate('#/review' + queryOf(filters))}, t('first')) : null,
        items.length === PAGE ? h('button', {type: 'button', class: 'secondary', dataset: {testid: 'page-next'},
          onclick: () => navigate('#/review' + queryOf({...filters, after: items[items.length - 1].id}))}, t('next')) : null)));
}

async function item(view, ctx, id) {
  const {api, t, lang} = ctx;
  const it = await api('/api/v1/review-items/' + encodeURIComponent(id));
  const outcome = h('div', {dataset: {testid: 'decision-outcome'}});
  show(view,
    h('p', {}, h('a', {href: '#/review', dataset: {testid: 'back'}}, t('back'))),
    h('h1', {}, t('item', {id: it.id}), ' ', h('span', {class: 'state ' + it.status, dataset: {testid: 'review-status'}}, statusText(it.status, t))),
    h('p', {class: 'muted'}, t(it.reason), ' · ', (it.source || '—') + ' / ' + (it.source_record_id || '—'), ' · ', when(it.created_at, lang)),
    h('section', {}, h('h2', {}, t('person') + ' / ' + t('candidate')), sideBySide(it, t)),
    h('section', {}, h('h2', {}, t('comparisons')),
      h('p', {dataset: {testid: 'review-score'}}, t('total', {score: weight(it.score, lang)})),
      table([
        {label: t('comparison'), value: c => c.label || c.comparison},
        {label: t('level'), value: c => text(c.level)},
        {label: t('weight'), class: 'num', value: c => weight(c.weight, lang)}
      ], it.comparisons || [], '—', {dataset: {testid: 'review-comparisons'}})),
    it.status === 'OPEN' ? decisionForm(it, ctx, outcome) : decided(it, t, lang),
    outcome);
}

function statusText(status, t) {
  return status === 'KEPT_APART' ? t('KEPT_APART.done') : t(status);
}

function sideBySide(it, t) {
  const a = it.person?.record || {};
  const b = it.candidate?.record || {};
  const fields = FIELDS.filter(f => a[f] !== undefined || b[f] !== undefined);
  const cell = (record, field, other) => {
    const value = text(record[field]);
    // a differing value is marked so the steward's eye goes to it
    return value !== text(other[field]) ? h('mark', {}, value) : value;
  };
  const head = (person, testid) => (person
    ? h('a', {href: '#/persons/' + person.id, dataset: {testid}}, person.id)
    : h('span', {class: 'muted'}, t('gone')));
  return h('table', {dataset: {testid: 'review-pair'}},
    h('thead', {}, h('tr', {}, h('th', {}, t('field')), h('th', {}, t('person'), ' ', head(it.person, 'review-person')),
      h('th', {}, t('candidate'), ' ', head(it.candidate, 'review-candidate')))),
    h('tbody', {}, fields.map(f => h('tr', {}, h('td', {}, t(f)), h('td', {}, cell(a, f, b)), h('td', {}, cell(b, f, a))))));
}

function decisionForm(it, {api, t, problem}, outcome) {
  const reason = h('textarea', {rows: 2, cols: 60, maxlength: 2000, required: true, dataset: {testid: 'decision-reason'}});
  const decide = async decision => {
    if (!reason.value.trim()) {
      show(outcome, h('p', {class: 'problem', role: 'alert', dataset: {testid: 'decision-missing-reason'}}, t('reason.required')));
      reason.focus();
      return;
    }
    buttons.forEach(b => { b.disabled = true; });
    try {
      const after = await api('/api/v1/review-items/' + it.id + '/decision', {method: 'POST', body: {decision, reason: reason.value.trim()}});
      const survivor = after.person?.id || after.candidate?.id;
      show(outcome, h('p', {class: 'notice', dataset: {testid: 'decision-done'}},
        after.status === 'MERGED' ? t('outcome.merged', {id: survivor}) : t('outcome.kept'), ' ',
        survivor ? h('a', {href: '#/persons/' + survivor, dataset: {testid: 'decision-person'}}, t('open.person')) : null));
      form.hidden = true;
      const status = document.querySelector('[data-testid="review-status"]');
      if (status) {
        status.textContent = statusText(after.status, t);
        status.className = 'state ' + after.status;
      }
    } catch (err) {
      buttons.forEach(b => { b.disabled = false; });
      show(outcome, problem(err));
    }
  };
  const buttons = [
    h('button', {type: 'button', dataset: {testid: 'decide-merge'}, onclick: () => decide('merge')}, t('merge')),
    h('button', {type: 'button', class: 'secondary', dataset: {testid: 'decide-keep-apart'}, onclick: () => decide('keep-apart')}, t('keep-apart'))
  ];
  const form = h('section', {dataset: {testid: 'decision'}}, h('h2', {}, t('decide')),
    h('label', {}, t('decision.reason'), h('br', {}), reason), h('div', {class: 'actions'}, buttons));
  return form;
}

function decided(it, t, lang) {
  return h('p', {class: 'notice', dataset: {testid: 'decision-done'}}, t('decided', {status: statusText(it.status, t),
    actor: it.decided_by || '—', at: when(it.decided_at, lang), reason: it.decision_reason || '—'}));
}
