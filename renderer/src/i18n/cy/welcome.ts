import type { Strings } from '../../../../shared/i18n/strings';
import type { welcome as en } from '../en-GB/welcome';

export const welcome: Strings<typeof en> = {
  title: 'Croeso i Casebook',
  intro:
    'Cyn i chi ddechrau, dywedwch wrth Casebook pwy ydych chi. Caiff eich enw, eich rôl a’ch sefydliad eu stampio ar bob newid a wnewch ac ar y dogfennau a lofnodwch. Gallwch eu newid yn nes ymlaen yn y Gosodiadau.',
  language: 'Iaith · Language',
  name: 'Eich enw',
  nameRequired: 'Rhowch eich enw fel bod eich newidiadau a’ch llofnodion yn ei gario',
  role: 'Rôl',
  organisation: 'Sefydliad',
  startHeading: 'Sut hoffech chi ddechrau?',
  startEmpty: 'Dechrau gyda gweithle gwag',
  startDemo: 'Llwytho’r gweithle enghreifftiol',
  demoHint:
    'Mae’r gweithle enghreifftiol yn ychwanegu pedwar awdurdod ffuglennol a dau weithdy partneriaeth, er mwyn i chi weld Casebook ar waith.',
  failed: 'Nid oedd modd cadw eich proffil: {{reason}}',
};
