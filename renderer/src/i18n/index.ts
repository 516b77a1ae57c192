import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enGB } from './en-GB';

void i18n.use(initReactI18next).init({
  lng: 'en-GB',
  fallbackLng: 'en-GB',
  resources: { 'en-GB': enGB },
  ns: Object.keys(enGB),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
