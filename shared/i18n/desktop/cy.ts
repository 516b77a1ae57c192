import type { Strings } from '../strings';
import type { desktop as en } from './en';

/**
 * Y testun y mae’r rhaglen bwrdd gwaith yn ei ddangos ei hun (dewislenni, blychau deialog brodorol,
 * diweddariadau). Mae’n cyfateb i en.ts allwedd am allwedd.
 */
export const desktop: Strings<typeof en> = {
  menu: {
    file: 'Ffeil',
    chooseWorkspace: 'Dewis ffolder y gweithle…',
    quit: 'Gadael Casebook',
    edit: 'Golygu',
    view: 'Golwg',
    window: 'Ffenestr',
    help: 'Cymorth',
    about: 'Ynghylch Casebook',
    readme: 'Canllaw Casebook (README)',
    checkForUpdates: 'Gwirio am ddiweddariadau…',
    development: 'Datblygu',
    undo: 'Dadwneud',
    redo: 'Ail-wneud',
    cut: 'Torri',
    copy: 'Copïo',
    paste: 'Gludo',
    selectAll: 'Dewis y cyfan',
    resetZoom: 'Maint gwirioneddol',
    zoomIn: 'Chwyddo i mewn',
    zoomOut: 'Chwyddo allan',
    fullScreen: 'Sgrin lawn',
    reload: 'Ail-lwytho',
    devTools: 'Offer datblygwr',
    minimise: 'Lleihau',
    close: 'Cau’r ffenestr',
    front: 'Dod â’r cyfan i’r blaen',
    hide: 'Cuddio Casebook',
    unhide: 'Dangos y cyfan',
  },
  about: {
    credits: 'Ar gyfer aseswyr cymheiriaid Gwobr GO a hwyluswyr partneriaeth gymdeithasol. Mae popeth yn aros ar y cyfrifiadur hwn.',
  },
  readme: {
    missingTitle: 'Nid yw’r canllaw yma',
    missing: 'Nid oedd modd dod o hyd i ganllaw Casebook (README.md) yn y gosodiad hwn: {{path}}',
  },
  workspace: {
    chooseTitle: 'Dewis ffolder gweithle Casebook',
  },
  startup: {
    failedTitle: 'Nid oedd modd i Casebook ddechrau',
  },
  quit: {
    failedTitle: 'Nid oedd modd i Casebook orffen cadw',
    failed: 'Nid oedd modd cau’r gweithle yn lân: {{message}}. Os byddwch yn gadael nawr, efallai na fydd y newid diwethaf ar y ddisg.',
    stay: 'Cadw Casebook ar agor',
    quitAnyway: 'Gadael beth bynnag',
  },
  close: {
    savingTitle: 'Wrthi’n cadw’ch newidiadau diwethaf',
    saving:
      'Mae Casebook yn dal i gadw’r hyn a deipiwyd gennych ddiwethaf. Bydd y ffenestr yn cau ohoni ei hun cyn gynted ag y bydd ar y ddisg.',
    keepOpen: 'Cadw Casebook ar agor',
    closeWithoutWaiting: 'Cau heb aros',
    notSavedTitle: 'Nid yw popeth wedi’i gadw',
    notSaved:
      'Nid oedd modd cadw rhai newidiadau: {{reason}}. Os byddwch yn cau nawr, byddant yn cael eu colli. Cadwch Casebook ar agor i roi cynnig arall arni.',
    noAnswerTitle: 'Nid oedd modd i Casebook gadarnhau bod eich newidiadau wedi’u cadw',
    noAnswer: 'Ni atebodd y ffenestr o fewn {{seconds}} eiliad, felly efallai na fydd y newidiadau diwethaf ar y ddisg.',
    closeAnyway: 'Cau beth bynnag',
  },
  updates: {
    title: 'Diweddariadau',
    ok: 'Iawn',
    notInstalled:
      'Dim ond mewn copi o Casebook sydd wedi’i osod y caiff diweddariadau eu gwirio. Mae’r copi hwn yn rhedeg o’r cod ffynhonnell.',
    noSource: 'Cafodd y copi hwn o Casebook ei adeiladu heb ffynhonnell diweddariadau. Gosodwch fersiynau newydd o’r gosodwr all-lein.',
    failed:
      'Nid oedd modd i Casebook wirio am ddiweddariadau ({{message}}). Efallai eich bod all-lein; does dim wedi newid. Mae gosodwyr all-lein ar gael o hyd gan eich tîm TG neu o dudalen y fersiynau.',
    latest: 'Mae gennych y fersiwn ddiweddaraf o Casebook ({{version}}).',
    available:
      'Mae Casebook {{version}} ar gael (mae gennych {{current}}). Hoffech chi ei lawrlwytho nawr? Ni chaiff dim ei osod nes i chi ddweud.',
    download: 'Lawrlwytho',
    notNow: 'Nid nawr',
    downloadFailed: 'Nid oedd modd lawrlwytho’r diweddariad ({{message}}). Does dim wedi newid.',
    ready: 'Mae Casebook {{version}} wedi’i lawrlwytho. Hoffech chi ailgychwyn nawr i’w osod? Caiff eich gwaith ei gadw yn gyntaf.',
    restart: 'Ailgychwyn a gosod',
    later: 'Yn nes ymlaen',
  },
};
