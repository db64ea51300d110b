// What the frameworks page holds between a file's check and its publication: the file read, and the preview the API
// gives of it (with what changed since the version it follows).
import type { FrameworkFileFormat } from '../framework-preview.ts';

export interface Upload {
  name: string;
  format: FrameworkFileFormat;
  content: string;
}

export interface Changes {
  fromVersion: string;
  added: readonly string[];
  removed: readonly string[];
  reworded: readonly { key: string; before: string; after: string }[];
  moved: readonly { key: string; fromCriterion: string; toCriterion: string }[];
  comparable: readonly { key: string; earlierKey: string }[];
  notComparable: readonly string[];
}

export interface Preview {
  key: string;
  version: string;
  title: string;
  description: string;
  definition: unknown;
  storedAlready: boolean;
  usedByInspections: number;
  changes: Changes | null;
}

export interface FileProblem {
  where: string;
  message: string;
}

/** Hands the browser a downloaded framework file to save. */
export function saveFile(fileName: string, mediaType: string, content: string, base64: boolean) {
  const bytes = base64 ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(content);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
