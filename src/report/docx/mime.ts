/** Kept apart from the renderer so the pane can name the type without loading docx. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
