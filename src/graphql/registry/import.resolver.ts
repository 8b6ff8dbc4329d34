import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import { WRITERS } from '../roles';
import { ValidationError } from '../../domain/shared/errors';
import type { ImportFormat } from '../../application/unit-import.parse';
import type { Context } from '../context';
import { commandMetadata } from '../shared/act';
import { ActInput } from './unit.input';

const ImportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const;
registerEnumType(ImportFormatEnum, { name: 'ImportFormat' });

/** Files larger than this go through the CLI (`npm run import`), which streams progress. */
const MAX_CONTENT_CHARS = 8 * 1024 * 1024;

@InputType()
export class ImportUnitsInput extends ActInput {
  @Field(() => ImportFormatEnum)
  format!: ImportFormat;

  @Field({ description: 'CSV: the text (UTF-8). XLSX: the file, base64-encoded. The first row names the columns.' })
  content!: string;

  @Field(() => ID, { nullable: true, description: 'Bureau for rows without a bureau column' })
  bureauId?: string | null;

  @Field({ defaultValue: false, description: 'Register the valid rows even if some rows are bad' })
  importValidRows!: boolean;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Line (CSV) or row (XLSX) number in the file, the header being 1' })
  line!: number;

  @Field()
  field!: string;

  @Field()
  reason!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  imported!: number;

  @Field(() => Int, { description: 'Rows already registered with the same details (re-importing a file is harmless)' })
  unchanged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];

  @Field({ description: 'False when errors stopped the import: nothing was written' })
  applied!: boolean;
}

@Resolver()
export class ImportResolver {
  @Authorized(WRITERS)
  @Mutation(() => ImportReport, { description: 'Register units in bulk from a CSV or XLSX list; every bad row is reported' })
  importUnits(@Arg('input') input: ImportUnitsInput, @Ctx() ctx: Context): Promise<ImportReport> {
    if (input.content.length > MAX_CONTENT_CHARS) {
      throw new ValidationError('The file is too large for one request: use npm run import', 'content', 'TOO_LARGE', { max: MAX_CONTENT_CHARS });
    }
    const content = input.format === 'CSV' ? Buffer.from(input.content, 'utf8') : Buffer.from(input.content, 'base64');
    return ctx.importer.import({
      format: input.format,
      content,
      defaultBureauId: input.bureauId?.trim() || null,
      importValidRows: input.importValidRows,
      metadata: commandMetadata(ctx, input),
    });
  }
}
