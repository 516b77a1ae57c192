import { Alert, Anchor, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DocumentLanguageChoice,
  ExportResult,
  Exportable,
  ExporterSignature,
  Preview,
} from '../../../../shared/ipc/contracts/exports';
import { api } from '../../lib/api';
import { useProfile } from '../settings/profile-store';
import { CreateIdentityModal } from './CreateIdentityModal';
import { defaultDocumentLanguage, DocumentLanguageInput } from './DocumentLanguageInput';
import { useExports } from './exports-store';
import { PassphraseForm } from './PassphraseForm';
import { PreviewPages } from './PreviewPages';
import { SignatureInput } from './SignatureInput';
import { documentTitle } from './document-label';

const downloadUrl = (base64: string) =>
  URL.createObjectURL(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'application/pdf' }));

/** Signature → preview of the exact pages → sign and save, with progress and the journal's hash. */
export function ExportModal({ document: doc, onClose }: { document: Exportable; onClose: () => void }) {
  const { t, i18n } = useTranslation('exports');
  const [language, setLanguage] = useState<DocumentLanguageChoice>(() => defaultDocumentLanguage(i18n.language));
  const identity = useExports((s) => s.identity);
  const [mode, setMode] = useState<ExporterSignature['kind']>('typed');
  const [drawn, setDrawn] = useState<string | null>(null);
  const [signatureError, setSignatureError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'sign' | null>(null);
  const [percent, setPercent] = useState(0);
  const [creating, setCreating] = useState(false);
  const profile = useProfile((s) => s.profile);
  const onDrawn = useCallback((image: string | null) => {
    setDrawn(image);
    setSignatureError(null);
  }, []);

  useEffect(() => api.on('exports:progress', (p) => setPercent(p.percent)), []);

  const makePreview = async () => {
    if (mode === 'drawn' && !drawn) return setSignatureError(t('signature.empty'));
    setBusy('preview');
    setError(null);
    const signature: ExporterSignature = mode === 'drawn' && drawn ? { kind: 'drawn', image: drawn } : { kind: 'typed' };
    const response = await api.exports.preview({ kind: doc.kind, id: doc.id, signature, language });
    setBusy(null);
    if (response.ok) setPreview(response.data);
    else setError(response.error.message);
  };

  const sign = async () => {
    if (!preview) return;
    setBusy('sign');
    setError(null);
    const response = await api.exports.export({ previewId: preview.previewId });
    setBusy(null);
    if (response.ok) setResult(response.data);
    else setError(response.error.message);
  };

  const name = identity?.identity?.name ?? '';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('export.title', { title: documentTitle(doc) })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {identity && !identity.exists && !result && (
          <Alert color="yellow">
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('export.noIdentityHere')}</Text>
              <Button size="xs" onClick={() => setCreating(true)}>
                {t('identity.create')}
              </Button>
            </Group>
          </Alert>
        )}
        {!preview && (
          <>
            <DocumentLanguageInput value={language} onChange={setLanguage} />
            <SignatureInput name={name || '—'} mode={mode} onModeChange={setMode} onDrawn={onDrawn} error={signatureError} />
            <Group justify="flex-end">
              <Button onClick={() => void makePreview()} loading={busy === 'preview'}>
                {t('export.makePreview')}
              </Button>
            </Group>
          </>
        )}
        {preview && !result && (
          <>
            <Text size="sm">
              {t('export.pages', { count: preview.pageCount })} · {t('export.wysiwyg')}
            </Text>
            <PreviewPages pdfBase64={preview.pdfBase64} pageCount={preview.pageCount} />
            {identity?.exists && !identity.unlocked && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('export.unlockFirst')}
                </Text>
                <PassphraseForm onUnlocked={() => undefined} autoFocus={false} />
              </Stack>
            )}
            {busy === 'sign' && <Progress value={percent} aria-label={t('export.progress')} animated />}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('export.back')}
              </Button>
              <Button onClick={() => void sign()} loading={busy === 'sign'} disabled={!identity?.unlocked}>
                {t('export.sign')}
              </Button>
            </Group>
          </>
        )}
        {result && (
          <Alert color={result.cancelled ? 'yellow' : 'green'} role="status">
            <Stack gap={6}>
              <Text size="sm">
                {result.cancelled ? t('export.cancelled') : result.path ? t('export.saved', { path: result.path }) : t('export.downloaded')}
              </Text>
              {result.pdfBase64 && (
                <Anchor href={downloadUrl(result.pdfBase64)} download={result.fileName}>
                  {t('export.download')}
                </Anchor>
              )}
              {!result.cancelled && (
                <Text size="xs" style={{ wordBreak: 'break-all' }}>
                  {t('export.sha', { sha: result.sha256 })}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
      {creating && (
        <CreateIdentityModal initialName={profile.name} initialOrganisation={profile.organisation} onClose={() => setCreating(false)} />
      )}
    </Modal>
  );
}
