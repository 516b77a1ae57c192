import type { Strings } from '../../../../shared/i18n/strings';
import type { search as en } from '../en-GB/search';

export const search: Strings<typeof en> = {
  label: 'Chwilio popeth',
  placeholder: 'Chwilio… (Ctrl+K neu /)',
  hint: 'Sefydliadau, achosion, tystiolaeth, nodiadau gweithdai, camau gweithredu, materion a’r llyfrgell',
  noResults: 'Dim byd wedi’i ganfod ar gyfer “{{text}}”.',
  kinds: {
    organisation: 'Sefydliadau',
    case: 'Achosion',
    evidence: 'Tystiolaeth',
    workshop: 'Gweithdai',
    workshop_note: 'Nodiadau gweithdai',
    action: 'Camau gweithredu',
    issue: 'Materion',
    case_study: 'Llyfrgell',
  },
};
