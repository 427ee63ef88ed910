// Text from answers, page titles and API errors ends up in printed lines. An ESC sequence in it could
// recolour the terminal, move the cursor, rewrite earlier lines or set the window title, so every
// control character is shown as an escape instead. Line breaks still break lines; each line is escaped.

// C0 controls except tab and line feed, DEL, and the C1 controls (0x9B is a one-byte CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `\x1b[31m` becomes the visible text `\x1B[31m`; a carriage return becomes `\r`. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (char) => {
    if (char === '\r') return '\\r';
    return `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}
