// Exactly-once mutations: a client sends an id with a mutation it may retry; the first success is recorded in the
// same transaction as its effect, and a retry returns that result instead of acting again.
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';

export async function withReceipt<T extends { id: string }>(
  prisma: PrismaClient,
  viewer: Viewer,
  clientMutationId: string | null,
  operation: string,
  act: (tx: Prisma.TransactionClient) => Promise<T>,
  reload: (tx: Prisma.TransactionClient, id: string) => Promise<T>,
): Promise<T> {
  if (!clientMutationId) return prisma.$transaction((tx) => act(tx));
  return prisma.$transaction(async (tx) => {
    const receipt = await tx.mutationReceipt.findUnique({
      where: { userId_clientMutationId: { userId: viewer.id, clientMutationId } },
    });
    if (receipt && receipt.operation === operation) return reload(tx, (receipt.result as { id: string }).id);
    const result = await act(tx);
    await tx.mutationReceipt.create({
      data: { userId: viewer.id, clientMutationId, operation, result: { id: result.id } },
    });
    return result;
  });
}
