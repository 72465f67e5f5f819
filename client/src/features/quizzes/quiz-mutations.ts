import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/*
 * One hook per quiz mutation. Each payload brings the quiz or attempt it changed with the
 * fields the pages show, so Apollo merges it into their cache by its id and no page loads
 * itself again: starting and submitting bring the quiz with the taker's attempt (and, once
 * submitted, the expected labels); reopening brings the attempt it reopened.
 */

export const CreateContestedQuizMutation = graphql(`
  mutation CreateContestedQuiz($input: CreateQuizFromContestedItemsInput!) {
    createQuizFromContestedItems(input: $input) {
      quiz {
        id
        title
      }
    }
  }
`);

export const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {
    startQuizAttempt(input: $input) {
      attempt {
        id
        status
        number
        total
      }
      quiz {
        id
        canTake
        myAttempt {
          ...QuizTake_attempt
        }
      }
    }
  }
`);

export const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {
    submitQuizAttempt(input: $input) {
      attempt {
        id
        status
        score
        correct
        total
        submittedAt
      }
      quiz {
        id
        canTake
        questions {
          id
          expectedLabel
        }
        myAttempt {
          ...QuizTake_attempt
        }
      }
    }
  }
`);

export const ReopenQuizMutation = graphql(`
  mutation ReopenQuiz($input: ReopenQuizInput!) {
    reopenQuiz(input: $input) {
      attempt {
        id
        status
        reopenedAt
      }
    }
  }
`);

/** A quiz of the most contested items; the caller opens its results. */
export const useCreateContestedQuiz = () => useMutation(CreateContestedQuizMutation);

/** The viewer's attempt begins: the quiz's own attempt and whether it can still be taken. */
export const useStartQuizAttempt = () => useMutation(StartQuizAttemptMutation);

/** The attempt is scored: the quiz's attempt with its answers, and the expected labels now shown. */
export const useSubmitQuizAttempt = () => useMutation(SubmitQuizAttemptMutation);

/** The taker's attempt is marked reopened, in the list of attempts. */
export const useReopenQuiz = () => useMutation(ReopenQuizMutation);
