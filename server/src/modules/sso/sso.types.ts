import { IsBoolean, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Single sign-on as configured: the sign-in page offers it.' })
export class SsoOption {
  @Field(() => String, {
    nullable: true,
    description: 'The IdP’s name for the button (OIDC_LABEL); null: the page says “your organisation’s SSO”.',
  })
  label!: string | null;

  @Field({ description: 'Where the browser goes to sign in by SSO; add `?next=/path` to land there.' })
  startUrl!: string;
}

@ObjectType({ description: 'How one may sign in here: what the sign-in page shows.' })
export class SignInOptions {
  @Field(() => SsoOption, { nullable: true, description: 'Null when SSO is not configured.' })
  sso!: SsoOption | null;

  @Field({
    description:
      'Whether the email-and-password form is on (PASSWORD_SIGN_IN); a vendor may still switch it off for its people.',
  })
  passwordSignIn!: boolean;
}

@InputType()
export class SetVendorPasswordSignInInput {
  @Field(() => ID)
  @IsUUID()
  vendorId!: string;

  @Field({ description: 'Off: the vendor’s people sign in by SSO only.' })
  @IsBoolean()
  enabled!: boolean;
}
