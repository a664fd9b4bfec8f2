import { useCallback, useRef } from 'react';
import type { ProfilePatch } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { checkPatch } from './check-patch';
import type { DetailContext } from './detail-context';
import type { InlineCommit, InlineOutcome } from './inline-field-props';
import { sameValue } from './same-value';
import { saveErrorMessage } from './save-error-message';

/**
 * The commit of one inline row: validate the one-field patch with the core schema, skip it
 * when nothing changed, else save it (based on the version noted when editing started) and
 * turn a failure into the message for the row's input.
 */
export function useInlineCommit(ctx: DetailContext, path: string, label: string) {
  const fmt = useFormatters();
  const { admin, common } = useMessages();
  const basedOn = useRef<number | undefined>(undefined);

  const onEditStart = useCallback(() => {
    basedOn.current = ctx.currentVersion();
  }, [ctx]);

  const save = useCallback(
    (patch: ProfilePatch, version = basedOn.current): Promise<InlineOutcome> =>
      ctx.saveField(patch, version).then(
        (result) => {
          if (result.status === 'saved') ctx.announce(fmt.format(admin.inline.saved, { label }));
          // The conflict dialog closed without a choice: the row reopens with the draft.
          return result.status === 'dismissed' ? { unresolved: common.conflict.unresolved } : null;
        },
        (error: unknown) => saveErrorMessage(error, path, fmt),
      ),
    [ctx, fmt, admin, common, label, path],
  );

  const commit = (patch: ProfilePatch, current: unknown, display?: (value: unknown) => string): InlineCommit => {
    const checked = checkPatch(ctx.schema, patch, path);
    if (!checked.ok) return { status: 'invalid', error: checked.error ? fmt.fieldError(checked.error) : common.errors.validation };
    if (sameValue(checked.value, current)) return { status: 'unchanged' };
    return { status: 'saving', done: save(checked.patch), ...(display ? { display: display(checked.value) } : {}) };
  };

  return { onEditStart, commit, save };
}
