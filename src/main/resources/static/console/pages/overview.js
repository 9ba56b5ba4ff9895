// Overview: what needs attention, the runs going on now, the routes with their controls, the sources, the last runs.
// Refreshed every two seconds; a part is drawn again only when what it shows has changed, so buttons stay put.
import {h, show, table, num, when, duration, elapsed} from '../dom.js';

export const messages = {
  id: {
    'title': 'Ringkasan', 'charts': 'Grafik →',
    'not-for-role': 'Rute dan sinkronisasi hanya terlihat oleh administrator dan auditor.',
    'attention': 'Perlu perhatian', 'attention.none': 'Tidak ada yang perlu ditangani.',
    'attention.route': 'Rute {id}: {state}, {attempts} percobaan', 'attention.failing': 'Rute {id}: sumbernya tidak dapat dibaca sejak {since}', 'attention.run': 'Sinkronisasi #{id} ({source}) gagal',
    'attention.source': 'Berkas sumber ditolak: {file}', 'attention.dead': 'Langganan {name} ({agency}): {count} surat mati',
    'running': 'Sedang berjalan', 'running.none': 'Tidak ada sinkronisasi yang berjalan.',
    'routes': 'Rute', 'routes.none': 'Tidak ada rute', 'route': 'Rute', 'source': 'Sumber', 'state': 'Status',
    'schedule': 'Jadwal', 'last-run': 'Terakhir', 'next-run': 'Berikutnya', 'actions': 'Tindakan', 'internal': 'internal',
    'every': 'tiap {d}', 'seconds': '{n} detik',
    'polling': 'sedang polling', 'last-poll': 'polling terakhir {at}',
    'action.start': 'Mulai', 'action.stop': 'Hentikan', 'action.suspend': 'Jeda', 'action.resume': 'Lanjutkan',
    'action.run': 'Jalankan sekarang', 'action.done': '{route}: {action} berhasil ({state}).',
    'action.run.done': '{route}: satu proses dimulai.',
    'disabled-by': 'dimatikan oleh konfigurasi; nyalakan dengan {property}=true', 'disabled-by.file': 'dimatikan di berkas rutenya (autoStartup: false)',
    'reload': 'Muat ulang berkas sumber dan rute',
    'reload.done': 'Berkas sumber dan rute dimuat ulang: {changed} berubah, {refused} ditolak.',
    'reload.refused': 'Ditolak: {file}', 'reload.keeps': 'Rute lamanya tetap berjalan tanpa perubahan.',
    'reload.keeps.source': 'Sumber {source} tetap berjalan dengan versi sebelumnya.',
    'reload.keeps.none': 'Sumber ini belum dimuat; perbaiki berkasnya lalu muat ulang.',
    'reload.UPDATED': 'diperbarui', 'reload.ADDED': 'ditambahkan', 'reload.REMOVED': 'dihapus',
    'sources': 'Sumber', 'sources.none': 'Tidak ada sumber', 'agency': 'Instansi', 'entity': 'Jenis', 'format': 'Format',
    'refused': 'Berkas sumber yang ditolak', 'file': 'Berkas', 'errors': 'Kesalahan',
    'last-runs': 'Sinkronisasi terakhir', 'runs.none': 'Belum ada sinkronisasi', 'all-runs': 'Semua sinkronisasi →',
    'run': 'Run', 'status': 'Status', 'read': 'Dibaca', 'rejected': 'Ditolak', 'started': 'Mulai', 'duration': 'Durasi',
    'rate': '{rate} rekaman/detik', 'eta': 'sisa ±{eta}', 'of': '{read} dari {total}',
    'state.STARTED': 'berjalan', 'state.STOPPED': 'berhenti', 'state.SUSPENDED': 'dijeda', 'state.RESTARTING': 'dicoba ulang',
    'state.EXHAUSTED': 'menyerah', 'state.CHANGING': 'berubah',
    'status.RUNNING': 'berjalan', 'status.SUCCEEDED': 'berhasil', 'status.FAILED': 'gagal'
  },
  en: {
    'title': 'Overview', 'charts': 'Charts →',
    'not-for-role': 'Routes and sync runs are shown to administrators and auditors only.',
    'attention': 'Needs attention', 'attention.none': 'Nothing needs attention.',
    'attention.route': 'Route {id}: {state}, {attempts} attempts', 'attention.failing': 'Route {id}: its source cannot be read since {since}', 'attention.run': 'Sync run #{id} ({source}) failed',
    'attention.source': 'Source file refused: {file}', 'attention.dead': 'Subscription {name} ({agency}): {count} dead letters',
    'running': 'Running now', 'running.none': 'No sync run is running.',
    'routes': 'Routes', 'routes.none': 'No routes', 'route': 'Route', 'source': 'Source', 'state': 'State',
    'schedule': 'Schedule', 'last-run': 'Last run', 'next-run': 'Next run', 'actions': 'Actions', 'internal': 'internal',
    'every': 'every {d}', 'seconds': '{n} s',
    'polling': 'polling now', 'last-poll': 'last polled {at}',
    'action.start': 'Start', 'action.stop': 'Stop', 'action.suspend': 'Suspend', 'action.resume': 'Resume',
    'action.run': 'Run now', 'action.done': '{route}: {action} done ({state}).',
    'action.run.done': '{route}: one run started.',
    'disabled-by': 'switched off by configuration; switch it on with {property}=true', 'disabled-by.file': 'switched off in its route file (autoStartup: false)',
    'reload': 'Reload source and route files',
    'reload.done': 'Source and route files reloaded: {changed} changed, {refused} refused.',
    'reload.refused': 'Refused: {file}', 'reload.keeps': 'Its old routes keep running unchanged.',
    'reload.keeps.source': 'Source {source} keeps running its previous version.',
    'reload.keeps.none': 'This source is not loaded; fix its file and reload.',
    'reload.UPDATED': 'updated', 'reload.ADDED': 'added', 'reload.REMOVED': 'removed',
    'sources': 'Sources', 'sources.none': 'No sources', 'agency': 'Agency', 'entity': 'Kind', 'format': 'Format',
    'refused': 'Refused source files', 'file': 'File', 'errors': 'Errors',
    'last-runs': 'Last sync runs', 'runs.none': 'No sync runs yet', 'all-runs': 'All sync runs →',
    'run': 'Run', 'status': 'Status', 'read': 'Read', 'rejected': 'Rejected', 'started': 'Started', 'duration': 'Duration',
    'rate': '{rate} records/s', 'eta': '±{eta} left', 'of': '{read} of {total}',
    'state.STARTED': 'started', 'state.STOPPED': 'stopped', 'state.SUSPENDED': 'suspended', 'state.RESTARTING': 'restarting',
    'state.EXHAUSTED': 'exhausted', 'state.CHANGING': 'changing',
    'status.RUNNING': 'running', 'status.SUCCEEDED': 'succeeded', 'status.FAILED': 'failed'
  }
};

/** The actions a route's state allows (RoutesController answers 409 to the others); "run" only where the route says runnable. */
const ACTIONS = {
  STARTED: ['run', 'suspend', 'stop'], SUSPENDED: ['resume', 'stop'], STOPPED: ['start'],
  RESTARTING: ['start', 'stop'], EXHAUSTED: ['start'], CHANGING: []
};

/** A run's status as a badge; the code stays in data-status for tests and styles. */
export function runStatus(run, t) {
  return h('span', {class: 'state ' + run.status, dataset: {status: run.status}}, t('status.' + run.status));
}

/** A run's progress: a bar against the announced total, else the records so far and the rate. */
export function progress(run, t, lang) {
  const p = run.progress || {};
  const read = run.counts.read;
  return h('div', {class: 'progress', dataset: {testid: 'progress-' + run.id}},
    p.percent !== null && p.percent !== undefined
      ? [h('progress', {max: 100, value: p.percent}), ' ', h('strong', {}, num(p.percent, lang) + ' %'), ' ',
        t('of', {read: num(read, lang), total: num(p.expected_total, lang)})]
      : h('strong', {}, num(read, lang)),
    ' · ', t('rate', {rate: num(p.records_per_second, lang)}),
    p.eta_seconds !== null && p.eta_seconds !== undefined ? [' · ', t('eta', {eta: duration(p.eta_seconds)})] : null);
}

export async function render(view, ctx) {
  const {api, t, lang, me} = ctx;
  const admin = me.roles.includes('ADMIN');
  if (!admin && !me.roles.includes('AUDITOR')) {
    // routes and runs are for administrators and auditors; a steward finds the match scores among the charts
    return show(view, h('h1', {}, t('title')), h('p', {class: 'empty', dataset: {testid: 'overview-not-for-role'}}, t('not-for-role')),
      me.roles.includes('STEWARD') ? h('p', {}, h('a', {href: '#/charts'}, t('charts'))) : null);
  }
  const parts = {
    attention: h('div', {dataset: {testid: 'attention'}}),
    running: h('div', {dataset: {testid: 'running'}}),
    routes: h('div', {}),
    sources: h('div', {}),
    lastRuns: h('div', {})
  };
  const outcome = h('div', {dataset: {testid: 'action-result'}, 'aria-live': 'polite'});
  const drawn = new Map();
  const redraw = (name, data, build) => {
    const key = JSON.stringify(data);
    if (drawn.get(name) === key) return;
    drawn.set(name, key);
    show(parts[name], build(data));
  };

  async function act(route, action) {
    try {
      if (action === 'run') {
        await api('/api/v1/routes/' + encodeURIComponent(route) + '/run', {method: 'POST'});
        show(outcome, h('div', {class: 'notice'}, t('action.run.done', {route})));
      } else {
        const after = await api('/api/v1/routes/' + encodeURIComponent(route) + '/' + action, {method: 'POST'});
        show(outcome, h('div', {class: 'notice'}, t('action.done', {route, action: t('action.' + action), state: t('state.' + after.state)})));
      }
    } catch (err) {
      show(outcome, ctx.problem(err));
    }
    await refresh();
  }

  async function reload() {
    try {
      const result = await api('/api/v1/routes/reload', {method: 'POST'});
      // the source files first: they were reloaded first, and a route created again names its source's schedule
      const files = [...(result.sources || []).map(f => ({...f, kind: 'source'})), ...result.files.map(f => ({...f, kind: 'route'}))];
      const changed = files.filter(f => f.outcome !== 'UNCHANGED' && f.outcome !== 'REFUSED');
      const refused = files.filter(f => f.outcome === 'REFUSED');
      const keeps = f => f.kind === 'route' ? t('reload.keeps')
        : f.keeps_previous ? t('reload.keeps.source', {source: f.source}) : t('reload.keeps.none');
      show(outcome, h('div', {class: refused.length ? 'problem' : 'notice', dataset: {testid: 'reload-result'}},
        h('strong', {}, t('reload.done', {changed: changed.length, refused: result.refused})),
        changed.length ? h('ul', {}, changed.map(f => h('li', {dataset: {testid: 'reload-changed'}},
          t('reload.' + f.outcome), ': ', f.file, f.source ? ' (' + f.source + ')' : '', f.note ? ' — ' + f.note : ''))) : null,
        refused.map(f => h('div', {dataset: {testid: 'reload-refused'}},
          h('p', {}, t('reload.refused', {file: f.file}), ' — ', keeps(f)),
          h('pre', {dataset: {testid: 'reload-error'}}, f.kind === 'route' ? f.error : f.errors.join('\n'))))));
    } catch (err) {
      show(outcome, ctx.problem(err));
    }
    await refresh();
  }

  const timing = r => [
    r.polling ? h('span', {dataset: {testid: 'route-polling-' + r.id}}, t('polling'))
      : h('span', {dataset: {testid: 'route-next-run-' + r.id}}, when(r.next_run, lang)),
    r.last_poll ? h('div', {class: 'muted', dataset: {testid: 'route-last-poll-' + r.id}}, t('last-poll', {at: when(r.last_poll, lang)})) : null];
  const timingKey = r => JSON.stringify([r.polling, r.next_run, r.last_poll]);
  const timings = routes => routes.forEach(r => {
    const cell = parts.routes.querySelector("[data-testid='route-timing-" + CSS.escape(r.id) + "']");
    if (cell && cell.dataset.key !== timingKey(r)) {
      cell.dataset.key = timingKey(r);
      show(cell, timing(r));
    }
  });

  const routesTable = routes => table([
    {label: t('route'), value: r => [h('strong', {}, r.id), r.internal ? h('span', {class: 'muted'}, ' · ' + t('internal')) : null,
      r.description ? h('div', {class: 'muted'}, r.description) : null]},
    {label: t('source'), value: r => r.source || '—'},
    {label: t('state'), value: r => [h('span', {class: 'state ' + r.state, dataset: {testid: 'route-state-' + r.id, state: r.state}},
      t('state.' + r.state)), r.reason ? h('div', {class: 'muted'}, r.reason) : null,
      r.disabled_by && r.state === 'STOPPED' ? h('div', {class: 'muted', dataset: {testid: 'route-disabled-' + r.id}},
        r.disabled_by === 'autoStartup' ? t('disabled-by.file') : t('disabled-by', {property: r.disabled_by})) : null]},
    {label: t('schedule'), value: r => r.poll_delay_ms ? t('every', {d: r.poll_delay_ms < 60000
      ? t('seconds', {n: num(r.poll_delay_ms / 1000, lang)}) : duration(r.poll_delay_ms / 1000)}) : (r.schedule || '—')},
    {label: t('last-run'), value: r => r.last_run ? [h('a', {href: '#/runs/' + r.last_run.id}, '#' + r.last_run.id), ' ',
      runStatus(r.last_run, t), h('div', {class: 'muted'}, when(r.last_run.started_at, lang))] : '—'},
    // a delay schedule's next run is the earliest it can poll (Camel's backoff may skip polls); none while polling.
    // These times change at every poll: they are updated in place (timings), not by drawing the table again
    {label: t('next-run'), value: r => h('div', {dataset: {testid: 'route-timing-' + r.id, key: timingKey(r)}}, timing(r))},
    admin ? {label: t('actions'), value: r => r.internal ? '' : h('div', {class: 'actions'},
      (ACTIONS[r.state] || []).filter(a => a !== 'run' || r.runnable).map(a => h('button', {type: 'button', class: a === 'stop' ? 'danger' : a === 'run' ? null : 'secondary',
        dataset: {testid: 'route-' + a + '-' + r.id}, onclick: () => act(r.id, a)}, t('action.' + a))))} : null
  ].filter(Boolean), routes, t('routes.none'), {dataset: {testid: 'routes'}});

  const runsTable = runs => table([
    {label: t('run'), value: r => h('a', {href: '#/runs/' + r.id, dataset: {testid: 'last-run-' + r.id}}, '#' + r.id)},
    {label: t('source'), value: r => r.source},
    {label: t('status'), value: r => runStatus(r, t)},
    {label: t('read'), class: 'num', value: r => num(r.counts.read, lang)},
    {label: t('rejected'), class: 'num', value: r => num(r.counts.rejected, lang)},
    {label: t('started'), value: r => when(r.started_at, lang)},
    {label: t('duration'), value: r => duration(elapsed(r.started_at, r.ended_at))}
  ], runs, t('runs.none'), {dataset: {testid: 'last-runs'}});

  // one request: each subscription comes with the count of its dead letters
  async function deadLetters() {
    if (!admin) return [];
    try {
      return (await api('/api/v1/subscriptions')).filter(s => s.dead_letters > 0);
    } catch (err) {
      return [];
    }
  }

  async function refresh() {
    let [routes, runs, failed, sources, dead] = await Promise.all([
      api('/api/v1/routes'), api('/api/v1/sync-runs?limit=10'), api('/api/v1/sync-runs?status=FAILED&limit=5'),
      api('/api/v1/sources'), deadLetters()]);
    const running = await api('/api/v1/sync-runs?status=RUNNING&limit=20');
    // a failure stops needing attention once its source has run successfully after it
    const newest = new Map(await Promise.all([...new Set(failed.map(r => r.source))].map(source =>
      api('/api/v1/sync-runs?limit=1&status=SUCCEEDED&source=' + encodeURIComponent(source)).then(r => [source, r[0]?.id || 0]))));
    failed = failed.filter(r => newest.get(r.source) < r.id);
    const troubled = routes.routes.filter(r => r.state === 'RESTARTING' || r.state === 'EXHAUSTED');
    const failing = routes.routes.filter(r => r.failing_since);
    redraw('attention', {troubled, failing: failing.map(r => [r.id, r.failing_since, r.last_failure]), failed, refused: sources.refused, dead: dead.map(d => [d.id, d.name, d.agency, d.dead_letters])}, () => {
      const items = [
        ...troubled.map(r => h('li', {dataset: {testid: 'attention-route-' + r.id}},
          h('strong', {}, t('attention.route', {id: r.id, state: t('state.' + r.state), attempts: r.attempts ?? '?'})),
          r.reason ? h('div', {class: 'muted'}, r.reason) : null)),
        ...failing.map(r => h('li', {dataset: {testid: 'attention-failing-' + r.id}},
          h('strong', {}, t('attention.failing', {id: r.id, since: when(r.failing_since, lang)})),
          r.last_failure ? h('div', {class: 'muted'}, r.last_failure) : null)),
        ...failed.map(r => h('li', {dataset: {testid: 'attention-run-' + r.id}},
          h('a', {href: '#/runs/' + r.id}, t('attention.run', {id: r.id, source: r.source})),
          r.error ? h('div', {class: 'muted'}, r.error) : null)),
        ...sources.refused.map(p => h('li', {dataset: {testid: 'attention-source'}},
          h('strong', {}, t('attention.source', {file: p.file})), h('pre', {}, p.errors.join('\n')))),
        ...dead.map(s => h('li', {dataset: {testid: 'attention-subscription-' + s.id}},
          t('attention.dead', {name: s.name, agency: s.agency, count: num(s.dead_letters, lang)})))
      ];
      return items.length ? h('ul', {class: 'attention'}, items) : h('p', {class: 'empty'}, t('attention.none'));
    });
    redraw('running', running.map(r => [r.id, r.source, r.counts, r.progress]), () => running.length
      ? h('ul', {class: 'running'}, running.map(r => h('li', {dataset: {testid: 'running-' + r.id}},
        h('a', {href: '#/runs/' + r.id}, '#' + r.id), ' ', h('strong', {}, r.source), ' ', progress(r, t, lang))))
      : h('p', {class: 'empty'}, t('running.none')));
    const shown = routes.routes.map(r => ({...r, exchanges_total: null, exchanges_failed: null, records_per_second: null,
      next_run: null, last_poll: null, polling: null,
      last_run: r.last_run && {id: r.last_run.id, status: r.last_run.status, started_at: r.last_run.started_at}}));
    redraw('routes', shown, () => routesTable(routes.routes));
    timings(routes.routes);
    redraw('sources', sources, s => [
      table([
        {label: t('source'), value: x => [h('strong', {}, x.id), x.description ? h('div', {class: 'muted'}, x.description) : null]},
        {label: t('agency'), value: x => x.agency},
        {label: t('entity'), value: x => x.entity},
        {label: t('format'), value: x => x.format + ' · ' + x.charset},
        {label: t('schedule'), value: x => x.schedule || '—'}
      ], s.sources, t('sources.none'), {dataset: {testid: 'sources'}}),
      s.refused.length ? [h('h3', {}, t('refused')), table([
        {label: t('file'), value: p => p.file},
        {label: t('errors'), value: p => h('pre', {}, p.errors.join('\n'))}
      ], s.refused, '', {dataset: {testid: 'refused-sources'}})] : null]);
    redraw('lastRuns', runs.map(r => [r.id, r.status, r.counts, r.ended_at]), () => runsTable(runs));
  }

  await refresh();
  show(view,
    h('div', {class: 'heading'}, h('h1', {}, t('title')), h('a', {href: '#/charts', dataset: {testid: 'link-charts'}}, t('charts'))),
    h('div', {class: 'grid'},
      h('section', {}, h('h2', {}, t('attention')), parts.attention),
      h('section', {}, h('h2', {}, t('running')), parts.running)),
    h('section', {}, h('div', {class: 'heading'}, h('h2', {}, t('last-runs')), h('a', {href: '#/runs'}, t('all-runs'))), parts.lastRuns),
    h('section', {},
      h('div', {class: 'heading'}, h('h2', {}, t('routes')),
        admin ? h('button', {type: 'button', class: 'secondary', dataset: {testid: 'reload'}, onclick: reload}, t('reload')) : null),
      outcome, parts.routes),
    h('section', {}, h('h2', {}, t('sources')), parts.sources));
  ctx.every(2000, () => refresh().catch(err => show(outcome, ctx.problem(err))));
}
