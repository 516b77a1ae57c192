import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/organisation';

/** The people to contact at an organisation, by role. */
export function ContactsFieldset({ contacts, onChange }: { contacts: Contact[]; onChange: (c: Contact[]) => void }) {
  const { t } = useTranslation('organisations');
  const set = (index: number, patch: Partial<Contact>) => onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <Fieldset legend={t('form.contacts')}>
      <Stack gap="sm">
        {contacts.map((contact, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              label={t('form.contactName')}
              value={contact.name}
              onChange={(e) => set(index, { name: e.currentTarget.value })}
            />
            <TextInput
              flex={1}
              label={t('form.contactRole')}
              value={contact.role}
              onChange={(e) => set(index, { role: e.currentTarget.value })}
            />
            <Button
              variant="subtle"
              color="red"
              aria-label={t('form.removeContact', { index: index + 1 })}
              onClick={() => onChange(contacts.filter((_, i) => i !== index))}
            >
              {t('common:actions.remove')}
            </Button>
          </Group>
        ))}
        <Button variant="light" w="fit-content" onClick={() => onChange([...contacts, { name: '', role: '' }])}>
          {t('form.addContact')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
