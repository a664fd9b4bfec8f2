// A React-only consumer (react, react-dom, @tanstack/react-query and their @types, nothing else):
// scripts/check-package.sh type-checks it strictly (skipLibCheck false) against the packed tarball.
import 'profilekit/styles.css';
import { useState } from 'react';
import {
  AdminUserDetail,
  CustomFieldsEditor,
  EmailChange,
  fr,
  isProfileError,
  NotificationPrefs,
  PasswordChange,
  ProfileForm,
  ProfileKitProvider,
  useProfile,
} from 'profilekit';
import { createHttpAdapter, createMemoryAdapter } from 'profilekit/adapters';
import {
  checkPasswordPolicy,
  defineProfileConfig,
  ERROR_STATUS,
  loadPasswordEstimator,
  type Profile,
  type ProfileAdapter,
  type ProfileErrorCode,
} from 'profilekit/core';

const config = defineProfileConfig({ custom: { height: { type: 'number', label: 'Height', min: 50, max: 250 } } });
const http: ProfileAdapter = createHttpAdapter({ baseUrl: '/api/profile', headers: () => ({ authorization: 'Bearer x' }) });
const memory: ProfileAdapter = createMemoryAdapter({ config, seed: [{ id: 'u1', email: 'ada@example.com' }], viewer: { userId: 'u1', roles: [] } });

const status: 409 = ERROR_STATUS.email_taken;
const statusOf = (code: ProfileErrorCode): number => ERROR_STATUS[code];

function Greeting() {
  const { data } = useProfile();
  const profile: Profile | undefined = data;
  return <p>{profile?.givenName ?? '…'}</p>;
}

export function AccountPage({ admin }: { admin: boolean }) {
  const [dirty, setDirty] = useState(false);
  return (
    <ProfileKitProvider adapter={admin ? http : memory} messages={fr} locale="fr-CA">
      <Greeting />
      <ProfileForm onDirtyChange={setDirty} className={dirty ? 'dirty' : undefined} />
      <EmailChange />
      <PasswordChange onChanged={() => undefined} />
      <NotificationPrefs mode="save-button" />
      <CustomFieldsEditor />
      {admin && <AdminUserDetail userId="u1" />}
    </ProfileKitProvider>
  );
}

export async function strength(password: string): Promise<string> {
  const check = checkPasswordPolicy(password, config.password, { email: 'ada@example.com' }, { estimator: await loadPasswordEstimator() });
  return check.ok ? `ok (${status}, ${statusOf('validation')})` : check.message;
}

export function describeError(error: unknown): string {
  return isProfileError(error) ? `${error.code} ${ERROR_STATUS[error.code]}` : 'unknown';
}
