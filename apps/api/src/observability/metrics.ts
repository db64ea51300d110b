// Prometheus metrics at /metrics: GraphQL operations (count, duration, errors by phase) and the process's own
// figures. Each app has its own registry, so several apps in one process (tests) never collide.
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { collectDefaultMetrics, Registry } from 'prom-client';

export const METRICS_ENDPOINT = '/metrics';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'scrutiny_' });
  const plugin = usePrometheus({
    endpoint: METRICS_ENDPOINT,
    registry,
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_subscribe: true,
      // On by default in yoga's plugin, off here: measured by bench/api-speed.ts, they cost every request more than
      // they tell. The deprecated-field counter walks each document again on every request (the two deprecated
      // fields are listed in docs/API.md), a summary keeps quantiles on every observation (the duration histogram
      // holds the same figures), and the context phase and schema changes say nothing an operator acts on.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_schema_change: false,
    },
  });
  return { registry, plugin };
}
