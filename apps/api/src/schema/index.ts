// Imports every type file so its types and root fields register, then builds the schema.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './user/type.ts';
import './account.ts';
import './two-factor.ts';
import './session.ts';
import './area/type.ts';
import './comparison-group/type.ts';
import './framework.ts';
import './framework-file.ts';
import './scores.ts';
import './inspection/type.ts';
import './case-file/type.ts';
import './membership.ts';
import './assessment-progress.ts';
import './inspection/workflow.ts';
import './case-list.ts';
import './sample-draw.ts';
import './recorded-result.ts';
import './validation.ts';
import './agreement.ts';
import './agreement-report.ts';
import './second-marking-plan.ts';
import './second-marking-question.ts';
import './second-marking.ts';
import './narrative.ts';
import './meeting.ts';
import './evidence.ts';
import './finding.ts';
import './good-practice.ts';
import './report-text.ts';
import './recommendation.ts';
import './recommendation-follow-up.ts';
import './action-plan-item.ts';
import './factual-accuracy-comment.ts';
import './planning.ts';
import './report-draft.ts';
import './plugin.ts';
import './api-token.ts';
import './live.ts';
import './national-picture.ts';
import './peer-comparison.ts';
import './exports.ts';
import './ratings.ts';
import './report-section.ts';
import './audit-log.ts';
import './retention.ts';
import './open-data.ts';
import './issued-account-link.ts';
import './account-link.ts';
import './programme.ts';
import './programme-area.ts';
import './programme-follow-up.ts';
import './case-file/validation.ts';
import './user/people.ts';
import './user/planning.ts';
import './area/administration.ts';
import './area/import.ts';
import './comparison-group/administration.ts';
import './comparison-group/peer-comparison.ts';
import './area/planning.ts';
import './inspection/case-files.ts';
import './inspection/narrative.ts';
import './inspection/recommendations.ts';
import './inspection/programme.ts';
import './inspection/retention.ts';
import './inspection/planning.ts';
import './inspection/validation.ts';
import './inspection/exports.ts';
import './inspection/report-draft.ts';
import './inspection/audit-log.ts';
import './inspection/ratings.ts';
import './inspection/report-sections.ts';

let built: GraphQLSchema | undefined;

export function toSchema(): GraphQLSchema {
  built ??= builder.toSchema({ sortSchema: true });
  return built;
}

/** The printed, sorted SDL committed as apps/api/schema.graphql (or of a schema extended by plugins). */
export function printSortedSchema(schema: GraphQLSchema = toSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
