import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { earlierRatedFramework, ratedFramework } from '../../test/rated-framework.ts';
import { readWorkbookFramework } from './workbook-read.ts';
import { writeWorkbookFramework } from './workbook-write.ts';
import { readYamlFramework, writeYamlFramework } from './yaml.ts';

/** The shipped-style workbook with cells changed: [sheet, row, column header, new value]. */
async function brokenWorkbook(changes: ReadonlyArray<[string, number, string, string | number]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeWorkbookFramework(ratedFramework())).buffer as ArrayBuffer);
  for (const [name, row, header, value] of changes) {
    const sheet = workbook.getWorksheet(name)!;
    let column = 0;
    sheet.getRow(1).eachCell((cell, index) => {
      if (cell.value === header) column = index;
    });
    expect(column, `${name} has a column ${header}`).toBeGreaterThan(0);
    sheet.getRow(row).getCell(column).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('checks that speak to the author', () => {
  it('a workbook with ten different faults gets ten messages, each naming its cell', async () => {
    const bytes = await brokenWorkbook([
      ['questions', 3, 'applies_when', 'riskLevel in (HIGH)'], // an unknown case fact
      ['questions', 4, 'criterion', 'B9'], // a question in no criterion
      ['rating_bands', 4, 'from', 40], // a band below the one before it
      ['comparability', 2, 'earlier_key', 'A1.gone'], // the earlier version lacks the question
      ['questions', 3, 'key', 'A1.assessed'], // a duplicate key
      ['answer_sets', 3, 'meets', 'maybe'], // neither yes nor no
      ['subsamples', 2, 'condition', 'flag highRisk'], // an unknown flag
      ['overall_rating', 3, 'rating', 'EXCELLENT'], // a rating that does not exist
      ['question_sets', 3, 'exclude_tags', 'needs-visits'], // a tag no question carries
      ['criteria', 4, 'scoring', 'by average'], // a way of scoring that does not exist
    ]);
    const read = await readWorkbookFramework(bytes, { earlier: earlierRatedFramework() });
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message}`);
    // In the order the author meets them: sheet by sheet, row by row.
    expect(problems).toEqual([
      'sheet "criteria", row 4, column E (scoring): "by average" is not a way of scoring: write "pooled", "pooled excluding <tags>", "overall judgement by <question key>" or "not scored"',
      'sheet "questions", row 3, column A (key): the question key "A1.assessed" is used twice (first at sheet "questions", row 2, column A (key))',
      'sheet "questions", row 3, column E (applies_when): the condition "riskLevel in (HIGH)" cannot be read: "riskLevel" is not a case fact (known: riskOfHarm, orderType, mappaCategory, mappaLevel, district, sex)',
      'sheet "questions", row 4, column B (criterion): question "B1.visited" is in no criterion: there is no criterion "B9"',
      'sheet "answer_sets", row 3, column D (meets): write yes or no, not "maybe"',
      'sheet "subsamples", row 2, column C (condition): "highRisk" is not a case flag (known: significantIncident, additionalRequirements, childProtectionConcerns, otherAgencyAssessments, communityPunishment)',
      'sheet "rating_bands", row 4, column A (from): the band "Good" starts at 40, not above "Requires improvement" (50): list bands from lowest to highest',
      'sheet "overall_rating", row 3, column B (rating): there is no rating "EXCELLENT"',
      'sheet "question_sets", row 3, column C (exclude_tags): no question carries the tag "needs-visits"',
      'sheet "comparability", row 2, column C (earlier_key): version 2024.1 has no question "A1.gone" to compare "A1.assessed" with',
    ]);
  });

  it('reads sheet and column names as an author types them, and reports a missing title beside every other problem', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeWorkbookFramework(ratedFramework())).buffer as ArrayBuffer);
    workbook.getWorksheet('answer_sets')!.name = 'Answer sets';
    workbook.getWorksheet('questions')!.getRow(1).getCell(4).value = 'Answer Set';
    workbook.getWorksheet('criteria')!.getRow(2).getCell(3).value = null; // A1's title
    workbook.getWorksheet('criteria')!.getRow(3).getCell(5).value = null; // B1's scoring
    workbook.getWorksheet('questions')!.getRow(2).getCell(2).value = 'Q9'; // a question in no criterion
    const read = await readWorkbookFramework(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'sheet "criteria", row 2, column C (title): title is missing',
      'sheet "criteria", row 3, column E (scoring): scoring is missing',
      'sheet "questions", row 2, column B (criterion): question "A1.assessed" is in no criterion: there is no criterion "Q9"',
    ]);
  });

  it('names the missing sheets and columns, and columns it does not know', async () => {
    const workbook = new ExcelJS.Workbook();
    const settings = workbook.addWorksheet('settings');
    settings.addRow(['key', 'version', 'titel']);
    settings.addRow(['x', '1', 'X']);
    workbook.addWorksheet('notes');
    const read = await readWorkbookFramework(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const problems = read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'sheet "notes", row 1, column A: "notes" is not a sheet of a framework workbook (known: settings, sections, criteria, questions, answer_sets, subsamples, rating_bands, ratings, overall_rating, question_sets, comparability)',
        'sheet "settings", row 1, column C (titel): "titel" is not a column of the settings sheet (known: key, version, title, description, unit_fact, compare_with_version)',
        'sheet "questions", row 1, column A: the workbook has no "questions" sheet',
      ]),
    );
  });

  it('a YAML file gets every problem at once, each at its path and line', () => {
    const text = writeYamlFramework(ratedFramework())
      .replace('version: 2025.1', 'version: 2025.1')
      .replace('key: B1.overall\n', 'key: B1.overall\n    colour: blue\n')
      .replace(
        'criterion: A1\n    text: The person’s views were sought',
        'criterion: Z1\n    text: The person’s views were sought',
      )
      .replace('from: 75\n    label: Good', 'from: 25\n    label: Good');
    const read = readYamlFramework(text, { earlier: earlierRatedFramework() });
    const problems = read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message}`);
    expect(problems).toEqual([
      // In the order of the file's lines.
      expect.stringMatching(
        /^questions\[1\]\.criterion \(line \d+\): question "A1.views" is in no criterion: there is no criterion "Z1"$/,
      ),
      expect.stringMatching(/^questions\[3\]\.colour \(line \d+\): "colour" is not a field here$/),
      expect.stringMatching(
        /^ratingBands\[2\]\.from \(line \d+\): the band "Good" starts at 25, not above "Requires improvement" \(50\)/,
      ),
    ]);
    const fixed = readYamlFramework(text.replace('    colour: blue\n', ''), { earlier: earlierRatedFramework() });
    const line = (fixed.ok ? [] : fixed.problems)[0]!.line!;
    expect(text.replace('    colour: blue\n', '').split('\n')[line - 1]).toContain('criterion: Z1');
  });

  it('says a number written where text belongs must be quoted, and a YAML syntax error by its line', () => {
    const read = readYamlFramework(
      writeYamlFramework(ratedFramework()).replace("version: '2025.1'", 'version: 2025.1'),
    );
    expect(read.ok ? [] : read.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'version (line 2): expected text but found the number 2025.1: put it in quotes ("2025.1")',
    ]);
    const broken = readYamlFramework('key: x\n  version: [\n');
    const wheres = broken.ok ? [] : broken.problems.map((p) => p.where);
    expect(wheres.length).toBeGreaterThan(0);
    for (const where of wheres) expect(where).toMatch(/^line \d+$/);
  });

  it('finds what the domain alone would refuse, and never runs a condition as code', () => {
    const text = writeYamlFramework(ratedFramework({ comparableWith: { fromVersion: '2025.1', measures: {} } }));
    const read = readYamlFramework(text);
    expect(read.ok ? [] : read.problems.map((p) => p.message)).toEqual([
      'comparability names this same version: name the earlier version',
    ]);
    const code = readYamlFramework(
      writeYamlFramework(ratedFramework()).replace('has date supervisionPlan', 'globalThis.hacked = true'),
    );
    expect(code.ok).toBe(false);
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
