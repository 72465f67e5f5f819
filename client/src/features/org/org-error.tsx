import { ErrorAlert } from '../../components/error-alert';
import { invalidFields } from '../../lib/validation-errors';
import forms from '../../components/form.module.css';

/**
 * A refused change: the server's argument validation names fields, which the form marks
 * itself (`fieldProblem`); any other refusal (a reason, a conflict) is an alert, translated.
 */
export function OrgError({ error, title }: { error: unknown; title: string }) {
  if (!error || invalidFields(error).size > 0) return null;
  return <ErrorAlert error={error} title={title} />;
}

/** The hint under a field: what the form found, or what the server's validation named. */
export function FieldHint({ problem }: { problem: string | null | undefined }) {
  return problem ? (
    <span className={forms.hint} role="alert">
      {problem}
    </span>
  ) : null;
}

/** A field's problem: the form's own check first, then the server's validation of that input field. */
export function fieldProblem(field: string, error: unknown, own: boolean, message: string): string | null {
  return own || invalidFields(error).has(field) ? message : null;
}
