import type { Strings } from '../../../../shared/i18n/strings';
import type { settings as en } from '../en-GB/settings';

export const settings: Strings<typeof en> = {
  title: 'Gosodiadau',
  profile: {
    title: 'Eich proffil',
    intro: 'Caiff eich enw, eich rôl a’ch sefydliad eu stampio ar bob newid a wnewch ac ar y dogfennau a lofnodwch.',
    name: 'Eich enw',
    role: 'Rôl',
    organisation: 'Sefydliad',
    roles: {
      peer_assessor: 'Aseswr cymheiriaid',
      facilitator: 'Hwylusydd rhanbarthol',
      coordinator: 'Cydgysylltydd rhanbarthol',
      other: 'Arall',
    },
    saved: 'Proffil wedi’i gadw',
  },
  workspace: {
    title: 'Ffolder y gweithle',
    intro:
      'Caiff popeth rydych chi’n ei deipio ei gadw yn y ffolder hon ar y cyfrifiadur hwn. Gwnewch gopi wrth gefn ohoni fel unrhyw ffolder bwysig arall.',
    current: 'Y ffolder bresennol',
    choose: 'Dewis ffolder arall…',
    desktopOnly: 'Mae angen yr ap bwrdd gwaith i ddewis ffolder arall.',
    changed: 'Bellach yn defnyddio {{dir}}',
  },
  issuer: {
    title: 'Sefydliad cyhoeddi',
    intro: 'Caiff ei argraffu ar frig pob tystysgrif ac ar dudalen gyntaf adroddiadau.',
    name: 'Enw’r sefydliad',
    addressLine: 'Llinell cyfeiriad',
    logo: 'Logo (PNG neu JPEG, hyd at 500 KB)',
    removeLogo: 'Tynnu’r logo',
    logoTooLarge: 'Mae’r logo hwnnw’n fwy na 500 KB. Dewiswch ddelwedd lai.',
    logoWrongType: 'Dewiswch ddelwedd PNG neu JPEG ar gyfer y logo.',
    save: 'Cadw’r sefydliad cyhoeddi',
    saved: 'Sefydliad cyhoeddi wedi’i gadw',
  },
  language: {
    title: 'Iaith',
    intro: 'Mae Casebook yn gweithio yn Gymraeg ac yn Saesneg. Daw’r newid i rym ar unwaith a chaiff ei gadw yn eich proffil.',
    label: 'Iaith y rhyngwyneb',
    options: { 'en-GB': 'English', cy: 'Cymraeg' },
    review:
      'Mae’r testun Cymraeg yn aros i gael ei adolygu gan siaradwr Cymraeg iaith gyntaf. Tan hynny, gall rhai geiriau swnio fel cyfieithiad; rhowch wybod am unrhyw beth sy’n darllen yn chwithig.',
    changed: 'Newidiwyd yr iaith',
  },
};
