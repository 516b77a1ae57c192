import { Box, Image, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderPages } from './pdf-pages';

/** The unsigned PDF's pages as images: exactly the bytes that will be signed. */
export function PreviewPages({ pdfBase64, pageCount }: { pdfBase64: string; pageCount: number }) {
  const { t } = useTranslation('exports');
  const [pages, setPages] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    renderPages(pdfBase64).then(
      (images) => live && setPages(images),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [pdfBase64]);

  if (failed) return <Text size="sm">{t('export.renderFailed', { count: pageCount })}</Text>;
  if (!pages) return <Loader size="sm" aria-label={t('export.previewing')} />;
  return (
    // A focusable region so keyboard users can scroll the pages with the arrow keys.
    <Box role="region" tabIndex={0} aria-label={t('export.pages', { count: pageCount })} mah="60vh" style={{ overflowY: 'auto' }}>
      <Stack gap="md" align="center" p="sm" bg="gray.2">
        {pages.map((src, i) => (
          <Image
            key={i}
            src={src}
            alt={t('export.pageAlt', { page: i + 1, count: pages.length })}
            w="100%"
            maw={720}
            style={{ boxShadow: '0 1px 4px rgba(0,0,0,.25)' }}
          />
        ))}
      </Stack>
    </Box>
  );
}
