import type { ViewerConfig } from '../../core/browser';
import type { SharedMessages } from './messages';

/**
 * The config with every label in place: a label the app set is its own word, shown as it is in
 * every language; a built-in field or the attributes list without one is named by its id from
 * the messages (`common.fieldLabels`), in the viewer's language. The server sends only the
 * app's labels, so nothing here guesses from a label's text.
 */
export function localizeConfig(config: ViewerConfig, messages: SharedMessages): ViewerConfig {
  const labels: Readonly<Record<string, string>> = messages.common.fieldLabels;
  const fields = Object.fromEntries(
    Object.entries(config.fields).map(([name, field]) => [name, field && { ...field, label: field.label ?? labels[name] ?? name }]),
  ) as ViewerConfig['fields'];
  const { attributes } = config;
  return { ...config, fields, ...(attributes ? { attributes: { ...attributes, label: attributes.label ?? labels.attributes } } : {}) };
}
