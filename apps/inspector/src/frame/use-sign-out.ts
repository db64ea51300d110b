// Signing out: with answers not yet sent it asks first (they would wait on this device until the next sign-in);
// then the session ends and a shared device keeps none of the person's case files.
import { useState } from 'react';
import { useMutation } from 'urql';
import { offline, saveQueue } from '../app-client.ts';
import { SignOutMutation } from '../documents.ts';
import { forgetOfflineCopy } from '../offline/make-available.ts';
import { navigate } from '../routing/router.tsx';

export function useSignOut({
  viewerId,
  unsent,
  reloadViewer,
}: {
  viewerId: string | null;
  unsent: number;
  reloadViewer: () => void;
}) {
  const [, signOut] = useMutation(SignOutMutation);
  const [confirmSignOut, setConfirmSignOut] = useState(false);

  const signOutNow = async () => {
    setConfirmSignOut(false);
    await signOut({});
    // A shared device keeps none of the person's case files once they sign out; their unsent answers still wait.
    if (viewerId) forgetOfflineCopy(viewerId);
    await offline.forgetViewer();
    reloadViewer();
    navigate('/');
  };

  const onSignOut = async () => {
    if (unsent > 0) setConfirmSignOut(true);
    else await signOutNow();
  };

  const onWait = () => {
    setConfirmSignOut(false);
    saveQueue.flushNow();
  };

  return { confirmSignOut, signOutNow, onSignOut, onWait };
}
