import { Alert, Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useRead, useWrite } from '../../lib/query';
import { useSync } from '../sync/sync-store';

/**
 * Settings → Trust: the regional CA as the region's server offers it. Never trusted by arriving
 * (a server could offer any CA): the person compares the fingerprint with the one the
 * coordinator gave them, then chooses Trust. Below, what became of the region's revocation lists.
 */
export function RegionTrustPanel() {
  const { t } = useTranslation('trust');
  const joined = useSync((s) => s.settings !== null);
  const { data } = useRead('sync:regionTrust');
  const trust = useWrite('sync:trustOffered');
  const [error, setError] = useState<string | null>(null);

  if (!joined || !data || (data.offered.length === 0 && data.crls.length === 0)) return null;
  const waiting = data.offered.filter((o) => !o.trusted);

  const choose = async (fingerprint: string, name: string) => {
    setError(null);
    const result = await trust({ fingerprint });
    if (!result.ok) setError(result.error.message);
    else notifications.show({ message: t('offered.trustedNow', { name }), color: 'teal' });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="region-trust-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="region-trust-heading">
          {t('offered.heading')}
        </Title>
        <Text size="sm">{t('offered.intro')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {waiting.map((o) => (
          <Card key={o.fingerprint} withBorder padding="sm" component="article" aria-label={t('offered.label', { name: o.name })}>
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {o.name}
              </Text>
              <Text size="xs" c="dark.4">
                {t('offered.sharedBy', { name: o.sharedBy, time: formatDateTime(o.at) })}
              </Text>
              <Text size="xs">{t('offered.fingerprint')}</Text>
              <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
                {o.fingerprint}
              </Code>
              <Text size="sm">{t('offered.compare')}</Text>
              <Button w="fit-content" onClick={() => void choose(o.fingerprint, o.name)} aria-label={t('offered.trust', { name: o.name })}>
                {t('offered.trustShort')}
              </Button>
            </Stack>
          </Card>
        ))}
        {waiting.length === 0 && data.offered.length > 0 && <Text size="sm">{t('offered.allTrusted')}</Text>}
        {data.crls.map((c, i) => (
          <Alert key={`${c.caName}-${i}`} color={c.state === 'refused' ? 'red' : 'teal'} role={c.state === 'refused' ? 'alert' : 'status'}>
            {c.state === 'refused'
              ? t(`offered.crlRefused.${c.reason ?? 'not_a_crl'}`, { name: c.caName ?? '' })
              : t('offered.crlTaken', {
                  name: c.caName ?? '',
                  number: c.number ?? '—',
                  time: c.thisUpdate ? formatDateTime(c.thisUpdate) : '—',
                })}
          </Alert>
        ))}
      </Stack>
    </Card>
  );
}
