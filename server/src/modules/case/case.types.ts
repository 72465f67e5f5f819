import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../shared/connection.js';
import { Case } from './case.entity.js';

export const CaseConnection = ConnectionType(Case);

@ObjectType({ description: 'What an import did (or, for a dry run, would do).' })
export class CaseImportReport {
  @Field(() => Int, { description: 'Rows in the file.' }) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int, { description: 'Rows whose case already had exactly these values.' }) unchanged!: number;
  @Field(() => Boolean) dryRun!: boolean;
}

@ObjectType({
  description:
    'A file with any bad line is rejected whole with BAD_USER_INPUT, and nothing is written: `extensions.lineErrors` lists `{ line, field, message }` for each problem (the first 500), `extensions.badLines` counts the bad lines.',
})
export class ImportCasesPayload {
  @Field(() => CaseImportReport) report!: CaseImportReport;
}
