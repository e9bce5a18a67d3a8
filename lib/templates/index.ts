// The template library: built-in messages, placeholder rendering and suggestions. Pure, no browser APIs.
export {
  BUILTIN_TEMPLATES,
  TEMPLATE_PURPOSES,
  templatesWithUserOverrides,
  type BuiltinTemplate,
  type Template,
  type TemplatePurpose,
} from './builtins';
export {
  FILL_MARK_CLOSE,
  FILL_MARK_OPEN,
  PLACEHOLDER_NAMES,
  placeholdersIn,
  fillMarker,
  parseName,
  type ParsedName,
  renderTemplate,
  salutation,
  type RenderInput,
  type Rendered,
} from './render';
export { suggestTemplates, type SuggestContext, type Suggestion } from './suggest';
