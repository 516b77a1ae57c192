import type { Strings } from '../../../../shared/i18n/strings';
import type { common as en } from '../en-GB/common';

export const common: Strings<typeof en> = {
  appName: 'Casebook',
  skipToContent: 'Neidio i’r prif gynnwys',
  mainNavigation: 'Prif lywio',
  nav: {
    cases: 'Achosion',
    workshops: 'Gweithdai',
    actions: 'Camau gweithredu a materion',
    overview: 'Trosolwg',
    organisations: 'Sefydliadau',
    library: 'Llyfrgell',
    settings: 'Gosodiadau',
    documents: 'Dogfennau',
    verify: 'Dilysu PDF',
  },
  save: {
    saved: 'Wedi’i gadw',
    saving: 'Wrthi’n cadw…',
    notSaved: 'Heb ei gadw — {{reason}}',
    retry: 'Rhoi cynnig arall arni',
    savingBeforeClose: 'Wrthi’n cadw cyn cau…',
    andMore: '{{reason}} (newidiadau eraill hefyd)',
  },
  actions: {
    save: 'Cadw',
    cancel: 'Canslo',
    delete: 'Dileu',
    edit: 'Golygu',
    add: 'Ychwanegu',
    remove: 'Tynnu',
    close: 'Cau',
  },
  notices: {
    title: 'Neges am y gweithle',
    dismiss: 'Diystyru’r neges',
    fileMissingRestored:
      'Roedd {{file}} ar goll, felly rhoddodd Casebook ei gopi wrth gefn o {{date}} yn ôl. Gwiriwch eich newidiadau diweddaraf.',
    fileDamagedRestored:
      'Roedd {{file}} wedi’i ddifrodi, felly rhoddodd Casebook ef o’r neilltu a rhoi ei gopi wrth gefn o {{date}} yn ôl. Gwiriwch eich newidiadau diweddaraf.',
    fileDamagedNoBackup:
      'Roedd {{file}} wedi’i ddifrodi ac nid oedd copi wrth gefn da ohono, felly dechreuodd Casebook ef yn wag. Rhoddwyd y ffeil a ddifrodwyd o’r neilltu yn ffolder y gweithle; ni chafodd ei dileu.',
    keptAs: 'Cedwir y ffeil a ddifrodwyd yn ffolder y gweithle fel',
    logDamagedLines_zero:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} llinell wedi’u difrodi. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logDamagedLines_one:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} llinell wedi’i difrodi. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logDamagedLines_two:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} llinell wedi’u difrodi. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logDamagedLines_few:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} llinell wedi’u difrodi. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logDamagedLines_many:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} llinell wedi’u difrodi. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logDamagedLines_other:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} llinell wedi’u difrodi. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logUnfollowedChanges_zero:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} newid nad ydynt yn dilyn ei ffeil. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logUnfollowedChanges_one:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} newid nad yw’n dilyn ei ffeil. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logUnfollowedChanges_two:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} newid nad ydynt yn dilyn ei ffeil. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logUnfollowedChanges_few:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} newid nad ydynt yn dilyn ei ffeil. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logUnfollowedChanges_many:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} newid nad ydynt yn dilyn ei ffeil. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logUnfollowedChanges_other:
      'Roedd log newidiadau {{kind}} yn cynnwys {{count}} newid nad ydynt yn dilyn ei ffeil. Mae pob newid y gellid ei ailchwarae wedi’i gadw; cadwyd y log cyfan er mwyn ei adfer, ac ni ddilëwyd dim.',
    logOrphaned:
      'Mae ffeil {{kind}} ar goll ac ni chafwyd copi wrth gefn ohoni. Cadwyd ei newidiadau a gadwyd er mwyn eu hadfer; ni ddilëwyd dim.',
    recordMissing:
      'Mae ffeil {{theKind}} “{{name}}” ar goll ac ni chafwyd copi wrth gefn ohoni, felly mae angen ei hadfer: rhowch y ffeil yn ôl (o’ch gwasanaeth cysoni, neu o gwarantîn y rhaglen gwrthfeirws) ac agorwch y gweithle eto.',
    historyLineSetAside:
      'Daeth hanes {{kind}} i ben â llinell a ysgrifennwyd yn rhannol yn unig (cafodd Casebook ei atal wrth gadw). Ni chadarnhawyd erioed fod y llinell honno wedi’i chadw, felly fe’i rhoddwyd o’r neilltu; mae pob newid a gadwyd yn dal yn yr hanes.',
    listNotUpdated:
      'Cadwyd eich newid, ond nid oedd modd diweddaru’r rhestr o gofnodion ar y ddisg. Bydd Casebook yn ei hailadeiladu y tro nesaf y bydd yn agor y gweithle hwn.',
    recoverLink: 'Adolygu ac adfer y newidiadau hyn yn y Gosodiadau',
    keptForRecovery: 'Cadwyd er mwyn ei adfer yn ffolder y gweithle fel',
    missingFile: 'Y ffeil sydd ar goll yn ffolder y gweithle:',
    kinds: {
      a: { case: 'achos', workshop: 'gweithdy', deleted: 'cofnod a ddilëwyd', record: 'cofnod' },
      the: { case: 'yr achos', workshop: 'y gweithdy', deleted: 'y cofnod a ddilëwyd', record: 'y cofnod' },
    },
    files: {
      workspace: 'ffeil y gweithle (sefydliadau, eich proffil a’ch gosodiadau)',
      case: 'ffeil achos',
      workshop: 'ffeil gweithdy',
    },
  },
  loading: 'Wrthi’n llwytho…',
  error: {
    title: 'Aeth rhywbeth o’i le',
    body: 'Daeth Casebook ar draws problem annisgwyl ar y sgrin hon. Mae eich gwaith sydd wedi’i gadw yn ddiogel.',
    reload: 'Ail-lwytho’r sgrin',
  },
  regions: {
    'North East': 'Gogledd-ddwyrain Lloegr',
    'North West': 'Gogledd-orllewin Lloegr',
    'Yorkshire and the Humber': 'Swydd Efrog a’r Humber',
    'East Midlands': 'Dwyrain Canolbarth Lloegr',
    'West Midlands': 'Gorllewin Canolbarth Lloegr',
    'East of England': 'Dwyrain Lloegr',
    London: 'Llundain',
    'South East': 'De-ddwyrain Lloegr',
    'South West': 'De-orllewin Lloegr',
    Wales: 'Cymru',
  },
  empty: {
    cases: {
      title: 'Dim achosion Gwobr GO eto',
      body: 'Mae pob achos yn dilyn un awdurdod drwy hysbysu, cofrestru, y cynllun gweithredu 9 mis a’r asesiad gan gymheiriaid.',
    },
    workshops: {
      title: 'Dim gweithdai eto',
      body: 'Cynlluniwch weithdy partneriaeth o dempled, ei gynnal yn fyw ar y taflunydd, a chofnodi beth mae pob bwrdd yn ei ddweud.',
    },
    actions: {
      title: 'Dim camau gweithredu na materion eto',
      body: 'Pob cam gweithredu o achosion a gweithdai, gyda pherchnogion a statws coch / ambr / gwyrdd, a’r log materion sy’n uwchgyfeirio lleol → rhanbarthol → cenedlaethol.',
    },
    overview: {
      title: 'Dim byd i’w fapio eto',
      body: 'Ble mae pob sefydliad yn y rhanbarth arni: cyfnod y wobr, aeddfedrwydd y bartneriaeth, camau gweithredu hwyr a materion agored.',
    },
    library: {
      title: 'Mae’r llyfrgell arferion da yn wag',
      body: 'Astudiaethau achos o’r hyn a weithiodd, wedi’u casglu o weithdai ac achosion, y gellir chwilio drwyddynt a’u dyfynnu.',
    },
  },
  confidential: {
    badge: 'Cyfrinachol',
    mark: 'Cyfrinachol (ni chaiff byth ei argraffu na’i daflunio)',
    hint: 'Caiff ei gadw yn y cofnod i chi, ond ei adael allan o bob dogfen ac oddi ar y taflunydd.',
  },
  dates: {
    placeholder: 'dd/mm/bbbb',
    clear: 'Clirio',
  },
  undo: {
    undo: 'Dadwneud',
    undone: 'Wedi’i roi yn ôl.',
    hint: 'i ddadwneud · Esc i gau',
  },
};
