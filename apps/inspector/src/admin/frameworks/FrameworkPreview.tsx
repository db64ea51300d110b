// A checked framework file before it is published: whether its version can still change, what changed since the
// version it follows, the questions an assessor would meet, and the button that publishes it.
import type { FrameworkDefinition } from '@scrutiny/domain';
import type { Ref } from 'react';
import { CasePreview } from './CasePreview.tsx';
import { ChangesSummary } from './ChangesSummary.tsx';
import type { Preview } from './framework-upload.ts';

export function FrameworkPreview({
  preview,
  busy,
  headingRef,
  onPublish,
}: {
  preview: Preview;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onPublish: () => Promise<void>;
}) {
  return (
    <>
      <h2 className="govuk-heading-l" ref={headingRef} tabIndex={-1}>
        {preview.title} {preview.version}
      </h2>
      <p className="govuk-body">{preview.description}</p>
      <VersionNotice preview={preview} />
      {preview.changes ? (
        <ChangesSummary changes={preview.changes} />
      ) : (
        <p className="govuk-body">This is the first version of {preview.key}.</p>
      )}
      <CasePreview definition={preview.definition as FrameworkDefinition} />
      <button
        type="button"
        className="govuk-button"
        disabled={busy || preview.usedByInspections > 0}
        onClick={() => void onPublish()}
      >
        Publish {preview.title} {preview.version}
      </button>
    </>
  );
}

function VersionNotice({ preview }: { preview: Preview }) {
  if (preview.usedByInspections > 0)
    return (
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Version {preview.version} is used by {preview.usedByInspections} inspection
          {preview.usedByInspections === 1 ? '' : 's'} and cannot change. Give this file a new version.
        </strong>
      </div>
    );
  if (preview.storedAlready)
    return (
      <p className="govuk-inset-text">
        Version {preview.version} is stored already but no inspection uses it yet: publishing replaces it.
      </p>
    );
  return null;
}
