// The success banner after a revocation: it takes the focus, since the button that was pressed has gone.
import { useEffect, useRef } from 'react';
import { SuccessBanner } from '../SuccessBanner.tsx';

export function RevokedBanner({ name }: { name: string }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.focus();
  }, [name]);
  return (
    <SuccessBanner titleId="token-revoked-title" bannerRef={banner}>
      The token “{name}” is revoked: its next request is refused.
    </SuccessBanner>
  );
}
