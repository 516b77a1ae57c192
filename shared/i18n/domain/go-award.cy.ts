import type { FrameworkTranslation } from './types';

/** Welsh text of the GO Award framework, version 1. Terms: shared/i18n/glossary-cy.md. */
export const goAwardV1Cy: FrameworkTranslation = {
  id: 'go-award',
  version: 1,
  name: 'Gwobr Llywodraeth Leol GO (Sgiliau am Oes)',
  source: 'Cyflwyniad i Wobr Llywodraeth Leol GO a’r Pecyn Cymorth Cynllun Gweithredu (Sefydliad y Cyflogwyr)',
  requirements: {
    R1: 'Bod yn ysgrifenedig ac ar gael i bawb',
    R2: 'Datgan bod helpu cyflogeion i wella eu Sgiliau am Oes yn ymrwymiad gan yr awdurdod cyfan',
    R3: 'Cynnwys asesiad o’r angen',
    R4: 'Bod â nodau ac amcanion clir',
    R5: 'Cynnwys y mesurau a gymerir i wella Sgiliau am Oes cyflogeion',
    R6: 'Gosod amserlenni realistig ond heriol ar gyfer cyflawni',
    R7: 'Nodi’r adnoddau yn fanwl',
    R8: 'Nodi’r atebolrwydd',
    R9: 'Datgan sut y caiff y cynllun gweithredu ei fonitro',
  },
  criteria: {
    C1: {
      title: 'Dull sy’n cwmpasu’r sefydliad cyfan',
      result: 'Mae cyfleoedd dysgu ar gael i bawb sydd ag anghenion Sgiliau am Oes, nid i ambell adran neu dîm yn unig.',
      prompts: [
        'Pa adrannau a thimau sydd â staff yn dilyn dysgu Sgiliau am Oes ar hyn o bryd?',
        'Sut mae staff mewn timau rheng flaen a thimau pellennig (e.e. gwasanaethau gwastraff, gofal) yn clywed am y cynnig?',
      ],
    },
    C2: {
      title: 'Gweithio tuag at ddatblygu strategaeth i’r awdurdod',
      result: 'Caiff Sgiliau am Oes eu hystyried a’u trin ym mhob cam o’r prosesau cynllunio.',
      prompts: [
        'Ble mae Sgiliau am Oes yn ymddangos yn y cynllun gweithlu ac yng nghynlluniau gwasanaeth y cyfarwyddiaethau?',
        'Pwy sy’n sicrhau bod Sgiliau am Oes yn cael eu hystyried pan gaiff cynlluniau eu llunio a’u hadolygu?',
      ],
    },
    C3: {
      title:
        'Datblygu staff yn y sefydliad i gefnogi Sgiliau am Oes (e.e. goruchwylwyr, mentoriaid, cynrychiolwyr dysgu’r undeb, adnoddau dynol)',
      result: 'Mae capasiti mewnol yn cael ei feithrin.',
      prompts: [
        'Pa oruchwylwyr, mentoriaid, cynrychiolwyr dysgu’r undeb a staff adnoddau dynol sydd wedi’u hyfforddi i gefnogi dysgwyr?',
        'Sut mae cynrychiolwyr dysgu’r undeb yn cael amser a chymorth ar gyfer y rôl?',
      ],
    },
    C4: {
      title: 'Nodi’n briodol y staff sydd ag anghenion Sgiliau am Oes',
      result: 'Asesiad cychwynnol a diagnostig cadarnhaol o’r holl staff.',
      prompts: [
        'Sut mae staff sydd ag anghenion Sgiliau am Oes yn cael eu nodi gyntaf, ac a yw hynny’n cyrraedd yr holl staff?',
        'Beth sy’n dilyn asesiad cychwynnol neu ddiagnostig, ac a yw’n gadarnhaol i’r unigolyn?',
      ],
    },
    C5: {
      title: 'Hyblygrwydd wrth ddarparu’r cynnig Sgiliau am Oes yn y gweithle',
      result: 'Nid yw staff yn cael eu cosbi mewn unrhyw ffordd wrth dderbyn cynnig hyfforddiant Sgiliau am Oes.',
      prompts: [
        'A all staff ddysgu yn ystod amser gwaith, yn unol â phatrwm eu sifft ac yn eu gweithle neu’n agos ato?',
        'A oes unrhyw un wedi colli tâl, goramser neu statws drwy dderbyn y cynnig?',
      ],
    },
    C6: {
      title:
        'Mae’r cynnig Sgiliau am Oes yn rhan o’r rhaglen ehangach i ddatblygu staff, gyda gwybodaeth, cyngor ac arweiniad a llwybrau dilyniant wedi’u nodi a’u mapio',
      result: 'Cyfeirio a chyngor llawn a phriodol i gyflogeion.',
      prompts: [
        'Ble mae’r cynnig Sgiliau am Oes yn eistedd yn y rhaglen ehangach i ddatblygu staff?',
        'Pa wybodaeth, cyngor ac arweiniad y mae dysgwyr yn eu cael am eu cam nesaf, a phwy sy’n eu rhoi?',
      ],
    },
  },
};
