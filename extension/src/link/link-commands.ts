/**
 * Roundtable: Link Browser Call / Unlink Browser.
 *
 * Contract (tests and scripts): `executeCommand('roundtable.linkBrowser', { show: false })`
 * starts listening if needed and returns `{ port, code }` without any UI; without an argument
 * (or `show: true`) it shows the code to the user. In the web host it returns
 * `{ unavailable: <sentence> }` and says so, instead of failing. While another window holds the
 * link it returns `{ unavailable }` too, and offers the user to take the link over; with
 * `takeOver: true` it takes it over without asking.
 */
import * as vscode from 'vscode';
import { Commands } from '../ids';
import { describeLink, OtherWindowError, type BrowserLink, type LinkOffer } from './browser-link';

export function registerLinkCommands(link: BrowserLink): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.linkBrowser, async (arg?: unknown): Promise<LinkOffer | { unavailable: string } | undefined> => {
      const show = !(typeof arg === 'object' && arg !== null && (arg as { show?: unknown }).show === false);
      const takeOver = typeof arg === 'object' && arg !== null && (arg as { takeOver?: unknown }).takeOver === true;
      if (!link.available) {
        const unavailable = describeLink(link.current, vscode.l10n.t);
        if (show) void vscode.window.showInformationMessage(unavailable);
        return { unavailable };
      }
      let offer: LinkOffer;
      try {
        offer = await link.offer().catch(async (e: unknown) => {
          if (!(e instanceof OtherWindowError)) throw e;
          // A window closed in code-server keeps its extension host (and the link) for a while: the user may take it over here.
          const take = vscode.l10n.t('Take the Link Over');
          if (takeOver || (show && (await vscode.window.showWarningMessage(describeLink(link.current, vscode.l10n.t), take)) === take)) return link.takeOver();
          throw e;
        });
      } catch (e) {
        if (e instanceof OtherWindowError) return { unavailable: describeLink(link.current, vscode.l10n.t) };
        void vscode.window.showErrorMessage(vscode.l10n.t('Roundtable could not listen for the browser: {0}', String(e)));
        return undefined;
      }
      if (show) void showCode(offer);
      return offer;
    }),
    vscode.commands.registerCommand(Commands.unlinkBrowser, async () => {
      await link.unlink();
      void vscode.window.showInformationMessage(describeLink(link.current, vscode.l10n.t));
    }),
  ];
}

async function showCode(offer: LinkOffer): Promise<void> {
  const copy = vscode.l10n.t('Copy Code');
  const picked = await vscode.window.showInformationMessage(
    vscode.l10n.t('Type this code into the Roundtable side panel in your browser: {0}. It works once, for 2 minutes.', offer.code),
    copy,
  );
  if (picked === copy) await vscode.env.clipboard.writeText(offer.code);
}
