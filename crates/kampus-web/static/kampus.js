// Kampus: small enhancements when JavaScript runs. Every page works without this file; it
// only adds what a script can do better than a plain form.
//
// A button with data-confirm asks before its form is sent (submitting an attempt ends it).
"use strict";
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-confirm]");
  if (button && !window.confirm(button.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});
