/**
 * The optional "time is up" tone, synthesised with Web Audio: no media file, nothing for the
 * CSP to allow. Browsers may refuse audio before a user gesture; then it stays silent (the
 * notification and the status bar still tell).
 */
export function playTimeUp(): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 660;
    gain.gain.setValueAtTime(0.15, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.6);
    osc.onended = () => void ctx.close();
  } catch {
    /* no audio available */
  }
}
