import { useCallback } from 'react';
import { isEmptyValue } from '../../core/browser';
import { useFormatters } from '../i18n/use-formatters';
import { useMessages } from '../i18n/use-messages';
import type { FieldInfo } from './field-info';

/** Shows any field value as text in the viewer's language: option labels, units, Intl dates and numbers. */
export function useFormatValue() {
  const fmt = useFormatters();
  const { common } = useMessages();
  return useCallback(
    (value: unknown, info?: Pick<FieldInfo, 'custom' | 'path'>): string => {
      if (isEmptyValue(value)) return common.empty;
      const custom = info?.custom;
      const optionLabel = (v: unknown) =>
        custom && 'options' in custom ? (custom.options.find((o) => o.value === v)?.label ?? String(v)) : String(v);
      if (typeof value === 'boolean') return value ? common.yes : common.no;
      if (typeof value === 'number') {
        const text = fmt.number(value);
        return custom?.type === 'number' && custom.unit ? `${text} ${custom.unit}` : text;
      }
      if (typeof value === 'string') {
        if (custom?.type === 'date') return fmt.date(value);
        if (info?.path === 'createdAt') return fmt.dateTime(value);
        return optionLabel(value);
      }
      if (Array.isArray(value)) {
        return value
          .map((item) => (item && typeof item === 'object' ? String((item as { label?: unknown }).label ?? JSON.stringify(item)) : optionLabel(item)))
          .join(', ');
      }
      if (typeof value === 'object') {
        return Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined && v !== null)
          .map(([k, v]) => `${k}: ${typeof v === 'number' ? fmt.number(v) : String(v)}`)
          .join(', ');
      }
      return String(value);
    },
    [fmt, common],
  );
}
