// What the frameworks page does: read a chosen file, check it (its problems or a preview), publish it, and download
// a stored version. Each step says what went wrong in the page's error summary or its list of the file's problems.
import { useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import type { FormProblem } from '@scrutiny/ui';
import { FrameworkFileQuery, PublishFrameworkMutation, UploadFrameworkMutation } from '../documents.ts';
import { readFrameworkUpload, type FrameworkFileFormat } from '../framework-preview.ts';
import { saveFile, type FileProblem, type Preview, type Upload } from './framework-upload.ts';

export function useFrameworkActions(reload: () => void) {
  const client = useClient();
  const [, uploadFramework] = useMutation(UploadFrameworkMutation);
  const [, publishFramework] = useMutation(PublishFrameworkMutation);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [fileProblems, setFileProblems] = useState<readonly FileProblem[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (outcome: { message?: string } | undefined, fallback: string) =>
    setProblems([{ field: 'framework-file', message: outcome?.message ?? fallback }]);

  const onChoose = (file: File | undefined) => {
    setPreview(null);
    setFileProblems([]);
    if (!file) return setUpload(null);
    void readFrameworkUpload(file).then((read) => {
      if (read) {
        setUpload({ name: file.name, ...read });
        setProblems([]);
      } else {
        setUpload(null);
        setProblems([{ field: 'framework-file', message: 'The file must be .xlsx, .yaml, .yml or .json' }]);
      }
    });
  };

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    setPublished(null);
    setPreview(null);
    setFileProblems([]);
    if (!upload) {
      setProblems([{ field: 'framework-file', message: 'Choose a framework file (.xlsx, .yaml or .json)' }]);
      return;
    }
    setProblems([]);
    setBusy(true);
    const response = await uploadFramework({ input: { format: upload.format, content: upload.content } });
    setBusy(false);
    const outcome = response.data?.uploadFramework;
    if (outcome?.__typename === 'MutationUploadFrameworkSuccess') {
      setFileProblems(outcome.data.problems);
      setPreview((outcome.data.preview as Preview | null) ?? null);
    } else failed(outcome && 'message' in outcome ? outcome : undefined, 'Scrutiny cannot be reached. Try again.');
  };

  const onPublish = async () => {
    if (!upload || !preview) return;
    setBusy(true);
    const response = await publishFramework({ input: { format: upload.format, content: upload.content } });
    setBusy(false);
    const outcome = response.data?.publishFramework;
    if (outcome?.__typename === 'MutationPublishFrameworkSuccess') {
      setPublished(`${outcome.data.title} ${outcome.data.version}`);
      setPreview(null);
      setUpload(null);
      reload();
    } else if (outcome?.__typename === 'InvalidInputError')
      setFileProblems(outcome.problems.map((p) => ({ where: p.path, message: p.message })));
    else
      failed(
        outcome && 'message' in outcome ? outcome : undefined,
        'Scrutiny cannot be reached. Nothing was published.',
      );
  };

  const onDownload = async (key: string, version: string, format: FrameworkFileFormat) => {
    const response = await client.query(FrameworkFileQuery, { key, version, format }).toPromise();
    const file = response.data?.frameworkFile;
    if (file) saveFile(file.fileName, file.mediaType, file.content, format === 'XLSX');
    else failed(undefined, 'The file could not be made. Try again.');
  };

  return { upload, problems, fileProblems, preview, published, busy, onChoose, onCheck, onPublish, onDownload };
}
