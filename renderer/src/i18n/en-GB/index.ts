import { cases } from './cases';
import { common } from './common';
import { exports } from './exports';
import { organisations } from './organisations';
import { settings } from './settings';
import { workshops } from './workshops';

/** en-GB strings, one object per feature so features can be added without collisions. */
export const enGB = { common, organisations, settings, exports, cases, workshops };
