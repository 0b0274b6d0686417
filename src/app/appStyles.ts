/** The browser app's stylesheet (the report inside keeps its own). */
export const APP_STYLES = `
* { box-sizing: border-box; }
body { font: 15px/1.45 Helvetica, Arial, sans-serif; color: #1a1a1a; max-width: 1040px; margin: 0 auto; padding: 20px; }
h1 { font-size: 24px; margin: 0; } h1 .version { font-size: 14px; color: #555; font-weight: normal; }
.subtitle, .muted { color: #555; margin-top: 2px; }
fieldset.files { border: 2px dashed #767676; padding: 14px; border-radius: 6px; }
fieldset.files.dragging { border-color: #1f6feb; background: #eef5ff; }
#chosen-files { margin: 8px 0 0; padding-left: 20px; font-size: 14px; }
details { margin: 12px 0; } summary { cursor: pointer; font-weight: bold; }
.grid { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 8px 14px; align-items: center; margin-top: 10px; }
.grid input[type=text] { width: 100%; max-width: 380px; padding: 4px; }
.grid input[type=file] { max-width: 100%; }
.field .hint { display: block; font-size: 13px; color: #555; }
@media (max-width: 640px) {
  body { padding: 12px; }
  .grid { grid-template-columns: minmax(0, 1fr); gap: 4px; }
  .grid label { margin-top: 8px; }
}
code { font-size: 12px; color: #555; }
button { font-size: 16px; padding: 8px 22px; cursor: pointer; }
button[aria-disabled=true] { cursor: progress; opacity: 0.75; }
#progress { color: #555; margin-left: 10px; }
.alert { border: 1px solid #b42318; border-left: 6px solid #b42318; background: #fff4f2; padding: 10px 14px; white-space: pre-wrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
#noscript { font-family: inherit; font-size: 16px; }
#summary { background: #f6f6f6; padding: 10px 14px; white-space: pre-wrap; font-size: 13px; }
#downloads a { margin-right: 14px; }
iframe#report { width: 100%; height: 80vh; border: 1px solid #ccc; }
`;
