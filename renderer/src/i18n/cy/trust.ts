import type { Strings } from '../../../../shared/i18n/strings';
import type { trust as en } from '../en-GB/trust';

/** Llofnodwyr hysbys, yr awdurdod tystysgrifau rhanbarthol a’r dyfarniadau dilysu sy’n eu defnyddio. */
export const trust: Strings<typeof en> = {
  verdict: {
    known: 'Wedi’i llofnodi gan lofnodwr hysbys — does dim wedi newid ers ei llofnodi',
    unknown_signer: 'Llofnod dilys, ond gan dystysgrif nad yw’r gweithle hwn yn ei hadnabod',
    added_after: 'Mae’r diwygiad a lofnodwyd yn gyfan — ychwanegwyd pethau ar ôl ei llofnodi',
    modified: 'Wedi’i newid ar ôl ei llofnodi',
    damaged: 'Mae’r llofnod ei hun wedi’i ddifrodi',
    unsupported: 'Ffurf na all Casebook ei gwirio',
    certificate_invalid: 'Ni ellir dibynnu ar dystysgrif y llofnodwr',
    revoked: 'Mae tystysgrif y llofnodwr wedi’i dirymu',
    unsigned: 'Heb ei llofnodi',
  },
  verdictContentAdded: 'Wedi’i newid ar ôl ei llofnodi — newidiodd diwygiad diweddarach y cynnwys',
  knownAs: 'Yn hysbys fel',
  notKnown: 'Nid yw ymhlith llofnodwyr hysbys y gweithle hwn',
  revision: 'Y diwygiad a lofnodwyd',
  revisionOf: '{{signed}} o {{total}}',
  additions: 'Wedi’u hychwanegu ar ôl llofnodi',
  verdictUnreadableAdded: 'Wedi’i newid ar ôl ei llofnodi — ychwanegodd diwygiad diweddarach ddata na all Casebook ei ddarllen',
  addition: {
    annotations: 'anodiadau',
    form_fill: 'cofnodion ffurflen',
    signature: 'llofnod arall',
    signature_field: 'maes llofnod gwag',
    dss: 'data dirymu ar gyfer y llofnodion',
    content: 'cynnwys wedi’i newid',
    unreadable: 'data na all Casebook ei ddarllen',
  },
  note: {
    time_claimed:
      'Yr amser llofnodi ({{date}}) yw’r hyn a gofnododd cyfrifiadur y llofnodwr: does gan Casebook ddim stamp amser dibynadwy i’w gadarnhau.',
    time_claimed_none: 'Nid yw’r ffeil yn rhoi amser llofnodi.',
    time_in_future: 'Rhybudd: mae’r amser llofnodi ({{date}}) yn y dyfodol.',
    expired_since:
      'Daeth tystysgrif y llofnodwr i ben ar {{date}}. Cafodd y llofnod ei wirio ar yr amser llofnodi y mae’r llofnodwr yn ei honni.',
    revoked_after_signing:
      'Dirymodd yr awdurdod tystysgrifau rhanbarthol y dystysgrif hon ar {{date}}, ar ôl yr amser llofnodi a honnir, felly mae’r llofnod yn sefyll. Gellir gosod amser llofnodi yn ôl: holwch y llofnodwr os yw’n bwysig.',
    issuer_unchecked: 'Mae’r dystysgrif yn enwi cyhoeddwr nad yw ei dystysgrif yn y ffeil, felly nid oedd modd gwirio pwy a’i cyhoeddodd.',
    revocation_embedded:
      'Cafodd dirymiadau eu gwirio yn erbyn y rhestr gan {{detail}} sydd yn y ffeil hon, a gyhoeddwyd {{date}} (yn fwy newydd nag unrhyw restr sydd gan y gweithle hwn).',
    revocation_embedded_stale:
      'Cafodd dirymiadau eu gwirio yn erbyn y rhestr gan {{detail}} sydd yn y ffeil hon, a gyhoeddwyd {{date}}, ac mae wedi pasio dyddiad ei diweddariad nesaf: mewnforiwch restr ddiweddaraf yr awdurdod i fod yn siŵr.',
    revocation_list_rejected:
      'Mae’r ffeil hon yn cynnwys rhestr ddirymu yn enw {{detail}} na lofnodwyd gan yr awdurdod (neu sydd wedi’i dyddio yn y dyfodol). Anwybyddodd Casebook hi.',
    time_stamped:
      'Daw’r amser llofnodi ({{date}}) gan awdurdod stampio amser y mae’r gweithle hwn yn ymddiried ynddo ({{detail}}), nid gan gyfrifiadur y llofnodwr.',
    time_stamp_untrusted:
      'Mae stamp amser gan {{detail}} yn dweud bod y llofnod yn bodoli am {{date}}, ond nid yw’r gweithle hwn yn adnabod yr awdurdod hwnnw, felly dim ond honiad yw’r amser o hyd.',
    time_stamp_invalid: 'Rhybudd: mae’r llofnod yn cynnwys stamp amser na ddefnyddiodd Casebook: {{detail}}.',
  },
  timestampProblem: {
    imprint: 'cafodd ei wneud ar gyfer data arall, nid ar gyfer y llofnod hwn',
    signature: 'nid yw llofnod yr awdurdod stampio amser arno yn dilysu',
    certificate: 'nid yw tystysgrif yr awdurdod yn un ar gyfer stampiau amser, neu nid oedd yn ddilys bryd hynny',
    unreadable: 'nid oes modd ei ddarllen',
  },
  nameClash:
    'Gofal: nid dyma’r dystysgrif y mae {{name}} yn ei defnyddio. Efallai fod rhywun wedi gwneud tystysgrif gan ddefnyddio’r un enw.',
  addSigner: 'Ychwanegu at y llofnodwyr hysbys…',
  add: {
    title: 'Ychwanegu llofnodwr hysbys',
    check:
      'Cyn ychwanegu, gofynnwch i berchennog y dystysgrif ddarllen ei hôl bys i chi (Gosodiadau → Llofnodwyr hysbys, neu briodweddau ffeil y dystysgrif) a chymharwch bob pâr o nodau.',
    fingerprint: 'Ôl bys (SHA-256)',
    name: 'Enw',
    issuer: 'Cyhoeddwyd gan',
    validity: 'Dilys',
    asColleague: 'Tystysgrif llofnodi cydweithiwr',
    asCa: 'Awdurdod tystysgrifau rhanbarthol (daw pawb y mae’n cyhoeddi tystysgrif iddynt yn hysbys)',
    kind: 'Ychwanegu fel',
    confirm: 'Rwyf wedi gwirio’r ôl bys — ychwanegu',
    cancel: 'Canslo',
    added: 'Mae {{name}} bellach yn llofnodwr hysbys.',
  },
  signers: {
    heading: 'Llofnodwyr hysbys',
    intro:
      'Caiff llofnodion gan y tystysgrifau hyn — a chan dystysgrifau a gyhoeddwyd gan eich awdurdod tystysgrifau rhanbarthol — eu dilysu fel rhai “hysbys”.',
    none: 'Dim llofnodwyr hysbys eto. Mae eich hunaniaeth llofnodi eich hun bob amser yn hysbys.',
    kind: { own: 'Chi', colleague: 'Cydweithiwr', regional_ca: 'CA rhanbarthol' },
    remove: 'Tynnu {{name}}',
    importCertificate: 'Mewnforio tystysgrif…',
    importRevocations: 'Mewnforio rhestr ddirymu…',
    exportMine: 'Allforio fy nhystysgrif gyhoeddus…',
    exported: 'Wedi’i chadw yn {{path}}',
    revocationsImported_zero: 'Bellach yn berthnasol: {{count}} tystysgrif a ddirymwyd gan {{name}}.',
    revocationsImported_one: 'Bellach yn berthnasol: {{count}} dystysgrif a ddirymwyd gan {{name}}.',
    revocationsImported_two: 'Bellach yn berthnasol: {{count}} dystysgrif a ddirymwyd gan {{name}}.',
    revocationsImported_few: 'Bellach yn berthnasol: {{count}} tystysgrif a ddirymwyd gan {{name}}.',
    revocationsImported_many: 'Bellach yn berthnasol: {{count}} thystysgrif a ddirymwyd gan {{name}}.',
    revocationsImported_other: 'Bellach yn berthnasol: {{count}} tystysgrif a ddirymwyd gan {{name}}.',
  },
  region: {
    heading: 'Awdurdod tystysgrifau rhanbarthol',
    intro:
      'Gall cydgysylltydd redeg awdurdod tystysgrifau’r rhanbarth ei hun yma, all-lein. Caiff ei allwedd ei hamgryptio â’ch cyfrinymadrodd ac nid yw byth yn gadael y cyfrifiadur hwn.',
    none: 'Does gan y gweithle hwn ddim awdurdod tystysgrifau rhanbarthol.',
    create: 'Creu’r CA rhanbarthol',
    name: 'Enw’r awdurdod tystysgrifau',
    namePlaceholder: 'CA Gwobr GO Rhanbarth Eastmoor',
    organisation: 'Sefydliad',
    passphrase: 'Cyfrinymadrodd y CA',
    passphraseHint: 'O leiaf 12 nod. Hebddo, ni all neb gyhoeddi tystysgrifau na’u dirymu.',
    confirmPassphrase: 'Teipiwch gyfrinymadrodd y CA eto',
    passphrasesDiffer: 'Nid yw’r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto: ni ellir adfer cyfrinymadrodd CA a gollwyd.',
    fingerprint: 'Ôl bys y CA (SHA-256)',
    exportCertificate: 'Allforio tystysgrif y CA…',
    issue: 'Cyhoeddi tystysgrif llofnodi…',
    issueTitle: 'Cyhoeddi tystysgrif llofnodi i aelod',
    memberName: 'Enw’r aelod',
    memberRole: 'Rôl',
    memberOrganisation: 'Sefydliad',
    memberEmail: 'E-bost',
    p12Passphrase: 'Cyfrinymadrodd ar gyfer ffeil .p12 yr aelod',
    p12Hint: 'Rhowch wybod i’r aelod beth yw’r cyfrinymadrodd hwn ar wahân i’r ffeil.',
    caPassphrase: 'Cyfrinymadrodd y CA',
    issueButton: 'Cyhoeddi a chadw’r .p12',
    issued: 'Tystysgrifau a gyhoeddwyd',
    noneIssued: 'Dim tystysgrifau wedi’u cyhoeddi eto.',
    serial: 'Rhif cyfresol',
    validTo: 'Dilys tan',
    status: 'Statws',
    active: 'Gweithredol',
    revokedOn: 'Dirymwyd {{date}}',
    revoke: 'Dirymu tystysgrif {{name}}',
    revokeShort: 'Dirymu',
    revokeTitle: 'Dirymu tystysgrif {{name}}',
    revokeOffered:
      'Mae’r awdurdod tystysgrifau hwn wedi’i gynnig i’r rhanbarth. Mae dirymu’n llofnodi rhestr ddirymu newydd â chyfrinymadrodd y CA ac yn ei rhoi yng nghronfa ddata’r rhanbarth nawr: mae’n mynd i’r gweinydd gyda’r cysoni hwn, ac mae pob aelod sy’n ymddiried yn y CA yn ei chymhwyso yn ei gysoni nesaf.',
    revokeFinal: 'Ni ellir dadwneud dirymiad.',
    revokeButton: 'Dirymu ac anfon i’r rhanbarth',
    revokedSent:
      'Mae tystysgrif {{name}} wedi’i dirymu. Mae’r rhestr ddirymu newydd ar ei ffordd i’r rhanbarth: mae cyflwr y cysoni ar y brig yn dangos pryd mae gan y gweinydd hi.',
    offeredHint:
      'Mae’r CA hwn wedi’i gynnig i’r rhanbarth: mae dirymu tystysgrif yn gofyn am gyfrinymadrodd y CA ac yn anfon y rhestr ddirymu newydd i’r rhanbarth ar unwaith.',
    exportRevocations: 'Allforio’r rhestr ddirymu…',
    publish: 'Cynnig i’r rhanbarth…',
    publishHint:
      'Mae cynnig yn rhoi tystysgrif gyhoeddus y CA a rhestr ddirymu newydd yng nghronfa ddata’r rhanbarth. Bydd aelodau’n ei gweld yn y Gosodiadau ac yn ymddiried ynddi dim ond ar ôl cymharu ei hôl bys â’r un a roddwch chi iddynt. Bydd pob rhestr ddirymu y byddwch yn ei hallforio wedyn yn mynd i’r rhanbarth hefyd.',
    publishTitle: 'Cynnig y CA i’r rhanbarth',
    publishButton: 'Llofnodi’r rhestr a’i chynnig',
    published: 'Fe’i cynigiwyd i’r rhanbarth. Dywedwch yr ôl bys wrth aelodau er mwyn iddynt ei wirio.',
    exportRevocationsTitle: 'Allforio’r rhestr ddirymu',
    exportButton: 'Llofnodi a chadw',
    issuedTo: 'Wedi cadw’r hunaniaeth llofnodi ar gyfer {{name}}.',
  },
  offered: {
    heading: 'Wedi’i chynnig gan eich rhanbarth',
    intro:
      'Mae gweinydd eich rhanbarth yn cynnig awdurdod tystysgrifau rhanbarthol. Nid ymddiriedir ynddo dim ond am iddo gyrraedd: gallai gweinydd gynnig unrhyw dystysgrif.',
    label: 'Awdurdod tystysgrifau {{name}}',
    sharedBy: 'Wedi’i gynnig gan {{name}} · {{time}}',
    fingerprint: 'Ôl bys SHA-256',
    compare:
      'Cymharwch yr ôl bys hwn, nod wrth nod, â’r un a roddodd cydlynydd eich rhanbarth i chi (wyneb yn wyneb, dros y ffôn neu ar bapur). Ymddiriedwch ynddo dim ond os ydynt yn cyfateb.',
    trust: 'Ymddiried yn {{name}}',
    trustShort: 'Ymddiried',
    trustedNow: 'Rydych bellach yn ymddiried yn {{name}}. Caiff ei restr ddirymu ei nôl o’r rhanbarth bob tro y bydd yn cysoni.',
    allTrusted: 'Rydych yn ymddiried yn yr awdurdod tystysgrifau y mae eich rhanbarth yn ei gynnig.',
    crlTaken:
      'Mae rhestr ddirymu {{number}} {{name}} (a gyhoeddwyd {{time}}) yn cael ei defnyddio: mae’r tystysgrifau y mae’n eu dirymu yn ymddangos fel rhai wedi’u dirymu.',
    crlRefused: {
      not_signed_by_trusted_ca:
        'Gwrthodwyd rhestr ddirymu o weinydd y rhanbarth: nid yw wedi’i llofnodi gan {{name}}, yr awdurdod tystysgrifau rydych yn ymddiried ynddo. Ni newidiwyd dim.',
      not_newer:
        'Gwrthodwyd rhestr ddirymu o weinydd y rhanbarth: nid yw’n fwy newydd na’r un sydd gennych ar gyfer {{name}}. Ni newidiwyd dim.',
      not_a_crl: 'Nid yw’r hyn a gynigiodd gweinydd y rhanbarth fel rhestr ddirymu ar gyfer {{name}} yn un. Ni newidiwyd dim.',
    },
  },
  caseSeal: {
    known: 'Wedi’i hallforio a’i llofnodi gan {{name}} ({{knownAs}}). Mae ei hanes yn union yr hyn a lofnodwyd.',
    unknown:
      'Wedi’i hallforio a’i llofnodi gan {{name}}, ond nid yw’r gweithle hwn yn adnabod y dystysgrif (ôl bys {{fingerprint}}). Gwiriwch y dystysgrif gyda’r llofnodwr cyn dibynnu ar y ffeil.',
    unsigned:
      'Nid yw’r ffeil achos hon wedi’i llofnodi (mae’n dod o fersiwn hŷn o Casebook, neu cafodd ei hallforio heb hunaniaeth llofnodi wedi’i datgloi): ni ellir gwirio pwy a’i hallforiodd.',
  },
};
