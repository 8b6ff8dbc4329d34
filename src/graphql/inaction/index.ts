import { InactionReviewResolver } from './inaction-review.resolver';

/** The resolver classes of the inaction review, added to the schema by src/graphql/schema.ts. */
export const INACTION_RESOLVERS: Function[] = [InactionReviewResolver];
