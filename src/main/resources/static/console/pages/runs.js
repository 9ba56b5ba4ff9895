// Sync runs: '#/runs?source=&status=' lists them, newest first; '#/runs/<id>' shows one with its counts, its live
// progress while it runs, and its rejections (each opens to its reasons and raw payload; CSV download).
import {h, show, table, num, when, duration, elapsed} from '../dom.js';
import {runStatus, progress} from './overview.js';

export const messages = {
  id: {
    'title': 'Sinkronisasi', 'charts': 'Grafik →', 'source': 'Sumber', 'status': 'Status', 'all': 'Semua', 'filter': 'Saring',
    'run': 'Run', 'read': 'Dibaca', 'created': 'Baru', 'updated': 'Diubah', 'unchanged': 'Tetap', 'rejected': 'Ditolak',
    'duration': 'Durasi', 'started': 'Mulai', 'ended': 'Selesai', 'trigger': 'Pemicu', 'origin': 'Asal', 'error': 'Galat',
    'none': 'Tidak ada sinkronisasi', 'more': 'Muat lagi',
    'run.title': 'Sinkronisasi #{id}', 'back': '← Semua sinkronisasi', 'progress': 'Kemajuan',
    'rejections': 'Rekaman yang ditolak', 'rejections.none': 'Tidak ada rekaman yang ditolak.', 'line': 'Baris',
    'record-id': 'ID rekaman', 'reasons': 'Alasan', 'payload': 'Data mentah', 'open': 'Buka', 'close': 'Tutup',
    'download': 'Unduh CSV', 'field': 'Kolom', 'message': 'Pesan',
    'status.RUNNING': 'berjalan', 'status.SUCCEEDED': 'berhasil', 'status.FAILED': 'gagal',
    'rate': '{rate} rekaman/detik', 'eta': 'sisa ±{eta}', 'of': '{read} dari {total}',
    'trigger.ROUTE': 'rute', 'trigger.PUSH': 'kiriman API'
  },
  en: {
    'title': 'Sync runs', 'charts': 'Charts →', 'source': 'Source', 'status': 'Status', 'all': 'All', 'filter': 'Filter',
    'run': 'Run', 'read': 'Read', 'created': 'Created', 'updated': 'Updated', 'unchanged': 'Unchanged', 'rejected': 'Rejected',
    'duration': 'Duration', 'started': 'Started', 'ended': 'Ended', 'trigger': 'Trigger', 'origin': 'Origin', 'error': 'Error',
    'none': 'No sync runs', 'more': 'Load more',
    'run.title': 'Sync run #{id}', 'back': '← All sync runs', 'progress': 'Progress',
    'rejections': 'Rejected records', 'rejections.none': 'No records were rejected.', 'line': 'Line',
    'record-id': 'Record id', 'reasons': 'Reasons', 'payload': 'Raw payload', 'open': 'Open', 'close': 'Close',
    'download': 'Download CSV', 'field': 'Field', 'message': 'Message',
    'status.RUNNING': 'running', 'status.SUCCEEDED': 'succeeded', 'status.FAILED': 'failed',
    'rate': '{rate} records/s', 'eta': '±{eta} left', 'of': '{read} of {total}',
    'trigger.ROUTE': 'route', 'trigger.PUSH': 'API push'
  }
};

const PAGE = 50;
const REJECTIONS = 100;
const COUNTS = ['read', 'created', 'updated', 'unchanged', 'rejected'];

export async function render(view, ctx) {
  return ctx.path.length ? detail(view, ctx, ctx.path[0]) : list(view, ctx);
}

async function list(view, ctx) {
  const {api, t, lang, query} = ctx;
  const source = query.get('source') || '';
  const status = query.get('status') || '';
  const params = () => new URLSearchParams(Object.entries({source, status}).filter(([, v]) => v));
  const sources = await api('/api/v1/sources').then(s => s.sources.map(x => x.id)).catch(() => []);
  let runs = await api('/api/v1/sync-runs?' + params() + '&limit=' + PAGE);
  let more = runs.length === PAGE;

  const sourceSelect = h('select', {name: 'source', dataset: {testid: 'filter-source'}},
    h('option', {value: ''}, t('all')), sources.map(s => h('option', {value: s, selected: s === source}, s)));
  const statusSelect = h('select', {name: 'status', dataset: {testid: 'filter-status'}},
    h('option', {value: ''}, t('all')),
    ['RUNNING', 'SUCCEEDED', 'FAILED'].map(s => h('option', {value: s, selected: s === status}, t('status.' + s))));
  const form = h('form', {class: 'inline', dataset: {testid: 'runs-filter'}, onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams(Object.entries({source: sourceSelect.value, status: statusSelect.value}).filter(([, v]) => v));
    ctx.navigate('#/runs' + (next.toString() ? '?' + next : ''));
  }},
  h('label', {}, t('source'), sourceSelect), h('label', {}, t('status'), statusSelect),
  h('button', {type: 'submit', dataset: {testid: 'filter-apply'}}, t('filter')));
  [sourceSelect, statusSelect].forEach(s => s.addEventListener('change', () => form.requestSubmit()));

  const body = h('div', {});
  const moreButton = h('button', {type: 'button', class: 'secondary', dataset: {testid: 'runs-more'}, onclick: async () => {
    const page = await api('/api/v1/sync-runs?' + params() + '&limit=' + PAGE + '&before=' + runs[runs.length - 1].id);
    runs = runs.concat(page);
    more = page.length === PAGE;
    draw();
  }}, t('more'));
  let drawn = '';
  function draw() {
    const key = JSON.stringify(runs.map(r => [r.id, r.status, r.counts]));
    if (key === drawn) return;
    drawn = key;
    show(body, table([
      {label: t('run'), value: r => h('a', {href: '#/runs/' + r.id, dataset: {testid: 'run-link-' + r.id}}, '#' + r.id)},
      {label: t('source'), value: r => r.source},
      {label: t('status'), value: r => runStatus(r, t)},
      ...COUNTS.map(c => ({label: t(c), class: 'num', value: r => h('span', {dataset: {testid: 'run-' + r.id + '-' + c}}, num(r.counts[c], lang))})),
      {label: t('duration'), value: r => duration(elapsed(r.started_at, r.ended_at))},
      {label: t('started'), value: r => when(r.started_at, lang)}
    ], runs, t('none'), {dataset: {testid: 'runs'}}));
    moreButton.hidden = !more;
  }
  draw();
  show(view, h('div', {class: 'heading'}, h('h1', {}, t('title')), h('a', {href: '#/charts'}, t('charts'))),
    h('section', {}, form), h('section', {}, body, moreButton));
  // the newest page follows new and running runs; older pages, once loaded, stay as they are
  ctx.every(3000, async () => {
    if (runs.length > PAGE) return;
    runs = await api('/api/v1/sync-runs?' + params() + '&limit=' + PAGE);
    draw();
  });
}

async function detail(view, ctx, id) {
  const {api, t, lang} = ctx;
  let run = await api('/api/v1/sync-runs/' + encodeURIComponent(id));
  const head = h('div', {});
  const rejections = h('div', {});
  const status = h('div', {});
  let loaded = [];
  let complete = false;

  function drawHead() {
    show(head,
      h('p', {}, runStatus(run, t), ' ', h('strong', {}, run.source), ' · ', t('trigger.' + run.trigger), run.origin ? ' · ' + run.origin : ''),
      h('div', {class: 'counts', dataset: {testid: 'counts'}}, COUNTS.map(c => h('div', {},
        h('span', {class: 'muted'}, t(c)), h('strong', {dataset: {testid: 'count-' + c}}, num(run.counts[c], lang))))),
      h('p', {},
        t('started') + ': ', when(run.started_at, lang), ' · ', t('ended') + ': ', when(run.ended_at, lang), ' · ',
        t('duration') + ': ', h('span', {dataset: {testid: 'duration'}}, duration(elapsed(run.started_at, run.ended_at)))),
      run.status === 'RUNNING' ? h('div', {}, h('h2', {}, t('progress')), progress(run, t, lang)) : null,
      run.error ? h('div', {class: 'problem', dataset: {testid: 'run-error'}}, h('strong', {}, t('error')), h('p', {}, run.error)) : null);
  }

  async function loadRejections() {
    const after = loaded.length ? loaded[loaded.length - 1].id : 0;
    const page = await api('/api/v1/sync-runs/' + run.id + '/rejections?after=' + after + '&limit=' + REJECTIONS);
    loaded = loaded.concat(page);
    complete = page.length < REJECTIONS;
    drawRejections();
  }

  function rejectionRows(r) {
    const detailRow = h('tr', {hidden: true, dataset: {testid: 'rejection-detail-' + r.id}},
      h('td', {colspan: 4},
        h('table', {dataset: {testid: 'rejection-reasons'}},
          h('thead', {}, h('tr', {}, h('th', {}, t('field')), h('th', {}, t('message')))),
          h('tbody', {}, r.reasons.map(x => h('tr', {}, h('td', {}, x.field), h('td', {}, x.message))))),
        h('h3', {}, t('payload')),
        h('pre', {dataset: {testid: 'rejection-payload'}}, r.payload)));
    const toggle = h('button', {type: 'button', class: 'secondary', dataset: {testid: 'rejection-open-' + r.id}, onclick: () => {
      detailRow.hidden = !detailRow.hidden;
      row.classList.toggle('open', !detailRow.hidden);
      toggle.textContent = detailRow.hidden ? t('open') : t('close');
    }}, t('open'));
    const row = h('tr', {dataset: {testid: 'rejection-' + r.id}},
      h('td', {class: 'num'}, num(r.record_no, lang)),
      h('td', {}, r.source_record_id || '—'),
      h('td', {}, r.reasons.map(x => x.field).join(', ')),
      h('td', {}, toggle));
    return [row, detailRow];
  }

  function drawRejections() {
    show(rejections, loaded.length === 0 ? h('p', {class: 'empty'}, t('rejections.none')) :
      h('table', {dataset: {testid: 'rejections'}},
        h('thead', {}, h('tr', {}, h('th', {class: 'num'}, t('line')), h('th', {}, t('record-id')), h('th', {}, t('reasons')), h('th', {}, ''))),
        h('tbody', {}, loaded.map(rejectionRows))),
    complete ? null : h('button', {type: 'button', class: 'secondary', dataset: {testid: 'rejections-more'}, onclick: loadRejections}, t('more')));
  }

  drawHead();
  await loadRejections();
  const download = h('button', {type: 'button', class: 'secondary', dataset: {testid: 'download-csv'}, onclick: async () => {
    try {
      show(status);
      await ctx.download('/api/v1/sync-runs/' + run.id + '/rejections.csv', 'sinkron-run-' + run.id + '-rejections.csv');
    } catch (err) {
      show(status, ctx.problem(err));
    }
  }}, t('download'));
  show(view,
    h('p', {}, h('a', {href: '#/runs', dataset: {testid: 'back'}}, t('back'))),
    h('h1', {dataset: {testid: 'run-title'}}, t('run.title', {id: run.id})),
    h('section', {}, head),
    h('section', {}, h('div', {class: 'heading'}, h('h2', {}, t('rejections')), download), status, rejections));
  // live while it runs; once it has ended, its last rejections are read once more
  ctx.every(1000, async () => {
    if (run.status !== 'RUNNING') return;
    run = await api('/api/v1/sync-runs/' + run.id);
    drawHead();
    if (run.status !== 'RUNNING' || loaded.length < run.counts.rejected && complete) await loadRejections();
  });
}
