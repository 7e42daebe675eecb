/**
 * Which controls on a page are clipped or overflow horizontally (issue 13 item 4): run in the
 * page by `overflowingControls(page)`. A control counts when it is rendered and
 *   - reaches past the viewport's left or right edge,
 *   - its content, or a part of its label, is wider than its box (a button or summary whose
 *     text is cut, an ellipsis; participant names excepted, cut on purpose with a tooltip),
 *   - a select's chosen option is wider than the select can show,
 *   - or the nearest ancestor that clips (overflow other than visible) cuts it off;
 * and the page itself must not scroll sideways.
 */
import type { Page } from 'playwright-core';

const CONTROLS = 'button, input, select, textarea, summary, a[href], [role="button"], [role="switch"], [role="tab"], label';

/** The check as source text, evaluated in the page as written (a compiled function would carry the test runner's helpers along). */
const CHECK = String.raw`(selector) => {
  const describe = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' "' + (el.textContent || el.value || '').trim().slice(0, 40) + '"';
  const vw = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > vw + 1) out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px viewport');
  const canvas = document.createElement('canvas').getContext('2d');
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if ((r.width === 0 && r.height === 0) || style.visibility === 'hidden' || el.closest('[hidden]')) continue;
    if (r.right > vw + 1 || r.left < -1) out.push(describe(el) + ' reaches outside the ' + vw + ' px viewport (' + Math.round(r.left) + '..' + Math.round(r.right) + ')');
    if (el instanceof HTMLSelectElement) {
      const option = el.selectedOptions[0];
      if (option) {
        canvas.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
        // The text plus the select's padding and its arrow (about 20 px) must fit the box.
        const need = canvas.measureText(option.text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20;
        if (need > el.clientWidth + 1) out.push(describe(el) + ' cuts its chosen option "' + option.text.slice(0, 40) + '" (' + Math.round(need) + ' > ' + el.clientWidth + ')');
      }
    } else if (!(el instanceof HTMLInputElement) && !(el instanceof HTMLTextAreaElement)) {
      // The control, or a part of its label (an ellipsis span), showing less than its content.
      for (const part of [el, ...el.querySelectorAll('*')]) {
        // A participant's name is page data, not catalogue text: it is cut on purpose (name.tsx), its full text in the tooltip and for screen readers.
        if (part.matches('.rt-name[title]')) continue;
        if (part.clientWidth > 0 && part.scrollWidth > part.clientWidth + 1) {
          out.push(describe(el) + ' clips its content' + (part === el ? '' : ' in ' + describe(part)) + ' (' + part.scrollWidth + ' > ' + part.clientWidth + ')');
          break;
        }
      }
    }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX === 'visible') continue;
      const ar = a.getBoundingClientRect();
      if (r.right > ar.right + 1 || r.left < ar.left - 1) out.push(describe(el) + ' is cut off by ' + describe(a).slice(0, 60));
      break;
    }
  }
  return out;
}`;

export async function overflowingControls(page: Page): Promise<string[]> {
  return page.evaluate(`(${CHECK})(${JSON.stringify(CONTROLS)})`) as Promise<string[]>;
}
