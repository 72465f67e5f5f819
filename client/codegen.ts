import type { CodegenConfig } from '@graphql-codegen/cli';

// GraphQL Code Generator reads this file's default export.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client has its own `useFragment` hook; a distinct name avoids confusion.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        // A spread marked `@unmask` keeps its fields in the operation's type (Apollo strips the
        // directive before sending): for the calibration room's shared tally fields.
        customDirectives: { apolloUnmask: true },
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
      },
    },
  },
  // Formatted with the repository's Prettier config, so the committed output reads like the rest of the code.
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
