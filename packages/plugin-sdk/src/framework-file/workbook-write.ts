// Writing a framework workbook an author can edit and read back to the same definition.
import type { FrameworkDefinition } from '@scrutiny/domain';
import { definitionToFile } from './convert.ts';
import { formatDateRule, formatScoring, WORKBOOK_SHEETS, type SheetName } from './workbook-sheets.ts';

/** The framework as a workbook an author can edit and read back to the same definition. */
export async function writeWorkbookFramework(definition: FrameworkDefinition): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const file = definitionToFile(definition);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Scrutiny';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.title = `${file.title} (${file.version})`;
  const add = (name: SheetName, rows: Array<Record<string, string | number | undefined>>, always = true) => {
    if (!always && rows.length === 0) return;
    const columns = WORKBOOK_SHEETS[name];
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({
      header: column,
      key: column,
      width: ['text', 'description', 'prompts', 'applies_when', 'label', 'title'].includes(column) ? 60 : 20,
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    if (name === 'questions') sheet.getColumn('prompts').alignment = { wrapText: true, vertical: 'top' };
  };
  add('settings', [
    {
      key: file.key,
      version: file.version,
      title: file.title,
      description: file.description,
      unit_fact: file.ratings?.unitFact,
      compare_with_version: file.comparableWith?.fromVersion,
    },
  ]);
  add(
    'sections',
    file.sections.map((section) => ({ ...section })),
  );
  add(
    'criteria',
    file.criteria.map((criterion) => ({
      code: criterion.code,
      section: criterion.section,
      title: criterion.title,
      description: criterion.description,
      scoring: formatScoring(criterion.scoring),
      tags: criterion.tags?.join(', '),
    })),
  );
  add(
    'questions',
    file.questions.map((question) => ({
      key: question.key,
      criterion: question.criterion,
      text: question.text,
      answer_set: question.answerSet,
      applies_when: typeof question.applicability === 'string' ? question.applicability : undefined,
      date_rule: question.derivation ? formatDateRule(question.derivation.rule) : undefined,
      date_rule_mode: question.derivation
        ? question.derivation.mode === 'answer'
          ? 'answer'
          : 'also required'
        : undefined,
      tags: question.tags?.join(', '),
      report_by_subsample: question.reportBySubsample === false ? 'no' : undefined,
      prompts: question.prompts?.join('\n'),
    })),
  );
  add(
    'answer_sets',
    file.answerSets.flatMap((set) =>
      set.options.map((option) => ({
        answer_set: set.key,
        value: option.value,
        label: option.label,
        meets: option.meets ? 'yes' : 'no',
      })),
    ),
  );
  add(
    'subsamples',
    (file.subsamples ?? []).map((subsample) => ({
      key: subsample.key,
      label: subsample.label,
      condition: typeof subsample.condition === 'string' ? subsample.condition : undefined,
    })),
  );
  add(
    'rating_bands',
    (file.ratingBands ?? []).map((band) => ({ ...band })),
  );
  add(
    'ratings',
    (file.ratings?.ratings ?? []).map((rating) => ({ ...rating })),
  );
  add(
    'overall_rating',
    (file.ratings?.overall.thresholds ?? []).map((threshold) => ({
      from_points: threshold.from,
      rating: threshold.rating,
    })),
  );
  add(
    'question_sets',
    (file.ratings?.questionSets ?? []).map((set) => ({
      key: set.key,
      label: set.label,
      exclude_tags: set.excludeTags.join(', '),
    })),
  );
  add('comparability', [
    ...Object.entries(file.comparableWith?.questions ?? {}).map(([key, earlier]) => ({
      kind: 'question',
      key,
      earlier_key: earlier,
    })),
    ...Object.entries(file.comparableWith?.criteria ?? {}).map(([key, earlier]) => ({
      kind: 'criterion',
      key,
      earlier_key: earlier,
    })),
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
