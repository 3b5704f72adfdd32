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

    // Fill the sign-up time zone from the browser, once, if the user has not chosen.
    document.querySelectorAll("select[data-detect-time-zone]").forEach(function (select) {
      try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && select.querySelector('option[value="' + zone + '"]')) {
          select.value = zone;
        }
      } catch (e) {
        /* keep the server's default */
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
