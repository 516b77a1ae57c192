import { history } from '../../../../shared/i18n/history/cy';
import { actions } from './actions';
import { cases } from './cases';
import { common } from './common';
import { desktop } from '../../../../shared/i18n/desktop/cy';
import { errorStrings } from '../../../../shared/i18n/errors';
import { opening } from './opening';
import { exports } from './exports';
import { library } from './library';
import { organisations } from './organisations';
import { overview } from './overview';
import { search } from './search';
import { settings } from './settings';
import { trust } from './trust';
import { sync } from './sync';
import { welcome } from './welcome';
import { workshops } from './workshops';

/**
 * Welsh (Cymraeg) strings, one object per feature, mirroring en-GB key for key.
 * Terms follow shared/i18n/glossary-cy.md. Awaits review by a first-language Welsh speaker.
 */
export const cy = {
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
  errors: errorStrings.cy,
  history,
  sync,
};
