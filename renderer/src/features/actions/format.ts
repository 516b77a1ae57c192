// Dates follow the interface language (en-GB "30 Jun 2026", cy "30 Meh 2026"): one helper for the app.
export { formatDate, formatDateTime } from '../../i18n/format';
