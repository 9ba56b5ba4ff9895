// The audit log for auditors ('#/audit?from=&to=&actor=&person=&action=&after='): entries filtered by time range,
// actor, person and action (a prefix, e.g. "GET /api/v1/persons"), paged, exported as CSV with the same filters,
// and the check of the hash chain (intact, or the first broken entry).
import {h, show, table, when} from '../dom.js';
import {labeled, queryOf, text} from './_people.js';

const PAGE = 100;

export const messages = {
  id: {
    'title': 'Log audit', 'from': 'Dari', 'to': 'Sampai', 'actor': 'Pelaku', 'person': 'ID penduduk', 'action': 'Tindakan (awalan)',
    'filter': 'Saring', 'clear': 'Kosongkan', 'export': 'Ekspor CSV', 'verify': 'Periksa rantai', 'none': 'Tidak ada entri',
    'id': 'No.', 'at': 'Waktu', 'roles': 'Peran', 'path': 'Path', 'query': 'Query', 'status': 'Status', 'outcome': 'Hasil',
    'next': 'Berikutnya →', 'first': '← Awal', 'verifying': 'Memeriksa…',
    'intact': 'Rantai utuh: {count} entri diperiksa.', 'broken': 'Rantai rusak pada entri #{id}: {reason} ({count} entri diperiksa).',
    'show.broken': 'Tampilkan entri itu', 'help': 'Waktu dalam zona waktu peramban. Tindakan dicocokkan dari awal, mis. "GET /api/v1/persons".'
  },
  en: {
    'title': 'Audit log', 'from': 'From', 'to': 'To', 'actor': 'Actor', 'person': 'Person id', 'action': 'Action (prefix)',
    'filter': 'Filter', 'clear': 'Clear', 'export': 'Export CSV', 'verify': 'Verify chain', 'none': 'No entries',
    'id': 'No.', 'at': 'When', 'roles': 'Roles', 'path': 'Path', 'query': 'Query', 'status': 'Status', 'outcome': 'Outcome',
    'next': 'Next →', 'first': '← First', 'verifying': 'Verifying…',
    'intact': 'Chain intact: {count} entries checked.', 'broken': 'Chain broken at entry #{id}: {reason} ({count} entries checked).',
    'show.broken': 'Show that entry', 'help': 'Times in the browser\'s time zone. Actions match from the start, e.g. "GET /api/v1/persons".'
  }
};

/** An ISO instant as the value of a datetime-local input (the browser's time zone). */
function localInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d)) return '';
  const pad = n => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}

function isoOf(local) {
  return local ? new Date(local).toISOString() : '';
}

export async function render(view, {api, download, t, lang, query, navigate, problem}) {
  const value = name => query.get(name) || '';
  const filters = {from: value('from'), to: value('to'), actor: value('actor'), person: value('person'), action: value('action')};
  const inputs = {
    from: h('input', {type: 'datetime-local', value: localInput(filters.from), dataset: {testid: 'audit-from'}}),
    to: h('input', {type: 'datetime-local', value: localInput(filters.to), dataset: {testid: 'audit-to'}}),
    actor: h('input', {value: filters.actor, maxlength: 200, placeholder: 'key:sk_…', dataset: {testid: 'audit-actor'}}),
    person: h('input', {value: filters.person, maxlength: 36, size: 36, dataset: {testid: 'audit-person'}}),
    action: h('input', {value: filters.action, maxlength: 300, placeholder: 'GET /api/v1/persons', dataset: {testid: 'audit-action'}})
  };
  const chosen = () => ({from: isoOf(inputs.from.value), to: isoOf(inputs.to.value), actor: inputs.actor.value,
    person: inputs.person.value, action: inputs.action.value});
  const verification = h('div', {dataset: {testid: 'audit-verification'}});
  const status = h('div', {});
  const form = h('form', {class: 'inline', dataset: {testid: 'audit-filter'}, onsubmit: e => {
    e.preventDefault();
    navigate('#/audit' + queryOf(chosen()));
  }},
  Object.entries(inputs).map(([k, input]) => labeled(t(k), input)),
  h('button', {type: 'submit', dataset: {testid: 'audit-submit'}}, t('filter')),
  h('button', {type: 'button', class: 'secondary', onclick: () => navigate('#/audit')}, t('clear')));
  const tools = h('div', {class: 'actions'},
    h('button', {type: 'button', class: 'secondary', dataset: {testid: 'audit-export'}, onclick: async () => {
      try {
        await download('/api/v1/audit.csv' + queryOf(filters), 'sinkron-audit.csv');
      } catch (err) {
        show(status, problem(err));
      }
    }}, t('export')),
    h('button', {type: 'button', dataset: {testid: 'audit-verify'}, onclick: async () => {
      show(verification, h('p', {class: 'loading'}, t('verifying')));
      try {
        const v = await api('/api/v1/audit/verify', {method: 'POST'});
        show(verification, v.intact
          ? h('p', {class: 'notice', dataset: {testid: 'audit-intact'}}, t('intact', {count: v.entries_checked}))
          : h('div', {class: 'problem', role: 'alert', dataset: {testid: 'audit-broken'}},
            t('broken', {id: v.first_broken_id, reason: v.reason || '—', count: v.entries_checked}), ' ',
            h('a', {href: '#/audit' + queryOf({after: Math.max(0, v.first_broken_id - 1)})}, t('show.broken'))));
      } catch (err) {
        show(verification, problem(err));
      }
    }}, t('verify')));

  const after = value('after');
  const page = await api('/api/v1/audit' + queryOf({...filters, after, limit: PAGE}));
  show(view,
    h('h1', {}, t('title')),
    h('section', {}, form, h('p', {class: 'help'}, t('help')), tools, status, verification),
    h('section', {},
      table([
        {label: t('id'), class: 'num', value: e => e.id},
        {label: t('at'), value: e => when(e.at, lang)},
        {label: t('actor'), value: e => [h('span', {dataset: {testid: 'audit-entry-actor'}}, e.actor), h('div', {class: 'muted'}, e.roles)]},
        {label: t('action'), value: e => h('span', {dataset: {testid: 'audit-entry-action'}}, e.action)},
        // an administrative action (route.stop, a reload's file) names its target and how it ended, not a path and query
        {label: t('path'), value: e => (e.detail != null
          ? [e.target, h('div', {class: 'muted', dataset: {testid: 'audit-entry-detail'}}, e.detail)]
          : [e.path, e.query ? h('div', {class: 'muted'}, '?' + e.query) : null])},
        {label: t('person'), value: e => (e.person_id ? h('a', {href: '#/persons/' + e.person_id}, e.person_id) : '—')},
        {label: t('status'), class: 'num', value: e => (e.detail != null ? '—' : e.status)},
        {label: t('outcome'), value: e => h('span', {class: 'state ' + e.outcome}, text(e.outcome))}
      ], page.entries, t('none'), {dataset: {testid: 'audit-entries'}}),
      h('div', {class: 'actions'},
        after ? h('button', {type: 'button', class: 'secondary', dataset: {testid: 'audit-first'}, onclick: () => navigate('#/audit' + queryOf(filters))}, t('first')) : null,
        page.entries.length === PAGE ? h('button', {type: 'button', class: 'secondary', dataset: {testid: 'audit-next'},
          onclick: () => navigate('#/audit' + queryOf({...filters, after: page.next_after}))}, t('next')) : null)));
}
