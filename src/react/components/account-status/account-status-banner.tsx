import { useId } from 'react';
import type { Profile } from '../../../core/browser';
import { accountStatus } from '../../i18n/locales/en/account-status';
import type { LazyKit } from '../../ui/lazy-kit';
import { useKitMessages } from '../../ui/use-kit-messages';

export interface AccountStatusBannerProps {
  profile: Pick<Profile, 'status' | 'purgeAt' | 'suspension'>;
  /** The viewer's own account ("Your account…") or another's, as an admin sees it ("This account…"). */
  isSelf: boolean;
  /** The formatters and messages of the component that shows it (a lazy part: see `LazyKit`). */
  kit: Pick<LazyKit, 'fmt' | 'messages' | 'mergeMessages'>;
}

/**
 * The account's lifecycle state on a profile: suspended (since when, and why) and pending
 * deletion (when it is erased), in the viewer's locale. Nothing for an active account.
 */
export function AccountStatusBanner({ profile, isSelf, kit }: AccountStatusBannerProps) {
  const m = useKitMessages(kit, 'accountStatus', accountStatus);
  const { fmt } = kit;
  const titleId = useId();
  const { status, purgeAt, suspension } = profile;
  const lines: string[] = [];
  if (status === 'suspended') {
    lines.push(isSelf || !suspension ? m.self.suspended : fmt.format(m.other.suspended, { date: fmt.dateTime(suspension.at) }));
    if (suspension) lines.push(fmt.format(m.reason, { reason: suspension.reason }));
    if (isSelf) lines.push(m.self.suspendedHelp);
  }
  if (purgeAt) {
    lines.push(fmt.format(isSelf ? m.self.pendingDeletion : m.other.pendingDeletion, { date: fmt.dateTime(purgeAt) }));
    if (isSelf && status !== 'suspended') lines.push(m.self.pendingDeletionHelp);
  }
  if (lines.length === 0) return null;
  const [title, ...rest] = lines;
  return (
    <div role="group" aria-labelledby={titleId} className="pk-banner pk-account-status" data-pk-banner={status === 'suspended' ? 'suspended' : 'pending-deletion'}>
      <p id={titleId} className="pk-banner-title">
        {title}
      </p>
      {rest.map((line) => (
        <p key={line} className="pk-help">
          {line}
        </p>
      ))}
    </div>
  );
}
