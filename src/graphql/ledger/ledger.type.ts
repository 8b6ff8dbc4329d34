import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/page';

@ObjectType({ description: 'The Ed25519 key that signs ledger checkpoints' })
export class LedgerPublicKey {
  @Field({ description: 'Hex of the first 8 bytes of SHA-256 over the DER SubjectPublicKeyInfo' })
  keyId!: string;

  @Field({ description: 'Always Ed25519' })
  algorithm!: string;

  @Field({ description: 'Base64 of the DER SubjectPublicKeyInfo' })
  spki!: string;

  @Field({ description: 'The same key as PEM' })
  pem!: string;
}

@ObjectType({ description: 'A signed statement of the size and Merkle root (RFC 9162) of the sealed log at a time' })
export class LedgerCheckpoint {
  @Field(() => SafeIntResolver, { description: 'Number of events in the tree: positions 1 to treeSize' })
  treeSize!: number;

  @Field({ description: 'Merkle tree hash of the first treeSize events, hex' })
  rootHash!: string;

  @Field(() => DateTimeISOResolver)
  issuedAt!: string;

  @Field({ description: 'Id of the key that signed' })
  keyId!: string;

  @Field({ description: 'Base64 Ed25519 signature over `note`' })
  signature!: string;

  @Field({ description: 'The exact text signed: "archival-oversight-ledger/v1\\n<treeSize>\\n<base64 root>\\n<issuedAt>\\n"' })
  note!: string;
}

@ObjectType({ description: 'RFC 9162 inclusion proof: the audit path from an event\'s leaf to the root of a tree size' })
export class InclusionProof {
  @Field(() => SafeIntResolver, { description: 'Global position of the event' })
  position!: number;

  @Field(() => SafeIntResolver, { description: 'Index of its leaf: position − 1' })
  leafIndex!: number;

  @Field(() => SafeIntResolver)
  treeSize!: number;

  @Field({ description: 'SHA-256(0x00 ‖ canonical event bytes), hex' })
  leafHash!: string;

  @Field({ description: 'Root of the tree of treeSize events, hex' })
  rootHash!: string;

  @Field(() => [String], { description: 'Sibling hashes from the leaf up, hex' })
  auditPath!: string[];

  @Field(() => LedgerCheckpoint, { nullable: true, description: 'A signed checkpoint of exactly treeSize, when one was issued' })
  checkpoint!: LedgerCheckpoint | null;
}

@ObjectType({ description: 'RFC 9162 consistency proof: the tree of fromSize is a prefix of the tree of toSize' })
export class ConsistencyProof {
  @Field(() => SafeIntResolver)
  fromSize!: number;

  @Field(() => SafeIntResolver)
  toSize!: number;

  @Field()
  fromRoot!: string;

  @Field()
  toRoot!: string;

  @Field(() => [String], { description: 'Hex hashes, in the order RFC 9162 §2.1.4 gives them' })
  proof!: string[];

  @Field(() => LedgerCheckpoint, { nullable: true })
  fromCheckpoint!: LedgerCheckpoint | null;

  @Field(() => LedgerCheckpoint, { nullable: true })
  toCheckpoint!: LedgerCheckpoint | null;
}

@ObjectType()
export class LedgerCheckpointEdge {
  @Field()
  cursor!: string;

  @Field(() => LedgerCheckpoint)
  node!: LedgerCheckpoint;
}

@ObjectType({ description: 'Checkpoints, newest first' })
export class LedgerCheckpointConnection {
  @Field(() => [LedgerCheckpointEdge])
  edges!: LedgerCheckpointEdge[];

  @Field(() => [LedgerCheckpoint])
  nodes!: LedgerCheckpoint[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
