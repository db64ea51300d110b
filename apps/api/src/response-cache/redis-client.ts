import { Redis } from 'ioredis';

/**
 * The response cache's own Redis connection, its keys under the deployment's prefix. A command that cannot reach
 * Redis fails within a second instead of waiting, so an outage turns answers into misses, never into hangs.
 */
export function responseCacheClient(redisUrl: string, keyPrefix: string): Redis {
  const client = new Redis(redisUrl, { keyPrefix, maxRetriesPerRequest: 1, commandTimeout: 2000 });
  client.on('error', (error: Error) => console.error(`Redis (response cache): ${error.message}`));
  return client;
}
