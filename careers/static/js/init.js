// Starts the NHS.UK components on the page. An enhancement only: every page works without
// JavaScript. This is the source: `make assets` bundles it with esbuild into
// careers/static/nhsuk/js/init.js, which templates/layouts/base.html loads as a module.
//
// The header (its menu on small screens) and the skip link are on every page, so they are in
// the bundle itself. Every other component is a separate chunk, fetched only when the page has
// one, so a page pays for the JavaScript it uses (/find/results has a weight budget).
//
// Components come from their own modules, not from nhsuk-frontend's index (whose initAll would
// pull every component into the bundle).
import { Header } from "nhsuk-frontend/dist/nhsuk/components/header/header.mjs";
import { SkipLink } from "nhsuk-frontend/dist/nhsuk/components/skip-link/skip-link.mjs";

// Like nhsuk-frontend's createAll: one broken component must not stop the others.
function start(Component) {
  for (const $root of document.querySelectorAll(`[data-module="${Component.moduleName}"]`)) {
    try {
      new Component($root);
    } catch (error) {
      console.log(error);
    }
  }
}

start(Header);
start(SkipLink);

// Each component's module, and when the page needs it: by default whenever the page has the
// component; buttons, checkboxes and radios only when they have something to do (a link
// styled as a button, double-click protection, a conditional question, a "none of these").
const components = [
  [
    "nhsuk-button",
    () => import("nhsuk-frontend/dist/nhsuk/components/button/button.mjs"),
    '[data-module="nhsuk-button"]:is([role="button"], [data-prevent-double-click="true"])',
  ],
  [
    "nhsuk-character-count",
    () => import("nhsuk-frontend/dist/nhsuk/components/character-count/character-count.mjs"),
  ],
  [
    "nhsuk-checkboxes",
    () => import("nhsuk-frontend/dist/nhsuk/components/checkboxes/checkboxes.mjs"),
    '[data-module="nhsuk-checkboxes"] input:is([data-aria-controls], [aria-controls], [data-behaviour], [data-checkbox-exclusive])',
  ],
  [
    "nhsuk-error-summary",
    () => import("nhsuk-frontend/dist/nhsuk/components/error-summary/error-summary.mjs"),
  ],
  [
    "nhsuk-file-upload",
    () => import("nhsuk-frontend/dist/nhsuk/components/file-upload/file-upload.mjs"),
  ],
  [
    "nhsuk-notification-banner",
    () => import("nhsuk-frontend/dist/nhsuk/components/notification-banner/notification-banner.mjs"),
  ],
  [
    "nhsuk-password-input",
    () => import("nhsuk-frontend/dist/nhsuk/components/password-input/password-input.mjs"),
  ],
  [
    "nhsuk-radios",
    () => import("nhsuk-frontend/dist/nhsuk/components/radios/radios.mjs"),
    '[data-module="nhsuk-radios"] input:is([data-aria-controls], [aria-controls])',
  ],
  ["nhsuk-table", () => import("nhsuk-frontend/dist/nhsuk/components/tables/table.mjs")],
  ["nhsuk-tabs", () => import("nhsuk-frontend/dist/nhsuk/components/tabs/tabs.mjs")],
];

for (const [name, load, needed = `[data-module="${name}"]`] of components) {
  if (document.querySelector(needed)) {
    load().then((module) => {
      for (const Component of Object.values(module)) {
        if (Component.moduleName === name) start(Component);
      }
    });
  }
}
