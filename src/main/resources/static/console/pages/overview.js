// Overview: the routes and sources at a glance. (The full overview — live runs, errors needing attention, charts —
// is built on this page.)
import {h, show, table} from '../dom.js';

export const messages = {
  id: {'title': 'Ringkasan', 'routes': 'Rute', 'route': 'Rute', 'state': 'Status', 'none': 'Tidak ada rute'},
  en: {'title': 'Overview', 'routes': 'Routes', 'route': 'Route', 'state': 'State', 'none': 'No routes'}
};

export async function render(view, {api, t}) {
  const routes = await api('/api/v1/routes');
  show(view,
    h('h1', {}, t('title')),
    h('section', {}, h('h2', {}, t('routes')),
      table([
        {label: t('route'), value: r => r.id},
        {label: t('state'), value: r => h('span', {class: 'state ' + r.state}, r.state)}
      ], routes, t('none'), {dataset: {testid: 'routes'}})));
}
