// Launch's pre-filled links: the pure builder lives in core (sync writes the same link on feedback
// request rows) and the template reader in the Google adapter; launch keeps importing them from here.
export {
  entryNumber,
  feedbackLinks,
  type FeedbackLinks,
  type FormLinkTemplate,
} from '../core/forms/prefill-links.ts';
export { linkTemplate } from '../google/form-link-template.ts';
