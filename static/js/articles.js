// Articles: the print button (no inline handlers: the CSP forbids them).
(function () {
  "use strict";
  function ready() {
    document.querySelectorAll("[data-print-article]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
