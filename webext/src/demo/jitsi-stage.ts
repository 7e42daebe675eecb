/**
 * A Stage in Jitsi Meet's documented markup (../shared/platforms.md, "Jitsi Meet"): tiles are
 * `span.videocontainer` with ids `localVideoContainer` / `participant_<id>`, names in
 * `span.displayname`, five audio-level dots whose inline opacity follows the level, and a
 * sticky `dominant-speaker` class that the adapter must ignore. Built with DOM calls and text
 * nodes only: names are untrusted even here (tests feed hostile ones).
 */
import type { ScriptPerson } from './demo-script';
import type { Stage } from './script-player';

const DOTS = ['audiodot-bottom', 'audiodot-bottom', 'audiodot-middle', 'audiodot-top', 'audiodot-top'];

function el(tag: string, cls: string, id?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (id) e.id = id;
  return e;
}

export function jitsiStage(host: HTMLElement, onEnd: () => void = () => undefined): Stage {
  let page: HTMLElement | null = null;
  const tiles = new Map<string, HTMLElement>();
  return {
    render(people) {
      page = el('div', '', 'videoconference_page');
      const space = el('div', 'tile-view', 'videospace');
      const remote = el('div', 'filmstrip__videos remote-videos', 'remoteVideos');
      space.append(remote);
      page.append(space);
      for (const p of people) remote.append(tile(p));
      host.replaceChildren(page);
    },
    setLevel(id, level) {
      const t = tiles.get(id);
      if (!t) return;
      t.querySelectorAll<HTMLElement>('.audioindicator span').forEach((dot, i) => {
        // Louder levels light more dots, bottom first, as Jitsi's meter does.
        dot.style.opacity = level > 0 && level * DOTS.length > i * 0.8 ? String(Math.min(1, level + 0.2)) : '0';
      });
      if (level > 0 && !t.classList.contains('dominant-speaker')) {
        for (const other of tiles.values()) other.classList.remove('dominant-speaker');
        t.classList.add('dominant-speaker');
      }
    },
    end() {
      page?.remove();
      page = null;
      onEnd();
    },
  };

  function tile(p: ScriptPerson): HTMLElement {
    const domId = p.local ? 'localVideoContainer' : `participant_${p.id}`;
    const t = el('span', 'videocontainer display-avatar-only', domId);
    const avatar = el('div', 'avatar-container');
    avatar.append(el('div', 'avatar'));
    avatar.firstElementChild!.textContent = p.name.slice(0, 1);
    const nameBox = el('div', 'displayNameContainer');
    const name = el('span', 'displayname', p.local ? 'localDisplayName' : `${domId}_name`);
    name.textContent = p.name;
    nameBox.append(name);
    const meter = el('span', 'audioindicator-container');
    const dots = el('div', 'audioindicator in-react');
    for (const d of DOTS) {
      const dot = el('span', d);
      dot.style.opacity = '0';
      dots.append(dot);
    }
    meter.append(dots);
    t.append(avatar, nameBox, meter, el('div', 'active-speaker-indicator'));
    tiles.set(p.id, t);
    return t;
  }
}
