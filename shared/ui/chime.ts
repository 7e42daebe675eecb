/**
 * The optional "time is up" tone, synthesised with Web Audio: no media file, nothing for the
 * CSP to allow. Both shells play it (VS Code's webview, the browser's side panel). Browsers may
 * refuse audio before a user gesture; then it stays silent (the badge, the notification and the
 * status bar still tell).
 */
export type ChimeTone = 'soft' | 'clear';
export const CHIME_TONES: readonly ChimeTone[] = ['soft', 'clear'];

const TONES: Record<ChimeTone, { hz: number[]; gain: number; seconds: number }> = {
  soft: { hz: [660], gain: 0.15, seconds: 0.6 },
  clear: { hz: [880, 1320], gain: 0.25, seconds: 0.35 },
};

export function playTimeUp(tone: ChimeTone = 'soft'): void {
  try {
    const ctx = new AudioContext();
    const { hz, gain: level, seconds } = TONES[tone];
    let at = ctx.currentTime;
    hz.forEach((f, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = f;
      gain.gain.setValueAtTime(level, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + seconds);
      if (i === hz.length - 1) osc.onended = () => void ctx.close();
      at += seconds;
    });
  } catch {
    /* no audio available */
  }
}
