// The published West Midlands 2005 follow-up report as the report model the host builds for its downloads (/exports)
// (statistical disclosure control applied). Written by `@scrutiny/api`'s report-model:write, kept true by its
// report-model-fixture test; exporter plugins are tested on it without starting the API.
import type { PublishedReportModel } from '@scrutiny/domain';
import model from '../data/west-midlands-2005-report-model.json' with { type: 'json' };

export const westMidlands2005ReportModel = model as unknown as PublishedReportModel;
