import { common } from './common';
import { organisations } from './organisations';
import { settings } from './settings';
import { actions } from './actions';
import { overview } from './overview';
import { library } from './library';
import { search } from './search';

/** en-GB strings, one object per feature so features can be added without collisions. */
export const enGB = { common, organisations, settings };
Object.assign(enGB, { actions });
Object.assign(enGB, { overview });
Object.assign(enGB, { library });
Object.assign(enGB, { search });
