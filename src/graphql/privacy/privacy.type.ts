import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActPayload } from '../shared/act-payload';

@ObjectType({ description: "A data subject's personal data erased: their keys destroyed, PersonalDataErased appended" })
export class PersonalDataErasure extends ActPayload {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => Int, { description: 'Keys destroyed (0 when the subject was named only before encryption was on)' })
  keysDestroyed!: number;

  @Field(() => String, { description: 'What the erased fields now read as, everywhere' })
  redactionMarker!: string;
}
