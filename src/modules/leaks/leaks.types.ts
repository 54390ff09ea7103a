import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from '../../shared/date-time.js';
import { registerEnum } from '../../shared/graphql-types.js';
import { LEAK_REPORTERS } from './key-leaks.entity.js';

export const LeakReporterEnum = registerEnum(LEAK_REPORTERS, 'LeakReporter', 'Who reported a leaked key.', {
  GITHUB: 'GitHub’s secret scanning found the key in a public repository, gist or package.',
  REPORT: 'Someone reported it with `reportLeakedKey`.',
});

@ObjectType('KeyLeak', { description: 'A report that a key was found in public. The key itself is never shown.' })
export class KeyLeakObject {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => LeakReporterEnum, { description: 'Who reported it.' })
  reporter!: string;

  @Field(() => String, { nullable: true, description: 'Where the key was found, as reported (http or https).' })
  url!: string | null;

  @Field(() => String, { description: 'Where in it, as the scanner says (`content`, `commit`, …), or `report`.' })
  source!: string;

  @Field(() => DateTimeResolver, { description: 'When the report arrived.' })
  reportedAt!: Date;
}

@InputType({ description: 'A key you found in public, and where.' })
export class ReportLeakedKeyInput {
  @Field(() => String, { description: 'The key as you found it (`lk_live_…` or `lk_test_…`).' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Where you found it: an http or https URL.' })
  url?: string | null;
}

@ObjectType('ReportLeakedKeyPayload', {
  description:
    'The answer to a leak report: the same whether or not the string was a live key, so reports reveal nothing.',
})
export class ReportLeakedKeyPayload {
  @Field(() => Boolean, { description: 'Always true: the report was received.' })
  received!: boolean;
}
