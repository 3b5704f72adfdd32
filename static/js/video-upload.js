// Resumable, chunked video upload with a progress bar (no inline scripts: CSP).
// Protocol (logbook/video/views/uploads.py): POST {size, episode} -> session URL;
// PUT chunks with Content-Range; GET the session URL for the received offset to
// resume after a dropped connection. The last chunk returns the video's page.
(function () {
  "use strict";

  var RETRIES = 5;

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function putChunk(url, blob, first, total, csrf, onProgress) {
    // XMLHttpRequest, because fetch() does not report upload progress.
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open("PUT", url);
      xhr.setRequestHeader("X-CSRFToken", csrf);
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.setRequestHeader(
        "Content-Range", "bytes " + first + "-" + (first + blob.size - 1) + "/" + total
      );
      xhr.upload.onprogress = function (event) { onProgress(first + event.loaded); };
      xhr.onload = function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
        resolve({ status: xhr.status, body: body });
      };
      xhr.onerror = function () { reject(new Error("network")); };
      xhr.send(blob);
    });
  }

  function setup(root) {
    var input = root.querySelector('input[type="file"]');
    var button = root.querySelector("[data-upload-button]");
    var bar = root.querySelector("[data-upload-progress]");
    var message = root.querySelector("[data-upload-message]");
    var csrf = root.dataset.csrf;
    var chunkSize = parseInt(root.dataset.chunkBytes, 10) || 8 * 1024 * 1024;

    function say(text, isError) {
      message.textContent = text;
      message.classList.toggle("text-danger-emphasis", !!isError);
    }

    function progress(done, total) {
      var pct = total ? Math.floor((done / total) * 100) : 0;
      bar.value = pct;
      bar.setAttribute("aria-valuenow", String(pct));
      bar.textContent = pct + "%";
    }

    async function upload(file) {
      if (file.size > parseInt(root.dataset.maxBytes, 10)) {
        say(root.dataset.msgTooLarge, true);
        return;
      }
      button.disabled = true;
      bar.hidden = false;
      progress(0, file.size);
      say(root.dataset.msgUploading);
      var start = await fetch(root.dataset.startUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrf, "Content-Type": "application/json" },
        body: JSON.stringify({ size: file.size, episode: root.dataset.episode || null }),
      });
      var session = await start.json();
      if (!start.ok) {
        say(session.error || root.dataset.msgFailed, true);
        button.disabled = false;
        return;
      }
      var offset = 0;
      var failures = 0;
      while (offset < file.size) {
        var end = Math.min(offset + chunkSize, file.size);
        var result;
        try {
          result = await putChunk(session.url, file.slice(offset, end), offset, file.size, csrf,
            function (done) { progress(done, file.size); });
        } catch (err) {
          result = null;
        }
        if (result && (result.status === 200 || result.status === 201)) {
          failures = 0;
          offset = result.body.received;
          progress(offset, file.size);
          if (offset >= file.size - 0 && end === file.size) {
            say(root.dataset.msgChecking);
          }
          if (result.body.redirect) {
            say(root.dataset.msgDone);
            window.location.assign(result.body.redirect);
            return;
          }
          continue;
        }
        if (result && result.status === 409 && typeof result.body.received === "number") {
          offset = result.body.received; // the server had more or fewer bytes: resume there
          continue;
        }
        if (result && result.status >= 400 && result.status < 500) {
          say(result.body.error || root.dataset.msgFailed, true);
          bar.hidden = true;
          button.disabled = false;
          return;
        }
        // Network error or 5xx: ask the server where it stands, then resume.
        failures += 1;
        if (failures > RETRIES) {
          say(root.dataset.msgFailed, true);
          button.disabled = false;
          return;
        }
        say(root.dataset.msgRetrying);
        await sleep(1000 * failures);
        try {
          var head = await fetch(session.url, { credentials: "same-origin" });
          if (head.ok) { offset = (await head.json()).received; }
        } catch (e) { /* still offline: try again */ }
      }
    }

    button.addEventListener("click", function () {
      if (!input.files || !input.files.length) {
        input.focus();
        input.click();
        return;
      }
      upload(input.files[0]).catch(function () {
        say(root.dataset.msgFailed, true);
        button.disabled = false;
      });
    });
  }

  function ready() {
    document.querySelectorAll("[data-video-upload]").forEach(setup);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
