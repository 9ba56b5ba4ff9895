// Sinkron's console: a hash-routed single-page app. '#/<page>/<rest…>?<query>' loads pages/<page>.js, which exports
//   messages = {id: {...}, en: {...}}   its texts in both languages
//   render(view, ctx)                   draws the page into view (may be async)
// ctx = {api, t, lang, path (segments after the page), query (URLSearchParams), me, navigate(hash),
//        every(ms, fn) (repeats fn while the page is shown), problem(err) (an error as a Node)}.
import {h, show} from './dom.js';

const KEY = 'sinkron.key';
const LANG = 'sinkron.lang';

const shell = {
  id: {
    'nav.overview': 'Ringkasan', 'nav.runs': 'Sinkronisasi', 'nav.persons': 'Penduduk', 'nav.review': 'Tinjauan',
    'nav.subscriptions': 'Langganan', 'nav.audit': 'Log audit',
    'login.title': 'Masuk ke konsol Sinkron', 'login.key': 'Kunci API', 'login.submit': 'Masuk',
    'login.help': 'Tempelkan kunci API Anda (sk_…). Kunci hanya disimpan di tab ini dan hilang saat tab ditutup.',
    'login.refused': 'Kunci ditolak', 'logout': 'Keluar', 'loading': 'Memuat…',
    'error.title': 'Terjadi kesalahan', 'error.network': 'Layanan tidak dapat dihubungi',
    'page.missing': 'Halaman ini belum tersedia.'
  },
  en: {
    'nav.overview': 'Overview', 'nav.runs': 'Sync runs', 'nav.persons': 'Persons', 'nav.review': 'Review',
    'nav.subscriptions': 'Subscriptions', 'nav.audit': 'Audit log',
    'login.title': 'Sign in to the Sinkron console', 'login.key': 'API key', 'login.submit': 'Sign in',
    'login.help': 'Paste your API key (sk_…). It is kept in this tab only and is gone when the tab is closed.',
    'login.refused': 'Key refused', 'logout': 'Sign out', 'loading': 'Loading…',
    'error.title': 'Something went wrong', 'error.network': 'The service cannot be reached',
    'page.missing': 'This page is not available yet.'
  }
};

const NAV = ['overview', 'runs', 'persons', 'review', 'subscriptions', 'audit'];

let lang = localStorage.getItem(LANG) || 'id';
let me = null;
let timers = [];
let messages = shell[lang];

function t(key, vars) {
  let text = messages[key] ?? shell[lang][key] ?? key;
  for (const [name, value] of Object.entries(vars || {})) text = text.replaceAll('{' + name + '}', value);
  return text;
}

/** An answer other than 2xx: carries the RFC 9457 problem the service sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

/** Calls the REST API with the signed-in key; JSON in and out (text for text/* answers). */
async function api(path, options = {}) {
  const headers = {Authorization: 'Bearer ' + sessionStorage.getItem(KEY), Accept: 'application/json', ...(options.headers || {})};
  let body = options.body;
  if (body !== undefined && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {method: options.method || (body !== undefined ? 'POST' : 'GET'), headers, body});
  } catch (e) {
    throw new ApiError(0, {title: t('error.network'), detail: String(e)});
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = response.status === 204 ? null
    : type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (response.status === 401 && me) {
    // the key was revoked or expired while signed in: back to the sign-in form
    signOut();
    throw new ApiError(401, payload);
  }
  if (!response.ok) throw new ApiError(response.status, typeof payload === 'object' ? payload : {detail: payload});
  return payload;
}

/** Downloads an API answer (CSV exports) with the key, as a file. */
async function download(path, filename) {
  const response = await fetch(path, {headers: {Authorization: 'Bearer ' + sessionStorage.getItem(KEY)}});
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', {href: url, download: filename});
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

function problem(err) {
  const p = err instanceof ApiError ? err.problem : {detail: String(err)};
  return h('div', {class: 'problem', role: 'alert', dataset: {testid: 'problem'}},
    h('strong', {}, p.title || t('error.title')),
    err.status ? h('span', {class: 'status'}, ' ' + err.status) : null,
    p.detail ? h('p', {}, p.detail) : null);
}

function signOut() {
  sessionStorage.removeItem(KEY);
  me = null;
  route();
}

function stopTimers() {
  timers.forEach(clearInterval);
  timers = [];
}

function drawShell() {
  document.documentElement.lang = lang;
  document.getElementById('lang').textContent = lang === 'id' ? 'EN' : 'ID';
  const nav = document.getElementById('nav');
  const logout = document.getElementById('logout');
  const page = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'overview';
  nav.hidden = !me;
  logout.hidden = !me;
  logout.textContent = t('logout');
  document.getElementById('who').textContent = me ? me.actor + ' · ' + me.roles.join(', ') : '';
  show(nav, !me ? [] : NAV.map(name => h('a', {href: '#/' + name, class: name === page ? 'active' : null,
    dataset: {testid: 'nav-' + name}}, t('nav.' + name))));
}

function login(view) {
  messages = shell[lang];
  const input = h('input', {type: 'password', id: 'key', name: 'key', autocomplete: 'off', required: true,
    placeholder: 'sk_…', dataset: {testid: 'login-key'}});
  const status = h('div', {});
  const form = h('form', {class: 'login', dataset: {testid: 'login'}, onsubmit: async e => {
    e.preventDefault();
    sessionStorage.setItem(KEY, input.value.trim());
    try {
      me = await api('/api/v1/me');
      route();
    } catch (err) {
      sessionStorage.removeItem(KEY);
      show(status, problem(err.status === 401 ? new ApiError(401, {title: t('login.refused'), detail: err.problem.detail}) : err));
    }
  }},
  h('h1', {}, t('login.title')),
  h('label', {for: 'key'}, t('login.key')), input,
  h('p', {class: 'help'}, t('login.help')),
  h('button', {type: 'submit', dataset: {testid: 'login-submit'}}, t('login.submit')),
  status);
  show(view, form);
  input.focus();
}

async function route() {
  stopTimers();
  const view = document.getElementById('view');
  if (!sessionStorage.getItem(KEY)) {
    drawShell();
    return login(view);
  }
  if (!me) {
    try {
      me = await api('/api/v1/me');
    } catch (err) {
      drawShell();
      return sessionStorage.getItem(KEY) ? show(view, problem(err)) : undefined;
    }
  }
  const [pathPart, queryPart] = location.hash.replace(/^#\/?/, '').split('?');
  const [page, ...path] = pathPart.split('/').filter(Boolean);
  const name = NAV.includes(page) || /^[a-z-]+$/.test(page || '') ? (page || 'overview') : 'overview';
  let module;
  try {
    module = await import('./pages/' + name + '.js');
  } catch (err) {
    messages = shell[lang];
    drawShell();
    return show(view, h('p', {class: 'empty'}, t('page.missing')));
  }
  messages = {...shell[lang], ...(module.messages?.[lang] || {})};
  drawShell();
  show(view, h('p', {class: 'loading'}, t('loading')));
  const here = location.hash;
  const ctx = {
    api, download, t, lang, me, path, query: new URLSearchParams(queryPart || ''), problem,
    navigate: hash => { location.hash = hash; },
    every: (ms, fn) => { const id = setInterval(() => { if (location.hash === here) fn(); }, ms); timers.push(id); }
  };
  try {
    await module.render(view, ctx);
  } catch (err) {
    show(view, problem(err));
  }
}

document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'id' ? 'en' : 'id';
  localStorage.setItem(LANG, lang);
  route();
});
document.getElementById('logout').addEventListener('click', signOut);
window.addEventListener('hashchange', route);
route();
