// Logbook: the episode timer, print and copy buttons. No inline scripts (CSP).
(function () {
  "use strict";

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function setupTimer(box) {
    var display = box.querySelector("[data-timer-display]");
    var toggle = box.querySelector("[data-timer-toggle]");
    var output = document.querySelector("[data-timer-output]");
    var startedAt = null;
    var handle = null;

    function tick() {
      display.textContent = format(Math.max(0, Math.round((Date.now() - startedAt) / 1000)));
    }
    function start(from) {
      startedAt = from || Date.now();
      tick();
      handle = window.setInterval(tick, 1000);
      toggle.textContent = toggle.getAttribute("data-label-stop");
      toggle.setAttribute("aria-pressed", "true");
    }
    function stop() {
      window.clearInterval(handle);
      handle = null;
      var seconds = Math.max(0, Math.round((Date.now() - startedAt) / 1000));
      display.textContent = format(seconds);
      if (output) {
        output.value = String(seconds);
      }
      document.querySelectorAll('input[name="duration_quick"]').forEach(function (radio) {
        radio.checked = false;
      });
      toggle.textContent = toggle.getAttribute("data-label-start");
      toggle.setAttribute("aria-pressed", "false");
    }
    toggle.addEventListener("click", function () {
      if (handle) {
        stop();
      } else {
        start();
      }
    });
    // Just logged with one tap: the timer runs from that moment (if recent).
    var fromAttr = box.getAttribute("data-timer-start");
    if (fromAttr) {
      var from = Date.parse(fromAttr);
      if (!isNaN(from) && Date.now() - from < 30 * 60 * 1000) {
        start(from);
      }
    }
  }

  function setupCluster() {
    var box = document.querySelector(".logbook-cluster");
    if (!box) {
      return;
    }
    function sync() {
      var checked = document.querySelector('input[name="pattern"]:checked');
      box.hidden = !(checked && checked.value === "cluster");
    }
    document.querySelectorAll('input[name="pattern"]').forEach(function (radio) {
      radio.addEventListener("change", sync);
    });
    sync();
  }

  function ready() {
    document.querySelectorAll("[data-timer]").forEach(setupTimer);
    setupCluster();
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
      button.addEventListener("click", function () {
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        if (!target) {
          return;
        }
        target.select();
        var done = function () {
          button.textContent = button.getAttribute("data-copied-label");
        };
        if (navigator.clipboard) {
          navigator.clipboard.writeText(target.value).then(done, function () {});
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
