import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type * as z from 'zod';

import { issueRefusal, type IssueRefusal } from '@broadcast-core/bridge';

/**
 * An Angular validator from a shared zod rule, so the form and the broker enforce the same TRTC rules.
 * The error, under `schema`, is an IssueRefusal that the `refusalText` pipe shows in the window's language.
 */
export function schemaValidator(schema: z.ZodType): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    // reportInput lets the refusal tell a missing value from a wrong one.
    const result = schema.safeParse(control.value, { reportInput: true });
    return result.success ? null : { schema: issueRefusal(result.error.issues[0]) };
  };
}

/** A control's schema error, once the user touched the control; null while it is valid or untouched. */
export function schemaError(control: AbstractControl): IssueRefusal | null {
  return control.touched || control.dirty ? ((control.errors?.['schema'] as IssueRefusal | undefined) ?? null) : null;
}
