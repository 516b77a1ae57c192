import { history } from '../../../../shared/i18n/history/en';
import { cases } from './cases';
import { common } from './common';
import { exports } from './exports';
import { organisations } from './organisations';
import { settings } from './settings';
import { workshops } from './workshops';
import { actions } from './actions';
import { overview } from './overview';
import { library } from './library';
import { search } from './search';
import { trust } from './trust';
import { sync } from './sync';
import { welcome } from './welcome';
import { desktop } from '../../../../shared/i18n/desktop/en';
import { opening } from './opening';
import { errorStrings } from '../../../../shared/i18n/errors';

/** What the services say, by key (shared/i18n/errors): one table for the interface, menus and dialogs. */
const errors = errorStrings['en-GB'];

/** en-GB strings, one object per feature so features can be added without collisions. */
export const enGB = {
  common,
  organisations,
  settings,
  exports,
  workshops,
  actions,
  overview,
  library,
  search,
  cases,
  trust,
  welcome,
  desktop,
  opening,
  errors,
  history,
  sync,
};
