// DEMO ONLY: the demo's small HTML pages (the component page comes with the components).
import type { Viewer } from '../src/core';
import type { SentMail } from '../src/server';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · profilekit demo</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:4px}table{border-collapse:collapse}td,th{text-align:left;padding:.25rem .75rem .25rem 0;vertical-align:top}
.note{background:#fff7e6;border:1px solid #f0c36d;padding:.5rem .75rem;border-radius:6px}label{display:block;margin:.5rem 0}input{font:inherit;padding:.3rem}</style>
</head><body><p class="note">Development demo of profilekit. The sign-in and the outbox below belong to the demo, not to the library.</p>${body}</body></html>`;
}

const ROUTES: [string, string, string][] = [
  ['GET', '/config', 'field config resolved for the viewer'],
  ['GET', '/me', 'own profile (ETag: version)'],
  ['PATCH', '/me', 'partial update, If-Match required'],
  ['POST', '/me/password', '{ currentPassword, newPassword }'],
  ['POST', '/me/email', '{ email, currentPassword } -> pending'],
  ['DELETE', '/me/email/pending', 'cancel'],
  ['POST', '/email/verify', '{ token } (GET on the link shows a page)'],
  ['GET', '/users?query=&cursor=', 'admin: search accounts'],
  ['GET', '/users/:id', "admin: a user's profile"],
  ['PATCH', '/users/:id', 'admin: partial update, If-Match required'],
  ['POST', '/users/:id/email', 'admin: { email, verified? }'],
  ['GET', '/users/:id/audit?cursor=', 'admin: audit entries, newest first'],
];

export function homePage(viewer: Viewer | null, apiBase: string, error?: string): string {
  const session = viewer
    ? `<p>Signed in as <code>${escape(viewer.userId)}</code>${viewer.roles.length ? ` (${escape(viewer.roles.join(', '))})` : ''}.
       <a href="${apiBase}/me">Your profile as JSON</a> · <a href="${apiBase}/config">your field config</a>.</p>
       <form method="post" action="/signout"><button>Sign out</button></form>`
    : `<h2>Development sign-in</h2>${error ? `<p role="alert">${escape(error)}</p>` : ''}
       <form method="post" action="/signin"><label>Email <input name="email" type="email" autocomplete="username" required></label>
       <label>Password <input name="password" type="password" autocomplete="current-password" required></label><button>Sign in</button></form>
       <p>The credentials are printed in the terminal that ran <code>npm start</code>.</p>`;
  const rows = ROUTES.map(([m, p, d]) => `<tr><td><code>${m}</code></td><td><code>${escape(apiBase + p)}</code></td><td>${escape(d)}</td></tr>`).join('');
  return layout(
    'profilekit',
    `<h1>profilekit reference server</h1>${session}<h2>API</h2><p>Writes need the header <code>x-profilekit: 1</code>.</p><table>${rows}</table>
     <p><a href="/dev/outbox">Development outbox</a>: mail the server has "sent".</p>`,
  );
}

export function outboxPage(mail: SentMail[]): string {
  const items = mail
    .slice()
    .reverse()
    .map(
      (m) => `<tr><td>${escape(m.sentAt)}</td><td>${escape(m.to)}</td><td>${escape(m.subject)}<br><small>${escape(m.kind)}</small></td>
      <td>${m.link ? `<a href="${escape(m.link)}" rel="noreferrer">open link</a>` : ''}</td></tr>`,
    )
    .join('');
  return layout(
    'Outbox',
    `<h1>Development outbox</h1><p><a href="/">Home</a></p>${
      mail.length ? `<table><tr><th>Sent</th><th>To</th><th>Subject</th><th></th></tr>${items}</table>` : '<p>No mail yet.</p>'
    }`,
  );
}
