import { parseMapDocumentId } from '../../../../shared/domain/heat-map';
import type { Exportable } from '../../../../shared/ipc/contracts/exports';
import i18n from '../../i18n';
import { formatDate } from '../../i18n/format';

/** The document's name in the interface's language (the service's title is English). */
export const documentTitle = (doc: Exportable): string =>
  doc.id === 'sample'
    ? i18n.t('exports:kinds.sampleTitle', { title: i18n.t(`exports:kinds.${doc.kind}`) })
    : i18n.t(`exports:kinds.${doc.kind}`);

/** What it is about, with its date in the interface's language. */
export const documentSubject = (doc: Exportable): string => {
  const map = doc.kind === 'regional-map' ? parseMapDocumentId(doc.id) : null;
  if (map) {
    const region = map.region ? i18n.t(`common:regions.${map.region}`) : i18n.t('overview:allRegions');
    const sector = map.sector ? i18n.t(`organisations:types.${map.sector}`) : i18n.t('overview:allSectorsLower');
    return i18n.t('overview:mapScope', { region, sector });
  }
  return doc.date ? `${doc.subject}, ${formatDate(doc.date)}` : doc.subject;
};
