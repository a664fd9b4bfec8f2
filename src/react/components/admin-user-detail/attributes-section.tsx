import { memo, useCallback, useRef } from 'react';
import type { AttributesConfig, FieldAccess } from '../../../core/browser';
import { useMessages } from '../../i18n/use-messages';
import { focusIfLost } from '../../ui/focus-if-lost';
import { AddAttribute } from './add-attribute';
import { AdminSection } from './admin-section';
import { AttributeRow } from './attribute-row';
import type { DetailContext } from './detail-context';

export interface AttributesSectionProps {
  attributes: Record<string, string> | undefined;
  settings: AttributesConfig;
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
}

/** The user's free attributes (name/value, beside the declared custom fields): edited in place, added, removed. */
export const AttributesSection = memo(function AttributesSection({ attributes, settings, access, ctx, idPrefix }: AttributesSectionProps) {
  const { admin, common } = useMessages();
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A removed attribute's row goes away with its button: focus moves to "Add attribute" (or the heading).
  const onRemoved = useCallback(() => focusIfLost(() => addRef.current ?? headingRef.current), []);
  const entries = Object.entries(attributes ?? {});
  return (
    <AdminSection name="attributes" title={settings.label} headingRef={headingRef}>
      {settings.help ? <p className="pk-help">{settings.help}</p> : null}
      {!access.editable ? <p className="pk-reason">{common.readOnly['not-permitted']}</p> : null}
      {entries.length === 0 ? (
        <p className="pk-admin-empty">{admin.attributes.empty}</p>
      ) : (
        <ul className="pk-admin-rows pk-attributes-list">
          {entries.map(([key, value], index) => (
            <AttributeRow key={key} attrKey={key} value={value} editable={access.editable} ctx={ctx} idPrefix={idPrefix} index={index} onRemoved={onRemoved} />
          ))}
        </ul>
      )}
      {access.editable ? <AddAttribute settings={settings} ctx={ctx} idPrefix={idPrefix} buttonRef={addRef} /> : null}
    </AdminSection>
  );
});
