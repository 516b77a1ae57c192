import type { Strings } from '../../../../shared/i18n/strings';
import type { library as en } from '../en-GB/library';

export const library: Strings<typeof en> = {
  title: 'Llyfrgell',
  intro: 'Astudiaethau achos arferion da o weithdai ac achosion: beth a weithiodd, y gellir chwilio drwyddynt a’u dyfynnu.',
  add: 'Ychwanegu astudiaeth achos',
  search: 'Chwilio’r llyfrgell',
  searchHint: 'Yn chwilio teitlau, crynodebau, beth a weithiodd a rhwystrau',
  empty: {
    title: 'Mae’r llyfrgell yn wag',
    body: 'Ychwanegwch astudiaeth achos o arfer da: beth wnaeth sefydliad, beth a weithiodd a beth a safodd yn y ffordd.',
  },
  noMatch: 'Does dim astudiaethau achos yn cyfateb i “{{text}}”.',
  count_zero: '{{count}} astudiaeth achos',
  count_one: '{{count}} astudiaeth achos',
  count_two: '{{count}} astudiaeth achos',
  count_few: '{{count}} astudiaeth achos',
  count_many: '{{count}} astudiaeth achos',
  count_other: '{{count}} astudiaeth achos',
  fields: {
    title: 'Teitl',
    organisation: 'Sefydliad',
    noOrganisation: 'Heb ei chysylltu â sefydliad',
    theme: 'Thema',
    summary: 'Crynodeb',
    whatWorked: 'Beth a weithiodd',
    barriers: 'Rhwystrau',
    contactRole: 'Rôl y cyswllt',
    contactRoleHint: 'Y rôl i ofyn amdani, nid manylion cyswllt person',
  },
  form: { createTitle: 'Ychwanegu astudiaeth achos', editTitle: 'Golygu {{title}}', titleRequired: 'Rhowch deitl i’r astudiaeth achos' },
  origin: {
    scratch: 'Wedi’i hysgrifennu yn y llyfrgell',
    workshop_note: 'Wedi’i dechrau o nodyn gweithdy',
    case_evidence: 'Wedi’i dechrau o dystiolaeth achos',
  },
  citations: {
    title: 'Wedi’i dyfynnu yn',
    none: 'Heb ei dyfynnu eto. Dyfynnwch hi o achos neu weithdy.',
    by: '{{kind}} {{id}}',
    kind: { case: 'Achos', workshop: 'Gweithdy' },
  },
  region: {
    fromRegion: 'O’r rhanbarth · rhannwyd gan {{name}}',
    sharedByYou: 'Rhannwyd â’r rhanbarth gan {{name}}',
  },
  back: 'Yn ôl i’r llyfrgell',
  created: 'Ychwanegwyd yr astudiaeth achos',
  saved: 'Cadwyd yr astudiaeth achos',
  deleted: 'Dilëwyd yr astudiaeth achos',
  confirmDelete: {
    title: 'Dileu {{title}}?',
    body: 'Caiff yr astudiaeth achos ei thynnu o’r llyfrgell.',
    confirm: 'Dileu’r astudiaeth achos',
  },
  notFound: 'Nid yw’r astudiaeth achos honno yn y llyfrgell mwyach.',
};
