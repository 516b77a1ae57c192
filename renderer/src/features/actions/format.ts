// The app's one date style lives in lib/dates; re-exported for the actions and issues screens.
export { formatDate, formatDateTime } from '../../lib/dates';
