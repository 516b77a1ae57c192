import type { TemplateTranslation } from './types';

const healthCheckPrompts = ['Ble rydyn ni nawr, a pha dystiolaeth sy’n dangos hynny?', 'Beth fyddai’n ein codi un lefel?'];
const principle = (title: string) => ({ title, prompts: healthCheckPrompts });

/** Welsh text of the partnership health check, version 1. */
export const partnershipHealthCheckCy: TemplateTranslation = {
  id: 'partnership-health-check',
  version: 1,
  name: 'Gwiriad iechyd partneriaeth',
  description:
    'Mae partneriaid yn sgorio pa mor dda maen nhw’n byw deg egwyddor y cytundeb partneriaeth, yn profi eu hunain yn erbyn y ffactorau llwyddiant ac yn dewis y dangosyddion y byddan nhw’n eu holrhain.',
  source: 'Adolygiad blynyddol fforwm partneriaeth gymdeithasol cenedlaethol, atodiadau 1 a 2',
  closingQuestion: null,
  themes: {
    'trust-and-respect': principle('Meithrin ymddiriedaeth a pharch at rolau a chyfrifoldebau ein gilydd'),
    openness: principle('Didwylledd, gonestrwydd a thryloywder wrth gyfathrebu'),
    'top-level-commitment': principle('Ymrwymiad ar y lefel uchaf'),
    'positive-approach': principle('Agwedd gadarnhaol ac adeiladol'),
    'learn-together': principle('Ymrwymiad i weithio gyda’n gilydd a dysgu oddi wrth ein gilydd'),
    'early-discussion': principle('Trafod materion sy’n codi yn gynnar a chynnal deialog am bolisi a blaenoriaethau'),
    'high-quality-outcomes': principle('Ymrwymiad i sicrhau canlyniadau o ansawdd uchel'),
    confidentiality: principle('Lle bo’n briodol, cyfrinachedd a safbwyntiau allanol y cytunwyd arnynt'),
    'best-use-of-resources': principle('Gwneud y defnydd gorau o adnoddau'),
    'no-surprises': principle('Sicrhau diwylliant o ddim syrpreisys'),
  },
  references: [
    {
      title: 'Ffactorau llwyddiant',
      items: [
        'Proses ymgynghori gadarn sy’n cynnwys undebau llafur',
        'Gweithio mewn partneriaeth sy’n ymestyn i bob lefel o’r sefydliad',
        'Cyfranogwyr yn newid eu hymddygiad a’r ffordd maen nhw’n trafod materion',
        'Mae hyfforddiant yn bwysig ond nid yw’n ateb i bopeth',
        'Rhaid gweld bod partneriaeth yn sicrhau newid effeithiol',
        'Rhaid rheoli disgwyliadau ond rhaid gweld bod partneriaeth yn sicrhau manteision',
        'Rhaid sefydlu hyrwyddwyr partneriaeth',
        'Rhaid datrys y prif bwyntiau tensiwn',
        'Rhaid ymwreiddio diwylliant o ddim syrpreisys',
      ],
    },
    {
      title: 'Dangosyddion perfformiad allweddol',
      items: [
        'Rheoli newid yn fwy effeithiol ac effeithlon',
        'Mwy o foddhad ac ymgysylltiad ymhlith staff',
        'Gwell sgiliau i staff a rheolwyr',
        'Gwell ymddiriedaeth',
        'Datrys materion a llai o faterion heb eu datrys',
        'Penderfyniadau o ansawdd gwell',
        'Ymwybyddiaeth staff',
        'Mwy o foddhad “cwsmeriaid”',
        'Gwell cyfathrebu a llai o si a sôn',
        'Llai o gwynion',
        'Llai o athreuliad a throsiant staff',
        'Llai o salwch ac absenoldeb',
        'Mwy o gynhyrchiant',
      ],
    },
  ],
  agenda: [
    { title: 'Croeso a diben y gwiriad iechyd' },
    { title: 'Sgorio’r deg egwyddor partneriaeth mewn grwpiau bwrdd' },
    { title: 'Ffactorau llwyddiant: ble mae’r pwyntiau tensiwn?' },
    { title: 'Dewis y dangosyddion y byddwn yn eu holrhain' },
    { title: 'Cytuno ar gamau gweithredu' },
  ],
};

/** Welsh text of the local social partnership remit and protocol review, version 1. */
export const remitAndProtocolReviewCy: TemplateTranslation = {
  id: 'remit-and-protocol-review',
  version: 1,
  name: 'Adolygiad o gylch gwaith a phrotocol partneriaeth gymdeithasol leol',
  description:
    'Mae partneriaeth gymdeithasol leol yn adolygu ei chylch gwaith a’i phrotocol yn erbyn y canllawiau enghreifftiol a’r ffordd y mae’n ymdrin â materion, gan eu datrys ar y lefel isaf bosibl.',
  source: 'Nodyn canllaw ar weithredu partneriaethau cymdeithasol lleol yn effeithiol',
  closingQuestion: null,
  themes: {
    'remit-process': {
      title: 'Proses y cylch gwaith',
      prompts: [
        'Ydy’r cylch gwaith yn cynnwys yr holl randdeiliaid perthnasol, gan gynnwys undebau staff cymorth?',
        'Ydy’r materion yn y cylch gwaith wedi’u blaenoriaethu?',
        'Ydy’r cylch gwaith yn seiliedig ar gytundeb lleol?',
        'Ydy’r cylch gwaith cyfan yn cael ei adolygu’n rheolaidd yn erbyn blaenoriaethau lleol a chenedlaethol sy’n newid?',
      ],
    },
    'minimum-remit': {
      title: 'Pynciau sylfaenol y cylch gwaith',
      prompts: [
        'Chwarae teg a gwobrau i staff cymorth',
        'Gwell cyfathrebu',
        'Timau newid gweithlu ysgolion',
        'Monitro materion sy’n codi o gydymffurfio â rheoliadau statudol',
        'Gwasanaethau estynedig a rheoli perfformiad (Lloegr)',
        'Adborth ar effeithiolrwydd gweithio mewn partneriaeth gymdeithasol leol',
      ],
    },
    'focus-and-participation': {
      title: 'Protocol: ffocws a chyfranogiad',
      prompts: [
        'Ydy cyfarfodydd yn rheolaidd, ac ydy’r holl bartneriaid perthnasol wedi’u cynnwys?',
        'Ydy’r ffocws ar y prif faterion gweithredu sydd o’n blaenau?',
      ],
    },
    'ways-of-working': {
      title: 'Protocol: ffyrdd o weithio',
      prompts: [
        'Ydy’r protocol yn hybu eglurder, didwylledd a diwylliant gweithio cadarnhaol?',
        'Ydy’r berthynas waith gydag ysgolion a’r awdurdod lleol yn agored?',
      ],
    },
    'communication-and-dissemination': {
      title: 'Protocol: cyfathrebu a lledaenu',
      prompts: ['Sut mae penderfyniadau a chanllawiau’n cael eu cyfleu i ysgolion a staff?'],
    },
    processes: {
      title: 'Protocol: prosesau',
      prompts: [
        'Sut mae materion yn cael eu trin heddiw? Ydyn nhw’n cael eu datrys ar y lefel isaf bosibl?',
        'Ydy’r opsiynau ar gyfer datrys wedi’u dihysbyddu a’u cofnodi cyn uwchgyfeirio mater?',
        'Ydy anghydfodau cytundebol unigol yn cael eu gadael i waith achos yr undeb?',
      ],
    },
  },
  agenda: [
    { title: 'Croeso a diben yr adolygiad' },
    { title: 'Ein cylch gwaith: rhanddeiliaid, blaenoriaethau, cytundeb lleol ac adolygu' },
    { title: 'Pynciau sylfaenol y cylch gwaith' },
    { title: 'Themâu’r protocol' },
    { title: 'Datrys materion: sut mae materion yn cael eu trin nawr?' },
    { title: 'Cytuno ar newidiadau i’r cylch gwaith a’r protocol' },
  ],
  references: [],
};

/** Welsh text of the partnership forum meeting, version 1. */
export const partnershipForumMeetingCy: TemplateTranslation = {
  id: 'partnership-forum-meeting',
  version: 1,
  name: 'Cyfarfod fforwm partneriaeth',
  description:
    'Cyfarfod fforwm rheolaidd: cynnydd yn erbyn y map trywydd gyda goleuadau traffig fel eitem sefydlog, yna eitemau a gyflwynir gan bob ochr i’r bartneriaeth, pob un yn dweud pa gam gweithredu sydd ei angen.',
  source: 'Adolygiad blynyddol fforwm partneriaeth gymdeithasol cenedlaethol',
  closingQuestion: null,
  themes: {
    'roadmap-progress': { title: 'Cynnydd yn erbyn y map trywydd', prompts: ['Pa gerrig milltir sy’n goch, yn ambr neu’n wyrdd, a pham?'] },
    'national-forum': { title: 'Symleiddio gwaith y fforwm', prompts: [] },
    'policy-input': { title: 'Cyfraniad mesuradwy at bolisi', prompts: [] },
    'regional-approaches': { title: 'Datblygu dulliau partneriaeth rhanbarthol', prompts: [] },
    'local-approaches': { title: 'Datblygu dulliau partneriaeth lleol', prompts: [] },
    'case-for-partnership': { title: 'Dealltwriaeth ehangach o’r achos dros bartneriaeth', prompts: [] },
  },
  agenda: [
    { title: 'Croeso, ymddiheuriadau a chofnodion y cyfarfod diwethaf' },
    { title: 'Cynnydd yn erbyn y map trywydd (eitem sefydlog)', notes: 'Adroddiad goleuadau traffig ar bob carreg filltir.' },
    {
      title: 'Eitem a gyflwynwyd gan ochr y rheolwyr',
      notes: 'Cam gweithredu sydd ei angen: dywedwch a yw hyn er gwybodaeth, i’w drafod, i’w benderfynu neu i’w weithredu.',
    },
    {
      title: 'Eitem a gyflwynwyd gan ochr y staff',
      notes: 'Cam gweithredu sydd ei angen: dywedwch a yw hyn er gwybodaeth, i’w drafod, i’w benderfynu neu i’w weithredu.',
    },
    { title: 'Adolygu camau gweithredu' },
    { title: 'Pennu’r agenda ar gyfer y cyfarfod nesaf' },
  ],
  references: [],
};
