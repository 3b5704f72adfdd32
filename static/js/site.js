// Hypnic site script: no inline scripts anywhere (the CSP forbids them).
(function () {
  "use strict";

  function setTheme(theme) {
    document.documentElement.setAttribute("data-bs-theme", theme);
    // A cookie, so the server renders the right theme on the next page.
    document.cookie = "theme=" + theme + "; path=/; max-age=31536000; SameSite=Lax";
    document.querySelectorAll("[data-theme-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", theme === "dark" ? "true" : "false");
    });
  }

  function ready() {
    var current = document.documentElement.getAttribute("data-bs-theme") || "dark";
    document.querySelectorAll("[data-theme-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", current === "dark" ? "true" : "false");
      button.addEventListener("click", function () {
        var now = document.documentElement.getAttribute("data-bs-theme");
        setTheme(now === "dark" ? "light" : "dark");
      });
    });

    // Time-zone lists: the browser's own zone first; on sign-up it is also chosen.
    var zone = "";
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
      /* keep the server's order and default */
    }
    document.querySelectorAll("select[data-time-zones]").forEach(function (select) {
      var option = zone && select.querySelector('option[value="' + zone + '"]');
      if (!option) {
        return;
      }
      var mine = option.cloneNode(true);
      mine.selected = false;
      select.insertBefore(mine, select.firstChild);
      if (select.hasAttribute("data-detect-time-zone")) {
        select.value = zone;
      }
    });

    // "Copy" buttons: data-copy-target names the field whose value is copied.
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
      var field = document.querySelector(button.getAttribute("data-copy-target"));
      var status = document.querySelector(button.getAttribute("data-copy-status"));
      if (!field) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        field.select();
        var done = function () {
          if (status) {
            status.textContent = button.getAttribute("data-copied-text");
          }
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () {
            document.execCommand("copy");
            done();
          });
        } else {
          document.execCommand("copy");
          done();
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
