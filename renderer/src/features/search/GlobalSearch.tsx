import { Combobox, Kbd, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../../../shared/ipc/contracts/search';
import { api } from '../../lib/api';
import { groupHits, hitValue } from './group-hits';

/**
 * One search box in the header for the whole workspace, answered by main's index. Ctrl+K (or
 * "/" when not typing) jumps to it; arrows move through the results; Enter opens one.
 */
export function GlobalSearch() {
  const { t } = useTranslation('search');
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [searched, setSearched] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const focus = (event: KeyboardEvent) => {
    event.preventDefault();
    input.current?.focus();
    input.current?.select();
  };
  useHotkeys([['mod+K', focus]], []);
  useHotkeys([['/', focus]]);

  const run = useDebouncedCallback(async (value: string) => {
    const ticket = ++latest.current;
    const result = value.trim() ? await api.search.query({ text: value, limit: 30 }) : null;
    // Only the answer to the latest text counts.
    if (ticket !== latest.current) return;
    setHits(result?.ok ? result.data : []);
    setSearched(value);
  }, 150);

  useEffect(() => {
    if (hits.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when results change
  }, [hits]);

  const open = (value: string) => {
    const hit = hits.find((h) => hitValue(h) === value);
    if (!hit) return;
    combobox.closeDropdown();
    setText('');
    setHits([]);
    input.current?.blur();
    navigate(hit.route);
  };

  const groups = groupHits(hits);
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={open}
      width={520}
      position="bottom-end"
      styles={{ groupLabel: { color: 'var(--mantine-color-dark-6)' } }}
    >
      <Combobox.Target>
        <TextInput
          ref={input}
          type="search"
          aria-label={t('label')}
          placeholder={t('placeholder')}
          title={t('hint')}
          w={340}
          value={text}
          rightSection={
            <Kbd size="xs" aria-hidden>
              Ctrl K
            </Kbd>
          }
          rightSectionWidth={56}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            combobox.openDropdown();
            void run(value);
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setText('');
              setHits([]);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!text.trim() || searched.trim() === ''}>
        <Combobox.Options mah={460} style={{ overflowY: 'auto' }} aria-label={t('label')}>
          {groups.map(([kind, list]) => (
            <Combobox.Group key={kind} label={t(`kinds.${kind}`)}>
              {list.map((hit) => (
                <Combobox.Option key={hitValue(hit)} value={hitValue(hit)}>
                  <Text size="sm" fw={600}>
                    {hit.title}
                  </Text>
                  {hit.subtitle && (
                    <Text size="xs" c="inherit">
                      {hit.subtitle}
                    </Text>
                  )}
                  {hit.snippet && (
                    <Text size="xs" lineClamp={2}>
                      {hit.snippet}
                    </Text>
                  )}
                </Combobox.Option>
              ))}
            </Combobox.Group>
          ))}
          {hits.length === 0 && <Combobox.Empty>{t('noResults', { text: searched })}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
