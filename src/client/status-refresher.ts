import { seoulDate } from '../lib/dates';
import { applicationStatus, deadlineLabel, type Period, statusLabels } from '../lib/status';

// Pages are built once and cached on a CDN for weeks; this recomputes every status
// badge from its dates and today's date in Seoul, so a stale page never says "open"
// after the deadline. The badge's colours follow its data-status attribute.
const today = seoulDate(new Date());

for (const badge of document.querySelectorAll<HTMLElement>('[data-period-type]')) {
  const { periodType, periodStart, periodEnd } = badge.dataset;
  const period: Period | undefined =
    periodType === 'fixed' && periodStart && periodEnd
      ? { type: 'fixed', start: periodStart, end: periodEnd }
      : periodType === 'always' || periodType === 'closed'
        ? { type: periodType }
        : undefined;
  if (!period) continue;
  const status = applicationStatus(period, today);
  const deadline = deadlineLabel(period, today);
  badge.dataset.status = status;
  const label = badge.querySelector('[data-status-label]');
  if (label) label.textContent = statusLabels[status];
  const countdown = badge.querySelector('[data-status-deadline]');
  if (countdown) countdown.textContent = deadline ? ` · ${deadline}` : '';
}
