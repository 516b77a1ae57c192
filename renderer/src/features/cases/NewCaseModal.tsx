import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Organisation } from '../../../../shared/domain/organisation';
import { api } from '../../lib/api';
import { useProfile } from '../settings/profile-store';

interface Props {
  onCreated: (id: string, name: string) => void;
  onClose: () => void;
}

/** Picks the authority (from Organisations) and the lead assessor; the case starts at Notify. */
export function NewCaseModal({ onCreated, onClose }: Props) {
  const { t } = useTranslation('cases');
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  // The lead assessor starts as the person using Casebook (the profile query) until they change it.
  const profileName = useProfile((s) => s.profile.name);
  const [typed, setAssessor] = useState<string | null>(null);
  const assessor = typed ?? profileName;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.organisations.list().then((r) => {
      if (!r.ok) return;
      setOrganisations(r.data);
      setOrganisationId(r.data[0]?.id ?? '');
    });
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) return;
    const result = await api.cases.create({ organisationId, assessor });
    if (!result.ok) setError(result.error.message);
    else onCreated(result.data.id, result.data.organisationName);
  };

  return (
    <Modal opened onClose={onClose} title={t('newCaseForm.title')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      {organisations && organisations.length === 0 ? (
        <Stack>
          <Alert color="blue">{t('newCaseForm.noOrganisations')}</Alert>
          <Button component={Link} href="/organisations" w="fit-content" onClick={onClose}>
            {t('newCaseForm.goToOrganisations')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <NativeSelect
              label={t('newCaseForm.organisation')}
              data-autofocus
              value={organisationId}
              data={(organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
            />
            <TextInput label={t('newCaseForm.assessor')} value={assessor} onChange={(e) => setAssessor(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" disabled={!organisationId}>
                {t('newCaseForm.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
