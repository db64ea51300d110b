// Frameworks contributed by plugins, and the frozen versions stored with inspections.
// An inspection keeps the framework version it started with: its definition is read from the database, never
// from the plugin, so publishing a new version of a framework changes no inspection already run.
import type { FrameworkDefinition } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';

export class FrameworkRegistry {
  private readonly byId = new Map<string, FrameworkDefinition>();
  constructor(
    private readonly prisma: PrismaClient,
    readonly contributed: readonly FrameworkDefinition[],
  ) {}

  /**
   * Stores every contributed framework version not yet in the database; stored versions are never rewritten.
   * Several processes starting at once may all find a version missing: the insert skips one another has stored.
   */
  async register(): Promise<{ added: string[]; kept: string[] }> {
    const added: string[] = [];
    const kept: string[] = [];
    for (const framework of this.contributed) {
      const name = `${framework.key}@${framework.version}`;
      const existing = await this.prisma.framework.findUnique({
        where: { key_version: { key: framework.key, version: framework.version } },
        select: { id: true },
      });
      const { count } = existing
        ? { count: 0 }
        : await this.prisma.framework.createMany({
            data: {
              key: framework.key,
              version: framework.version,
              title: framework.title,
              definition: JSON.parse(JSON.stringify(framework)) as object,
            },
            skipDuplicates: true,
          });
      (count === 1 ? added : kept).push(name);
    }
    return { added, kept };
  }

  /** The frozen definition of a stored framework version. */
  async definition(frameworkId: string): Promise<FrameworkDefinition> {
    const cached = this.byId.get(frameworkId);
    if (cached) return cached;
    const row = await this.prisma.framework.findUniqueOrThrow({
      where: { id: frameworkId },
      select: { definition: true },
    });
    const definition = row.definition as unknown as FrameworkDefinition;
    this.byId.set(frameworkId, definition);
    return definition;
  }
}
