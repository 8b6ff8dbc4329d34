import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ServiceUnavailableError } from '../../domain/shared/errors';
import { ERASED_MARKER } from '../../privacy/encrypting-event-store';
import type { ErasureService } from '../../privacy/erasure.service';
import { requireActor } from '../actor';
import type { Context } from '../context';
import { PersonalDataErasure } from './privacy.type';

/** Only the national administration erases (PIPL §47 requests are decided centrally). */
export const ERASERS = ['NATIONAL_ADMIN'] as const;

@Resolver()
export class PrivacyResolver {
  @Authorized([...ERASERS])
  @Mutation(() => PersonalDataErasure, {
    description:
      "Erases a data subject's personal fields from every read, history, export and read model by destroying their keys " +
      '(crypto-shredding); the acts themselves stay in the log, intact and provable. Refused while the retention policy keeps them.',
  })
  async erasePersonalData(
    @Ctx() ctx: Context,
    @Arg('subjectId', () => ID, { description: "The person's id as the events carry it (archivistId, an inspector's personId)" }) subjectId: string,
    @Arg('legalBasis', () => String, { description: 'Why the data may now be deleted (e.g. 《个人信息保护法》第四十七条)' }) legalBasis: string,
  ): Promise<PersonalDataErasure> {
    const erasure: ErasureService | null = ctx.privacy ?? null;
    if (!erasure) throw new ServiceUnavailableError('Personal-data encryption is off (PERSONAL_DATA_ENCRYPTION=off): nothing can be erased', 'PERSONAL_DATA_ENCRYPTION_OFF');
    const result = await erasure.erase({
      subjectId,
      legalBasis,
      actor: requireActor(ctx.actor),
      correlationId: ctx.correlationId,
      occurredAt: ctx.now().toISOString(),
    });
    return { ...result, redactionMarker: ERASED_MARKER };
  }
}
