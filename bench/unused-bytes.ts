// What a page's stylesheets and scripts weigh over the wire and how much of it the page never used, counted as
// Lighthouse's unused-CSS and unused-JavaScript audits count it (the unused share of each file's bytes, times the
// bytes sent for it) but for every file: the audits themselves leave out a stylesheet with less than 10 KiB unused
// and a script with less than 20 KiB, so they fall silent before the bytes are gone.
import type lighthouse from 'lighthouse';

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

/** Bytes sent and, of them, bytes never used, for one kind of file. */
export interface Usage {
  sent: number;
  unused: number;
}

export interface PageUsage {
  css: Usage;
  js: Usage;
}

interface NetworkItem {
  url: string;
  transferSize?: number;
  resourceType?: string;
}

/** Bytes sent for each address the page fetched (Lighthouse's network-requests audit). */
function sentByUrl(result: RunnerResult): Map<string, number> {
  const details = result.lhr.audits['network-requests']?.details;
  const items = (details && 'items' in details ? details.items : []) as unknown as NetworkItem[];
  const sent = new Map<string, number>();
  for (const item of items) sent.set(item.url, (sent.get(item.url) ?? 0) + (item.transferSize ?? 0));
  return sent;
}

/** The unused share of each stylesheet: its length less the rules the page used (as lighthouse/core/computed/unused-css.js). */
function unusedCssShare(result: RunnerResult): Map<string, number> {
  const { Stylesheets, CSSUsage } = result.artifacts;
  const used = new Map<string, number>();
  for (const rule of CSSUsage)
    if (rule.used) used.set(rule.styleSheetId, (used.get(rule.styleSheetId) ?? 0) + rule.endOffset - rule.startOffset);
  const share = new Map<string, number>();
  for (const sheet of Stylesheets) {
    const length = sheet.content.length;
    if (!length || !sheet.header.sourceURL) continue;
    share.set(sheet.header.sourceURL, (length - (used.get(sheet.header.styleSheetId) ?? 0)) / length);
  }
  return share;
}

/** The unused share of each script: bytes in functions and blocks that never ran (as unused-javascript-summary.js). */
function unusedJsShare(result: RunnerResult): Map<string, number> {
  const { JsUsage, Scripts } = result.artifacts;
  const share = new Map<string, number>();
  for (const [scriptId, coverage] of Object.entries(JsUsage)) {
    const url = Scripts.find((script) => script.scriptId === scriptId)?.url;
    if (!url) continue;
    const length = Math.max(0, ...coverage.functions.flatMap((f) => f.ranges.map((r) => r.endOffset)));
    const unused = new Uint8Array(length);
    for (const f of coverage.functions)
      for (const range of f.ranges) if (range.count === 0) unused.fill(1, range.startOffset, range.endOffset);
    if (length) share.set(url, unused.reduce((sum, x) => sum + x, 0) / length);
  }
  return share;
}

function usage(shares: Map<string, number>, sent: Map<string, number>, page: string): Usage {
  let total = { sent: 0, unused: 0 };
  for (const [url, share] of shares) {
    // A <style> or inline script is part of the page's HTML, whose bytes are not the stylesheet's or the script's.
    if (url === page) continue;
    const bytes = sent.get(url) ?? 0;
    total = { sent: total.sent + bytes, unused: total.unused + share * bytes };
  }
  return total;
}

export function pageUsage(result: RunnerResult): PageUsage {
  const sent = sentByUrl(result);
  const page = result.artifacts.URL.mainDocumentUrl ?? '';
  return { css: usage(unusedCssShare(result), sent, page), js: usage(unusedJsShare(result), sent, page) };
}
