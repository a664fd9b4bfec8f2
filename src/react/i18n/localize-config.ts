import { BUILTIN_FIELDS, type BuiltinFieldName, type ViewerConfig } from '../../core/browser';
import type { ProfileKitMessages } from './messages';

const DEFAULT_ATTRIBUTES_LABEL = 'Other attributes';

/**
 * The config with the built-in fields' default labels in the viewer's language. Only labels the
 * app left at their (English) default are replaced: a label set in the config is the app's word.
 */
export function localizeConfig(config: ViewerConfig, messages: ProfileKitMessages): ViewerConfig {
  const labels = messages.common.fieldLabels;
  const fields: ViewerConfig['fields'] = { ...config.fields };
  for (const [name, field] of Object.entries(config.fields) as [BuiltinFieldName, NonNullable<ViewerConfig['fields'][BuiltinFieldName]>][]) {
    if (field && field.label === BUILTIN_FIELDS[name]?.label && labels[name]) fields[name] = { ...field, label: labels[name] };
  }
  const attributes =
    config.attributes && config.attributes.label === DEFAULT_ATTRIBUTES_LABEL ? { ...config.attributes, label: labels.attributes } : config.attributes;
  return { ...config, fields, ...(attributes ? { attributes } : {}) };
}
