import { Alert, Button, FileButton, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyIssuer, type Issuer } from '../../../../shared/domain/report-models';
import { api } from '../../lib/api';

/** A logo is printed small; 500 KB is plenty and keeps the index file light. */
const MAX_LOGO_BYTES = 500 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Settings → Issuing organisation: name, address line and logo printed on certificates and reports. */
export function IssuerForm() {
  const { t } = useTranslation('settings');
  const [issuer, setIssuer] = useState<Issuer>(emptyIssuer);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.settings.getIssuer().then((r) => r.ok && setIssuer(r.data));
  }, []);

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) return setError(t('issuer.logoWrongType'));
    if (file.size > MAX_LOGO_BYTES) return setError(t('issuer.logoTooLarge'));
    setError(null);
    setIssuer({ ...issuer, logo: await readAsDataUrl(file) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.settings.updateIssuer(issuer);
    if (result.ok) notifications.show({ message: t('issuer.saved'), color: 'green' });
    else setError(result.error.message);
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="issuer-title">
      <form onSubmit={submit}>
        <Stack gap="md" maw={520}>
          <Title order={3} id="issuer-title">
            {t('issuer.title')}
          </Title>
          <Text c="dark.4">{t('issuer.intro')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label={t('issuer.name')} value={issuer.name} onChange={(e) => setIssuer({ ...issuer, name: e.currentTarget.value })} />
          <TextInput
            label={t('issuer.addressLine')}
            value={issuer.addressLine}
            onChange={(e) => setIssuer({ ...issuer, addressLine: e.currentTarget.value })}
          />
          <Group align="center">
            {issuer.logo && <Image src={issuer.logo} alt="" h={40} w="auto" fit="contain" />}
            <FileButton onChange={(file) => void pickLogo(file)} accept="image/png,image/jpeg">
              {(props) => (
                <Button variant="default" {...props}>
                  {t('issuer.logo')}
                </Button>
              )}
            </FileButton>
            {issuer.logo && (
              <Button variant="subtle" onClick={() => setIssuer({ ...issuer, logo: null })}>
                {t('issuer.removeLogo')}
              </Button>
            )}
          </Group>
          <Button type="submit" w="fit-content">
            {t('issuer.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
