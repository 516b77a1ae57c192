import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import SignaturePad from 'signature_pad';
import { useTranslation } from 'react-i18next';
import type { ExporterSignature } from '../../../../shared/ipc/contracts/exports';

interface Props {
  name: string;
  mode: ExporterSignature['kind'];
  onModeChange: (mode: ExporterSignature['kind']) => void;
  /** Called with a PNG data URL after each stroke, or null when cleared. */
  onDrawn: (image: string | null) => void;
  error: string | null;
  /** Overrides for someone other than the exporter signing, e.g. a signatory of a case. */
  legend?: string;
  typedHelp?: string;
}

/**
 * A visible signature: drawn on a pad (mouse, trackpad, pen or finger) or the typed name.
 * Typed is the default so keyboard users are never stuck in front of a canvas.
 */
export function SignatureInput({ name, mode, onModeChange, onDrawn, error, legend, typedHelp }: Props) {
  const { t } = useTranslation('exports');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (mode !== 'drawn' || !canvas) return;
    // Match the backing store to the screen so strokes are sharp on high-DPI displays.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#1f3a5f', minWidth: 0.8, maxWidth: 2.6 });
    pad.addEventListener('endStroke', () => onDrawn(pad.isEmpty() ? null : pad.toDataURL('image/png')));
    padRef.current = pad;
    return () => {
      pad.off();
      padRef.current = null;
    };
  }, [mode, onDrawn]);

  return (
    <Stack gap="xs">
      <Radio.Group label={legend ?? t('signature.legend')} value={mode} onChange={(v) => onModeChange(v === 'drawn' ? 'drawn' : 'typed')}>
        <Group mt="xs">
          <Radio value="typed" label={t('signature.typed')} />
          <Radio value="drawn" label={t('signature.drawn')} />
        </Group>
      </Radio.Group>
      {mode === 'typed' ? (
        <Text size="sm">{typedHelp ?? t('signature.typedHelp', { name })}</Text>
      ) : (
        <Stack gap={4}>
          <canvas
            ref={canvasRef}
            role="img"
            aria-label={t('signature.padLabel')}
            style={{ width: '100%', height: 160, border: '1px solid #868e96', borderRadius: 6, touchAction: 'none', background: '#fff' }}
          />
          <Group justify="space-between">
            <Text size="xs" c="dark.4">
              {t('signature.padHelp')}
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                padRef.current?.clear();
                onDrawn(null);
              }}
            >
              {t('signature.clear')}
            </Button>
          </Group>
        </Stack>
      )}
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
