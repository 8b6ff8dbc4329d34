import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from './print-schema';

/** Writes schema/schema.graphql from the code (the code is the schema); a test fails when the file drifts. */
const target = path.resolve(__dirname, '../../../schema/schema.graphql');
writeFileSync(target, printSchemaWithDirectives());
process.stdout.write(`wrote ${target}\n`);
