// Report text on a page: the domain's one Markdown parser, drawn with GOV.UK Frontend's classes. The board's report,
// the inspector's draft preview and the exports (through the domain's document blocks) all lay a text out alike.
import { Fragment, type ReactNode } from 'react';
import {
  markdownHeadingLevel,
  parseInline,
  parseMarkdown,
  type MarkdownBlock,
  type MarkdownInline,
} from '@scrutiny/domain';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADING_CLASS: Record<HeadingTag, string> = {
  h2: 'govuk-heading-l',
  h3: 'govuk-heading-m',
  h4: 'govuk-heading-s',
  h5: 'govuk-heading-s',
  h6: 'govuk-heading-s',
};

/**
 * Renders a report text. `headingLevel` is the level of the heading the text sits under, so headings inside the
 * text start one level below it and the page's outline stays in order.
 */
export function Markdown({ source, headingLevel }: { source: string; headingLevel: number }) {
  return <>{parseMarkdown(source).map((block, i) => renderBlock(block, i, headingLevel))}</>;
}

export function InlineMarkdown({ source }: { source: string }) {
  return <>{renderInlines(parseInline(source))}</>;
}

function renderBlock(block: MarkdownBlock, key: number, headingLevel: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${Math.max(2, markdownHeadingLevel(block.level, headingLevel))}` as HeadingTag;
      return (
        <Tag key={key} className={HEADING_CLASS[Tag]}>
          {renderInlines(block.inlines)}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p key={key} className="govuk-body">
          {renderInlines(block.inlines)}
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          {renderInlines(item.inlines)}
          {item.children.map((child, j) => renderBlock(child, j, headingLevel))}
        </li>
      ));
      return block.ordered ? (
        <ol key={key} className="govuk-list govuk-list--number">
          {items}
        </ol>
      ) : (
        <ul key={key} className="govuk-list govuk-list--bullet">
          {items}
        </ul>
      );
    }
  }
}

function renderInlines(inlines: MarkdownInline[]): ReactNode {
  return inlines.map((inline, i) => {
    switch (inline.kind) {
      case 'text':
        return <Fragment key={i}>{inline.text}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{renderInlines(inline.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInlines(inline.children)}</em>;
      case 'link':
        return (
          <a key={i} className="govuk-link" href={inline.href} rel="noreferrer">
            {inline.text ?? inline.href}
          </a>
        );
    }
  });
}
