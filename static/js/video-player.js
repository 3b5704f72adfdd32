// The motion strip under a video (drawn on a canvas from json_script data) and
// the moment buttons that seek the player. No inline scripts (CSP).
(function () {
  "use strict";

  function draw(canvas, data, video) {
    var ratio = window.devicePixelRatio || 1;
    var width = canvas.clientWidth || 300;
    var height = 48;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    var style = getComputedStyle(canvas);
    var bar = style.getPropertyValue("--video-strip-bar").trim() || "#6ea8fe";
    var mark = style.getPropertyValue("--video-strip-mark").trim() || "#ffc107";
    var head = style.getPropertyValue("--video-strip-head").trim() || "#ffffff";
    var values = data.strip || [];
    ctx.clearRect(0, 0, width, height);
    var step = values.length ? width / values.length : width;
    ctx.fillStyle = bar;
    values.forEach(function (v, i) {
      var h = Math.max(1, v * (height - 6));
      ctx.fillRect(i * step, height - h, Math.max(1, step - 0.5), h);
    });
    var duration = data.duration || (video && video.duration) || 0;
    if (duration > 0) {
      ctx.fillStyle = mark;
      (data.moments || []).forEach(function (t) {
        ctx.fillRect((t / duration) * width - 1, 0, 3, 8);
      });
      if (video && !isNaN(video.currentTime)) {
        ctx.fillStyle = head;
        ctx.fillRect((video.currentTime / duration) * width - 1, 0, 2, height);
      }
    }
  }

  function seek(video, time) {
    if (!video) { return; }
    video.currentTime = Math.max(0, time - 1); // a second before, to see it start
    var played = video.play();
    if (played && played.catch) { played.catch(function () { /* autoplay refused */ }); }
    video.focus();
  }

  function setup(player) {
    var video = player.querySelector("video");
    var canvas = player.querySelector("canvas[data-strip-source]");
    var source = canvas && document.getElementById(canvas.dataset.stripSource);
    var data = source ? JSON.parse(source.textContent) : { strip: [] };
    var scope = player.closest("article") || document;
    if (canvas) {
      var redraw = function () { draw(canvas, data, video); };
      redraw();
      window.addEventListener("resize", redraw);
      video.addEventListener("timeupdate", redraw);
      video.addEventListener("loadedmetadata", redraw);
      canvas.addEventListener("click", function (event) {
        var rect = canvas.getBoundingClientRect();
        var duration = data.duration || video.duration || 0;
        seek(video, ((event.clientX - rect.left) / rect.width) * duration + 1);
      });
    }
    // "Add a moment at the current time": an empty time field takes the player's time.
    scope.querySelectorAll("form[data-moment-add]").forEach(function (form) {
      form.addEventListener("submit", function () {
        var field = form.querySelector("input[name=time_s]");
        if (field && !field.value && video && !isNaN(video.currentTime)) {
          field.value = video.currentTime.toFixed(2);
        }
      });
    });
    scope.addEventListener("click", function (event) {
      var button = event.target.closest("[data-seek]");
      if (button && scope.contains(button)) {
        seek(video, parseFloat(button.dataset.seek));
      }
    });
  }

  function ready() {
    document.querySelectorAll("[data-video-player]").forEach(setup);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
