// Building DOM without innerHTML: every value shown is personal data from agencies, so it is always text, never markup.

/** h('a', {href: '#/x', class: 'c', onclick: fn, dataset: {testid: 'x'}}, 'text', child, [children]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'class') el.className = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces everything in el by the children. */
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A table: columns [{label, value: row => text|Node}], rows; empty → the empty message. */
export function table(columns, rows, empty, attrs) {
  if (!rows || rows.length === 0) return h('p', {class: 'empty'}, empty || '—');
  return h('table', attrs || {},
    h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, c.label)))),
    h('tbody', {}, rows.map(r => h('tr', {}, columns.map(c => h('td', {class: c.class || null}, c.value(r)))))));
}

/** Formats a number the reader's way (1.234 in Indonesian, 1,234 in English). */
export function num(value, lang) {
  if (value === null || value === undefined) return '—';
  return Number(value).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {maximumFractionDigits: 1});
}

/** Formats a timestamp in the reader's locale and time zone. */
export function when(value, lang) {
  if (!value) return '—';
  return new Date(value).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
}

/** A duration in seconds as h:mm:ss (m:ss under an hour): the same in both languages. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const two = n => String(n).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  return hours > 0 ? hours + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60) : Math.floor(s / 60) + ':' + two(s % 60);
}

/** Seconds from start to end (or to now while it runs). */
export function elapsed(start, end) {
  return start ? ((end ? new Date(end) : new Date()) - new Date(start)) / 1000 : null;
}
