import type { Strings } from '../../../../shared/i18n/strings';
import type { opening as en } from '../en-GB/opening';

export const opening: Strings<typeof en> = {
  title: 'Nid oedd modd i Casebook agor eich gweithle',
  folder: 'Ffolder y gweithle',
  nothingChanged: 'Nid oes dim yn y ffolder wedi’i newid.',
  details: 'Manylion technegol (yn Saesneg)',
  reasons: {
    locked: 'Mae copi arall o Casebook yn defnyddio’r gweithle hwn.',
    newer: 'Cafodd y gweithle hwn ei gadw gan fersiwn mwy newydd o Casebook, felly ni all y fersiwn hwn ei ddarllen yn ddiogel.',
    unreadable:
      'Ni all Casebook ddarllen y ffolder hon. Efallai ei bod wedi’i symud neu ei dileu, neu efallai nad oes gennych ganiatâd i’w hagor.',
    io: 'Rhoddodd y ddisg wall tra oedd Casebook yn agor y gweithle.',
  },
  advice: {
    locked: 'Caewch Casebook ar y cyfrifiadur hwnnw, yna dewiswch Rhoi cynnig arall arni.',
    lockedHere:
      'Mae Casebook eisoes ar agor ar y cyfrifiadur hwn, mewn ffenestr arall, neu’n dal i gau. Caewch y ffenestr honno (neu arhoswch ennyd), yna dewiswch Rhoi cynnig arall arni.',
    newer: 'Diweddarwch Casebook, dewiswch ffolder arall, neu adferwch gopi wrth gefn cynharach o’r gweithle.',
    unreadable:
      'Gwiriwch fod y ffolder yn dal i fodoli a’ch bod yn gallu ei hagor, yna dewiswch Rhoi cynnig arall arni, neu dewiswch ffolder arall.',
    io: 'Gwiriwch fod y gyriant wedi’i gysylltu ac yn gweithio, yna dewiswch Rhoi cynnig arall arni.',
  },
  holder: {
    heading: 'Pwy sy’n ei ddefnyddio',
    computer: 'Cyfrifiadur',
    thisComputer: '{{host}} (y cyfrifiadur hwn)',
    process: 'Rhif y broses',
    since: 'Agorwyd',
    lastActive: 'Yn weithredol ddiwethaf',
  },
  tryAgain: 'Rhoi cynnig arall arni',
  chooseFolder: 'Dewis ffolder arall…',
  restore: 'Adfer copi wrth gefn…',
  openAnyway: 'Agor beth bynnag…',
  stillFailing: 'Nid oedd modd ei agor o hyd. Mae’r manylion technegol isod yn esbonio pam.',
  noFolderPicker: 'Mae angen yr ap bwrdd gwaith i ddewis ffolder arall.',
  warning: {
    title: 'Agor y gweithle hwn beth bynnag?',
    body: 'Gwnewch hyn dim ond os ydych yn siŵr nad yw Casebook yn rhedeg mwyach ar {{host}}. Os bydd dau gopi o Casebook yn golygu’r un gweithle ar yr un pryd, gall y naill ysgrifennu dros newidiadau’r llall a bydd gwaith yn cael ei golli.',
    confirm: 'Agor beth bynnag',
  },
  backups: {
    title: 'Adfer copi wrth gefn',
    intro:
      'Mae Casebook yn cadw copïau o ffeil y gweithle (sefydliadau, eich proffil a’ch gosodiadau). Dewiswch un i’w roi yn ôl. Caiff y ffeil bresennol ei chadw wrth ei hochr, ac mae achosion a gweithdai yn cadw eu ffeiliau eu hunain.',
    none: 'Nid oes copïau wrth gefn o’r gweithle hwn.',
    legend: 'Copïau wrth gefn, y mwyaf diweddar yn gyntaf',
    unusable: '{{date}} — ni ellir ei ddefnyddio (wedi’i ddifrodi neu o Casebook mwy newydd)',
    restore: 'Adfer y copi wrth gefn hwn',
    failed: 'Ni chafodd y copi wrth gefn ei adfer: {{reason}}',
  },
};
