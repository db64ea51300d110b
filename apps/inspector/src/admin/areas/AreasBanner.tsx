// The success banner of the areas page, focused when its message changes.
import { useEffect, useRef } from 'react';
import { SuccessBanner } from '../SuccessBanner.tsx';

export function AreasBanner({ text }: { text: string | null }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) banner.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <SuccessBanner titleId="areas-banner-title" bannerRef={banner}>
      {text}
    </SuccessBanner>
  );
}
