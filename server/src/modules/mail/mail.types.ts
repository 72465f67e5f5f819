import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A mail Concord wrote to its mail folder (no SMTP server set), with the links it carries.' })
export class OutboxMail {
  @Field() to!: string;
  @Field() subject!: string;
  @Field() sentAt!: Date;
  @Field() text!: string;
  @Field(() => [String], { description: 'The links in its text, in order: an invitation’s or reset’s one-time link.' })
  links!: string[];
}

@ObjectType()
export class MailOutbox {
  @Field({ description: 'True when mail goes to a folder (no SMTP_URL): the messages below are all there is.' })
  folder!: boolean;

  @Field(() => [OutboxMail], {
    description: 'Newest first; a vendor’s QA manager sees those to their vendor’s people.',
  })
  messages!: OutboxMail[];
}
