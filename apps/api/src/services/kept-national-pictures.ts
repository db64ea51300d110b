// The national picture kept per process (issue 23): it changes only when something is published or an area's facts
// change, and every mutation that could do either raises the response cache's generation (response-cache/
// generation.ts), on every process. So each picture (framework and subsample) is computed once per generation by
// `loadNationalPicture` (the domain's `nationalGroups` doing the sums) and served to every later reader, signed in or
// not, until the generation moves on: a read then costs no SQL and no computation, however many areas there are.
// The picture holds published, disclosure-controlled figures only, the same for whoever asks.
import type { PrismaClient } from '@scrutiny/db';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import type { CacheGeneration } from '../response-cache/generation.ts';
import { checkPictureArguments, loadNationalPicture, type NationalPicture } from './national-picture.ts';

export class KeptNationalPictures {
  /** The pictures computed at one generation, by framework and subsample; replaced when the generation moves on. */
  private kept: { generation: number; pictures: Map<string, Promise<NationalPicture>> } | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly frameworks: FrameworkRegistry,
    /** Null: nothing tells this process of another's publications, so every read computes the picture. */
    private readonly generation: CacheGeneration | null,
  ) {}

  /** The picture as published now: kept since this generation began, or computed (and kept) now. */
  picture(frameworkKey: string, subsample: string): Promise<NationalPicture> {
    const generation = this.generation?.current() ?? null;
    if (generation === null) return this.compute(frameworkKey, subsample);
    if (this.kept?.generation !== generation) this.kept = { generation, pictures: new Map() };
    const pictures = this.kept.pictures;
    const key = JSON.stringify([frameworkKey, subsample]);
    let picture = pictures.get(key);
    if (!picture) {
      picture = this.compute(frameworkKey, subsample);
      pictures.set(key, picture);
      // A refusal (an unknown framework or subsample) or a failure is not kept: the next read asks again.
      picture.catch(() => {
        if (pictures.get(key) === picture) pictures.delete(key);
      });
    }
    return picture;
  }

  private async compute(frameworkKey: string, subsample: string): Promise<NationalPicture> {
    await checkPictureArguments(this.prisma, this.frameworks, frameworkKey, subsample);
    return loadNationalPicture(this.prisma, this.frameworks, frameworkKey, subsample);
  }
}
