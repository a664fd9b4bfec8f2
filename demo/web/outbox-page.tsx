import { useQuery } from '@tanstack/react-query';
import { useFormatters } from 'profilekit';
import { fetchOutbox, type OutboxMail } from './dev-api';
import { useDemo } from './demo-state';
import { PageHeading } from './page-heading';

/** The development outbox: the mail the server "sent" about the viewer's account (all for an admin), newest first. */
export function OutboxPage() {
  const { t, session } = useDemo();
  // Polls while open: request an email change in another tab and the mail shows up here.
  const outbox = useQuery({ queryKey: ['demo', 'outbox'], queryFn: fetchOutbox, refetchInterval: 5000 });
  return (
    <div className="demo-page demo-narrow">
      <PageHeading title={t.outbox.title} lead={`${t.outbox.lead} ${session?.isAdmin ? t.outbox.scopeAdmin : t.outbox.scopeUser}`}>
        <button type="button" className="pk-button" onClick={() => void outbox.refetch()} disabled={outbox.isFetching}>
          {t.outbox.refresh}
        </button>
      </PageHeading>
      {outbox.isPending ? (
        <p className="demo-card demo-muted" role="status">
          <span className="pk-spinner" aria-hidden="true" /> {t.loading}
        </p>
      ) : outbox.isError ? (
        <p className="demo-card pk-form-alert" role="alert">
          {t.outbox.failed}
        </p>
      ) : outbox.data.length === 0 ? (
        <p className="demo-card demo-empty">{t.outbox.empty}</p>
      ) : (
        <ol className="demo-mail-list">
          {outbox.data.map((mail, index) => (
            <li key={`${mail.sentAt}-${index}`}>
              <Mail mail={mail} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Mail({ mail }: { mail: OutboxMail }) {
  const { t } = useDemo();
  const { dateTime } = useFormatters();
  // The mail's own link (verification, invitation) is its first, shown as the main action.
  const primary = mail.kind === 'email-verification' ? t.outbox.verify : mail.kind === 'invitation' ? t.outbox.invitation : null;
  return (
    <article className="demo-card demo-mail">
      <header className="demo-mail-head">
        <h2>{mail.subject}</h2>
        <time dateTime={mail.sentAt}>{dateTime(mail.sentAt)}</time>
      </header>
      <p className="demo-mail-meta">
        <span>
          {t.outbox.to}: <strong>{mail.to}</strong>
        </span>
        <span className="demo-tag">{mail.kind}</span>
      </p>
      <pre className="demo-mail-text">{mail.text}</pre>
      {mail.links.length > 0 && (
        <div className="demo-mail-links">
          {mail.links.map((link, index) => (
            <a key={link} className={`pk-button${primary && index === 0 ? ' pk-button--primary' : ''}`} href={link} target="_blank" rel="noopener noreferrer">
              {primary && index === 0 ? primary : t.outbox.open}
            </a>
          ))}
        </div>
      )}
    </article>
  );
}
