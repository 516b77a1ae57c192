/**
 * A short two-note chime made with Web Audio (no sound files ship with the app). One
 * AudioContext is reused; browsers start it suspended until the page has had a key press or
 * click, which live mode always has had (Start).
 */
let context: AudioContext | null = null;

export function playChime(kind: 'warning' | 'zero'): void {
  // A machine without an audio device must still run the workshop: the pulse is the fallback.
  try {
    play(kind);
  } catch {
    // No sound; nothing else to do.
  }
}

function play(kind: 'warning' | 'zero'): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  context ??= new AudioContextClass();
  void context.resume().catch(() => undefined);
  const notes = kind === 'zero' ? [880, 660, 880] : [660, 880];
  const start = context.currentTime;
  notes.forEach((frequency, i) => {
    if (!context) return;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const at = start + i * 0.22;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.21);
  });
}
