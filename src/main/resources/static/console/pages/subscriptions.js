// Subscriptions of agencies to the change feed: delivery, status, position and lag (refreshed while shown), dead
// letters with their errors, and for administrators pause, resume and replay.
import {h, show, table, num, when} from '../dom.js';
import {labeled, text} from './_people.js';

export const messages = {
  id: {
    'title': 'Langganan', 'id': 'ID', 'agency': 'Instansi', 'name': 'Nama', 'delivery': 'Pengiriman', 'status': 'Status',
    'position': 'Posisi', 'lag': 'Tertinggal', 'delivered': 'Terakhir terkirim', 'error': 'Galat terakhir', 'none': 'Belum ada langganan',
    'pause': 'Jeda', 'resume': 'Lanjutkan', 'replay': 'Putar ulang', 'from_seq': 'Dari urutan', 'dead': 'Surat mati',
    'dead.title': 'Surat mati langganan #{id}', 'dead.none': 'Tidak ada surat mati', 'seq': 'Urutan', 'event': 'ID peristiwa',
    'attempts': 'Percobaan', 'dead.error': 'Galat', 'at': 'Waktu', 'done': 'Langganan #{id}: {status}, posisi {position}', 'close': 'Tutup',
    'refreshed': 'Diperbarui {at}'
  },
  en: {
    'title': 'Subscriptions', 'id': 'Id', 'agency': 'Agency', 'name': 'Name', 'delivery': 'Delivery', 'status': 'Status',
    'position': 'Position', 'lag': 'Lag', 'delivered': 'Last delivered', 'error': 'Last error', 'none': 'No subscriptions yet',
    'pause': 'Pause', 'resume': 'Resume', 'replay': 'Replay', 'from_seq': 'From sequence', 'dead': 'Dead letters',
    'dead.title': 'Dead letters of subscription #{id}', 'dead.none': 'No dead letters', 'seq': 'Sequence', 'event': 'Event id',
    'attempts': 'Attempts', 'dead.error': 'Error', 'at': 'When', 'done': 'Subscription #{id}: {status}, position {position}', 'close': 'Close',
    'refreshed': 'Refreshed {at}'
  }
};

export async function render(view, ctx) {
  const {api, t, lang, me, every, problem} = ctx;
  const admin = me.roles.includes('ADMIN');
  const list = h('section', {});
  const notice = h('div', {dataset: {testid: 'subscription-notice'}});
  const dead = h('section', {hidden: true, dataset: {testid: 'dead-letters'}});
  const stamp = h('p', {class: 'muted'});

  const act = async (s, action, params) => {
    try {
      const after = await api('/api/v1/subscriptions/' + s.id + '/' + action + (params || ''), {method: 'POST'});
      show(notice, h('p', {class: 'notice', dataset: {testid: 'subscription-done'}},
        t('done', {id: after.id, status: after.status, position: num(after.position, lang)})));
      await refresh();
    } catch (err) {
      show(notice, problem(err));
    }
  };
  const actions = s => {
    const from = h('input', {type: 'number', min: 1, step: 1, size: 6, placeholder: '1', dataset: {testid: 'replay-from-' + s.id}});
    return h('div', {class: 'actions'},
      h('button', {type: 'button', class: 'secondary', dataset: {testid: 'dead-' + s.id}, onclick: () => deadLetters(dead, ctx, s)}, t('dead')),
      admin && s.status !== 'PAUSED' ? h('button', {type: 'button', dataset: {testid: 'pause-' + s.id}, onclick: () => act(s, 'pause')}, t('pause')) : null,
      admin && s.status === 'PAUSED' ? h('button', {type: 'button', dataset: {testid: 'resume-' + s.id}, onclick: () => act(s, 'resume')}, t('resume')) : null,
      admin ? h('form', {class: 'inline', onsubmit: e => {
        e.preventDefault();
        act(s, 'replay', '?from_seq=' + encodeURIComponent(from.value || '1'));
      }}, labeled(t('from_seq'), from), h('button', {type: 'submit', class: 'secondary', dataset: {testid: 'replay-' + s.id}}, t('replay'))) : null);
  };
  const refresh = async () => {
    let subscriptions;
    try {
      subscriptions = await api('/api/v1/subscriptions');
    } catch (err) {
      show(list, problem(err));
      return;
    }
    show(list, table([
      {label: t('id'), class: 'num', value: s => s.id},
      {label: t('agency'), value: s => h('span', {dataset: {testid: 'agency-' + s.id}}, s.agency)},
      {label: t('name'), value: s => s.name},
      {label: t('delivery'), value: s => [s.delivery, s.endpoint ? h('div', {class: 'muted'}, s.endpoint) : null]},
      {label: t('status'), value: s => h('span', {class: 'state ' + s.status, dataset: {testid: 'status-' + s.id}}, s.status)},
      {label: t('position'), class: 'num', value: s => h('span', {dataset: {testid: 'position-' + s.id}}, num(s.position, lang))},
      {label: t('lag'), class: 'num', value: s => h('span', {dataset: {testid: 'lag-' + s.id}}, num(s.lag, lang))},
      {label: t('delivered'), value: s => when(s.last_delivered_at, lang)},
      {label: t('error'), value: s => (s.last_error ? [h('div', {}, s.last_error), h('div', {class: 'muted'}, when(s.last_error_at, lang))] : '—')},
      {label: '', value: actions}
    ], subscriptions, t('none'), {dataset: {testid: 'subscriptions'}}));
    show(stamp, t('refreshed', {at: when(new Date().toISOString(), lang)}));
  };
  show(view, h('h1', {}, t('title')), notice, list, stamp, dead);
  await refresh();
  every(10000, refresh);
}

async function deadLetters(section, {api, t, lang, problem}, s) {
  section.hidden = false;
  try {
    const letters = await api('/api/v1/subscriptions/' + s.id + '/dead-letters?limit=200');
    show(section,
      h('h2', {}, t('dead.title', {id: s.id}), ' ', h('button', {type: 'button', class: 'secondary', onclick: () => { section.hidden = true; }}, t('close'))),
      table([
        {label: t('seq'), class: 'num', value: d => num(d.seq, lang)},
        {label: t('event'), value: d => d.event_id},
        {label: t('attempts'), class: 'num', value: d => d.attempts},
        {label: t('dead.error'), value: d => h('pre', {}, text(d.error))},
        {label: t('at'), value: d => when(d.dead_at, lang)}
      ], letters, t('dead.none'), {dataset: {testid: 'dead-letters-table'}}));
  } catch (err) {
    show(section, problem(err));
  }
}
