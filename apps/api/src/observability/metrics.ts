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
    },
  });
  return { registry, plugin };
}
