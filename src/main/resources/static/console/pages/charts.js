// Charts: records per run over time (per source), rejection reasons by source, and the distribution of match scores
// with the link and review thresholds. Drawn by ECharts from its WebJar (an ES module served by the service itself,
// so the console's script-src 'self' holds), as SVG. Each chart has its numbers beside it for those who read.
import {h, show, num} from '../dom.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

export const messages = {
  id: {
    'title': 'Grafik', 'days': 'Periode', 'days.n': '{n} hari terakhir',
    'runs': 'Rekaman per sinkronisasi', 'runs.help': 'Setiap titik adalah satu sinkronisasi: rekaman yang dibaca, per sumber.',
    'runs.count': '{runs} sinkronisasi, {records} rekaman', 'runs.none': 'Belum ada sinkronisasi pada periode ini.',
    'reasons': 'Alasan penolakan per sumber', 'reasons.help': 'Rekaman yang ditolak menurut kolom yang salah.',
    'reasons.count': '{n} rekaman ditolak', 'reasons.none': 'Tidak ada rekaman yang ditolak pada periode ini.',
    'scores': 'Sebaran skor kecocokan', 'scores.none': 'Belum ada tautan probabilistik (linker: {linker}).',
    'scores.help': 'Bobot kecocokan tautan probabilistik. Di atas ambang tautan: ditautkan; antara ambang tinjauan dan tautan: ditinjau.',
    'scored': 'Bertaut probabilistik', 'linked': 'Di atas ambang tautan', 'review': 'Perlu ditinjau', 'below': 'Di bawah ambang tinjauan',
    'threshold.link': 'ambang tautan {v}', 'threshold.review': 'ambang tinjauan {v}', 'records': 'Rekaman', 'weight': 'Bobot',
    'thresholds.missing': 'Ambang tidak dapat dibaca: {error}', 'chart.failed': 'Grafik tidak dapat dimuat: {error}'
  },
  en: {
    'title': 'Charts', 'days': 'Period', 'days.n': 'last {n} days',
    'runs': 'Records per sync run', 'runs.help': 'Each point is one sync run: the records it read, per source.',
    'runs.count': '{runs} sync runs, {records} records', 'runs.none': 'No sync runs in this period.',
    'reasons': 'Rejection reasons by source', 'reasons.help': 'Rejected records by the field that was wrong.',
    'reasons.count': '{n} records rejected', 'reasons.none': 'No records were rejected in this period.',
    'scores': 'Match score distribution', 'scores.none': 'No probabilistic links yet (linker: {linker}).',
    'scores.help': 'Match weights of probabilistic links. Above the link threshold: linked; between review and link: reviewed.',
    'scored': 'Linked probabilistically', 'linked': 'Above the link threshold', 'review': 'To be reviewed', 'below': 'Below the review threshold',
    'threshold.link': 'link threshold {v}', 'threshold.review': 'review threshold {v}', 'records': 'Records', 'weight': 'Weight',
    'thresholds.missing': 'The thresholds cannot be read: {error}', 'chart.failed': 'The chart cannot be drawn: {error}'
  }
};

const COLORS = ['#0b6e4f', '#2563eb', '#b45309', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#9333ea', '#475569', '#c2410c'];

export async function render(view, ctx) {
  const {api, t, lang, me, query} = ctx;
  const days = Number(query.get('days')) || 30;
  const operator = me.roles.includes('ADMIN') || me.roles.includes('AUDITOR');
  const scorer = operator || me.roles.includes('STEWARD');
  const [echarts, runs, reasons, scores] = await Promise.all([
    import(ECHARTS).catch(err => ({failed: err})),
    operator ? api('/api/v1/stats/runs?days=' + days) : null,
    operator ? api('/api/v1/stats/rejection-reasons?days=' + days) : null,
    scorer ? api('/api/v1/stats/match-scores') : null]);
  const charts = [];
  const draw = (el, option) => {
    if (echarts.failed) return show(el, h('p', {class: 'problem'}, t('chart.failed', {error: String(echarts.failed)})));
    const chart = echarts.init(el, null, {renderer: 'svg'});
    // tooltips as rich text drawn in the chart, not as HTML: nothing shown is ever parsed as markup
    chart.setOption({color: COLORS, textStyle: {fontFamily: 'system-ui, sans-serif'}, ...option,
      tooltip: {...option.tooltip, renderMode: 'richText'}});
    charts.push(chart);
  };
  const period = h('select', {dataset: {testid: 'charts-days'}, onchange: e => ctx.navigate('#/charts?days=' + e.target.value)},
    [7, 30, 90, 365].map(n => h('option', {value: n, selected: n === days}, t('days.n', {n}))));
  const sections = [];
  const runsChart = h('div', {class: 'chart', dataset: {testid: 'chart-runs'}});
  const reasonsChart = h('div', {class: 'chart', dataset: {testid: 'chart-reasons'}});
  const scoresChart = h('div', {class: 'chart', dataset: {testid: 'chart-scores'}});

  if (runs) {
    const records = runs.runs.reduce((sum, r) => sum + r.counts.read, 0);
    sections.push(h('section', {},
      h('h2', {}, t('runs')), h('p', {class: 'help'}, t('runs.help')),
      h('p', {dataset: {testid: 'runs-summary'}}, t('runs.count', {runs: num(runs.runs.length, lang), records: num(records, lang)})),
      runs.runs.length ? runsChart : h('p', {class: 'empty'}, t('runs.none'))));
  }
  if (reasons) {
    sections.push(h('section', {},
      h('h2', {}, t('reasons')), h('p', {class: 'help'}, t('reasons.help')),
      h('p', {dataset: {testid: 'reasons-summary'}}, t('reasons.count', {n: num(reasons.rejections, lang)})),
      reasons.reasons.length ? reasonsChart : h('p', {class: 'empty'}, t('reasons.none'))));
  }
  if (scores) {
    const figure = (key, value) => h('div', {}, h('span', {class: 'muted'}, t(key)), h('strong', {dataset: {testid: 'scores-' + key}}, num(value, lang)));
    sections.push(h('section', {},
      h('h2', {}, t('scores')), h('p', {class: 'help'}, t('scores.help')),
      scores.thresholds ? h('p', {},
        h('span', {dataset: {testid: 'threshold-review'}}, t('threshold.review', {v: num(scores.thresholds.review, lang)})), ' · ',
        h('span', {dataset: {testid: 'threshold-link'}}, t('threshold.link', {v: num(scores.thresholds.link, lang)})))
        : h('p', {class: 'problem'}, t('thresholds.missing', {error: scores.error})),
      h('div', {class: 'counts'}, figure('scored', scores.scored),
        scores.thresholds ? [figure('linked', scores.linked), figure('review', scores.review), figure('below', scores.below)] : null),
      scores.buckets.length ? scoresChart : h('p', {class: 'empty'}, t('scores.none', {linker: scores.linker}))));
  }
  show(view, h('div', {class: 'heading'}, h('h1', {}, t('title')),
    operator ? h('label', {class: 'muted'}, t('days') + ' ', period) : null), h('div', {class: 'grid charts'}, sections));

  if (runs && runs.runs.length) {
    const bySource = groupBy(runs.runs, r => r.source);
    draw(runsChart, {
      tooltip: {trigger: 'item', formatter: p => '#' + p.data[2] + ' · ' + p.seriesName + '\n' + num(p.data[1], lang) + ' ' + t('records').toLowerCase()},
      legend: {type: 'scroll', top: 0},
      grid: {left: 50, right: 20, top: 40, bottom: 40},
      // a few ticks whose labels ECharts leaves out where they would overlap (runs seconds apart made a row of
      // second-level labels printed over each other); the tooltip gives each run's own time
      // and none in the corner, where the first one met the y axis' 0 (padding on both ends, no label at the start,
      // and the labels lower than ECharts' 8 px, below the 0 that sits on the axis line)
      xAxis: {type: 'time', splitNumber: 4, boundaryGap: ['5%', '5%'], axisLabel: {hideOverlap: true, showMinLabel: false, margin: 16}},
      yAxis: {type: 'value', name: t('records'), minInterval: 1},
      series: [...bySource].map(([source, list]) => ({
        name: source, type: 'line', symbolSize: 8, showAllSymbol: true,
        data: list.map(r => [r.started_at, r.counts.read, r.id])}))
    });
  }
  if (reasons && reasons.reasons.length) {
    const sources = [...new Set(reasons.reasons.map(r => r.source))];
    const fields = [...new Set(reasons.reasons.map(r => r.field))];
    draw(reasonsChart, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {type: 'scroll', top: 0},
      grid: {left: 120, right: 20, top: 60, bottom: 30},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: sources},
      series: fields.map(field => ({name: field, type: 'bar', stack: 'reasons',
        data: sources.map(s => reasons.reasons.find(r => r.source === s && r.field === field)?.rejections || 0)}))
    });
  }
  if (scores && scores.buckets.length) {
    const th = scores.thresholds;
    const labelOf = b => num(b.from, lang);
    const color = b => !th ? COLORS[0] : b.from >= th.link ? '#067647' : b.to > th.review ? '#9a6700' : '#b42318';
    // threshold lines sit on the category axis at the bucket that holds them
    const at = value => scores.buckets.findIndex(b => value >= b.from && value < b.to);
    const marks = !th ? [] : [
      {xAxis: Math.max(0, at(th.review)), name: t('threshold.review', {v: num(th.review, lang)}), lineStyle: {color: '#9a6700'}},
      {xAxis: Math.max(0, at(th.link)), name: t('threshold.link', {v: num(th.link, lang)}), lineStyle: {color: '#067647'}}
    ].filter(m => m.xAxis >= 0);
    draw(scoresChart, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      grid: {left: 60, right: 30, top: 50, bottom: 40},
      xAxis: {type: 'category', name: t('weight'), data: scores.buckets.map(labelOf)},
      yAxis: {type: 'value', name: t('records'), minInterval: 1},
      series: [{type: 'bar', name: t('records'), barCategoryGap: '5%',
        data: scores.buckets.map(b => ({value: b.count, itemStyle: {color: color(b)}})),
        markLine: {symbol: 'none', label: {formatter: p => p.name, position: 'insideEndTop'}, lineStyle: {type: 'dashed', width: 2}, data: marks}}]
    });
  }
  const resize = () => charts.forEach(c => c.resize());
  window.addEventListener('resize', resize);
  window.addEventListener('hashchange', () => {
    window.removeEventListener('resize', resize);
    charts.forEach(c => c.dispose());
  }, {once: true});
}

function groupBy(list, key) {
  const groups = new Map();
  for (const item of list) {
    if (!groups.has(key(item))) groups.set(key(item), []);
    groups.get(key(item)).push(item);
  }
  return groups;
}
