// Small helpers shared by the persons, review, subscriptions and audit pages. (Not a page: the router only loads
// names of letters and hyphens, so '#/_people' never reaches this file.)
import {h} from '../dom.js';

/** The golden record's fields in both languages, keyed by their wire names. */
export const FIELD_LABELS = {
  id: {
    nik: 'NIK', kk_number: 'Nomor KK', full_name: 'Nama lengkap', name_titles: 'Gelar', birth_place: 'Tempat lahir',
    birth_date: 'Tanggal lahir', sex: 'Jenis kelamin', religion: 'Agama', marital_status: 'Status perkawinan',
    mother_name: 'Nama ibu', address: 'Alamat', rt: 'RT', rw: 'RW', village_code: 'Kode desa/kelurahan',
    village_name: 'Desa/kelurahan', district_name: 'Kecamatan', regency_name: 'Kabupaten/kota', phone: 'Telepon'
  },
  en: {
    nik: 'NIK', kk_number: 'Family card no.', full_name: 'Full name', name_titles: 'Titles', birth_place: 'Place of birth',
    birth_date: 'Date of birth', sex: 'Sex', religion: 'Religion', marital_status: 'Marital status',
    mother_name: "Mother's name", address: 'Address', rt: 'RT', rw: 'RW', village_code: 'Village code',
    village_name: 'Village', district_name: 'District', regency_name: 'Regency/city', phone: 'Phone'
  }
};

/** A labelled form control: <label>text <input></label>. */
export function labeled(text, control) {
  return h('label', {}, text, control);
}

/** The query string of the non-blank values of an object, for '#/page?…' and API calls. */
export function queryOf(values) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') query.set(name, String(value).trim());
  }
  const text = query.toString();
  return text ? '?' + text : '';
}

/** A value of a golden record as text: lists joined, missing ones as a dash. */
export function text(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A match weight with its sign, two decimals (weights are log2 odds). */
export function weight(value, lang) {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  return (n > 0 ? '+' : '') + n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {minimumFractionDigits: 2, maximumFractionDigits: 2});
}

/** Whether an API error means "this endpoint is not there (yet)". */
export function missingEndpoint(err) {
  return err && (err.status === 404 || err.status === 405);
}
