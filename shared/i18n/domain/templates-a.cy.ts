import type { TemplateTranslation } from './types';

/** Welsh text of “What does good look like?”, version 1. */
export const whatGoodLooksLikeCy: TemplateTranslation = {
  id: 'what-good-looks-like',
  version: 1,
  name: 'Sut olwg sydd ar bartneriaeth dda?',
  description:
    'Mae grwpiau bwrdd yn ystyried sut olwg sydd ar bartneriaeth gymdeithasol fodel o dan naw thema, yn sgorio ble mae eu partneriaeth nhw arni ym mhob un, ac yn rhannu prif awgrym.',
  source: 'Adroddiad adborth gweithdy partneriaeth (“Sut olwg sydd ar bartneriaeth dda?”)',
  closingQuestion: 'Beth fyddai eich prif awgrym chi ar gyfer gweithio mewn partneriaeth?',
  themes: {
    'effective-communications': {
      title: 'Cyfathrebu effeithiol',
      prompts: [
        'Oes strategaeth gyfathrebu ddwyffordd gadarn rhwng partneriaid, rhanddeiliaid a staff?',
        'Ydych chi’n cyfathrebu’n gynnar, ac yn ymgynghori cyn gwneud penderfyniadau?',
        'Pa sianeli ymarferol sy’n gweithio: sesiynau briffio, sesiynau ymgysylltu, y fewnrwyd, y cyfnod sefydlu, sesiynau holi ac ateb?',
        'Ydy staff, cynrychiolwyr a rheolwyr yn cael clywed y darlun ehangach mewn iaith glir, gyda neges ar y cyd?',
      ],
    },
    resources: {
      title: 'Adnoddau',
      prompts: [
        'Oes gan y bartneriaeth ddigon o adnoddau ar gyfer ei maint a’i hagenda?',
        'Oes gan gynrychiolwyr y staff yr amser a’r capasiti i ymgysylltu, gan gynnwys ar adegau prysur o newid?',
        'Oes cyfarwyddwr dynodedig gyda chymorth gweinyddol?',
      ],
    },
    'behaviours-and-culture': {
      title: 'Ymddygiad a diwylliant',
      prompts: [
        'Ymddiriedaeth a didwylledd, dim syrpreisys, dim bai, parch at ein gilydd hyd yn oed pan fo barn yn wahanol?',
        'Ydy arweinwyr ar bob lefel yn arfer yr hyn maen nhw’n ei bregethu?',
        'Ydy’r ymddygiad a ddisgwylir gan gynrychiolwyr a rheolwyr yn glir, yn cael sylw mewn hyfforddiant ac yn cael ei wobrwyo?',
      ],
    },
    'processes-and-organisation': {
      title: 'Prosesau a threfniadaeth',
      prompts: [
        'Oes cynllunio a pharatoi priodol, gyda chamau gweithredu’n cael eu datblygu a’u rhoi ar waith ar y cyd?',
        'Ydy partneriaid yn cael eu cynnwys ar y cam cynharaf wrth wneud penderfyniadau?',
        'Ydy cyfarfodydd yn gyfleus i’w mynychu, agendâu’n effeithiol, aelodaeth yn gyson a chytundebau ar gael?',
        'Oes atebolrwydd drwy amcanion clir, cynlluniau gweithgarwch ac adolygu rheolaidd?',
      ],
    },
    'clear-vision': {
      title: 'Gweledigaeth glir',
      prompts: [
        'Ydy’r bartneriaeth wedi diffinio beth yw ystyr partneriaeth a beth yw ei diben?',
        'Oes fframwaith a chylch gorchwyl y mae’r holl staff yn eu deall?',
        'Ydy’r nodau a’r cynlluniau gweithredu’n glir, gyda ffordd o roi adborth a disgwyliadau realistig?',
      ],
    },
    'membership-skills-accountability': {
      title: 'Aelodaeth, sgiliau ac atebolrwydd',
      prompts: [
        'Ydy’r bobl iawn yno — uwch-benderfynwyr, rheolwyr canol ac ochr y staff?',
        'Oes ymrwymiad gweladwy gan y prif weithredwr a’r uwch-arweinwyr?',
        'Ydy cynrychiolwyr yn cael eu cefnogi a’u datblygu i herio’n gadarn ar lefel strategol?',
        'Ydy rheolwyr yn deall rôl a gofynion cynrychiolwyr undebau llafur?',
      ],
    },
    delivering: {
      title: 'Cyflawni',
      prompts: [
        'Ydy partneriaid yn gwneud yr hyn maen nhw’n dweud y byddan nhw’n ei wneud?',
        'Allwch chi ddangos bod partneriaeth yn gweithio, gydag enghraifft gynaliadwy o’i manteision?',
      ],
    },
    'joint-strategic-agenda': {
      title: 'Pennu agenda strategol ar y cyd',
      prompts: [
        'Ydy’r agenda’n cael ei chytuno ar y cyd ac ymlaen llaw, a’i dosbarthu i’r ddwy ochr?',
        'All unrhyw un roi mater ar yr agenda, gan gynnwys rhwng cyfarfodydd?',
        'Oes cydbwysedd rhwng eitemau strategol a gweithredol, gyda phrosiectau tymor byr a thymor hir?',
      ],
    },
    'improvement-and-review': {
      title: 'Gwella ac adolygu',
      prompts: [
        'Oes adolygiad rheolaidd ac amserol o’r cylch gwaith, y cyfansoddiad, y cylch gorchwyl a’r aelodaeth?',
        'Ydy arolygon staff ac adborth yn cael eu defnyddio i fesur canlyniadau yn erbyn amcanion CAMPUS?',
        'Ydy eitemau’n cael eu dilyn hyd y diwedd fel bod pobl yn gweld canlyniadau?',
      ],
    },
  },
  agenda: [
    { title: 'Croeso a chyflwyniadau' },
    { title: 'Sut olwg sydd ar bartneriaeth dda? Trafodaethau bwrdd' },
    { title: 'Adborth gan y byrddau a sgoriau' },
    { title: 'Prif awgrymiadau ar gyfer gweithio mewn partneriaeth' },
    { title: 'Cytuno ar gamau gweithredu' },
    { title: 'Cloi a’r camau nesaf' },
  ],
  references: [],
};

/** Welsh text of the GO Award introduction workshop, version 1. */
export const goAwardIntroductionCy: TemplateTranslation = {
  id: 'go-award-introduction',
  version: 1,
  name: 'Gweithdy cyflwyno Gwobr GO',
  description:
    'Yn cyflwyno Gwobr Llywodraeth Leol GO: ei chyd-destun, ei chyfnodau, ei meini prawf a’i phecyn cymorth cynllun gweithredu, gyda gweithgaredd astudiaeth achos partneriaeth.',
  source: 'Sleidiau’r gweithdy: Gwobr Llywodraeth Leol GO a’i phecyn cymorth cynllun gweithredu',
  closingQuestion: 'Beth arall sydd angen i chi ei wybod?',
  themes: {
    'whole-organisation': {
      title: 'Dull sy’n cwmpasu’r sefydliad cyfan',
      prompts: ['Oes cyfleoedd dysgu ar gael i bawb sydd ag anghenion Sgiliau am Oes?'],
    },
    strategy: {
      title: 'Tuag at strategaeth i’r awdurdod',
      prompts: ['Ydy Sgiliau am Oes yn cael eu hystyried ym mhob cam o’r cynllunio?'],
    },
    'developing-staff': {
      title: 'Datblygu staff i gefnogi Sgiliau am Oes',
      prompts: ['Goruchwylwyr, mentoriaid, cynrychiolwyr dysgu’r undeb ac adnoddau dynol: oes capasiti mewnol yn cael ei feithrin?'],
    },
    identification: {
      title: 'Nodi’n briodol y staff sydd ag anghenion Sgiliau am Oes',
      prompts: ['Oes asesiad cychwynnol a diagnostig cadarnhaol o’r holl staff?'],
    },
    flexibility: {
      title: 'Hyblygrwydd wrth ddarparu yn y gweithle',
      prompts: ['Ydy staff byth yn cael eu cosbi am dderbyn cynnig Sgiliau am Oes?'],
    },
    'wider-development': {
      title: 'Rhan o’r rhaglen ehangach i ddatblygu staff',
      prompts: ['Oes gwybodaeth, cyngor ac arweiniad a llwybrau dilyniant wedi’u mapio?'],
    },
  },
  agenda: [
    {
      title: 'Cyflwyniadau mewn parau',
      notes: 'Mae pob person yn holi am rôl ei gymydog yn yr agenda Sgiliau am Oes a dau beth a fyddai’n ei helpu.',
    },
    { title: 'Cyd-destun y gweithdy' },
    { title: 'Y cyfnodau: hysbysu, cofrestru, cynllun gweithredu, asesiad' },
    { title: 'Meini prawf y wobr a gofynion y cynllun gweithredu' },
    { title: 'Fframwaith y pecyn cymorth strategol' },
    { title: 'Sesiwn holi ac ateb' },
    { title: 'Gweithgaredd: llunio astudiaeth achos partneriaeth' },
    { title: 'Y camau nesaf' },
  ],
  references: [],
};
