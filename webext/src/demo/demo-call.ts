/**
 * The demo call page (demo.html, an extension page): plays DEMO_SCRIPT in Jitsi's markup. The
 * same page loads content.js, so the real Jitsi adapter, detector and worker handle it exactly
 * as a call on meet.jit.si. `?room=<name>` keys the meeting (a new room = a new meeting).
 */
import { msg as catalogueMsg } from '../i18n/i18n';
import { strings, type StringKey } from '../i18n/strings';
import { DEMO_SCRIPT } from './demo-script';
import { jitsiStage } from './jitsi-stage';
import { playScript, type Playback } from './script-player';

// A page whose catalogue the browser lost (i18n.ts, pageCatalogue) reads English here: the demo is no module to load the build's copy.
const msg = (key: StringKey) => catalogueMsg(key) || strings[key];

const status = document.getElementById('status')!;
const replay = document.getElementById('replay') as HTMLButtonElement;
document.title = msg('demoTitle');
document.getElementById('title')!.textContent = msg('demoTitle');
document.getElementById('intro')!.textContent = msg('demoIntro');
replay.textContent = msg('demoReplay');

function play(): void {
  replay.disabled = true;
  document.body.dataset.state = 'playing';
  status.textContent = msg('demoPlaying');
  let playback: Playback | undefined = undefined;
  const stage = jitsiStage(document.getElementById('call')!, () => {
    // When each step was shown (the browser tests compare the extension's figures with it).
    document.body.dataset.played = JSON.stringify(playback?.played ?? []);
    document.body.dataset.state = 'ended';
    status.textContent = msg('demoEnded');
  });
  playback = playScript(stage, DEMO_SCRIPT);
  void playback.done.then(() => {
    replay.disabled = false;
  });
}

replay.addEventListener('click', () => {
  // A replay is a new meeting: a new room name in the address keys it apart from the last one.
  const url = new URL(location.href);
  url.searchParams.set('room', `demo-${Date.now().toString(36)}`);
  location.assign(url.href);
});
play();
