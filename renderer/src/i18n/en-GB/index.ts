import { history } from './history';
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
import { welcome } from './welcome';
import { desktop } from './desktop';
import { opening } from './opening';

/** en-GB strings, one object per feature so features can be added without collisions. */
export const enGB = { common, organisations, settings, exports, workshops, actions, overview, library, search, cases, trust, welcome, desktop, opening, history };
