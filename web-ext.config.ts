import { defineWebExtConfig } from 'wxt';

// No display on the build machines: dev mode must not try to open a browser.
export default defineWebExtConfig({ disabled: true });
