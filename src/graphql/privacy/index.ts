import { PrivacyResolver } from './privacy.resolver';

/** The resolver classes of personal-data erasure, added to the schema by src/graphql/schema.ts. */
export const PRIVACY_RESOLVERS: Function[] = [PrivacyResolver];
