/** Links to issue 6's team pages (roster and rotation, playbook, trends), opened as extension tabs. */
import { msg } from '../../i18n/i18n';

export function TeamLinks() {
  return (
    <nav class="wx-ls-links" aria-label={msg('lsTeamPages')}>
      <ul class="wx-row">
        <li>
          <a href="roster.html" target="_blank">
            {msg('lsRosterPage')}
          </a>
        </li>
        <li>
          <a href="playbook.html" target="_blank">
            {msg('lsPlaybookPage')}
          </a>
        </li>
        <li>
          <a href="trends.html" target="_blank">
            {msg('lsTrendsPage')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
